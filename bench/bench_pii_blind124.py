"""Quality of the PII recognisers on the hundred-and-twenty-fifth generator's Danish documents
(bench/pii_blind124.py -> bench/data/pii_blind124.jsonl: an estate-agent chain's fraud cases,
fake deposit and purchase-price accounts, hacked e-mail threads with buyers, fake viewings and
phished sellers, in eight genres: the case system's security log, a hacked e-mail thread, a
customer-service chat, a report form, the fraud team's case notes, a hotline's call notes, a
police report and a letter to a customer; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-twenty-fifth (125th) generator's estate-agent chain fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind124.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
