"""Quality of the PII recognisers on the fifty-fifth generator's Danish documents
(bench/pii_blind54.py -> bench/data/pii_blind54.jsonl: a data-protection officer's desk, in ten
genres: a data subject's access request, the reply with an extract of what is held, a deletion
or rectification request, a breach notification to Datatilsynet listing the affected people,
the security team's incident ticket with log lines and affected accounts, a consent and
marketing-opt-out log export, a lawyer's letter asserting a client's rights, a complaint
forwarded by Datatilsynet, a processor's notification of a sub-processor's breach and an
internal e-mail thread about a mis-sent letter; 350 pseudonymised hard negatives of the same
genres). Written blind to the recognisers and the other generators; held out until read once.
See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fifty-fifth generator's data-protection officer's desk, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind54.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
