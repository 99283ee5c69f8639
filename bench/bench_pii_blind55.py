"""Quality of the PII recognisers on the fifty-sixth generator's Danish documents
(bench/pii_blind55.py -> bench/data/pii_blind55.jsonl: a bank branch and its customers'
paperwork after a fraud, in nine genres: a branch adviser's meeting note with a victim, a
dispute form (indsigelse) typed up from handwriting, a power of attorney (fuldmagt), a KYC
refresh questionnaire, a transfer receipt with a statement extract, a letter about a frozen
account, an elderly customer's handwritten note transcribed, a joint account holders' e-mail
exchange and an internal escalation to the fraud team; 350 pseudonymised hard negatives of the
same genres). Written blind to the recognisers and the other generators; held out until read
once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the fifty-sixth generator's bank branch paperwork after a fraud, held out"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind55.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
