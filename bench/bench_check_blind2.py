"""The whole message check on the second blind generator's Danish messages
(bench/data/msg_blind2.jsonl; how it was written: bench/data/msg_blind2.md).

A second helper, who saw neither the check nor the first blind set, wrote 484 Danish scams,
genuine notifications and published warnings from their own knowledge, with more e-mail and
more warnings than the first. Not real messages: the figures stand apart from the real test
sets' (docs/messages.md). Committed unread after the rules written on the first blind set,
and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the second blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind2.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
