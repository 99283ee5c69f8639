"""Quality of the PII recognisers on the hundred-and-third generator's Danish documents
(bench/pii_blind102.py -> bench/data/pii_blind102.jsonl: a university's student administration
and a student-housing office after phishing of SU and housing-list accounts, in eight genres: the
SU team's incident log, an e-mail thread with the SU counsellors, the housing office's note on a
hijacked waiting-list account, the international office's case note, the IT support's chat, a
telephone note of a parent's call, a police report and the dorm's parking-permit log; 350
pseudonymised hard negatives of the same genres). Written blind to the recognisers and the other
generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the hundred-and-third generator's student administration phishing"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind102.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
