"""Quality of the PII recognisers on the fifth generator's Danish documents
(bench/pii_blind4.py -> bench/data/pii_blind4.jsonl: fraud-team CRM exports, police
reports, debt collection, pension and insurance, AULA, GP referrals, speech-to-text calls,
expats' e-mails, forwarded mails, chat exports, CSV and PDF pastes, caps-lock forms).
Written blind to the recognisers and the other generators; read once as the held-out
figure at 716b6fa, a development set since pii10 (tuned on it). See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the fifth generator's Danish documents "
    "(development set since pii10, tuned on it)"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind4.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
