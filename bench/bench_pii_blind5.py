"""Quality of the PII recognisers on the sixth generator's Danish documents
(bench/pii_blind5.py -> bench/data/pii_blind5.jsonl: jobcenter, housing-benefit and child
cases, court rulings and charge sheets, contracts, payslips and tax statements, bank
statements, logs and URL query strings, vCards and invites, Slack/Teams threads, surveys,
OCR of ID cards, Nordic mails, obituaries, club lists, fraud-team timelines). Written blind
to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the sixth generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind5.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
