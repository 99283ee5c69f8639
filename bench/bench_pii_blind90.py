"""Quality of the PII recognisers on the ninety-first generator's Danish documents
(bench/pii_blind90.py -> bench/data/pii_blind90.jsonl: a debt-collection agency facing fake
collection letters and SMS in its name and debtors' disputes, in eight genres: a forwarded fake
inkasso SMS with the citizen's question, a real collection letter, a phone note, a web chat, a
payment-plan form, an e-mail with a creditor company, an e-mail to the police and a complaints
log; 350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and
the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-first generator's debt-collection fraud and disputes"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind90.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
