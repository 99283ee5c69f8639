"""`vaern model train`: the classifiers, their thresholds, the calibrated score and each
language's verdict cut-offs, rebuilt deterministically from the training corpus (never
from the evaluation corpus)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vaern.messages import classifier, corpus, scoring
from vaern.messages.corpus import Example
from vaern.messages.inputs import build
from vaern.messages.service import analyse, floor_of_codes


def reasons_of(text: str, channel: str, classifier_p: float | None = None) -> dict[str, Any]:
    """The whole check of one corpus message (no database), optionally with a given
    classifier probability."""
    return analyse(build(text, channel=channel), classifier_p=classifier_p)


def score_rows(
    examples: Sequence[Example], p: np.ndarray
) -> tuple[list[scoring.Row], list[str | None]]:
    """Each message's score features (with its out-of-fold classifier probability; NaN:
    its language has no model) and the verdict floor its evidence sets."""
    rows, floors = [], []
    for e, prob in zip(examples, p, strict=True):
        given = None if math.isnan(prob) else float(prob)
        result = reasons_of(e.text, e.channel, given)
        pairs = [(r["code"], float(r["weight"])) for r in result["reasons"]]
        rows.append(scoring.features(pairs, given, result["language"]))
        floors.append(floor_of_codes([code for code, _ in pairs], e.channel))
    return rows, floors


def _summary(p: np.ndarray, y: np.ndarray, cut: dict[str, float]) -> dict[str, float]:
    """Out-of-fold figures of the score on training data at a language's cut-offs."""
    legit, scam = p[y == 0], p[y == 1]
    return {
        "n": len(y),
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "fpr_suspicious": round(float((legit >= cut["suspicious_at"]).mean()), 4),
        "fpr_scam": round(float((legit >= cut["scam_at"]).mean()), 4),
        "recall_suspicious": round(float((scam >= cut["suspicious_at"]).mean()), 4),
        "recall_scam": round(float((scam >= cut["scam_at"]).mean()), 4),
    }


def _with_floors(p: np.ndarray, floors: Sequence[str | None], cut: dict[str, float]) -> np.ndarray:
    """The scores as the verdict sees them: raised to the cut-off a floor sets."""
    least = {"scam": cut["scam_at"], "suspicious": cut["suspicious_at"], None: 0.0}
    return np.maximum(p, [least[f] for f in floors])


def train_all(model_out: Path | None = None, score_out: Path | None = None) -> dict[str, Any]:
    train, _ = corpus.split()
    langs = classifier.languages(train)
    oof = classifier.out_of_fold(train, langs)
    model_path = classifier.train(train, model_out, oof=oof, langs=langs)
    y = np.array([e.label for e in train])
    rows, floors = score_rows(train, oof)
    groups = classifier.groups(train)
    shrink = scoring.choose_shrink(rows, y, groups)
    score_oof = scoring.out_of_fold(rows, y, groups, shrink)
    model = scoring.fit(rows, y, shrink)
    real = np.array([not e.synthetic for e in train])
    model["classifier_thresholds"] = classifier.thresholds(oof, train, langs)
    model["cross_validated"] = {}
    for lang in scoring.LANGUAGES:
        mask = langs == lang
        lang_floors = [f for f, m in zip(floors, mask, strict=True) if m]
        legit = (real & (y == 0))[mask]
        cut = scoring.choose_cutoffs(score_oof[mask], lang_floors, legit, scoring.LOWEST[lang])
        model["languages"][lang].update(cut)
        seen = _with_floors(score_oof[mask], lang_floors, cut)
        default = {"suspicious_at": scoring.SUSPICIOUS_AT, "scam_at": scoring.SCAM_AT}
        at_default = _with_floors(score_oof[mask], lang_floors, default)
        model["cross_validated"][lang] = {
            "all": _summary(seen, y[mask], cut),
            "real": _summary(seen[real[mask]], y[mask & real], cut),
            # what the same scores give at the default cut-offs, for comparison
            "real_at_default_cutoffs": _summary(at_default[real[mask]], y[mask & real], default),
        }
    score_path = scoring.save(model, score_out)
    return {"messages": len(train), "model": model_path, "score_model": score_path, **model}
