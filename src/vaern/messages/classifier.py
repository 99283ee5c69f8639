"""Character n-gram TF-IDF + logistic regression, stored as plain arrays (no pickle)."""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.utils import murmurhash3_32

from vaern.messages.corpus import Example
from vaern.messages.normalise import for_matching

N_FEATURES = 2**18
VECTORIZER = HashingVectorizer(
    analyzer="char_wb",
    ngram_range=(2, 5),
    n_features=N_FEATURES,
    alternate_sign=False,
    norm=None,
    lowercase=False,
)


def model_path() -> Path:
    return Path(str(resources.files("vaern.messages") / "data" / "model.npz"))


def _features(texts: list[str]) -> Any:
    return VECTORIZER.transform([for_matching(t)[:5000] for t in texts])


def train(examples: list[Example], path: Path | None = None) -> Path:
    """Fit and save the model; deterministic for the same corpus."""
    x = _features([e.text for e in examples])
    y = np.array([e.label for e in examples])
    tfidf = TfidfTransformer(sublinear_tf=True).fit(x)
    weights = np.array([3.0 if e.lang == "da" else 1.0 for e in examples])
    clf = LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced")
    clf.fit(tfidf.transform(x), y, sample_weight=weights)
    coef = clf.coef_[0]
    keep = np.flatnonzero(np.abs(coef) > 1e-3)
    target = path or model_path()
    np.savez_compressed(
        target,
        index=keep.astype(np.int32),
        idf=tfidf.idf_[keep].astype(np.float32),
        coef=coef[keep].astype(np.float32),
        intercept=np.array([clf.intercept_[0]], dtype=np.float32),
    )
    _load.cache_clear()
    return target


@lru_cache(maxsize=1)
def _load() -> tuple[np.ndarray, np.ndarray, float] | None:
    path = model_path()
    if not path.exists():
        return None
    with np.load(path) as data:
        idf = np.zeros(N_FEATURES, dtype=np.float32)
        coef = np.zeros(N_FEATURES, dtype=np.float32)
        idf[data["index"]] = data["idf"]
        coef[data["index"]] = data["coef"]
        return idf, coef, float(data["intercept"][0])


def probabilities(texts: list[str]) -> np.ndarray:
    loaded = _load()
    if loaded is None:
        return np.full(len(texts), 0.5)
    idf, coef, intercept = loaded
    x = _features(texts).tocsr()
    x.data = (1.0 + np.log(x.data)) * idf[x.indices]  # sublinear tf times idf
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    z = (x @ coef) / norms + intercept
    return 1.0 / (1.0 + np.exp(-z))


_ANALYZER = VECTORIZER.build_analyzer()


def probability(text: str) -> float | None:
    """One text without sklearn's batch overhead; same hashing as HashingVectorizer."""
    loaded = _load()
    if loaded is None:
        return None
    idf, coef, intercept = loaded
    counts = Counter(
        abs(murmurhash3_32(g, seed=0)) % N_FEATURES for g in _ANALYZER(for_matching(text)[:5000])
    )
    if not counts:
        return 1.0 / (1.0 + math.exp(-intercept))
    index = np.fromiter(counts.keys(), dtype=np.int64)
    values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64))) * idf[index]
    norm = float(np.sqrt(values @ values)) or 1.0
    z = float(values @ coef[index]) / norm + intercept
    return 1.0 / (1.0 + math.exp(-z))
