"""Quality of the PII recognisers on the fifty-first generator's Danish documents
(bench/pii_blind50.py -> bench/data/pii_blind50.jsonl: romance, dating and sextortion fraud as
victims, their families, banks' fraud teams, dating apps' trust-and-safety staff, elder advisers
and the police write about it, in eight genres: a bank fraud team's case note on transfers to a
"partner" abroad, a daughter's or son's e-mail to the bank about a parent, a dating app's
moderation log, a police report of a teenager's sextortion, a victim's chat export with the
scammer, a complaint to a money-transfer and crypto exchange, an elder adviser's counselling
call note and a CSV export of suspicious transfers; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fifty-first generator's romance and sextortion fraud, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind50.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
