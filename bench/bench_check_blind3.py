"""The whole message check on the third blind generator's Danish messages
(bench/data/msg_blind3.jsonl; how it was written: bench/data/msg_blind3.md).

A third helper, who saw neither the check nor the other blind sets, wrote 455 Danish scams,
genuine notifications and warnings, with e-mails pasted as people paste them (header
blocks, forwarded mails) and SMS with the sender's name. Not real messages: the figures
stand apart from the real test sets' (docs/messages.md). Committed unread after the rules
written on the first and second blind sets, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the third blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind3.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
