"""Quality of the PII recognisers on the thirty-sixth generator's Danish documents
(bench/pii_blind35.py -> bench/data/pii_blind35.jsonl: tax, customs and public-payment fraud as
Skattestyrelsen, Toldstyrelsen, Gældsstyrelsen, Udbetaling Danmark, accountants, banks,
municipalities and the police handle it, in eight genres: a tax agency's case log on refund
phishing, an accountant's e-mail thread about a client's NemKonto changed by a fraudster, a
complaint about a customs-fee SMS to a carrier and Toldstyrelsen, a bank's fraud-line call
transcript with numbers read out in words, a municipality's benefits notes on a diverted
payment, a police report on a VAT and payroll fraud ring, a fake debt-collection letter quoted
next to Gældsstyrelsen's reply and a Danish-English chat with a fake "SKAT Support"; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-sixth generator's tax, customs and public-payment fraud, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind35.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
