"""Quality of the PII recognisers on the fifty-third generator's Danish documents
(bench/pii_blind52.py -> bench/data/pii_blind52.jsonl: family law and financial abuse in
families, in eight genres: a family-law authority's case note on divorce, custody and child
support, a lawyer's e-mail thread about a shared home and joint accounts, a bank's note on the
financial abuse of an older customer by a grown child, a municipality social worker's note, a
police report of a partner's coercive control and card misuse, a chat export between
ex-partners, a grandparent's complaint letter and a CSV of maintenance payments; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fifty-third generator's family law and financial abuse, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind52.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
