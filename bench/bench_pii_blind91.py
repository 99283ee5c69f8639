"""Quality of the PII recognisers on the ninety-second generator's Danish documents
(bench/pii_blind91.py -> bench/data/pii_blind91.jsonl: a mobile payment app's and a crypto
exchange's support and fraud team, in eight genres: an in-app chat with support, a phone note, a
device-change alert log, a KYC record, a forwarded scam SMS, an e-mail thread with a bank, an
e-mail to the police and a weekly fraud summary; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-second generator's payment app and crypto fraud team"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind91.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
