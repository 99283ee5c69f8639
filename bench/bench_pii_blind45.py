"""Quality of the PII recognisers on the forty-sixth generator's Danish documents
(bench/pii_blind45.py -> bench/data/pii_blind45.jsonl: agriculture, fishing and rural life hit
by fraud, in eight genres: the agricultural agency's case notes on a hijacked EU-subsidy payout,
a machine dealer's mail thread about a fake invoice with a foreign IBAN, a harbour office's duty
log, a veterinary practice's call notes, a livestock and horse trade chat, a police report of a
fraud against a farmer, a farming family's SMS thread and a co-operative dairy's or
slaughterhouse's member export; 350 pseudonymised hard negatives of the same genres, full of CHR,
CVR and P numbers, field blocks, vessel marks, ear tags, serials and quantities). Written blind
to the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the forty-sixth generator's rural and fishing fraud, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind45.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
