"""Precision, recall and F1 of the recogniser set on labelled text.

The labelled text comes from outside the package: ``bench/pii_corpus.py`` generates it
independently of the recognisers' own name and street lists (issue 18), and
``vaern privacy evaluate FILE`` reads any JSONL file of ``{"text", "spans"}`` items. A
finding counts as a true positive only when its type and exact offsets match a labelled
span; a finding that merely overlaps counts once as a false positive and the label as missed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vaern.privacy.redact import analyze_many

# What issue 18 asks for: recall per type (0.95 unless named) at precision >= 0.95.
RECALL_TARGETS = {"CPR": 0.99, "PERSON": 0.90}
DEFAULT_RECALL_TARGET = 0.95
PRECISION_TARGET = 0.95
# Share of texts without personal data in which anything may be found.
NEGATIVES_TOUCHED_TARGET = 0.01


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
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def target(self) -> float:
        return RECALL_TARGETS.get(self.entity, DEFAULT_RECALL_TARGET)

    @property
    def meets_target(self) -> bool:
        return self.recall >= self.target and self.precision >= PRECISION_TARGET


@dataclass
class Evaluation:
    scores: dict[str, Score]
    negatives: int  # texts without any labelled span
    negatives_touched: int  # of those, texts in which something was found

    @property
    def touched_share(self) -> float:
        return self.negatives_touched / self.negatives if self.negatives else 0.0

    @property
    def micro(self) -> Score:
        """All types pooled: every span counts once, whatever its type."""
        scores = self.scores.values()
        return Score(
            "all",
            sum(s.tp for s in scores),
            sum(s.fp for s in scores),
            sum(s.fn for s in scores),
        )


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def evaluate(samples: list[dict[str, Any]]) -> Evaluation:
    labelled = {span["type"] for item in samples for span in item["spans"]}
    scores = {entity: Score(entity) for entity in sorted(labelled)}
    negatives = touched = 0
    found = analyze_many([item["text"] for item in samples])
    for item, findings in zip(samples, found, strict=True):
        if not item["spans"]:
            negatives += 1
            touched += bool(findings)
        gold = {(s["type"], s["start"], s["end"]) for s in item["spans"]}
        predicted = {(f.entity, f.start, f.end) for f in findings}
        for entity, _, _ in predicted & gold:
            scores[entity].tp += 1
        for entity, _, _ in predicted - gold:
            scores.setdefault(entity, Score(entity)).fp += 1
        for entity, _, _ in gold - predicted:
            scores[entity].fn += 1
    return Evaluation(scores, negatives, touched)
