"""Quality of the PII recognisers on the thirty-fifth generator's Danish documents
(bench/pii_blind34.py -> bench/data/pii_blind34.jsonl: vehicles and mobility fraud as car
dealers, leasing and rental firms, parking and toll companies, insurers, banks, the Motor Agency
and the police handle it, in eight genres: a used-car dealer's case file on a buyer who paid
with a fake bank transfer, a leasing firm's collections log on a car leased in a stolen
identity, a car-rental fraud report, a parking-app phishing victim's e-mail thread, a police
report on a car sold twice on a marketplace, a bank's fraud-line call transcript, a workshop's
Danish-English chat about a car ordered through a hijacked account and an insurer's claim file
on a staged theft; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-fifth generator's vehicles and mobility fraud, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind34.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
