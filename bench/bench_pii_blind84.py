"""Quality of the PII recognisers on the eighty-fifth generator's Danish documents
(bench/pii_blind84.py -> bench/data/pii_blind84.jsonl: a housing association's and a letting
agency's office meeting fake rental ads and deposit scams, in eight genres: a would-be tenant's
e-mail, an office case note, a viewing log, a web chat, a forwarded fake ad, a forwarded scam
SMS, a letter from the office and a police report; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-fifth generator's rental-ad and deposit scams"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind84.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
