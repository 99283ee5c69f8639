"""The whole message check on the ninth blind generator's Danish messages
(bench/data/msg_blind9.jsonl; how it was written: bench/data/msg_blind9.md).

A ninth helper, who saw neither the check, the other blind sets nor the commit messages,
wrote 450 Danish scams, genuine messages and warnings about young people and students
online: gaming, social media, dating, ticket resale, second-hand, side jobs, student
housing. Not real messages: the figures stand apart from the real test sets'
(docs/messages.md). Committed unread after the rules written on the seventh and eighth
sets, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the ninth blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind9.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
