"""Quality of the PII recognisers on the seventy-first generator's Danish documents
(bench/pii_blind70.py -> bench/data/pii_blind70.jsonl: an ordinary fortnight in January at a
debt collection agency's and a consumer loan company's fraud team, in nine genres: an
investigator's dated case log of a loan taken in a victim's name, an e-mail thread between the
lender, the agency and the victim, call notes with a scammer's alias and a MitID code read out,
a support chat, a collection letter with the debtor's address block, an identity theft
complaint form, a CSV export of flagged loan applications, an investigator's summary (the car
bought on the loan, the money sent abroad) and a police report with the victim's statement;
350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the seventy-first generator's debt collection and consumer loan "
    "fraud team, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind70.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
