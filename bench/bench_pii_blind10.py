"""Quality of the PII recognisers on the eleventh generator's Danish documents
(bench/pii_blind10.py -> bench/data/pii_blind10.jsonl: the mixed, messy, multi-party case
bundles a fraud investigator assembles: victim, relatives, scammer aliases, bank staff and a
police officer in one text, pasted from different systems with inconsistent date, phone, CPR
and account formats, Danish and English mixed, Nordic and German neighbours with IBANs, tables
with merged cells, footnotes, repeated page headers and values hyphenated over PDF lines).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eleventh generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind10.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
