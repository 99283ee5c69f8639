"""Quality of the PII recognisers on the sixty-second generator's Danish documents
(bench/pii_blind61.py -> bench/data/pii_blind61.jsonl: the machine-readable and semi-structured
exports a bank's and a telecom's fraud teams pile up, in nine genres: a semicolon CSV export from
Danish Excel, JSON lines from an alert system, key=value application logs, an SMS gateway's log,
e-mail headers pasted into a ticket, a plain-text table with pipes, a SIM-swap and number-porting
register extract, a case-management export with free-text notes and the customer list attached to
a breach notification; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixty-second generator's fraud-team machine exports, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind61.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
