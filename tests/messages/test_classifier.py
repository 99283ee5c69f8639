from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from vaern.messages import classifier, corpus, evaluate


def test_split_has_no_shared_or_near_duplicate_messages() -> None:
    train, evaluation = corpus.split()
    train_texts = {e.text.lower() for e in train}
    assert not any(e.text.lower() in train_texts for e in evaluation)
    assert {e.source for e in evaluation if e.synthetic}.isdisjoint(
        {e.source for e in train if e.synthetic}
    )
    assert all(e.source for e in train + evaluation)


def test_training_is_reproducible(tmp_path: Path) -> None:
    sample = corpus.split()[0][::10]
    a = classifier.train(sample, tmp_path / "a.npz")
    b = classifier.train(sample, tmp_path / "b.npz")
    with np.load(a) as x, np.load(b) as y:
        assert all(np.array_equal(x[k], y[k]) for k in x.files)


def _first_templates(e: corpus.Example) -> bool:
    """The Danish evaluation set as first shipped (templates 0-15), plus all English."""
    return not e.synthetic or int(e.source.rsplit("-", 1)[1]) < 16


def test_shipped_model_holds_the_target_on_the_first_evaluation_set() -> None:
    """Regression guard: the shipped model against the set it was first measured on."""
    _, evaluation = corpus.split()
    report = evaluate.report([e for e in evaluation if _first_templates(e)])
    assert report["da"]["recall"] >= 0.95
    assert report["da"]["fpr"] <= 0.02
    assert report["en"]["recall"] >= 0.85


@pytest.mark.xfail(
    strict=True,
    reason="known gap: on the grown Danish evaluation set (templates 16-27, never trained "
    "on) the classifier flags MobilePay receipts: FPR 0.129 at 0.5 (target 0.02)",
)
def test_shipped_model_meets_the_danish_target_on_the_grown_set() -> None:
    _, evaluation = corpus.split()
    report = evaluate.report(evaluation)
    assert report["da"]["recall"] >= 0.95
    assert report["da"]["fpr"] <= 0.02


def test_single_text_path_matches_the_batch_path() -> None:
    texts = ["PostNord: betal told 19 kr her http://x.example.com", "Hej, ses i aften?", "!!"]
    batch = classifier.probabilities(texts)
    single = [classifier.probability(t) for t in texts]
    assert np.allclose(batch, single, atol=1e-5)


BASE = "PostNord: Din pakke afventer betaling af told 19 kr. Betal inden 24 timer: http://postnord-levering.com/betal"


@pytest.mark.parametrize(
    "variant",
    [
        BASE,
        BASE.replace("o", "о"),  # Cyrillic o
        BASE.replace("a", "\u200ba"),  # zero-width space
        BASE.replace("e", "3").replace("o", "0"),  # leet
        " ".join(BASE),  # letter spacing
        BASE.replace("http://", "hxxp://").replace(".com", "[.]com"),
    ],
)
def test_classifier_is_robust_to_obfuscation(variant: str) -> None:
    p = classifier.probability(variant)
    assert p is not None and p >= 0.5
