"""Quality of the PII recognisers on the thirty-ninth generator's Danish documents
(bench/pii_blind38.py -> bench/data/pii_blind38.jsonl: small businesses, craftsmen and sole
traders hit by fraud as their accountants, banks, trade associations and the police handle it,
in eight genres: an accountant's case log on a hacked webshop's redirected payouts, a
craftsman's e-mail thread about a fake supplier invoice with changed account details, a salon's
or clinic's booking-system export after a data leak, a bank's business fraud-line transcript, a
trade association's advice notes to a member, a police report on fake "Google reviews"
extortion, a webshop's chargeback notes with cards and a Danish-English chat with a fake
wholesaler; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the thirty-ninth generator's small-business and sole-trader fraud, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind38.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
