"""Quality of the PII recognisers on the twenty-seventh generator's Danish documents
(bench/pii_blind26.py -> bench/data/pii_blind26.jsonl: young people, gaming and sextortion as
Danish schools, parents, platforms, banks and the police handle it, in eight genres: an SSP
coordinator's case notes, parents' web-form reports of a stolen gaming account or a fake
skin-trading site, exported Discord/Snapchat/Instagram DM threads in youth Danish and English,
a bank's fraud-team notes on a young money mule, a school IT helpdesk's tickets about a phished
UNI-Login/Aula account, a police report of sextortion, a gaming shop's chargeback mails and a
helpline's anonymised call log; gamer tags and pseudonyms such as "Elev A" are never names;
350 pseudonymised hard negatives of the same genres). Written blind to the recognisers and the
other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the twenty-seventh generator's young people, gaming and sextortion, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind26.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
