"""The whole message check on the fourth blind generator's Danish messages
(bench/data/msg_blind4.jsonl; how it was written: bench/data/msg_blind4.md).

A fourth helper, who saw neither the check nor the other blind sets, wrote 421 Danish
scams, genuine messages and warnings, aimed at what is hard: smaller Danish organisations,
foreign brands Danes use, mixed Danish and English, scams whose only tell is subtle, and a
genuine twin for most scam topics. Not real messages: the figures stand apart from the real
test sets' (docs/messages.md). Committed unread after the rules written on the first three
blind sets, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the fourth blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind4.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
