"""Quality of the PII recognisers on the sixty-third generator's documents (bench/pii_blind62.py
-> bench/data/pii_blind62.jsonl: international residents in Denmark and their fraud cases as
banks, service centres for newcomers, the police, advisers and employers write them, in English,
Danish and mixed, in eight genres: a bank support chat about a hacked account, a Danish police
report about an English-speaking victim, an HR e-mail about a fake relocation agent, a
landlord-scam complaint with foreign IBANs and numbers, a case worker's notes, a language
school's list of affected students, a bank's letter on a disputed card payment and an adviser's
phone log; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixty-third generator's international residents' fraud cases, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind62.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
