"""Quality of the PII recognisers on the forty-seventh generator's Danish documents
(bench/pii_blind46.py -> bench/data/pii_blind46.jsonl: transport and logistics hit by fraud as
dispatchers, fraud teams, insurers, the police and families write about it, in eight genres: a
dispatcher's shift log of parcel-redirect callers, delivery codes read out and misused fuel
cards, a freight-exchange chat about a fake load order and double brokering, a customs broker's
mail thread about a fake customs fee paid by card, a fraud team's case note on the payroll
diversion of drivers, an insurer's claim form for stolen cargo, a police report of a copied
company card, a driver's family SMS thread and a CSV of drivers and vehicles; 350 pseudonymised
hard negatives of the same genres). Written blind to the recognisers and the other generators;
held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the forty-seventh generator's transport and logistics fraud, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind46.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
