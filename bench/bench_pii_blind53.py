"""Quality of the PII recognisers on the fifty-fourth generator's Danish documents
(bench/pii_blind53.py -> bench/data/pii_blind53.jsonl: call-centre and chat transcripts and the
notes written from them, in nine genres: a bank fraud line's speech-to-text call transcript with
speaker labels, timestamps, filler words, numbers read out in groups and self-corrections, a
webshop's or bank's live-chat export, a supervisor's summary of a recorded call, a
quality-assurance review with quotes, a police hotline (114) intake note, a voicemail
transcription, an IVR and callback log, a complaint about what an agent said and a telco's
SIM-swap transcript; 350 pseudonymised hard negatives of the same genres). Written blind to the
recognisers and the other generators; held out until read once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = "PII recognisers on the fifty-fourth generator's call-centre and chat transcripts, held out"
DATA = Path(__file__).resolve().parent / "data" / "pii_blind53.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
