"""The whole message check on the tenth blind generator's Danish messages
(bench/data/msg_blind10.jsonl; how it was written: bench/data/msg_blind10.md).

A tenth helper, who saw neither the check, the other blind sets nor the commit messages,
wrote 459 Danish scams, genuine messages and warnings between citizen and state, utilities
and transport: Digital Post, tax, benefits, municipalities, regions, police, vehicles, tolls,
parking, public transport, energy, telecoms and parcels. Not real messages: the figures stand
apart from the real test sets' (docs/messages.md). Committed unread after the rules written
on the seventh and eighth sets, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the tenth blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind10.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
