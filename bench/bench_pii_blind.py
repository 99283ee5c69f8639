"""Quality of the PII recognisers on the second generator's Danish fraud-team text
(bench/pii_blind.py -> bench/data/pii_blind.jsonl). Written blind to the recognisers and
read once as a held-out set at main f41c5ff (2026-12-04 18:35); since then the development
set the recognisers were tuned on (pii7), so its figures are no longer a held-out measure.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the blind generator's Danish text, now a development set (issue 18)"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
