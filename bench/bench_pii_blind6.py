"""Quality of the PII recognisers on the seventh generator's Danish documents
(bench/pii_blind6.py -> bench/data/pii_blind6.jsonl: speech-to-text call transcripts with
spoken numbers, support chats with typos, police reports and witness statements, insurance
claims, debt collection, Aula messages, pension statements, rental listings and tenant letters,
romance- and investment-scam chats, webshop orders and returns, hospital letters, GDPR
requests, expat mails, SMS threads and OCR). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventh generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind6.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
