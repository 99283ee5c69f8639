"""Quality of the PII recognisers on the forty-ninth generator's Danish documents
(bench/pii_blind48.py -> bench/data/pii_blind48.jsonl: civil society, charity and faith
communities hit by fraud, in eight genres: a treasurer's mail thread about a fake chairman's
urgent transfer, board minutes on a hijacked MobilePay box, a food bank's or homework café's
volunteer chat after a leaked volunteer list, a bank fraud team's case note on a donor to a fake
zakat or disaster collection, a police report of fake door-to-door collectors with witnesses,
a donor's complaint letter, a parish office's log of a fake invoice and fake-priest texts, and
a donor, volunteer or member register sent out by mistake; 350 pseudonymised hard negatives of
the same genres). Written blind to the recognisers and the other generators; held out until
read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the forty-ninth generator's charity and faith-community fraud, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind48.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
