"""Quality of the PII recognisers on the hundred-and-tenth generator's Danish documents
(bench/pii_blind109.py -> bench/data/pii_blind109.jsonl: a municipal waste and recycling
service and bulky-waste pick-up scams, in eight genres: a fake storskrald fee SMS, a container
or trailer booking, a citizen's report from a recycling centre, the service's case notes, a
complaint by e-mail, a driver's log, the municipality's letter and a web chat; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the 110th generator's waste and recycling scams"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind109.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
