"""The whole message check on the seventieth blind generator's Danish messages
(bench/data/msg_blind70.jsonl; how it was written: bench/data/msg_blind70.md).

A helper who saw neither the check, the other blind sets nor the commit messages wrote 400
Danish scams, genuine messages and warnings on one theme:
a hospital porter and his wife who runs a flower shop in Randers, an ordinary fortnight
in December: Christmas orders, suppliers, MobilePay business, shifts, children, banks.
Not real messages: the figures stand apart from the real test sets' (docs/messages.md).
Committed unread and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the seventieth blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind70.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
