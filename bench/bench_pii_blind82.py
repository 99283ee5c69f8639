"""Quality of the PII recognisers on the eighty-third generator's Danish documents
(bench/pii_blind82.py -> bench/data/pii_blind82.jsonl: a webshop's and a gift-card issuer's
customer service fighting account takeovers and gift-card scams, in eight genres: an order note
on a held order, a refund request form, a web chat, a phone note on a call with an older
customer, an e-mail to the police, an e-mail to the gift-card or card issuer, a forwarded scam
message and an account-takeover case log; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-third generator's webshop and gift-card scam cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind82.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
