"""Quality of the PII recognisers on the hundred-and-twenty-first generator's Danish documents
(bench/pii_blind120.py -> bench/data/pii_blind120.jsonl: a taxi and patient-transport company
with an app and card payments, and the fraud it meets (fake drivers, skimmed cards, phished app
accounts, fake refunds), in eight genres: the app's account and payment log, an e-mail thread, a
customer-service chat, a refund form, the fraud team's case notes, a hotline call note, a police
report and a letter; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-twenty-first (121st) generator's taxi and "
    "patient-transport fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind120.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
