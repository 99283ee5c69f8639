"""addrml: a learned "whose address is this?" (a private person's or an organisation's own,
pii78's convention) over an address's context, and its honest evaluation. Findings in
docs/privacy.md, "addrml"; the model is not wired into the recognisers (it fails their
hand-written near misses).

    VAERN_PURE_PYTHON=1 PYTHONPATH=src:. python scripts/train_address_owner.py \\
        [--cv] [--write MODEL.json] [--probe] [--cache SAMPLES.json]

Every address the recogniser finds in bench/data/pii_blind*.jsonl (an ADDRESS or an
ORGANISATION_ADDRESS after overlaps are resolved, the latter kept by rebinding the constant
``redact._chosen`` drops) is a sample: a private address if it overlaps a labelled ADDRESS span,
an organisation's otherwise. Features (``features``) seen in three sets or more; an L2 logistic
regression, each set weighted alike. ``--cv``: GroupKFold by set (10 folds) over the addresses
the rules leave personal, at several thresholds. ``--write``: the model over all sets as JSON
(features and weights, for a pure-Python scorer). ``--probe``: its probability for the near
misses of tests/privacy/test_recognizer_pii78/80/82 and for organisations' addresses in new
words. Deterministic: sorted files, a fixed solver, no sampling.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from vaern.privacy import recognizers, redact
from vaern.privacy.evaluation import load

DATA = Path("bench/data")
MIN_SETS = 3
C = 0.3
FOLDS = 10
# The lowest threshold tried whose cross-validated loss of private addresses is at most 0.5 %.
THRESHOLD = 0.8
# Context read around an address (characters): before it on its line and the line above,
# after it; character n-grams over the nearest part of the context before.
BEFORE = 80
AFTER = 30
GRAM = 4
GRAM_SPAN = 40

_TOKEN = re.compile(r"\w+|[^\w\s]|\n")
_DIGIT = re.compile(r"\d")

Sample = tuple[str, bool, bool, frozenset[str], str]  # set, private, rules' org, features, ctx


def features(source: str, start: int, end: int, names: Mapping[str, frozenset[str]]) -> set[str]:
    """The context's features, never the street (generators reuse streets): lowercased, digits
    as 0, the words before (a bag and the last three by position), the first three words after,
    character 4-grams of the 40 characters before, whether the address opens its line, and
    whether each of the six words before is a listed given name or surname."""
    line = source.rfind("\n", 0, start)
    above = source.rfind("\n", 0, line) if line > 0 else -1
    before = source[max(above + 1, start - BEFORE) : start]
    after = source[end : end + AFTER]
    found: set[str] = set()
    raw = _TOKEN.findall(before)
    words = [_DIGIT.sub("0", w.lower()) for w in raw]
    found.update("b:" + w for w in words)
    for i, w in enumerate(reversed(words[-3:])):
        found.add(f"b{i}:{w}")
    for i, w in enumerate(reversed(raw[-6:])):
        normal = w[:1] + w[1:].lower()
        if w[:1].isupper() and (normal in names["first"] or normal in names["ambiguous"]):
            found.add(f"n{i}:first")
        elif w[:1].isupper() and normal in names["surname"]:
            found.add(f"n{i}:surname")
    lowered = _DIGIT.sub("0", before[-GRAM_SPAN:].lower())
    found.update("c:" + lowered[i : i + GRAM] for i in range(len(lowered) - GRAM + 1))
    for i, w in enumerate(_TOKEN.findall(after)[:3]):
        found.add(f"a{i}:{_DIGIT.sub('0', w.lower())}")
    if not before or before.endswith("\n"):
        found.add("line-start")
    return found


def samples(cache: Path | None) -> list[Sample]:
    """Every address candidate of every set, organisations' kept (kept in ``cache``, a JSON
    file, between runs when given)."""
    if cache is not None and cache.exists():
        return [(s, p, r, frozenset(f), c) for s, p, r, f, c in json.loads(cache.read_text())]
    redact.ORGANISATION_ADDRESS = "-"  # type: ignore[misc]  # _chosen keeps them
    names = recognizers.gazetteer()
    out: list[Sample] = []
    for path in sorted(DATA.glob("pii_blind*.jsonl")):
        docs = load(path)
        found = redact.analyze_many([d["text"] for d in docs])
        for doc, findings in zip(docs, found, strict=True):
            gold = [(s["start"], s["end"]) for s in doc["spans"] if s["type"] == "ADDRESS"]
            text = doc["text"]
            for f in findings:
                if f.entity not in ("ADDRESS", recognizers.ORGANISATION_ADDRESS):
                    continue
                private = any(a < f.end and f.start < b for a, b in gold)
                feats = frozenset(features(text, f.start, f.end, names))
                ctx = text[max(0, f.start - 60) : f.end].replace("\n", "⏎")
                rules = f.entity == recognizers.ORGANISATION_ADDRESS
                out.append((path.stem, private, rules, feats, ctx))
        print(path.stem, len(out), flush=True)
    if cache is not None:
        cache.write_text(json.dumps([(s, p, r, sorted(f), c) for s, p, r, f, c in out]))
    return out


def matrix(rows: list[Sample], vocab: dict[str, int]) -> csr_matrix:
    """The samples' features as a 0/1 matrix over ``vocab``."""
    indptr, indices = [0], []
    for row in rows:
        indices += sorted(vocab[f] for f in row[3] if f in vocab)
        indptr.append(len(indices))
    return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), len(vocab)))


def fit(rows: list[Sample]) -> tuple[LogisticRegression, dict[str, int]]:
    """The model over the features seen in MIN_SETS sets or more, each set weighted alike."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        for f in row[3]:
            seen.setdefault(f, set()).add(row[0])
    vocab = {f: i for i, f in enumerate(sorted(f for f, s in seen.items() if len(s) >= MIN_SETS))}
    per_set = Counter(row[0] for row in rows)
    weight = np.array([1000.0 / per_set[row[0]] for row in rows])
    y = np.array([0 if row[1] else 1 for row in rows])
    model = LogisticRegression(C=C, solver="lbfgs", max_iter=3000)
    model.fit(matrix(rows, vocab), y, sample_weight=weight)
    return model, vocab


def cross_validate(rows: list[Sample]) -> None:
    """Out-of-fold results over the addresses the rules leave personal: by threshold, and by
    set at THRESHOLD."""
    groups = np.array([row[0] for row in rows])
    prob = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
        model, vocab = fit([rows[i] for i in train])
        prob[test] = model.predict_proba(matrix([rows[i] for i in test], vocab))[:, 1]
    left = [i for i, row in enumerate(rows) if not row[2]]
    private = [i for i in left if rows[i][1]]
    org = [i for i in left if not rows[i][1]]
    for t in [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995]:
        lost = sum(prob[i] >= t for i in private)
        caught = sum(prob[i] >= t for i in org)
        print(
            f"t={t}: private lost {lost}/{len(private)} ({lost / len(private):.4f}), "
            f"organisations' caught {caught}/{len(org)} ({caught / len(org):.4f})"
        )
    per: dict[str, list[int]] = {}
    for i in left:
        counts = per.setdefault(rows[i][0], [0, 0, 0, 0])
        k = 0 if rows[i][1] else 2
        counts[k] += int(prob[i] >= THRESHOLD)
        counts[k + 1] += 1
    for name, (lost, n, caught, m) in sorted(per.items()):
        if lost or m:
            print(f"{name}: private lost {lost}/{n}, organisations' caught {caught}/{m}")


PROBES = [
    # Near misses of tests/privacy/test_recognizer_pii78/80/82 (private addresses).
    ("Kunde i Sydfjord Bank, bopæl:\nLærkevej 4, 4700 Næstved\n", "Lærkevej 4, 4700 Næstved"),
    ("Kunde: Jens Hansen, Sydfjord Bank, Lærkevej 4, 4700 Næstved", "Lærkevej 4, 4700 Næstved"),
    ("Jens Hansen VVS · Lærkevej 4, 8000 Aarhus C · CVR-nr. 12345678", "Lærkevej 4, 8000 Aarhus C"),
    ("Kunde\nHjemmebixen · Borgergade 21, 9000 Aalborg\n", "Borgergade 21, 9000 Aalborg"),
    ("Kunde: Jens Hansen, Nordlys Shop, Lærkevej 4, 4700 Næstved", "Lærkevej 4, 4700 Næstved"),
    ("Hun er flyttet til Danmark, Vestergade 8, 8000 Aarhus C.", "Vestergade 8, 8000 Aarhus C"),
    ("Du kan møde op på Jensens, Skottenborg 26, 8800 Viborg.", "Skottenborg 26, 8800 Viborg"),
    (
        "Kundens adresse til sagen: Politigården, Ridderstræde 1, 5000 Odense C.\n",
        "Ridderstræde 1, 5000 Odense C",
    ),
    # Private addresses in words of our own.
    ("Hun bor på Lærkevej 7, 8000 Aarhus C og kan ringes op.", "Lærkevej 7, 8000 Aarhus C"),
    ("Kunde: Jens Hansen, Møllevej 3, 4000 Roskilde", "Møllevej 3, 4000 Roskilde"),
    ("Pakken blev leveret til Skovbrynet 22, 3400 Hillerød.", "Skovbrynet 22, 3400 Hillerød"),
    ("Tømrerfirma v/ Jens Hansen, Bakkevej 9, 6000 Kolding", "Bakkevej 9, 6000 Kolding"),
    # Organisations' addresses in words of our own.
    ("Vores kontor ligger på Kornmarken 14, 7100 Vejle.", "Kornmarken 14, 7100 Vejle"),
    ("Holdet sidder fra marts på Lindealle 9, 5700 Svendborg.", "Lindealle 9, 5700 Svendborg"),
    ("Spørgsmål ved skranken: Bytoften 3, 8600 Silkeborg.", "Bytoften 3, 8600 Silkeborg"),
    ("Returneres til: Bølgen Forsikring, Postvej 2, 6700 Esbjerg.", "Postvej 2, 6700 Esbjerg"),
]


def probe(model: LogisticRegression, vocab: dict[str, int]) -> None:
    """The model's probability of an organisation's for each of PROBES."""
    names = recognizers.gazetteer()
    weights = dict(zip(vocab, model.coef_[0], strict=True))
    for text, address in PROBES:
        start = text.index(address)
        found = features(text, start, start + len(address), names)
        z = float(model.intercept_[0]) + sum(weights.get(f, 0.0) for f in found)
        print(f"{1 / (1 + math.exp(-z)):.3f}  {text.strip()!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--write", type=Path, help="the model over all sets, as JSON")
    parser.add_argument("--probe", action="store_true")
    parser.add_argument("--cache", type=Path, help="a JSON file keeping the samples")
    args = parser.parse_args()
    rows = samples(args.cache)
    print(len(rows), "samples", sum(r[1] for r in rows), "private")
    if args.cv:
        cross_validate(rows)
    if args.write or args.probe:
        model, vocab = fit(rows)
        if args.probe:
            probe(model, vocab)
        if args.write:
            weights = {f: round(float(w), 3) for f, w in zip(vocab, model.coef_[0], strict=True)}
            data: dict[str, Any] = {
                "threshold": THRESHOLD,
                "bias": round(float(model.intercept_[0]), 3),
                "weights": {f: w for f, w in sorted(weights.items()) if abs(w) >= 0.01},
            }
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
            args.write.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
