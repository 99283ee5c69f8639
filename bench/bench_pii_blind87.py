"""Quality of the PII recognisers on the eighty-eighth generator's Danish documents
(bench/pii_blind87.py -> bench/data/pii_blind87.jsonl: a courier and parcel company's customer
service and security team handling fake delivery SMS, stolen parcels and account takeovers, in
eight genres: forwarded scam SMS, a web chat, phone notes, driver reports, depot pickup logs,
e-mails with customers and with the police and an account-takeover case form; 350 pseudonymised
hard negatives of the same genres). Written blind to the recognisers and the other generators;
held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-eighth generator's courier customer service and security"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind87.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
