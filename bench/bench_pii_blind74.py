"""Quality of the PII recognisers on the seventy-fifth generator's Danish documents
(bench/pii_blind74.py -> bench/data/pii_blind74.jsonl: a car dealership's and a leasing
company's fraud checks, in eight genres: a loan application with its ID check, a test-drive
registration, a stolen-identity leasing case, a workshop's notes on plates and VINs that do not
fit, an e-mail thread with a customer, e-mails with the police, a web chat and a call note of a
down payment by card; 350 pseudonymised hard negatives of the same genres). Written blind to
the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-fifth generator's dealership and leasing fraud checks"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind74.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
