"""Quality of the PII recognisers on the hundred-and-first generator's Danish documents
(bench/pii_blind100.py -> bench/data/pii_blind100.jsonl: a car-sharing and e-scooter rental
company's fraud and damage desk, in eight genres: an ID check of an account opened with a stolen
identity, a car not returned, a parking fine forwarded to the driver, toll and parking
operators' notices, a support chat, a police report, a damage report and an e-mail thread with a
user; 350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and
the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the hundred-and-first generator's car-sharing fraud and damage desk"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind100.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
