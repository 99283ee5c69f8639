"""Quality of the PII recognisers on the sixty-fifth generator's Danish documents
(bench/pii_blind64.py -> bench/data/pii_blind64.jsonl: an ordinary fortnight of a Danish bank
fraud team's inbox and case notes, mixed as it arrives, in ten genres: customers' forwarded scam
SMS and phishing e-mails with their own lines, complaints, call notes written during and after
calls, chat logs with customers, case notes and status updates, internal e-mails between
analysts, a handover note at a shift change, a short list of disputed card transactions and a
letter to a customer; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the sixty-fifth generator's fraud-team fortnight, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind64.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
