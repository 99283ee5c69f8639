"""Quality of the PII recognisers on the twenty-fourth generator's Danish documents
(bench/pii_blind23.py -> bench/data/pii_blind23.jsonl: identity theft and account takeover as
Danish authorities and companies handle it, in eight genres: a citizen's police report of loans
and subscriptions taken in their name with the creditors' letters, a telecom's SIM-swap and
number-port investigation note, a bank's MitID takeover case, a debt collector's letter with the
victim's dispute e-mail, an insurer's identity-theft claim form, a NemKonto change complaint to
Udbetaling Danmark / Skattestyrelsen, an online shop's chargeback thread and a municipality's
Digital Post letter about a false change of address; 350 pseudonymised hard negatives of the
same genres: device IDs, IMEI numbers, IP addresses, session, loan, order, tracking and case
numbers, creditor lines, amounts, masked values, organisations' 70/80 lines). Written blind to
the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the twenty-fourth generator's identity-theft cases, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind23.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
