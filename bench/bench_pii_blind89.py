"""Quality of the PII recognisers on the ninetieth generator's Danish documents
(bench/pii_blind89.py -> bench/data/pii_blind89.jsonl: a real-estate agent's and a conveyancing
lawyer's fraud desk, in eight genres: a hijacked e-mail thread between buyer and agent, a phone
note of the buyer's call, a chat with the lawyer's office, a purchase agreement's party block, a
bank's recall request, a police report e-mail, a showing log and a case summary with a payment
timeline; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninetieth generator's property-purchase and deposit fraud desk"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind89.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
