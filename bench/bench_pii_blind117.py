"""Quality of the PII recognisers on the hundred-and-eighteenth generator's Danish documents
(bench/pii_blind117.py -> bench/data/pii_blind117.jsonl: a holiday-home rental agency on the
west coast and Bornholm and its booking fraud, in eight genres: the owners' portal incident
log, an e-mail thread with a guest who paid a fake IBAN, a customer chat, a suspicious-listing
form, case notes on a phished owner login, a fraud hotline's call note, a police report and a
letter; 350 pseudonymised hard negatives of the same genres). Written blind to the recognisers
and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the hundred-and-eighteenth (118th) generator's holiday-home rental fraud"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind117.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
