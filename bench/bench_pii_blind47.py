"""Quality of the PII recognisers on the forty-eighth generator's Danish documents
(bench/pii_blind47.py -> bench/data/pii_blind47.jsonl: construction, trades and property hit by
fraud, in eight genres: a site manager's daily log of tools stolen from a site, a bookkeeper's
e-mail thread about a subcontractor's "new bank account", an estate agent's case note on escrow
fraud, an owners' or cooperative housing association's board minutes with a fake chairman's
mail, an insurer's claim form, a police report with witnesses, a family chat about a rental
deposit or a craftsman's advance and a semicolon CSV of a subcontractor's workers; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the forty-eighth generator's construction and property fraud, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind47.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
