"""Quality of the PII recognisers on the sixtieth generator's Danish documents
(bench/pii_blind59.py -> bench/data/pii_blind59.jsonl: a lawyer's office representing fraud
victims and a debt collection agency's files, in nine genres: a client intake form, a power of
attorney, a refund claim to the bank under the Payment Act, a debt collector's letter to a
person whose identity was misused, a court-style summary of the facts with parties and
witnesses, an e-mail thread between the lawyer, the client and the client's daughter, a
timeline of transactions, a legal secretary's phone memo and a fee note; 350 pseudonymised hard
negatives of the same genres). Written blind to the recognisers and the other generators; held
out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixtieth generator's lawyer's office for fraud victims "
    "and debt collection files, held out"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind59.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
