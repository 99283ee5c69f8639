"""Quality of the PII recognisers on the eighteenth generator's Danish documents
(bench/pii_blind17.py -> bench/data/pii_blind17.jsonl: legal and authority paperwork around
fraud in the Danish realm in eight genres: police reports of fraud, partly anonymised court
rulings and indictments, complaint-board rulings under § 100 of the Payment Act, lawyers' and
debt-collection letters, a bank's decision on a disputed payment, power-of-attorney and probate
papers, Greenland and Faroe Islands cases (+299 and +298 numbers, "B-1234" addresses) and
letters about a hijacked NemKonto; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighteenth generator's legal and authority papers, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind17.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
