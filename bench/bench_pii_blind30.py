"""Quality of the PII recognisers on the thirty-first generator's Danish documents
(bench/pii_blind30.py -> bench/data/pii_blind30.jsonl: workplace and HR fraud as employers,
payroll providers, unions and the police handle it, in eight genres: a payroll provider's
incident log of a salary account changed through a phished HR portal, an HR manager's e-mail
thread about a fake applicant's "test payment", a union's advice notes on a fake job abroad, an
IT department's phishing ticket, a fleet manager's notes on fines and a stolen fuel card, a
whistleblower report with witnesses, a Danish-English recruitment chat and a police report of
CEO fraud; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the thirty-first generator's workplace and HR fraud, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind30.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
