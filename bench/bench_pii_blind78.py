"""Quality of the PII recognisers on the seventy-ninth generator's Danish documents
(bench/pii_blind78.py -> bench/data/pii_blind78.jsonl: a card issuer's chargeback and
payment-dispute desk, in eight genres: the cardholder's dispute form, a dispute letter or e-mail
after phishing (the Payment Act § 100), the desk's phone notes, a merchant's reply to a
chargeback, acquirer and scheme notes, forwarded phishing SMS, forwarded phishing e-mails and a
web chat with the desk; 350 pseudonymised hard negatives of the same genres). Written blind to
the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-ninth generator's chargeback and payment-dispute desk"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind78.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
