"""Quality of the PII recognisers on the eighty-second generator's Danish documents
(bench/pii_blind81.py -> bench/data/pii_blind81.jsonl: an unemployment insurance fund's
(a-kasse) and trade union's member service after fake "dagpenge" and "feriepenge" messages, in
eight genres: forwarded scam SMS and e-mails, call notes, e-mail threads with members, web
chats, case notes on changed payout accounts, letters to members, reports to the police and a
misuse form in capitals; 350 pseudonymised hard negatives of the same genres). Written blind to
the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the eighty-second generator's a-kasse and union member service"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind81.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
