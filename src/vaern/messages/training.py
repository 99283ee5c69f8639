"""`vaern model train`: the classifier, its threshold and the calibrated score, rebuilt
deterministically from the training corpus (never from the evaluation corpus)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vaern.messages import classifier, corpus, scoring
from vaern.messages.corpus import Example
from vaern.messages.inputs import build
from vaern.messages.service import analyse


def reasons_of(text: str, channel: str, classifier_p: float | None = None) -> dict[str, Any]:
    """The whole check of one corpus message (no database), optionally with a given
    classifier probability."""
    return analyse(build(text, channel=channel), classifier_p=classifier_p)


def score_rows(examples: Sequence[Example], p: np.ndarray) -> list[scoring.Row]:
    rows = []
    for e, prob in zip(examples, p, strict=True):
        result = reasons_of(e.text, e.channel, float(prob))
        pairs = [(r["code"], float(r["weight"])) for r in result["reasons"]]
        rows.append(scoring.features(pairs, float(prob)))
    return rows


def _summary(p: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Out-of-fold figures of the score on training data, for choosing the cut-offs."""
    from vaern.messages.service import SCAM_AT, SUSPICIOUS_AT

    legit, scam = p[y == 0], p[y == 1]
    return {
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "fpr_suspicious": round(float((legit >= SUSPICIOUS_AT).mean()), 4),
        "fpr_scam": round(float((legit >= SCAM_AT).mean()), 4),
        "recall_suspicious": round(float((scam >= SUSPICIOUS_AT).mean()), 4),
        "recall_scam": round(float((scam >= SCAM_AT).mean()), 4),
    }


def train_all(model_out: Path | None = None, score_out: Path | None = None) -> dict[str, Any]:
    train, _ = corpus.split()
    oof = classifier.out_of_fold(train)
    model_path = classifier.train(train, model_out, oof=oof)
    y = np.array([e.label for e in train])
    rows = score_rows(train, oof)
    groups = classifier.groups(train)
    shrink = scoring.choose_shrink(rows, y, groups)
    score_oof = scoring.out_of_fold(rows, y, groups, shrink)
    model = scoring.fit(rows, y, shrink)
    model["classifier_threshold"] = classifier.choose_threshold(oof, train)
    model["cross_validated"] = {
        lang: _summary(score_oof[mask], y[mask])
        for lang in ("da", "en")
        if (mask := np.array([e.lang == lang for e in train])).any()
    }
    score_path = scoring.save(model, score_out)
    return {"messages": len(train), "model": model_path, "score_model": score_path, **model}
