"""Quality of the PII recognisers on the thirty-eighth generator's Danish documents
(bench/pii_blind37.py -> bench/data/pii_blind37.jsonl: education, students and childcare fraud
as universities, SU, student-housing offices, schools, daycare institutions, Aula users, banks
and the police handle it, in eight genres: a student-housing office's log of fake room listings
and the deposits paid, an SU fraud case note on an application in a stolen identity, a school
secretary's e-mail thread about a fake Aula payment, an exchange student's Danish-English chat
with a fake landlord, a bank fraud-line transcript of a fake "SU refund", a daycare leader's
notes on a forged pick-up authorisation and fake parent payments, a police report with
witnesses and plates, and a university IT ticket about a phished account; 350 pseudonymised
hard negatives of the same genres). Written blind to the recognisers and the other generators;
held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-eighth generator's education, students and childcare fraud, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind37.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
