"""Scoring of the recognisers on labelled text (the labelled text itself is generated
independently in bench/pii_corpus.py)."""

from __future__ import annotations

from vaern.privacy.evaluation import evaluate


def test_a_missed_span_lowers_recall_and_a_wrong_one_precision() -> None:
    samples = [{"text": "ring 20 30 40 50", "spans": [{"type": "EMAIL", "start": 0, "end": 4}]}]
    result = evaluate(samples)
    assert result.scores["EMAIL"].recall == 0.0 and result.scores["PHONE"].precision == 0.0
    assert not result.scores["EMAIL"].meets_target


def test_f1_and_targets() -> None:
    text = "cpr 010190-1234 og tlf 20 30 40 50"
    samples = [
        {
            "text": text,
            "spans": [
                {"type": "CPR", "start": 4, "end": 15},
                {"type": "PHONE", "start": 23, "end": 34},
            ],
        }
    ]
    scores = evaluate(samples).scores
    assert scores["CPR"].f1 == 1.0 and scores["CPR"].meets_target
    assert scores["PHONE"].f1 == 1.0


def test_texts_without_personal_data_that_are_touched_are_counted() -> None:
    samples = [
        {"text": "ordre 12 betalt", "spans": []},
        {"text": "ring 20 30 40 50", "spans": []},
    ]
    result = evaluate(samples)
    assert (result.negatives, result.negatives_touched, result.touched_share) == (2, 1, 0.5)


def test_micro_scores_pool_every_type() -> None:
    samples = [
        {
            "text": "cpr 010190-1234 og tlf 20 30 40 50",
            "spans": [
                {"type": "CPR", "start": 4, "end": 15},
                {"type": "EMAIL", "start": 0, "end": 3},
            ],
        }
    ]
    micro = evaluate(samples).micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)  # CPR found, phone unlabelled, EMAIL missed
    assert micro.precision == 0.5 and micro.recall == 0.5
