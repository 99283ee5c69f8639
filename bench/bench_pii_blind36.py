"""Quality of the PII recognisers on the thirty-seventh generator's Danish documents
(bench/pii_blind36.py -> bench/data/pii_blind36.jsonl: energy, heating and green-subsidy fraud as
utilities, district-heating companies, installers, the Danish Energy Agency, banks and the police
handle it, in eight genres: a utility's fraud log on fake "energy refund" SMS, a heat-pump
installer's e-mail thread about a deposit paid to a fake subsidy agent, a door-to-door solar
sales complaint, a bank fraud-line call transcript, a district-heating company's notes on a
meter-reading scam visit, a police report on a fake solar-panel company, a subsidy case note on
an application in a stolen identity and a Danish-English chat with a fake "energy adviser"; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-seventh generator's energy, heating and green-subsidy fraud,"
    " the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind36.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
