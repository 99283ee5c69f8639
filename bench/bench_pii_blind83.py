"""Quality of the PII recognisers on the eighty-fourth generator's Danish documents
(bench/pii_blind83.py -> bench/data/pii_blind83.jsonl: an insurance company's claims-fraud unit,
in seven genres: a claim form, an adjuster's notes, a phone note of a phishing "refund of
premium" SMS, e-mails with a repair shop, e-mails with the police, a web chat and a letter to a
policy holder; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-fourth generator's insurance claims-fraud documents"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind83.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
