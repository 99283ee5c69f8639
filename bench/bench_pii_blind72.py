"""Quality of the PII recognisers on the seventy-third generator's Danish documents
(bench/pii_blind72.py -> bench/data/pii_blind72.jsonl: a police district's fraud intake unit, in
six genres: reports from victims taken by phone, reports taken at the front desk, data requests
to banks and telecoms, officers' notes, witness statements and a suspect's details; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-third generator's police fraud intake, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind72.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
