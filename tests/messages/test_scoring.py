"""The calibrated score: monotone in the evidence, fitted honestly, measured by calibration."""

from __future__ import annotations

import numpy as np
import pytest

from vaern.messages import check, evaluate, scoring
from vaern.messages.service import SCAM_AT, SUSPICIOUS_AT

BASE = [("urgency", 0.25)]


@pytest.mark.parametrize(
    "extra",
    [("credential_request", 0.5), ("email_auth_failed", 0.6), ("policy_call", 0.7)],
)
def test_another_reason_never_lowers_the_score(extra: tuple[str, float]) -> None:
    for p in (0.01, 0.3, 0.9):
        assert scoring.score([*BASE, extra], p) >= scoring.score(BASE, p)


def test_a_more_scam_like_text_never_lowers_the_score() -> None:
    assert scoring.score(BASE, 0.9) > scoring.score(BASE, 0.5) > scoring.score(BASE, 0.01)


def test_signals_the_corpus_never_shows_keep_their_hand_weight() -> None:
    model = scoring._load()
    assert "email_auth_failed" not in model["codes"]
    low = scoring.score([], 0.5)
    high = scoring.score([("email_auth_failed", 0.6), ("display_name_brand", 0.6)], 0.5)
    odds = (high / (1 - high)) / (low / (1 - low))
    assert odds == pytest.approx(1 / (0.4 * 0.4), rel=0.01)  # e^(β·s) with β = 1


def test_fit_recovers_a_known_calibrated_model() -> None:
    rng = np.random.default_rng(7)
    n = 4000
    clf = rng.normal(0, 2, n)
    fires = rng.random(n) < 0.3
    z = -1.0 + 0.8 * clf + 1.5 * fires * -np.log(1 - 0.5)
    y = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(int)
    rows = [
        (float(c), {"urgency": -np.log(1 - 0.5)} if f else {})
        for c, f in zip(clf, fires, strict=True)
    ]
    model = scoring.fit(rows, y, shrink=0.01)
    assert model["intercept"] == pytest.approx(-1.0, abs=0.2)
    assert model["classifier"] == pytest.approx(0.8, abs=0.1)
    assert model["codes"]["urgency"] == pytest.approx(1.5, abs=0.3)
    p = scoring.predict(model, rows)
    assert evaluate.calibration(p, y)["ece"] < 0.03
    assert scoring.fit(rows, y, shrink=0.01) == model  # deterministic


def test_fit_keeps_every_weight_non_negative() -> None:
    rows = [(0.0, {"payment_request": 0.5})] * 50 + [(0.0, {})] * 50
    y = np.array([0] * 50 + [1] * 50)  # the signal fires only on legitimate messages
    model = scoring.fit(rows, y, shrink=0.0)
    assert model["codes"]["payment_request"] == 0.0


def test_calibration_measures() -> None:
    p = np.array([0.1] * 10 + [0.9] * 10)
    y = np.array([0] * 9 + [1] + [1] * 9 + [0])
    perfect = evaluate.calibration(p, y)
    assert perfect["ece"] == pytest.approx(0.0)
    assert perfect["brier"] == pytest.approx(0.09)
    assert [b["n"] for b in perfect["reliability"]] == [10, 10]
    off = evaluate.calibration(np.full(20, 0.9), y)
    assert off["ece"] == pytest.approx(0.4)


def test_verdict_cut_offs_are_probabilities() -> None:
    assert 0.5 <= SUSPICIOUS_AT < SCAM_AT < 1.0
    result = check("Hej, skal vi spise sammen i aften kl 18?", channel="sms")
    assert result["verdict"] == "unknown" and 0.0 <= result["score"] < SUSPICIOUS_AT
