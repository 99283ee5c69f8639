"""Quality of the PII recognisers on the sixty-fourth generator's Danish documents
(bench/pii_blind63.py -> bench/data/pii_blind63.jsonl: speech-to-text at a bank's fraud hotline
and a victim-support line, in eight genres: a hotline call transcript with agent:/kunde: lines,
a diarised "[00:01:12] Speaker 2:" transcript, a victim-support transcript with CRM-named
speakers, voicemail transcripts, the agent's summary note after a call, the victim-support
line's case note, a quality log of the engine's errors beside the corrections and a callback
list; lower-case names, CPR read out as "010190 1234", addresses said aloud with the spoken
floor inside the span; 350 pseudonymised hard negatives of the same genres). Written blind to
the recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the sixty-fourth generator's speech-to-text transcripts of fraud-hotline"
    " calls, the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind63.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
