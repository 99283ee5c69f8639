"""Quality of the PII recognisers on the eighty-sixth generator's Danish documents
(bench/pii_blind85.py -> bench/data/pii_blind85.jsonl: a Danish region's patient-service desk
and IT security team handling phishing in the name of sundhed.dk, the region and the hospital,
in six genres: call logs, patients' e-mails, web chats, security tickets, forwarded scam
messages and letters to patients; 350 pseudonymised hard negatives of the same genres). Written
blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-sixth generator's patient-service phishing cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind85.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
