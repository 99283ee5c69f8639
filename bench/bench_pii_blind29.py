"""Quality of the PII recognisers on the thirtieth generator's Danish documents
(bench/pii_blind29.py -> bench/data/pii_blind29.jsonl: fraud around public benefits and health
in eight genres: Udbetaling Danmark's control notes on a pension paid to a changed account, a
job centre's notes on a citizen tricked into handing over MitID, a pharmacy's incident log on
fake prescriptions, members' reports of a health-insurance refund phishing, a hospital's reply
to a fake "indkaldelse" SMS, a pension fund's e-mail thread about moving savings abroad, a GP
clinic's SMS log and a complaint to an ombudsman; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the thirtieth generator's public benefits and health, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind29.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
