"""Precision and recall of the recogniser set on the evaluation corpus (``corpus.py``).

A finding counts as a true positive only when its type and exact offsets match a labelled
span; a finding that merely overlaps counts once as a false positive and the label as missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vaern.privacy import corpus
from vaern.privacy.redact import analyze

# What the issue asks for on the corpus (precision and recall alike).
TARGETS = {"CPR": 0.99, "CARD": 0.99, "PHONE": 0.98, "EMAIL": 0.98}


@dataclass
class Score:
    entity: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def target(self) -> float | None:
        return TARGETS.get(self.entity)

    @property
    def meets_target(self) -> bool:
        return self.target is None or min(self.precision, self.recall) >= self.target


def evaluate(samples: list[dict[str, Any]] | None = None) -> dict[str, Score]:
    samples = corpus.load() if samples is None else samples
    scores = {entity: Score(entity) for entity in corpus.LABELLED}
    for item in samples:
        gold = {(s["type"], s["start"], s["end"]) for s in item["spans"]}
        predicted = {
            (f.entity, f.start, f.end) for f in analyze(item["text"]) if f.entity in scores
        }
        for entity, _, _ in predicted & gold:
            scores[entity].tp += 1
        for entity, _, _ in predicted - gold:
            scores[entity].fp += 1
        for entity, _, _ in gold - predicted:
            scores[entity].fn += 1
    return scores
