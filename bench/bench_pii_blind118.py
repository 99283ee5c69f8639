"""Quality of the PII recognisers on the hundred-and-nineteenth generator's Danish documents
(bench/pii_blind118.py -> bench/data/pii_blind118.jsonl: a pharmacy chain's online pharmacy and
home delivery and the fraud it meets, in eight genres: the online pharmacy's security incident
log, an e-mail thread about a fake refund, a customer-service chat about a fake web shop, a form
reporting a suspicious delivery, the fraud team's case notes, a fraud hotline's call note, a
police report of a fake medicine driver and a letter to a customer; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-nineteenth (119th) generator's pharmacy chain and "
    "online-pharmacy fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind118.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
