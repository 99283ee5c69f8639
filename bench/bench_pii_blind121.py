"""Quality of the PII recognisers on the hundred-and-twenty-second generator's Danish documents
(bench/pii_blind121.py -> bench/data/pii_blind121.jsonl: a bicycle shop chain with workshops, an
online shop and leasing, and the fraud it meets, in eight genres: the web shop's event log, an
e-mail thread with the fraud team, a customer-service chat, a leasing application, case notes on
a stolen bike, a leasing hotline's call note, a police report and a letter to a customer; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-twenty-second (122nd) generator's bicycle shop, "
    "leasing and marketplace fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind121.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
