"""Character n-gram TF-IDF + logistic regression, one model per language, stored as plain
arrays (no pickle).

One model for Danish and one for English (`MODELS`), each fitted on the training messages
that `vaern.text.language` reads as that language; a message in another language gets no
classifier opinion (None), so evidence alone decides. One shared model learned Danish
legitimate e-mails' wording (password resets, order confirmations) against English
phishing e-mails that read the same; apart, each language's legitimate messages only
teach its own model. (A Danish model that also learns from the English messages, Danish
ones weighing 3×, was measured by grouped cross-validation on the training corpus: real
Danish scams flagged by the whole check 0.754 against 0.820 for the Danish-only model, at
the same 0.0215 of real legitimate messages flagged; so it is not used.)

Features: character 2-5-grams within word boundaries of the `for_matching` form, hashed,
sublinear TF-IDF. (Word 1-2-grams next to them were tried and measured by grouped
cross-validation on the training corpus: no better, Danish recall at 1 % FPR 0.878 vs.
0.886 without, so they are not used.) Each model's decision threshold is chosen on the
training corpus by grouped cross-validation (every synthetic template is one group, so a
template never sits in both the fitted and the held-out fold) and shipped with it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.utils import murmurhash3_32

from vaern.messages.corpus import Example
from vaern.messages.normalise import for_matching, unspace
from vaern.text.language import language
from vaern.text.links import Link, links

N_FEATURES = 2**18
MAX_CHARS = 5000
FOLDS = 5
TARGET_FPR = 0.01  # each shipped threshold keeps its language's cross-validated FPR below
MODELS = ("da", "en")  # the languages with a model of their own
C = 8.0
WORD_CACHE = 20_000  # words whose features ``probability`` keeps (about 10 MB at most)

_CHAR = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False).build_analyzer()


def grams(folded: str) -> list[str]:
    """Every feature string of one text already in `for_matching` form."""
    return _CHAR(folded)


VECTORIZER = HashingVectorizer(
    analyzer=grams, n_features=N_FEATURES, alternate_sign=False, norm=None
)


def model_path() -> Path:
    return Path(str(resources.files("vaern.messages") / "data" / "model.npz"))


_DIGITS = re.compile(r"\d+")


def masked(text: str, found: Sequence[Link] | None = None) -> str:
    """The language of a message without its links and with every number as 0: links and
    numbers are judged by the evidence rules, so the classifier learns wording, not URL
    shape (a model trained on scams with links and legitimate texts without learns
    "contains http"). ``found``: ``links(text)``, when the caller has them already."""
    if found is None or len(text) > MAX_CHARS:
        found = links(text[:MAX_CHARS])
    parts, last = [], 0
    for link in found:
        parts.append(text[last : link.start])
        last = link.end
    parts.append(text[last:MAX_CHARS])
    return _DIGITS.sub("0", " ".join(parts))


_LETTER = re.compile(r"[^\W\d_]")


def readable(text: str) -> bool:
    """Whether a message has words for the model once links and numbers are masked. A bare
    link has none: a model would answer it with its intercept alone, which the share of
    bare scam domains in training sets (every shop's own address came out "suspicious")."""
    return bool(_LETTER.search(masked(text)))


def _readable_rows(texts: Sequence[str]) -> np.ndarray:
    return np.array([readable(t) for t in texts], dtype=bool)


def _features(texts: Sequence[str]) -> Any:
    return VECTORIZER.transform([for_matching(masked(t)) for t in texts])


def _language(clean: str) -> str:
    """`vaern.text.language` on a masked text with letter spacing undone ("b e t a l")."""
    return language(unspace(clean))


def language_of(text: str) -> str:
    """The language whose model reads this text."""
    return _language(masked(text))


class Fitted(NamedTuple):
    idf: np.ndarray
    coef: np.ndarray
    intercept: float


def _fit(x: Any, examples: Sequence[Example]) -> Fitted:
    y = np.array([e.label for e in examples])
    tfidf = TfidfTransformer(sublinear_tf=True).fit(x)
    clf = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    clf.fit(tfidf.transform(x), y)
    return Fitted(tfidf.idf_, clf.coef_[0], float(clf.intercept_[0]))


def _predict(fitted: Fitted, x: Any) -> np.ndarray:
    x = x.tocsr().astype(np.float64)
    x.data = (1.0 + np.log(x.data)) * fitted.idf[x.indices]  # sublinear tf times idf
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    z = (x @ fitted.coef) / norms + fitted.intercept
    return np.asarray(1.0 / (1.0 + np.exp(-z)))


def groups(examples: Sequence[Example]) -> np.ndarray:
    """Cross-validation groups: a synthetic template is one group, and so is every real
    message of one source (a repository, or a site: one newspaper, one complaint board),
    since a source's families share its style and a new test set always comes from sources
    training has not seen; other messages (the English SMS) are their own."""
    names = [
        (e.family or e.source)
        if e.synthetic
        else (f"source:{source_root(e.source)}" if e.family and e.source else f"message-{n}")
        for n, e in enumerate(examples)
    ]
    return np.unique(names, return_inverse=True)[1]


def source_root(url: str) -> str:
    """Where a real message was published: a GitHub repository, or else the site's host."""
    repo = re.match(r"https?://(?:www\.)?github\.com/([^/]+/[^/]+)", url)
    if repo:
        return "github.com/" + repo.group(1).lower()
    host = re.match(r"https?://(?:www\.)?([^/?#]+)", url)
    return host.group(1).lower() if host else url


def languages(examples: Sequence[Example]) -> np.ndarray:
    """The language each message is read as (which model it trains and is judged by)."""
    return np.array([language_of(e.text) for e in examples])


def out_of_fold(
    examples: Sequence[Example], langs: np.ndarray | None = None, folds: int = FOLDS
) -> np.ndarray:
    """Each training message's probability from its language's model fitted without its
    group; NaN for a message in a language without a model or without words (`readable`)."""
    langs = languages(examples) if langs is None else langs
    x = _features([e.text for e in examples]).tocsr()
    y = np.array([e.label for e in examples])
    all_groups = groups(examples)
    words = _readable_rows([e.text for e in examples])
    oof = np.full(len(examples), np.nan)
    for lang in MODELS:
        rows = np.flatnonzero((langs == lang) & words)
        split = GroupKFold(n_splits=folds).split(rows, y[rows], all_groups[rows])
        for fit_idx, held_idx in split:
            fitted = _fit(x[rows[fit_idx]], [examples[i] for i in rows[fit_idx]])
            oof[rows[held_idx]] = _predict(fitted, x[rows[held_idx]])
    return oof


def choose_threshold(p: np.ndarray, examples: Sequence[Example]) -> float:
    """The lowest threshold (≥ 0.5) at which these legitimate messages are flagged at most
    `TARGET_FPR` of the time (out-of-fold, on training data only)."""
    legit = np.array([e.label == 0 for e in examples]) & ~np.isnan(p)
    cut = 0.5
    if legit.any():
        cut = max(cut, float(np.quantile(p[legit], 1.0 - TARGET_FPR, method="higher")))
    return round(min(cut, 0.95), 4)


def thresholds(p: np.ndarray, examples: Sequence[Example], langs: np.ndarray) -> dict[str, float]:
    """Each model's threshold, chosen on its own language's out-of-fold predictions."""
    return {
        lang: choose_threshold(
            p[langs == lang], [e for e, g in zip(examples, langs, strict=True) if g == lang]
        )
        for lang in MODELS
    }


def train(
    examples: list[Example],
    path: Path | None = None,
    oof: np.ndarray | None = None,
    langs: np.ndarray | None = None,
) -> Path:
    """Fit and save each language's model with its cross-validated threshold; deterministic."""
    langs = languages(examples) if langs is None else langs
    if oof is None:
        oof = out_of_fold(examples, langs)
    x = _features([e.text for e in examples]).tocsr()
    words = _readable_rows([e.text for e in examples])
    cuts = thresholds(oof, examples, langs)
    arrays: dict[str, np.ndarray] = {}
    for lang in MODELS:
        rows = np.flatnonzero((langs == lang) & words)
        fitted = _fit(x[rows], [examples[i] for i in rows])
        keep = np.flatnonzero(np.abs(fitted.coef) > 1e-3)
        arrays[f"{lang}_index"] = keep.astype(np.int32)
        arrays[f"{lang}_idf"] = fitted.idf[keep].astype(np.float32)
        arrays[f"{lang}_coef"] = fitted.coef[keep].astype(np.float32)
        arrays[f"{lang}_intercept"] = np.array([fitted.intercept], dtype=np.float32)
        arrays[f"{lang}_threshold"] = np.array([cuts[lang]], dtype=np.float32)
    target = path or model_path()
    np.savez_compressed(target, **arrays)  # type: ignore[arg-type]
    _load.cache_clear()
    return target


class Loaded(NamedTuple):
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float


@lru_cache(maxsize=1)
def _load() -> dict[str, Loaded]:
    path = model_path()
    if not path.exists():
        return {}
    out = {}
    with np.load(path) as data:
        for lang in MODELS:
            if f"{lang}_index" not in data.files:
                continue
            idf = np.zeros(N_FEATURES, dtype=np.float32)
            coef = np.zeros(N_FEATURES, dtype=np.float32)
            idf[data[f"{lang}_index"]] = data[f"{lang}_idf"]
            coef[data[f"{lang}_index"]] = data[f"{lang}_coef"]
            intercept = float(data[f"{lang}_intercept"][0])
            out[lang] = Loaded(idf, coef, intercept, round(float(data[f"{lang}_threshold"][0]), 4))
    return out


def threshold(lang: str) -> float:
    """The shipped decision threshold of a language's model (0.5 without a model)."""
    loaded = _load().get(lang)
    return loaded.threshold if loaded else 0.5


def probabilities(texts: Sequence[str], langs: Sequence[str] | None = None) -> np.ndarray:
    """Each text's probability from its language's model; NaN where there is none or the
    text has no words (`readable`)."""
    langs = [language_of(t) for t in texts] if langs is None else langs
    models = _load()
    out = np.full(len(texts), np.nan)
    x = _features(texts).tocsr()
    words = _readable_rows(texts)
    for lang, loaded in models.items():
        rows = np.array([n for n, g in enumerate(langs) if g == lang and words[n]], dtype=np.int64)
        if len(rows):
            fitted = Fitted(loaded.idf, loaded.coef, loaded.intercept)
            out[rows] = _predict(fitted, x[rows])
    return out


@lru_cache(maxsize=WORD_CACHE)
def _word_features(word: str) -> tuple[int, ...]:
    """The hashed features of one word: char_wb n-grams never cross a word boundary, so a
    text's features are its words' features in turn (what HashingVectorizer computes)."""
    return tuple(abs(murmurhash3_32(g, seed=0)) % N_FEATURES for g in _CHAR(word))


def assess(text: str, found: Sequence[Link] | None = None) -> tuple[str, float | None]:
    """The text's language and its model's probability, without sklearn's batch overhead:
    the same features as ``_features``, built from a cache of words (most words of a
    message were seen in earlier ones). None for a language without a model or a text
    without words (`readable`). ``found``: ``links(text)``, when the caller has them
    already."""
    clean = masked(text, found)
    lang = _language(clean)
    loaded = _load().get(lang)
    if loaded is None or not _LETTER.search(clean):
        return lang, None
    features: list[int] = []
    for word in for_matching(clean).split():
        features.extend(_word_features(word))
    counts = Counter(features)
    index = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    values = (1.0 + np.log(tf)) * loaded.idf[index]
    norm = float(np.sqrt(values @ values)) or 1.0
    z = float(values @ loaded.coef[index]) / norm + loaded.intercept
    return lang, 1.0 / (1.0 + math.exp(-z))


def probability(text: str) -> float | None:
    """The probability from the model of the text's language (``assess``)."""
    return assess(text)[1]
