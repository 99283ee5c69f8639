"""Quality of the PII recognisers on the seventy-eighth generator's Danish documents
(bench/pii_blind77.py -> bench/data/pii_blind77.jsonl: a mobile operator's SIM-swap and
number-porting fraud desk, in seven genres: a port-out request held for a fraud check, a shop's
ID-check note at a SIM replacement, a call log of a customer who lost her number and MitID, a
web chat, e-mails with a bank's fraud team, e-mails with the police and a customer's letter of
complaint; IMEIs and SIM ICCIDs as hard negatives; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the seventy-eighth generator's SIM-swap and number-porting fraud desk"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind77.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
