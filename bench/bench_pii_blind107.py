"""Quality of the PII recognisers on the hundred-and-eighth generator's Danish documents
(bench/pii_blind107.py -> bench/data/pii_blind107.jsonl: a driving school chain and its
students, in eight genres: a report of a fake lesson package sold on social media, a phishing
report about a fake MitID page for test bookings, a parent's payment agreement for a teenager, an
instructor's lesson log with the cars' plates, the office's e-mail thread, a refund dispute, a
chat with the office and an enrolment form; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the 108th generator's driving school fraud and student documents"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind107.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
