"""Quality of the PII recognisers on the hundred-and-twenty-fourth generator's Danish documents
(bench/pii_blind123.py -> bench/data/pii_blind123.jsonl: a car-repair workshop chain with a tyre
hotel and roadside assistance, and the fraud it meets, in eight genres: the workshop system's
log, an e-mail thread about a fake invoice, a customer-service chat, a roadside-assistance
form, the fraud team's case notes, a hotline's call note on a fake tow truck, a police report
of stolen plates and a letter to a customer; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-twenty-fourth (124th) generator's car-repair workshop, "
    "tyre-hotel and roadside-assistance fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind123.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
