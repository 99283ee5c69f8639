"""Quality of the PII recognisers on the seventieth generator's Danish documents
(bench/pii_blind69.py -> bench/data/pii_blind69.jsonl: an ordinary September fortnight at a
municipality's benefit control unit and citizen service, in nine genres: a citizen's tip form
about social fraud, an investigator's dated case notes, an e-mail thread with Udbetaling
Danmark, Borgerservice's call notes on identity misuse (a fake "kommune" caller, a MitID user
ID, codes and a card), a caseworkers' Teams chat, a case-system export, a letter of
consultation, a moving-address check report and an investigator's summary of identity misuse
for benefits; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the seventieth generator's municipal benefit control and citizen "
    "service, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind69.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
