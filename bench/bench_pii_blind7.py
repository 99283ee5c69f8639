"""Quality of the PII recognisers on the eighth generator's Danish documents
(bench/pii_blind7.py -> bench/data/pii_blind7.jsonl: a fraud team's working register: case
exports as CSV, TSV, Excel pastes and nested JSON, e-mail threads with quoted replies and
forwarded headers, signatures and disclaimers, ticket notes with agent initials, voicemail
transcripts, SMS exports, OCR of MobilePay and netbank receipts, police letters, chargeback
forms, KYC notes on foreign customers, Greenlandic and Faroese addresses, c/o and Postboks,
SIM-swap tickets, mule reports). Written blind to the recognisers and the other generators;
held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighth generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind7.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
