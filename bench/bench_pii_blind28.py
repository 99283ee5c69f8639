"""Quality of the PII recognisers on the twenty-ninth generator's Danish documents
(bench/pii_blind28.py -> bench/data/pii_blind28.jsonl: housing, cars and big purchases, fraud in
property, rental, car and boat trades in eight genres: an estate agent's file on a fake buyer's
deposit, a lawyer's letter about a hijacked property sale, a rental-deposit scam on a housing
portal, a car dealer's notes on a stolen card, a private car sale with a fake escrow service
asking for MitID codes, a bank's mortgage fraud notes, a Danish-Swedish-English boat-sale
advance-fee scam and the police report of a fake moving company; deed, case and chassis numbers
as hard negatives; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the twenty-ninth generator's housing, cars and big purchases, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind28.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
