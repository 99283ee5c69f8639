"""Quality of the PII recognisers on the sixty-eighth generator's Danish documents
(bench/pii_blind67.py -> bench/data/pii_blind67.jsonl: a fortnight in February at a telecom
operator's fraud desk, in nine genres: a SIM-swap incident log, an e-mail thread about a
number ported without consent, call notes on a spoofed caller ID, a customer-service chat
export, an order form for a subscription taken out with a stolen identity, a semicolon export
of suspicious SIM changes, a letter to a customer with the refund account, an investigator's
summary of a ring and a report to the police; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the sixty-eighth generator's telecom fraud desk, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind67.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
