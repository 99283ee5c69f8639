"""The whole message check on the eleventh blind generator's Danish messages
(bench/data/msg_blind11.jsonl; how it was written: bench/data/msg_blind11.md).

An eleventh helper, who saw neither the check, the other blind sets nor the commit
messages, wrote 398 Danish scams, genuine messages and warnings as a fraud hotline receives
them in one December week: a general mix. Not real messages: the figures stand apart from
the real test sets' (docs/messages.md). Committed unread after all this session's rules,
and read once: the session's closing measurement.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the eleventh blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind11.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
