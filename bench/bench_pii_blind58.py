"""Quality of the PII recognisers on the fifty-ninth generator's Danish documents
(bench/pii_blind58.py -> bench/data/pii_blind58.jsonl: a Danish webshop's customer service and
chargeback desk after order fraud, in nine genres: an order confirmation with billing and
delivery addresses, a customer-agent chat log, a chargeback notice summarised by staff, a
customer's angry e-mail, a return label, an internal fraud-review note of semicolon-separated
orders, an agent's phone note, a letter to a victim of ID theft and a GDPR access reply; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the fifty-ninth generator's webshop customer service and chargeback "
    "desk after order fraud, held out"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind58.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
