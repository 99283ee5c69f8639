"""Quality of the PII recognisers on the hundred-and-twelfth generator's Danish documents
(bench/pii_blind111.py -> bench/data/pii_blind111.jsonl: an energy and district-heating
utility's customer service and fraud desk, in eight genres: a case log of a fake refund SMS, an
incident report of door-to-door fake technicians, a moving form, a note on a hijacked direct
debit, a web chat, an e-mail thread with the bank and the police, a call note of a
meter-reading scam and a police report; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-twelfth (112th) generator's energy utility refund and "
    "meter scams"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind111.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
