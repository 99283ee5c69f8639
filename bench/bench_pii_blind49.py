"""Quality of the PII recognisers on the fiftieth generator's Danish documents
(bench/pii_blind49.py -> bench/data/pii_blind49.jsonl: education hit by fraud as schools,
study administrations, IT helpdesks, parents, banks and the police write about it, in eight
genres: a school secretary's e-mail thread about a fake headteacher mail or a fake supplier
invoice, an IT helpdesk's ticket log of a phished student account, a study administration's
case note of SU paid to a changed account, a parents' group chat about a fake Aula payment, a
police report of quick loans in a student's name or a diploma seller, a complaint about fake
student housing, a bank fraud team's note on bought "exam answers" and a semicolon CSV export
of students; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fiftieth generator's education fraud, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind49.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
