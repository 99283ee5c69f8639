"""Quality of the PII recognisers on the twenty-fifth generator's Danish documents
(bench/pii_blind24.py -> bench/data/pii_blind24.jsonl: fraud against associations, clubs and
small businesses' customers as their volunteers and owners write about it, in eight genres: a
sports club treasurer's e-mails about a fake invoice and members' dues, a housing association's
board notes on a fake caretaker, a small webshop's chargeback and fake-buyer threads, a
hairdresser's booking-system export, a parish council's minutes on CEO fraud, a local
newspaper's reader letters, a volunteer helpline's call log with elderly callers and a
kindergarten parents' group chat about a fake school-photo payment; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the twenty-fifth generator's fraud against clubs, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind24.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
