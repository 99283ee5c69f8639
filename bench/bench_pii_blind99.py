"""Quality of the PII recognisers on the hundredth generator's Danish documents
(bench/pii_blind99.py -> bench/data/pii_blind99.jsonl: a fitness chain's member service and a
Betalingsservice provider handling membership identity theft and unauthorised mandates, in
eight genres: an identity-theft case log, a disputed-mandate letter, a member app chat, a call
note, an e-mail thread about a refund, a parking complaint, a police report and a card dispute
form; 350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and
the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the hundredth generator's fitness-chain and direct-debit fraud cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind99.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
