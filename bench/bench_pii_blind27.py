"""Quality of the PII recognisers on the twenty-eighth generator's Danish documents
(bench/pii_blind27.py -> bench/data/pii_blind27.jsonl: travel, tickets and holiday-rental fraud
in eight genres: complaints to a travel guarantee fund about a fake holiday home, a card issuer's
chargeback notes on a fake airline-ticket site, fake Booking.com/Airbnb host chats in Danish,
English and German, a ticket-resale victim's police report, an airline's refund letters with
passenger lists, a travel agency's booking export, an insurer's stolen-wallet claims and a
car-rental deposit scam; 350 pseudonymised hard negatives of the same genres; passport and
driving licence numbers are hard negatives). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the twenty-eighth generator's travel, tickets and holiday-rental fraud, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind27.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
