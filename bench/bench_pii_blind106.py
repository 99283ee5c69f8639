"""Quality of the PII recognisers on the hundred-and-seventh generator's Danish documents
(bench/pii_blind106.py -> bench/data/pii_blind106.jsonl: wedding, event and catering bookings
gone wrong, in eight genres: a venue's booking notes, an e-mail thread about a deposit sent to a
fake account, a chat with an impersonated photographer, a party-bus and vintage-car rental's
notes, a gift-list fraud report, a couple's complaint, a bank fraud desk's notes and a leaked
guest list; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the 107th generator's wedding, event and catering booking fraud"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind106.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
