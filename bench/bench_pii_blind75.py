"""Quality of the PII recognisers on the seventy-sixth generator's Danish documents
(bench/pii_blind75.py -> bench/data/pii_blind75.jsonl: a bank branch's counter staff and its
elderly customers, grandparent and fake-police scams, in eight genres: a cashier's note on a
large cash withdrawal stopped at the counter, a power of attorney form, the branch's letter to a
relative, a call note with the customer's son or daughter, e-mails with the police, the counter
staff's chat, a card-blocking log and a customer's statement to the police; 350 pseudonymised
hard negatives of the same genres). Written blind to the recognisers and the other generators;
held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-sixth generator's bank-counter scams against the elderly"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind75.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
