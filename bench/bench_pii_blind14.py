"""Quality of the PII recognisers on the fifteenth generator's Danish documents
(bench/pii_blind14.py -> bench/data/pii_blind14.jsonl: the everyday working text of a fraud team
in ten genres at once: customer-service tickets and the bank's replies, fraud-team case notes,
police report excerpts, victims' web-form reports, forwarded scam SMS with the victim's own data
in them, internal escalation e-mails, chat exchanges, call notes and shift handovers; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fifteenth generator's fraud-team working texts, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind14.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
