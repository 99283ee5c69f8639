"""Quality of the PII recognisers on the thirty-second generator's Danish documents
(bench/pii_blind31.py -> bench/data/pii_blind31.jsonl: telecom and utilities fraud as telcos,
energy and water suppliers, broadband providers, banks and the police handle it, in eight genres:
a telco fraud desk's SIM-swap log, a number-porting complaint e-mail thread, a supplier's letter
about a fake door-to-door "supplier switch" or meter visit, a bank fraud team's notes after a SIM
swap, a Danish-English broadband support chat, a noisy call-centre transcript, a complaints
board's decision with pseudonymised parties and a police report of a fake technician's visit;
350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-second generator's telecom and utilities fraud, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind31.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
