"""Quality of the PII recognisers on the fortieth generator's Danish documents
(bench/pii_blind39.py -> bench/data/pii_blind39.jsonl: charities, associations, churches and
volunteers hit by fraud as their treasurers, banks, the Indsamlingsnævn and the police handle
it, in eight genres: a charity's donor-service log on fake door-to-door collectors and refund
requests, a parish council's e-mail thread about a fake invoice and a changed account, a
volunteer coordinator's notes, a bank's fraud-line transcript with an association's treasurer,
a police report on a fake door-to-door collection, a membership export after a data leak, a
foundation's case note on a grant application in a stolen identity and a Danish-English chat
with a fake "international donor"; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the fortieth generator's charity, association and church fraud, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind39.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
