"""Quality of the PII recognisers on the forty-second generator's Danish documents
(bench/pii_blind41.py -> bench/data/pii_blind41.jsonl: health and pharmacy fraud and data leaks
as pharmacies, clinics, hospitals, insurers and the Patient Safety Authority meet them, in nine
genres: a pharmacy chain's fraud-desk log of fake "Apoteket" SMS and web pharmacies, a fake
sundhed.dk / Min Læge message forwarded to a region's IT security, a GP clinic's e-mail thread
after phishing in its mailbox, a hospital patient office's log of a leaked appointment list, a
dentist's receptionist's notes on a fake invoice, a police report of deposit fraud by a
cosmetic-surgery clinic abroad, Sygeforsikring "danmark"'s case note on a fake refund, a pharmacy
customer-service chat and the Patient Safety Authority's case note on a fake online doctor; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the forty-second generator's health and pharmacy fraud and data leaks, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind41.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
