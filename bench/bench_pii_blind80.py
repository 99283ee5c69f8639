"""Quality of the PII recognisers on the eighty-first generator's Danish documents
(bench/pii_blind80.py -> bench/data/pii_blind80.jsonl: a municipality's citizen service and
Digital Post desk helping citizens who got fake letters, text messages and e-mails from
"Skattestyrelsen", "Udbetaling Danmark", "borger.dk" or "Digital Post", in eight genres: a
front-desk note, a hotline phone log, an e-mail thread, a forwarded scam message, a letter back
to the citizen, an internal ticket, a chat and a misuse report form; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-first generator's citizen service and Digital Post desk"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind80.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
