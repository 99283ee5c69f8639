"""Quality of the PII recognisers on the hundred-and-fourth generator's Danish documents
(bench/pii_blind103.py -> bench/data/pii_blind103.jsonl: a ferry line's booking and
customer-service fraud team, in eight genres: the payment team's incident log of a booking paid
with a stolen card, a passenger list of a suspect departure, an e-mail thread about a refund to a
stranger's account, a victim's statement about a fake customer-service page, a customer-service
chat, a ticket office's call note, a police report and a terminal's letter to a customer; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the hundred-and-fourth generator's ferry booking fraud cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind103.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
