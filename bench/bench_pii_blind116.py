"""Quality of the PII recognisers on the hundred-and-seventeenth generator's Danish documents
(bench/pii_blind116.py -> bench/data/pii_blind116.jsonl: a fitness-centre chain's fraud cases,
in eight genres: the member app's incident log, an e-mail thread about a fake refund SMS, a
member-service chat, a form reporting a stolen key card, case notes on a fake personal trainer,
a fraud hotline's call note, a police report and a letter to a member; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-seventeenth (117th) generator's fitness-centre member fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind116.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
