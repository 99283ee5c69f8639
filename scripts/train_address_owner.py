"""addrml: rebuild src/vaern/privacy/data/address_owner.json (vaern.privacy.address_owner) from
the labelled development sets, and report its leave-sets-out cross-validation.

    VAERN_PURE_PYTHON=1 PYTHONPATH=src:. python scripts/train_address_owner.py \
        [--cv] [--write] [--cache FILE]

Every address the recogniser finds in bench/data/pii_blind*.jsonl with the model switched off
(an ADDRESS or an ORGANISATION_ADDRESS after overlaps are resolved) is a sample: a private
address if it overlaps a labelled ADDRESS span, an organisation's otherwise (pii78's
convention). Features (address_owner.features) seen in three sets or more; an L2 logistic
regression (scikit-learn, at training time only), each set weighted alike. ``--cv``: GroupKFold
by set (10 folds) over the addresses the rules leave personal, at several thresholds; the
lowest threshold tried whose cross-validated loss of private addresses is at most 0.5 % is
THRESHOLD. Deterministic: sorted files, a fixed solver, no sampling.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from vaern.privacy import address_owner, recognizers, redact
from vaern.privacy.evaluation import load

DATA = Path("bench/data")
MIN_SETS = 3
C = 0.3
MAX_PRIVATE_LOSS = 0.005
FOLDS = 10
# The lowest threshold tried whose cross-validated loss of private addresses is at most
# MAX_PRIVATE_LOSS (--cv prints it; docs/privacy.md, addrml).
THRESHOLD = 0.8

Sample = tuple[str, bool, bool, frozenset[str], str]  # set, private, rules' org, features, ctx


def samples(cache: Path | None) -> list[Sample]:
    """Every address candidate of every set, with the model off and organisations' kept (kept
    in ``cache``, a JSON file, between runs when given)."""
    if cache is not None and cache.exists():
        return [(s, p, r, frozenset(f), c) for s, p, r, f, c in json.loads(cache.read_text())]
    recognizers.organisations_address = lambda *_: False  # type: ignore[assignment]
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
                feats = frozenset(address_owner.features(text, f.start, f.end, names))
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


def cross_validate(rows: list[Sample]) -> dict[str, Any]:
    """Out-of-fold probabilities of the addresses the rules leave personal, by threshold."""
    groups = np.array([row[0] for row in rows])
    prob = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
        model, vocab = fit([rows[i] for i in train])
        prob[test] = model.predict_proba(matrix([rows[i] for i in test], vocab))[:, 1]
    left = [i for i, row in enumerate(rows) if not row[2]]
    private = [i for i in left if rows[i][1]]
    org = [i for i in left if not rows[i][1]]
    table = []
    for t in [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995]:
        lost = sum(prob[i] >= t for i in private)
        caught = sum(prob[i] >= t for i in org)
        table.append((t, int(lost), len(private), int(caught), len(org)))
        print(
            f"t={t}: private lost {lost}/{len(private)} ({lost / len(private):.4f}), "
            f"organisations' caught {caught}/{len(org)} ({caught / len(org):.4f})"
        )
    return {"prob": prob, "left": left, "table": table}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--cache", type=Path, help="a JSON file keeping the samples")
    args = parser.parse_args()
    rows = samples(args.cache)
    print(len(rows), "samples", sum(r[1] for r in rows), "private")
    if args.cv:
        table = cross_validate(rows)["table"]
        ok = [t for t, lost, n, _, _ in table if lost <= MAX_PRIVATE_LOSS * n]
        print("threshold", min(ok))
    if args.write:
        model, vocab = fit(rows)
        weights = {f: round(float(w), 3) for f, w in zip(vocab, model.coef_[0], strict=True)}
        data = {
            "threshold": THRESHOLD,
            "bias": round(float(model.intercept_[0]), 3),
            "weights": {f: w for f, w in sorted(weights.items()) if abs(w) >= 0.01},
        }
        address_owner.MODEL_FILE.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
