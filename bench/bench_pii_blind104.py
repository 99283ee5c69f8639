"""Quality of the PII recognisers on the hundred-and-fifth generator's Danish documents
(bench/pii_blind104.py -> bench/data/pii_blind104.jsonl: a housing association's rental office
and its tenants, in eight genres: a housing portal's message thread with a fake sublessor, a
tenant's report of a deposit paid to a fraudster, the office's log of rent redirected to a wrong
account, a key-handover receipt, the tenant board's minutes, a caretaker's notes, a complaint
e-mail and e-mails with the police; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the 105th generator's housing association and rental fraud"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind104.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
