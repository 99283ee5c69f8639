"""The whole message check on the seventh blind generator's Danish messages
(bench/data/msg_blind7.jsonl; how it was written: bench/data/msg_blind7.md).

A seventh helper, who saw neither the check nor the other blind sets, wrote 461 Danish
scams, genuine messages and warnings about work and business: invoices and changed bank
details, CEO fraud, domain renewals, payroll, IT, authorities for businesses, recruitment.
Not real messages: the figures stand apart from the real test sets' (docs/messages.md).
Committed unread after the rules written on the sixth set, and read once.
"""

from __future__ import annotations

from pathlib import Path

from bench.bench_check_quality import on_file

TITLE = "Message check on the seventh blind generator's Danish messages (independent, not real)"
DATA = Path(__file__).resolve().parent / "data" / "msg_blind7.jsonl"


def run() -> list[tuple[str, str]]:
    return on_file(DATA)
