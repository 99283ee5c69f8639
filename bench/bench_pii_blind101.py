"""Quality of the PII recognisers on the hundred-and-second generator's Danish documents
(bench/pii_blind101.py -> bench/data/pii_blind101.jsonl: a consumer complaints service's cases of
door-to-door sellers of heat pumps, solar panels and insulation who pressured elderly customers,
in eight genres: a relative's complaint form, a contract and financing excerpt, a cancellation
letter, an e-mail thread, a web chat, a call note, a police report and the complaints board's
decision; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the hundred-and-second generator's door-to-door sales complaints"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind101.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
