"""Quality of the PII recognisers on the fifty-eighth generator's Danish documents
(bench/pii_blind57.py -> bench/data/pii_blind57.jsonl: a municipality's control unit
investigating social benefit fraud and identity misuse, in nine genres: a tip through the
municipality's web form, a register extract note, an interview record (partshøring), a decision
letter on repayment, an e-mail between caseworkers, a note on observed addresses and cars, a
bank statement extract, a relative's informal complaint and a handover note to the police; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the fifty-eighth generator's municipal benefit-fraud and identity-misuse"
    " investigations, held out"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind57.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
