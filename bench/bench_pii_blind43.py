"""Quality of the PII recognisers on the forty-fourth generator's Danish documents
(bench/pii_blind43.py -> bench/data/pii_blind43.jsonl: sports, gyms and leisure, in eight
genres: a fitness chain's member-service log after a data leak, a football club treasurer's
e-mail thread about a faked invoice, a swimming club's parent list, a ticket-fraud chat around a
match, a golf club's member register, a riding school's payment notes, an e-sports prize-scam
police report and a marathon's registration export; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the forty-fourth generator's sports, gyms and leisure, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind43.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
