"""Quality of the PII recognisers on the hundred-and-eleventh generator's Danish documents
(bench/pii_blind110.py -> bench/data/pii_blind110.jsonl: a funeral home's and an estate
administrator's papers and the scams around deaths, in eight genres: a funeral order form, an
e-mail thread between an heir and the estate's lawyer, a bank's report on a fake probate-court
letter, a web chat with the funeral home, a call note on a fake estate debt, a police report of
an inheritance scam, an estate inventory and a complaint log of fake invoices; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-eleventh (111th) generator's funeral home and estate fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind110.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
