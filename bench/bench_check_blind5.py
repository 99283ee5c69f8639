"""The whole message check on the fifth blind generator's Danish messages
(bench/data/msg_blind5.jsonl; how it was written: bench/data/msg_blind5.md).

A fifth helper, who saw neither the check nor the other blind sets, wrote 457 Danish
scams, genuine messages and warnings as a realistic month of what people living in Denmark
receive, more than half the genuine ones from everyday senders (schools, doctors, clubs,
landlords, craftsmen, family). Not real messages: the figures stand apart from the real test
sets' (docs/messages.md). Committed unread after the directory's version 6, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the fifth blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind5.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
