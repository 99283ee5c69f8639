"""Quality of the PII recognisers on the sixteenth generator's Danish documents
(bench/pii_blind15.py -> bench/data/pii_blind15.jsonl: a week of texts at a fraud-prevention
service in eight genres: a municipality's citizen-service notes, an insurer's scam-loss claims,
a telco's SIM-swap investigation notes, a webshop's chargeback mails, a pension fund's
identity-check e-mails, a school's letter to parents about a phishing SMS, a journalist's
anonymisation request and a DPO's access-request log; 350 pseudonymised hard negatives of the
same genres). Written blind to the recognisers and the other generators; held out until read
once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the sixteenth generator's fraud-prevention week, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind15.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
