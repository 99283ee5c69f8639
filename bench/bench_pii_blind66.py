"""Quality of the PII recognisers on the sixty-seventh generator's Danish documents
(bench/pii_blind66.py -> bench/data/pii_blind66.jsonl: an ordinary fortnight at an insurance
company's claims desk and a car-rental firm's damage and fraud desk after staged accidents,
stolen rental cars and fake injury claims, in nine genres: a motor claim form, an adjuster's
notes, an e-mail thread with a claimant and a workshop, a witness statement, a damage report
with plates and drivers, a payout letter with an account, an investigator's summary, a call
note of a fake "adjuster's" call and a rental contract excerpt without the driver's licence;
350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixty-seventh generator's insurance and car-rental claims and "
    "fraud desk, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind66.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
