"""Quality of the PII recognisers on the ninety-third generator's Danish documents
(bench/pii_blind92.py -> bench/data/pii_blind92.jsonl: a parking and road-toll company's
customer service and fraud team, in eight genres: a forwarded fake parking-fine SMS with the
motorist's question, a web chat, a phone note, a dispute form, a camera-log extract, e-mails with
a car-rental firm, e-mails with the police about cloned plates and a weekly case list; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-third generator's parking and road-toll fraud team"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind92.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
