"""Quality of the PII recognisers on the tenth generator's Danish documents
(bench/pii_blind9.py -> bench/data/pii_blind9.jsonl: the texts Værn itself produces and stores:
check-page reports with a pasted SMS and a comment, outbound-log lines and exports, playbook
case notes with timelines, transfers and cards, evidence-pack manifests, § 100 payment-dispute
forms, citizens' access and erasure requests, banks' customer-service replies and account-
takeover alerts with device IDs and IPs). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the tenth generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind9.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
