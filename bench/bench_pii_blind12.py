"""Quality of the PII recognisers on the thirteenth generator's Danish documents
(bench/pii_blind12.py -> bench/data/pii_blind12.jsonl: the written Danish of ordinary and older
people around a scam: family SMS and Messenger threads in lower case with dialect spellings,
emojis, abbreviations and numbers typed with spaces or dots, elderly victims' formal letters and
e-mails to their bank and to the police with letterheads and "f. 12. marts 1941", relatives'
notes and voice-message transcripts; names of Danes born 1930-1960 with middle names,
nicknames, "Sr."/"Jr." and maiden names, and their children's and grandchildren's names).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the thirteenth generator's Danish documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind12.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
