"""Quality of the PII recognisers on the sixty-ninth generator's Danish documents
(bench/pii_blind68.py -> bench/data/pii_blind68.jsonl: a webshop's and a payment provider's
chargeback and dispute team in the weeks after Black Friday, in nine genres: a cardholder's
dispute form, an analyst's case notes on a shopper's account takeover, an e-mail thread with a
merchant, hotline call notes, a webshop support chat, a semicolon export of open disputes, a
letter to a cardholder, an investigator's summary of a parcel-redirect ring and a carrier's
redirect log; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixty-ninth generator's chargeback and dispute team after Black "
    "Friday, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind68.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
