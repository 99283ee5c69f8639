"""The whole message check on the first blind generator's Danish messages
(bench/data/msg_blind1.jsonl; how it was written: bench/data/msg_blind1.md).

Real Danish scam texts in the stored public sources ran out, so a helper who never saw the
check, its rules, its model or its training data wrote about 480 Danish scams, genuine
notifications and published warnings from their own knowledge. Not real messages: the
figures stand apart from the real test sets' (docs/messages.md). Read once (2026-12-05 15:21
UTC); the rules of commit 21c326f were then written on it, so it is a development set now and
the second blind set (bench_check_blind2) is the held-out one.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the first blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind1.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
