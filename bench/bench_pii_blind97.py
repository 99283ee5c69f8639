"""Quality of the PII recognisers on the ninety-eighth generator's Danish documents
(bench/pii_blind97.py -> bench/data/pii_blind97.jsonl: a ticket resale platform's trust-and-safety
team, in eight genres: a case log of a hijacked seller account, a chargeback dispute, a
buyer/seller chat, a fake transfer e-mail forwarded by the buyer, a seller's payout verification,
a police report of tickets sold twice, a box office's incident note from the gate and customer
service's reply; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-eighth generator's ticket resale trust-and-safety cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind97.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
