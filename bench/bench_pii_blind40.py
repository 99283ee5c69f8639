"""Quality of the PII recognisers on the forty-first generator's Danish documents
(bench/pii_blind40.py -> bench/data/pii_blind40.jsonl: investment, crypto and pension fraud
against older people as relatives, guardians, banks' senior advisers, care homes, debt
collectors and the police handle it, in eight genres: a son's or daughter's mail thread with the
bank about a parent's transfers to a fake crypto platform, a senior adviser's call notes, a
remote-access (AnyDesk) scam chat, a guardian's report to Familieretshuset, a police report of a
fake bank courier with witnesses and plates, a fake investment manager's English-Danish mails,
a care home's incident note and a debt collector's letter with an objection; 350 pseudonymised
hard negatives of the same genres). Written blind to the recognisers and the other generators;
held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the forty-first generator's investment, crypto and pension fraud "
    "against older people, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind40.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
