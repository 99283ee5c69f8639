"""Quality of the PII recognisers on the fifty-second generator's Danish documents
(bench/pii_blind51.py -> bench/data/pii_blind51.jsonl: gambling, online casinos, gaming and
esports hit by fraud as a regulator, betting operators' AML and responsible-gaming teams, game
platforms' support, parents, banks and the police write about it, in eight genres: a betting
operator's AML case note on a stolen card and a money mule's account, a ROFUS self-exclusion
complaint e-mail, a game platform's account-takeover ticket log, a parent's complaint about
in-game purchases and a fake skin-trading site, a police report of a match-fixing approach or a
fake lottery win, a Discord-style esports chat export, a bank's gambling-block dispute note and
a CSV export of flagged player accounts; 350 pseudonymised hard negatives of the same genres).
Written blind to the recognisers and the other generators; held out until read once. See
docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the fifty-second generator's gambling and gaming fraud, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind51.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
