"""Quality of the PII recognisers on the eightieth generator's Danish documents
(bench/pii_blind79.py -> bench/data/pii_blind79.jsonl: a bank's real-time fraud-monitoring
team, in eight genres: alert-queue notes on account takeovers, call-back logs, the netbank and
Teams chats, e-mails asking receiving banks to freeze money, hand-overs to the police,
forwarded scam messages, letters to customers and shift hand-overs; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eightieth generator's bank fraud-monitoring notes"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind79.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
