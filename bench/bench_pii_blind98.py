"""Quality of the PII recognisers on the ninety-ninth generator's Danish documents
(bench/pii_blind98.py -> bench/data/pii_blind98.jsonl: a municipality's daycare and school
administration after its parent portal was phished, in eight genres: IT's incident log of the
portal, an e-mail thread between a parent and a school office, Pladsanvisningen's note on a fee
account changed, a school enrolment record, a parent chat with a daycare, a parent's police
report, a daycare's pick-up authorisation and a school secretary's call note; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-ninth generator's phished daycare and school portal"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind98.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
