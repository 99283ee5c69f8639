"""Quality of the PII recognisers on the ninety-seventh generator's Danish documents
(bench/pii_blind96.py -> bench/data/pii_blind96.jsonl: an animal-welfare organisation's and a
vet clinic's cases of puppy and pet-sale scams, in eight genres: a buyer's complaint form, a
police report, a vet's journal note, a chat with the seller, an e-mail thread with the case
worker, a bank's card-dispute form, a call note from the puppy line and a case overview of one
fake seller; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-seventh generator's puppy and pet-sale scam cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind96.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
