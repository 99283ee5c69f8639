"""Quality of the PII recognisers on the hundred-and-twentieth generator's Danish documents
(bench/pii_blind119.py -> bench/data/pii_blind119.jsonl: a plumbing, heating and bathroom
installer's (VVS firm's) fraud cases, in eight genres: the service vans' dispatch log, an e-mail
thread about a changed account number, a customer-service chat, a customer's fraud report form,
the fraud team's case notes, a hotline's call notes, a police report and letters to customers;
350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-twentieth (120th) generator's plumbing, heating and "
    "bathroom installer fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind119.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
