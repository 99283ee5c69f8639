"""The whole message check on the eighth blind generator's Danish messages
(bench/data/msg_blind8.jsonl; how it was written: bench/data/msg_blind8.md).

An eighth helper, who saw neither the check nor the other blind sets (only, when it made its
worktree, the subject line of the latest commit, which names some rules), wrote 451 Danish
scams, genuine messages and warnings as older people and their families receive and forward
them. Not real messages: the figures stand apart from the real test sets'
(docs/messages.md). Committed unread after the rules written on the sixth set, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the eighth blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind8.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
