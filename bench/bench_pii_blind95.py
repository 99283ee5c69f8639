"""Quality of the PII recognisers on the ninety-sixth generator's Danish documents
(bench/pii_blind95.py -> bench/data/pii_blind95.jsonl: an accounting and audit firm helping
small business clients after CEO fraud, fake invoices and changed supplier accounts, in eight
genres: a hijacked supplier e-mail thread, a phone note with a client's owner, a bookkeeper's
chat, a payment-change request form, a memo to the client, an e-mail to the bank, a police
report e-mail and a time-line log; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-sixth generator's audit firm's CEO and invoice fraud cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind95.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
