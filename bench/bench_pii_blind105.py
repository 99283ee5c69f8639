"""Quality of the PII recognisers on the hundred-and-sixth generator's Danish documents
(bench/pii_blind105.py -> bench/data/pii_blind105.jsonl: a removal and storage company's fraud
cases, in eight genres: a storage unit's rental agreement, a customer chat, a police report of a
break-in at a storage unit, a case note on a forged change of address and redirected post, a van
booking with the moving-day checklist, a claim for damaged goods, an invoice and an e-mail thread
about fake movers who took a deposit; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the 106th generator's removal and storage company fraud cases"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind105.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
