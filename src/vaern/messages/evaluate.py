"""Evaluation report: precision, recall, FPR and recall at 1 % FPR per language and channel."""

from __future__ import annotations

from typing import Any

import numpy as np

from vaern.messages import classifier
from vaern.messages.corpus import Example

THRESHOLD = 0.5


def _metrics(p: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    pred = p >= THRESHOLD
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
    return out


def report(examples: list[Example]) -> dict[str, Any]:
    p = classifier.probabilities([e.text for e in examples])
    y = np.array([e.label for e in examples])
    groups: dict[str, Any] = {"all": _metrics(p, y)}
    for key in sorted({(e.lang, e.channel) for e in examples}):
        mask = np.array([(e.lang, e.channel) == key for e in examples])
        groups[f"{key[0]}/{key[1]}"] = _metrics(p[mask], y[mask])
    for lang in sorted({e.lang for e in examples}):
        mask = np.array([e.lang == lang for e in examples])
        groups[lang] = _metrics(p[mask], y[mask])
    return groups
