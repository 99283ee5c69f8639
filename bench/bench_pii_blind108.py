"""Quality of the PII recognisers on the hundred-and-ninth generator's Danish documents
(bench/pii_blind108.py -> bench/data/pii_blind108.jsonl: a dental clinic chain's reception,
billing and patient service, in eight genres: fake invoice and payment-plan SMS in the clinic's
name, booking-portal phishing with a fake MitID page, an instalment agreement, a sygeforsikring
claim, a clinic manager's incident notes, e-mails with the police, a chat with a patient and a
reception's call note; the clinics' own addresses everywhere; 350 pseudonymised hard negatives
of the same genres). Written blind to the recognisers and the other generators; held out until
read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the 109th generator's dental clinic billing and booking fraud"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind108.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
