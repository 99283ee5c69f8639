"""The evaluation corpus is reproducible and the recognisers meet the issue's targets on it."""

from __future__ import annotations

import json

from vaern.privacy import corpus
from vaern.privacy.evaluation import TARGETS, evaluate


def test_committed_corpus_is_what_the_script_generates() -> None:
    generated = [json.loads(json.dumps(s)) for s in corpus.generate()]
    assert corpus.load() == generated


def test_corpus_has_hard_negatives_and_every_target_entity() -> None:
    samples = corpus.load()
    labelled = {span["type"] for s in samples for span in s["spans"]}
    assert set(TARGETS) <= labelled
    unlabelled = [s for s in samples if not s["spans"]]
    assert len(unlabelled) > 100  # dates, order numbers, amounts only


def test_targets_are_met() -> None:
    scores = evaluate()
    for entity, target in TARGETS.items():
        score = scores[entity]
        assert score.tp > 100, entity
        assert score.precision >= target and score.recall >= target, score


def test_a_missed_span_lowers_recall() -> None:
    samples = [{"text": "ring 20 30 40 50", "spans": [{"type": "EMAIL", "start": 0, "end": 4}]}]
    scores = evaluate(samples)
    assert scores["EMAIL"].recall == 0.0 and scores["PHONE"].precision == 0.0
