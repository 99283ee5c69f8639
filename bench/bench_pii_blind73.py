"""Quality of the PII recognisers on the seventy-fourth generator's Danish documents
(bench/pii_blind73.py -> bench/data/pii_blind73.jsonl: a pharmacy chain's customer service and
its fraud desk, in eight genres: a branch's note on a prescription picked up by proxy, a
customer's e-mail about an order she never placed, a web-shop chat, the fraud desk's case on
stolen-identity orders, a call note, a refund form, a letter to a patient's doctor and the fraud
desk's event log; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-fourth generator's pharmacy fraud desk, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind73.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
