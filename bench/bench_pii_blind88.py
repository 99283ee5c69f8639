"""Quality of the PII recognisers on the eighty-ninth generator's Danish documents
(bench/pii_blind88.py -> bench/data/pii_blind88.jsonl: a pension and life-insurance company's
fraud unit, in eight genres: a forwarded phishing mail with the member's note, a web chat with
the member service, an adviser's phone note, a payout-change form, an e-mail thread with an
heir's lawyer, an e-mail to the police, an internal case log of a payout stopped and a letter in
the member's name on the company's letterhead; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-ninth generator's pension and life-insurance fraud unit"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind88.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
