"""Quality of the PII recognisers on the seventy-second generator's Danish documents
(bench/pii_blind71.py -> bench/data/pii_blind71.jsonl: an online marketplace's trust-and-safety
team, in eight genres: a buyer's report of a seller who never delivered, a seller's report of a
fake buyer's phishing link, buyer-seller chat excerpts, payout disputes, ID checks, notes to the
police, e-mail threads with users and a case log export; 350 pseudonymised hard negatives of the
same genres). Written blind to the recognisers and the other generators; held out until read
once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-second generator's marketplace trust and safety, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind71.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
