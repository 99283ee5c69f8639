"""Quality of the PII recognisers on the forty-third generator's Danish documents
(bench/pii_blind42.py -> bench/data/pii_blind42.jsonl: hospitality and booking fraud as hotels,
hostels, restaurants, holiday-home agencies and event venues, their guests, banks and the police
handle it, in eight genres: a hotel front desk's incident log of a guest phished through a fake
booking-platform message, a chargeback or a fake group booking paid too much, a guest's mail
thread with the hotel about a payment link from its hacked booking inbox (or a venue's about an
overpayment), a booking platform's partner-support chat, a restaurant owner's notes for the
bank's fraud line, a police report with witnesses and a car's plate, a holiday-home agency's
case file on a fake listing, a payroll thread about a diverted salary and a reservation-system
export after a leak; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the forty-third generator's hospitality and booking fraud, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind42.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
