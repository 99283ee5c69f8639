"""Quality of the PII recognisers on the fifty-seventh generator's Danish documents
(bench/pii_blind56.py -> bench/data/pii_blind56.jsonl: the correspondence around a fraud between
banks, the police, insurers and the victims, in nine genres: an interbank recall request, a police
report extract with the victim's statement, a bank's reply to a production order, a freeze order
note, an insurer's claim letter, a forwarded e-mail chain, a tabular list of mule accounts, a
victim's informal e-mail to the bank and a case handler's handover note; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held out
until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fifty-seventh generator's fraud correspondence, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind56.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
