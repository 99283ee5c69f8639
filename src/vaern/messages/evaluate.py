"""Evaluation report per language and channel, for the classifier and for the whole check:
precision, recall, false-positive rate, recall at 1 % FPR, and calibration (Brier score,
expected calibration error and a reliability table)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.stats import beta

from vaern.messages import classifier
from vaern.messages.corpus import Example
from vaern.messages.training import reasons_of

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


def metrics(p: np.ndarray, y: np.ndarray, threshold: float | np.ndarray) -> dict[str, Any]:
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
    """The classifiers alone, each message by the model of the language it is read as, at
    that model's shipped (cross-validated) threshold; a message in a language without a
    model counts as p = 0 (no opinion, not flagged). Grouped by the corpus's language;
    ``language_read`` counts how the identifier read each group."""
    langs = [classifier.language_of(e.text) for e in examples]
    p = np.nan_to_num(classifier.probabilities([e.text for e in examples], langs), nan=0.0)
    y = np.array([e.label for e in examples])
    t = np.array([classifier.threshold(g) for g in langs])
    read = np.array(langs)
    out = {}
    for name, m in _groups(examples).items():
        out[name] = metrics(p[m], y[m], t[m])
        out[name]["language_read"] = _count(read[m])
    return out


def interval(k: int, n: int, confidence: float = 0.95) -> tuple[float, float] | None:
    """Exact (Clopper-Pearson) interval of a proportion k/n."""
    if n == 0:
        return None
    alpha = 1.0 - confidence
    low = 0.0 if k == 0 else float(beta.ppf(alpha / 2, k, n - k + 1))
    high = 1.0 if k == n else float(beta.ppf(1 - alpha / 2, k + 1, n - k))
    return round(low, 4), round(high, 4)


def rate(k: int, n: int) -> dict[str, Any]:
    """A count with its share and exact 95 % interval."""
    return {"k": k, "n": n, "rate": round(k / n, 4) if n else None, "ci95": interval(k, n)}


def _groups_with_kind(examples: Sequence[Example]) -> dict[str, np.ndarray]:
    out = _groups(examples)
    for kind in sorted({e.kind for e in examples if e.kind}):
        for lang in sorted({e.lang for e in examples if e.kind == kind}):
            out[f"{lang} {kind}"] = np.array([(e.lang, e.kind) == (lang, kind) for e in examples])
    return out


def check_report(examples: list[Example]) -> dict[str, Any]:
    """The whole check (no database) on real messages: for scams the share caught at each
    cut-off (`scam`; `scam` or `suspicious`), for legitimate messages and published
    warnings the share flagged, each as a count with an exact 95 % interval; plus the
    calibration of the score and the verdicts received."""
    results = [reasons_of(e.text, e.channel) for e in examples]
    p = np.array([r["score"] for r in results])
    y = np.array([e.label for e in examples])
    verdicts = np.array([r["verdict"] for r in results])
    flagged = np.isin(verdicts, ("scam", "suspicious"))
    scam = verdicts == "scam"
    out: dict[str, Any] = {}
    for name, m in _groups_with_kind(examples).items():
        pos, neg = m & (y == 1), m & (y == 0)
        row: dict[str, Any] = {
            "n": int(m.sum()),
            "scams": int(pos.sum()),
            "legitimate": int(neg.sum()),
        }
        if pos.any():
            row["recall_flagged"] = rate(int((flagged & pos).sum()), int(pos.sum()))
            row["recall_scam"] = rate(int((scam & pos).sum()), int(pos.sum()))
        if neg.any():
            row["fpr_flagged"] = rate(int((flagged & neg).sum()), int(neg.sum()))
            row["fpr_scam"] = rate(int((scam & neg).sum()), int(neg.sum()))
        if pos.any() and neg.any():
            row.update(calibration(p[m], y[m]))
        row["verdicts_of_legitimate"] = _count(verdicts[neg])
        row["verdicts_of_scams"] = _count(verdicts[pos])
        out[name] = row
    out["errors_by_family"] = _errors(examples, verdicts, y)
    return out


def _errors(
    examples: Sequence[Example], verdicts: np.ndarray, y: np.ndarray
) -> list[dict[str, Any]]:
    """What the check gets wrong on real messages, one line per family: missed scams and
    flagged legitimate messages or warnings."""
    flagged = np.isin(verdicts, ("scam", "suspicious"))
    wrong: dict[tuple[str, str], list[str]] = {}
    for e, v, f, label in zip(examples, verdicts, flagged, y, strict=True):
        if e.family and bool(f) != bool(label):
            wrong.setdefault((e.kind, e.family), []).append(str(v))
    return [
        {"kind": kind, "family": family, "count": len(v), "verdicts": sorted(set(v))}
        for (kind, family), v in sorted(wrong.items())
    ]


def _count(values: np.ndarray) -> dict[str, int]:
    names, counts = np.unique(values, return_counts=True)
    return {str(n): int(c) for n, c in zip(names, counts, strict=True)}
