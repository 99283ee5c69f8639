"""Quality of the PII recognisers on the sixty-first generator's Danish documents
(bench/pii_blind60.py -> bench/data/pii_blind60.jsonl: the court and prosecution files of fraud
trials as the prosecution service, defence lawyers and the courts write them, in nine genres: an
indictment with the accused, counts, victims, accounts and misused cards, a witness list, a court
record, an excerpt of a judgment, a police interview report, a request for seizure of accounts,
a victim's compensation claim, a list of money mules with phones and MitID user IDs, and the
defence lawyer's e-mails with the prosecutor; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixty-first generator's court and prosecution files of fraud "
    "trials, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind60.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
