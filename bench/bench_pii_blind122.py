"""Quality of the PII recognisers on the hundred-and-twenty-third generator's Danish documents
(bench/pii_blind122.py -> bench/data/pii_blind122.jsonl: a locksmith and burglar-alarm company
with a monitoring centre and the fraud it meets (fake locksmiths, alarm-code phishing, fake
invoices, changed account numbers), in eight genres: the monitoring centre's alarm log, an
e-mail thread, a customer-service chat, a complaint and refund form, the fraud team's case
notes, a hotline's call notes, a police report and letters to customers; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-twenty-third (123rd) generator's locksmith and "
    "burglar-alarm fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind122.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
