"""The whole message check on the seventy-first blind generator's Danish messages
(bench/data/msg_blind71.jsonl; how it was written: bench/data/msg_blind71.md).

A helper who saw neither the check, the other blind sets nor the commit messages wrote 400
Danish scams, genuine messages and warnings on one theme:
a retired farmer widower in Thisted and his daughter who helps him online, an ordinary
fortnight in August: pension, doctor, land lease, hunting club, online banking.
Not real messages: the figures stand apart from the real test sets' (docs/messages.md).
Committed unread and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = (
    "Message check on the seventy-first blind generator's Danish messages (independent, not real)"
)
DATA = Path(__file__).resolve().parent / "data" / "msg_blind71.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
