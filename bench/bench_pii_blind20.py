"""Quality of the PII recognisers on the twenty-first generator's Danish documents
(bench/pii_blind20.py -> bench/data/pii_blind20.jsonl: money-mule investigations in a Danish
bank in eight genres: recruitment chats from Snapchat and Telegram, transaction-monitoring
alerts, customer interview notes, police requests with the bank's reply, parents' e-mails about
a teenager's account, netbank transaction lists, a fake "payment processing agent" job's e-mails
and closing letters; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the twenty-first generator's money-mule investigations, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind20.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
