"""Quality of the PII recognisers on the twenty-third generator's Danish documents
(bench/pii_blind22.py -> bench/data/pii_blind22.jsonl: romance and investment fraud across
borders as a Danish bank's fraud team and the police see it, in eight genres: dating-app and
WhatsApp chat exports between a victim and a "soldier/engineer abroad", a family member's
worried e-mail to the bank, the bank's interview note with the victim, a list of transfers to
foreign IBANs and crypto exchanges, a fake investment platform's account statements in English
and Danish, a Western Union / MoneyGram receipt transcription, the police report with the
scammer aliases, and a Swedish or Norwegian bank's reply about a receiving account; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the twenty-third generator's cross-border romance fraud, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind22.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
