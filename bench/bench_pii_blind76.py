"""Quality of the PII recognisers on the seventy-seventh generator's Danish documents
(bench/pii_blind76.py -> bench/data/pii_blind76.jsonl: a crypto exchange's and an online
investment platform's compliance desk, in eight genres: KYC files with the ID document, complaints
from romance-investment victims, notes on fake "recovery" firms, support chats, e-mails with banks
about returned transfers, reports to Hvidvasksekretariatet, call notes and transaction alerts; 350
pseudonymised hard negatives of the same genres; wallet addresses and transaction hashes are never
personal data here).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-seventh generator's crypto and investment compliance desk"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind76.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
