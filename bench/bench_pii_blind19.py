"""Quality of the PII recognisers on the twentieth generator's Danish documents
(bench/pii_blind19.py -> bench/data/pii_blind19.jsonl: fraud against the vulnerable as health,
social and care workers write about it, in eight genres: home-care daily notes, a social
worker's case note on financial abuse, GP and hospital journal notes on a fake "sundhed.dk" SMS,
a nursing home's incident report, a guardian's letter to the bank, a seniors' hotline log, a
housing association's letter on a stolen deposit and a pharmacy's note on a customer asked for
MitID; 350 pseudonymised hard negatives of the same genres). Written blind to the recognisers
and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the twentieth generator's fraud against the vulnerable, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind19.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
