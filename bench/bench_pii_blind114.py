"""Quality of the PII recognisers on the hundred-and-fifteenth generator's Danish documents
(bench/pii_blind114.py -> bench/data/pii_blind114.jsonl: a marina's, a boat club's and used-boat
sellers' fraud cases, in eight genres: the harbour office's incident log of a berth-rental fraud,
an e-mail thread with a phished club member, a used-boat marketplace chat with a fake seller, a
bank's case note on an overpayment scam, the club's fraud-hotline call note, a police report of a
stolen boat trailer, the marina's letter to a member and a berth application form; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-fifteenth (115th) generator's marina, boat-club and "
    "used-boat fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind114.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
