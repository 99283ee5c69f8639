"""Evaluation report per language and channel, for the classifier and for the whole check:
precision, recall, false-positive rate, recall at 1 % FPR, and calibration (Brier score,
expected calibration error and a reliability table)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from vaern.messages import classifier
from vaern.messages.corpus import Example

BINS = 10


def calibration(p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    """Brier score, ECE over equal-width bins, and the reliability table of the non-empty bins."""
    edges = np.linspace(0.0, 1.0, BINS + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, BINS - 1)
    table, ece = [], 0.0
    for b in range(BINS):
        mask = which == b
        if not mask.any():
            continue
        mean_p, rate = float(p[mask].mean()), float(y[mask].mean())
        ece += mask.mean() * abs(mean_p - rate)
        table.append(
            {
                "bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}",
                "n": int(mask.sum()),
                "mean_score": round(mean_p, 3),
                "scam_rate": round(rate, 3),
            }
        )
    return {
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "ece": round(float(ece), 4),
        "reliability": table,
    }


def metrics(p: np.ndarray, y: np.ndarray, threshold: float) -> dict[str, Any]:
    pred = p >= threshold
    pos, neg = int((y == 1).sum()), int((y == 0).sum())
    tp, fp = int((pred & (y == 1)).sum()), int((pred & (y == 0)).sum())
    out: dict[str, Any] = {
        "n": len(y),
        "scams": pos,
        "legitimate": neg,
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "recall": round(tp / pos, 4) if pos else None,
        "fpr": round(fp / neg, 4) if neg else None,
    }
    if pos and neg:
        # The threshold that lets through at most 1 % of the legitimate messages.
        cut = np.quantile(p[y == 0], 0.99, method="higher")
        out["recall_at_1pct_fpr"] = round(float((p[y == 1] > cut).mean()), 4)
    out.update(calibration(p, y))
    return out


def _groups(examples: Sequence[Example]) -> dict[str, np.ndarray]:
    out = {"all": np.ones(len(examples), dtype=bool)}
    for key in sorted({(e.lang, e.channel) for e in examples}):
        out[f"{key[0]}/{key[1]}"] = np.array([(e.lang, e.channel) == key for e in examples])
    for lang in sorted({e.lang for e in examples}):
        out[lang] = np.array([e.lang == lang for e in examples])
    return out


def report(examples: list[Example]) -> dict[str, Any]:
    """The classifier alone at its shipped (cross-validated) threshold."""
    p = classifier.probabilities([e.text for e in examples])
    y = np.array([e.label for e in examples])
    t = classifier.threshold()
    return {name: metrics(p[m], y[m], t) for name, m in _groups(examples).items()}


def check_report(examples: list[Example]) -> dict[str, Any]:
    """The whole check (no database): calibrated score, `scam` verdicts and `scam or
    suspicious` verdicts, and how many legitimate messages each verdict received."""
    from vaern.messages.service import SCAM_AT, SUSPICIOUS_AT
    from vaern.messages.training import reasons_of

    results = [reasons_of(e.text, e.channel) for e in examples]
    p = np.array([r["score"] for r in results])
    y = np.array([e.label for e in examples])
    verdicts = np.array([r["verdict"] for r in results])
    out: dict[str, Any] = {}
    for name, m in _groups(examples).items():
        row = metrics(p[m], y[m], SUSPICIOUS_AT)
        row["recall_scam_verdict"] = metrics(p[m], y[m], SCAM_AT)["recall"]
        row["fpr_scam_verdict"] = metrics(p[m], y[m], SCAM_AT)["fpr"]
        row["verdicts_of_legitimate"] = _count(verdicts[m & (y == 0)])
        row["verdicts_of_scams"] = _count(verdicts[m & (y == 1)])
        out[name] = row
    return out


def _count(values: np.ndarray) -> dict[str, int]:
    names, counts = np.unique(values, return_counts=True)
    return {str(n): int(c) for n, c in zip(names, counts, strict=True)}
