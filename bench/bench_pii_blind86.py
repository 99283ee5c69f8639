"""Quality of the PII recognisers on the eighty-seventh generator's Danish documents
(bench/pii_blind86.py -> bench/data/pii_blind86.jsonl: a bank's call centre for elderly customers
targeted by "safe account" and fake police scams, in eight genres: call transcripts with speaker
labels, advisers' notes, e-mails with relatives holding power of attorney, letters, transfer-stop
logs, police reports, web chats and forwarded scam SMS; 350 pseudonymised hard negatives of the
same genres). Written blind to the recognisers and the other generators; held out until read
once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-seventh generator's safe-account and fake police scam calls"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind86.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
