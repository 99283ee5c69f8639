"""The whole message check on the sixth blind generator's Danish messages
(bench/data/msg_blind6.jsonl; how it was written: bench/data/msg_blind6.md).

A sixth helper, who saw neither the check nor the other blind sets, wrote 450 Danish
scams, genuine messages and warnings on the channels people are least sure about: phone
calls, web pages and links, and messaging-app messages retold as SMS. Not real messages: the
figures stand apart from the real test sets' (docs/messages.md). Committed unread after the
rules written on the fifth set, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the sixth blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind6.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
