"""Quality of the PII recognisers on the seventeenth generator's Danish documents
(bench/pii_blind16.py -> bench/data/pii_blind16.jsonl: spoken and noisy text in a bank's fraud
team in eight genres: speech-recognition transcripts of fraud-hotline calls, voicemail
transcriptions, OCR'd scanned letters and forms, chat and SMS threads, handwritten complaint
forms transcribed by a clerk, call-centre agents' hasty notes, subtitles of a police interview
about a safe-account scam and a victim's own retelling; 350 pseudonymised hard negatives of the
same genres). Written blind to the recognisers and the other generators; held out until read
once. See docs/privacy.md."""

from __future__ import annotations

from pathlib import Path

from bench.bench_pii_real import figures

TITLE = (
    "PII recognisers on the seventeenth generator's spoken and noisy fraud-team text, "
    "the held-out set"
)
DATA = Path(__file__).resolve().parent / "data" / "pii_blind16.jsonl"


def run() -> list[tuple[str, str]]:
    return figures(DATA)
