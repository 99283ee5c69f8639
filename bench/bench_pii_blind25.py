"""Quality of the PII recognisers on the twenty-sixth generator's Danish documents
(bench/pii_blind25.py -> bench/data/pii_blind25.jsonl: fraud around death and inheritance in
eight genres: a bank's estate department writing with heirs, the probate court's letters and
skifteretsattest texts, a funeral home's order forms and invoices, heirs' family chats about a
fake lawyer or a "tax refund of the estate", an inheritance-from-abroad advance-fee mail with
the victim's replies, a lawyer's estate inventory, obituary scams (a fake creditor's letter to
the widow and the police report about it) and a DPO's log of deleting a deceased customer's
data; 350 pseudonymised hard negatives of the same genres). Written blind to the recognisers
and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the twenty-sixth generator's fraud around death and inheritance, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind25.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
