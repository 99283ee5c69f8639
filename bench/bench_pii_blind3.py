"""Quality of the PII recognisers on the fourth generator's Danish documents
(bench/pii_blind3.py -> bench/data/pii_blind3.jsonl: OCR letters, claims, tenancy and HR
cases, access-request replies, decisions, hospital and municipal letters). Written blind to
the recognisers and the other generators, read once as the held-out set at main cf9fa19
(2026-12-04 19:55); the development set of the pii9 branch since, so its figures are tuned
on it. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fourth generator's Danish documents (development set since pii9)"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind3.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
