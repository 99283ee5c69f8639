"""Quality of the PII recognisers on the ninety-fifth generator's Danish documents
(bench/pii_blind94.py -> bench/data/pii_blind94.jsonl: identity fraud at a parish office's and
a municipality's civil-registration desk, in eight genres: a certificate request e-mail, a phone
note, a name-change form, a change-of-address case, an e-mail with the police, a chat with
borgerservice, a letter on the office's letterhead and a case log; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the ninety-fifth generator's civil-registration identity fraud"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind94.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
