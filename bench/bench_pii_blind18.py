"""Quality of the PII recognisers on the nineteenth generator's Danish documents
(bench/pii_blind18.py -> bench/data/pii_blind18.jsonl: everyday digital traces a fraud team
receives as evidence, in eight genres: OCR text of banking-app and MobilePay screenshots,
exported Marketplace/DBA/WhatsApp chats, e-mail threads forwarded several times, CSV/TSV
customer exports pasted into a ticket, web-form submissions with typos and missing fields,
calendar invitations and delivery notices, a fraud team's Slack/Teams messages and receipts
and order confirmations; 350 pseudonymised hard negatives of the same genres). Written blind to
the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the nineteenth generator's everyday digital traces, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind18.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
