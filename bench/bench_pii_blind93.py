"""Quality of the PII recognisers on the ninety-fourth generator's Danish documents
(bench/pii_blind93.py -> bench/data/pii_blind93.jsonl: a licensed gambling operator's AML and
fraud team, in eight genres: a KYC review with its ID check, a support chat, a phone note, a
withdrawal-hold e-mail to the player, a suspicious-activity note for the money-laundering
secretariat, an e-mail thread with a bank, a forwarded phishing mail in the operator's name and
the team's shift log; 350 pseudonymised hard negatives of the same genres). Written blind to
the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-fourth generator's gambling operator's AML and fraud notes"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind93.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
