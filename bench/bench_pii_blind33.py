"""Quality of the PII recognisers on the thirty-fourth generator's Danish documents
(bench/pii_blind33.py -> bench/data/pii_blind33.jsonl: online marketplaces, webshops and parcel
delivery fraud as marketplaces, webshops, payment providers, carriers, banks and the police
handle it, in eight genres: a marketplace trust-and-safety case log on a fake buyer's "modtag
penge" link, a webshop's customer-service thread about a chargeback and a delivery elsewhere,
a parcel-locker carrier's fraud report on rerouted parcels, a bank's dispute form, a
Danish-English second-hand chat, a police report on a fake garden-furniture webshop, a
complaints board's decision with named case officers and a noisy transcript of a call to a
bank's fraud line; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-fourth generator's marketplaces, webshops and parcel "
    "delivery fraud, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind33.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
