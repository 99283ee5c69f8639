"""Quality of the PII recognisers on the third generator's longer Danish documents
(bench/pii_blind2.py -> bench/data/pii_blind2.jsonl: e-mail threads, call transcripts,
reports, spreadsheets, forms, letters). Written blind to the recognisers and read once as a
held-out set at main b955fc7 (2026-12-04 19:08); since then the development set the
recognisers were tuned on (pii8), so its figures are no longer a held-out measure. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the third generator's longer Danish documents, a development set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind2.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
