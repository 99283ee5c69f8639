"""Quality of the PII recognisers on the hundred-and-fourteenth generator's Danish documents
(bench/pii_blind113.py -> bench/data/pii_blind113.jsonl: a veterinary clinic chain's fraud
cases and pet-sale scams, in eight genres: the booking system's event log, a pet-insurance
claim form, an e-mail thread with a phished customer, a buyers' group chat about a fake puppy
seller, a police report of a pet-sale scam or a stolen pet's ransom, the fraud team's case
notes, a fraud hotline's call note and a letter to a private person; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-fourteenth (114th) generator's veterinary clinic "
    "and pet-sale fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind113.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
