"""Quality of the PII recognisers on independently generated Danish fraud-team text
(bench/pii_corpus.py), per type, next to Presidio's pattern recognisers where Presidio is
importable (``PRESIDIO_PATH``: a directory it was installed into with ``pip --target``)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from bench import bench_redact, pii_corpus
from vaern.privacy.evaluation import Score, evaluate

TITLE = "PII recognisers on independent Danish fraud-team text (issue 18)"
SIZE = 3000

# Presidio's entity names for the types both sides know.
PRESIDIO_TYPES = {
    "CREDIT_CARD": "CARD",
    "EMAIL_ADDRESS": "EMAIL",
    "IBAN_CODE": "IBAN",
    "PHONE_NUMBER": "PHONE",
    "PERSON": "PERSON",
}


def _presidio() -> Any | None:
    """Presidio's analyzer with its predefined pattern recognisers on a blank spaCy pipeline
    (no model download), or None when it is not installed."""
    path = os.environ.get("PRESIDIO_PATH")
    if path:
        sys.path.append(path)
    try:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import PhoneRecognizer
    except ImportError:
        return None

    class BlankEngine(SpacyNlpEngine):
        def __init__(self) -> None:
            super().__init__(models=[{"lang_code": "en", "model_name": "blank"}])
            self.nlp = {"en": spacy.blank("en")}

        def load(self) -> None:
            pass

    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    # Danish numbers too, which Presidio's default regions lack: a fair comparison.
    registry.remove_recognizer("PhoneRecognizer")
    registry.add_recognizer(PhoneRecognizer(supported_regions=("DK", "SE", "GB", "DE", "US")))
    return AnalyzerEngine(registry=registry, nlp_engine=BlankEngine(), supported_languages=["en"])


def _presidio_scores(engine: Any, samples: list[dict[str, Any]]) -> tuple[dict[str, Score], int]:
    scores = {t: Score(t) for t in PRESIDIO_TYPES.values()}
    touched = 0
    for item in samples:
        found = {
            (PRESIDIO_TYPES[r.entity_type], r.start, r.end)
            for r in engine.analyze(item["text"], language="en", score_threshold=0.0)
            if r.entity_type in PRESIDIO_TYPES
        }
        if not item["spans"]:
            touched += bool(found)
        gold = {(s["type"], s["start"], s["end"]) for s in item["spans"] if s["type"] in scores}
        for entity, _, _ in found & gold:
            scores[entity].tp += 1
        for entity, _, _ in found - gold:
            scores[entity].fp += 1
        for entity, _, _ in gold - found:
            scores[entity].fn += 1
    return scores, touched


def _cell(score: Score | None) -> str:
    if score is None:
        return "-"
    return f"{score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f}"


def run() -> list[tuple[str, str]]:
    samples = pii_corpus.generate(size=SIZE)
    labelled = sum(len(s["spans"]) for s in samples)
    started = time.process_time()
    result = evaluate(samples)
    cpu = time.process_time() - started
    size = sum(len(s["text"].encode()) for s in samples)
    engine = _presidio()
    presidio: dict[str, Score] = {}
    presidio_touched = None
    if engine is not None:
        presidio, presidio_touched = _presidio_scores(engine, samples)
    figures = [
        (
            "corpus",
            f"{SIZE} texts (seed {pii_corpus.SEED}), {labelled} labelled spans, "
            f"{result.negatives} texts without personal data",
        ),
        ("type (n labelled)", "Værn P / R / F1; Presidio P / R / F1; Værn meets target"),
    ]
    for entity, score in result.scores.items():
        verdict = "yes" if score.meets_target else f"no (recall >= {score.target:.2f})"
        figures.append(
            (
                f"{entity} (n={score.tp + score.fn})",
                f"{_cell(score)}; {_cell(presidio.get(entity))}; {verdict}",
            )
        )
    figures.append(("overall (micro)", _cell(result.micro)))
    figures.append(
        (
            "texts without personal data touched (target <= 1 %)",
            f"Værn {result.negatives_touched}/{result.negatives} ({result.touched_share:.1%})"
            + (
                f", Presidio {presidio_touched}/{result.negatives}"
                if presidio_touched is not None
                else ", Presidio not installed"
            ),
        )
    )
    figures.append(
        ("Værn MB per CPU-second, evaluation texts one by one", f"{size / cpu / 1e6:.2f}")
    )
    # The redact bench's dense (a text per ~250 characters of prose) and sparse (per ~2,500)
    # input, in pieces of 2,000 characters, as the storage boundary redacts.
    for label, prose in (("dense", 1), ("sparse", 10)):
        _, cpu_mb = bench_redact._throughput(bench_redact._text(1_000_000, prose), 2_000, 2)
        figures.append((f"Værn {label} text: MB per CPU-second (target >= 5)", f"{cpu_mb:.2f}"))
    figures.append(
        (
            "Presidio",
            "pattern recognisers, blank spaCy 'en' pipeline, DK phones"
            if engine
            else "not importable (set PRESIDIO_PATH)",
        )
    )
    figures.append(("load average", ", ".join(Path("/proc/loadavg").read_text().split()[:3])))
    return figures
