"""Quality of the PII recognisers on the twelfth generator's Danish documents
(bench/pii_blind11.py -> bench/data/pii_blind11.jsonl: the diversity of people in Denmark and
trade and rental fraud: immigrants' and their descendants' names as registers write them, with
particles, double surnames, several given names and transliteration variants, Greenlandic
names; DBA / Marketplace / Trendsales chats with MobilePay numbers and fake payment links,
boligsvindel correspondence with deposit accounts and foreign IBANs, e-mail threads with
headers, signatures and HTML-to-text artefacts, calendar invitations and interpreter-assisted
call notes). Written blind to the recognisers and the other generators; held out until read
once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the twelfth generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind11.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
