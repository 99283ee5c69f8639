"""Quality of the PII recognisers on the hundred-and-sixteenth generator's Danish documents
(bench/pii_blind115.py -> bench/data/pii_blind115.jsonl: an auction house for art, antiques and
estate goods, online and in the hall, and its fraud cases, in eight genres: the bidding
platform's incident log, an e-mail thread with a fake overpaying buyer, the bidding app's
customer chat, a consignor's settlement form with a forged payout change, case notes on a fake
shipping company, a hotline call note, a police report and a letter to a customer; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-sixteenth (116th) generator's auction-house fraud "
    "(art, antiques and estate goods)"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind115.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
