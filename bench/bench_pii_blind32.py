"""Quality of the PII recognisers on the thirty-third generator's Danish documents
(bench/pii_blind32.py -> bench/data/pii_blind32.jsonl: insurance, pension, loans and debt
collection fraud as insurers, pension funds, lenders, debt collectors and the courts handle it,
in eight genres: an insurer's claim file on a staged burglary, a pension fund's security desk
log of an early-release scam, a complaint quoting a fake debt collector's letter with the
genuine collector's reply, a lender's note on a quick loan taken in a victim's name, a court
judgement on insurance fraud, a family's e-mail thread with a bank about a grandmother's
pension, an OCR'd handwritten note and a Danish-English chat with a fake loan broker; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-third generator's insurance, pension, loans and debt "
    "collection fraud, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind32.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
