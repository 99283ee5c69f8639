"""Quality of the PII recognisers on the sixty-sixth generator's Danish documents
(bench/pii_blind65.py -> bench/data/pii_blind65.jsonl: an ordinary fortnight at a small
regional savings bank's and a labour-market pension fund's member services after several
members' identities were misused, in ten genres: letters to members, e-mails from members,
notes of calls and branch meetings, a changed-payout-account investigation, powers of attorney,
a death-estate contact, a complaint to Ankenævnet for Pengeinstitutter drafted by a member,
internal e-mails, a clerk's checklist and SMS confirmations; 350 pseudonymised hard negatives
of the same genres). Written blind to the recognisers and the other generators; held out until
read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixty-sixth generator's savings bank and pension fund member "
    "services after identity theft, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind65.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
