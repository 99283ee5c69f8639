"""Quality of the PII recognisers on the ninth generator's Danish documents
(bench/pii_blind8.py -> bench/data/pii_blind8.jsonl: what a citizen-facing anti-fraud service
receives from the public: victims' web-form reports, forwarded scam SMS and e-mails with the
victim's details typed in, DBA/Marketplace chats, elderly people's dictation without
punctuation and with spoken numbers, relatives writing on someone's behalf, teenagers' slang
and emoji, non-native Danish without æøå, consumer-board complaints, letters to the editor,
banking-app screenshots in words and lists of transfers). Written blind to the recognisers
and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninth generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind8.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
