"""Quality of the PII recognisers on a second set of real public Danish text
(bench/data/pii_real_scams.jsonl, built by bench/pii_real_scams.py): scam messages quoted by
the police, authorities, banks, carriers and news sites, warnings with amounts, dates and
reference numbers, and organisations' own contact lines, written by others and labelled by
hand by the project. Held out: nothing is written or tuned on it. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on real public Danish scam warnings (issue 18)"
DATA = Path(__file__).resolve().parent / "data" / "pii_real_scams.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
