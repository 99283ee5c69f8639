"""Quality of the PII recognisers on the forty-fifth generator's Danish documents
(bench/pii_blind44.py -> bench/data/pii_blind44.jsonl: tech-support and remote-access fraud as
IT helpdesks, managed-service providers, telcos' abuse desks, banks' fraud teams, relatives and
the police write about it, in eight genres: a helpdesk ticket, a remote-session log with an
analyst's notes, a telco abuse desk's e-mail, a bank fraud team's call notes, a bank chat, a
police report, a relative's SMS thread and a fraud team's CSV export; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the forty-fifth generator's tech-support fraud, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind44.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
