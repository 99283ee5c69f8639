"""Quality of the PII recognisers on the fourteenth generator's Danish documents
(bench/pii_blind13.py -> bench/data/pii_blind13.jsonl: personal data in the machine formats a
fraud team pastes or exports: JSON webhook bodies and API responses, pretty and minified, raw and
"\\u00f8"-escaped; XML payloads with attributes and character references; SEPA pain.001
snippets; MT940 statement lines; CSV exports; WhatsApp chat exports; vCards; iCalendar
invitations; e-mail headers; application logs and SQL INSERT statements). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fourteenth generator's machine-format documents, the held-out set"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind13.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
