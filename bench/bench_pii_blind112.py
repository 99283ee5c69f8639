"""Quality of the PII recognisers on the hundred-and-thirteenth generator's Danish documents
(bench/pii_blind112.py -> bench/data/pii_blind112.jsonl: an optician and hearing-aid clinic
chain's fraud cases, in eight genres: the booking log, a høreapparattilskud claim, an internal
audit note on billing fraud, a phished patient's case notes, a police report of fake home-visit
hearing tests, an e-mail thread with a patient's relative, a customer-service chat and a fraud
hotline's call note; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-thirteenth (113th) generator's optician and "
    "hearing-clinic fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind112.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
