from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from vaern.messages import check, classifier, corpus, evaluate, scoring

# The fresh real Danish test figures as recorded in docs/messages.md: a lower bound for scams
# flagged, an upper bound for legitimate messages flagged; None where the set holds no message
# of that label. The thirty-third fresh set (read 2026-12-06 00:21 UTC): its one genuine
# message not flagged; it holds no scam.
RECORDED_FPR: float | None = 0.0
RECORDED_RECALL: float | None = None
# The shipped score model's grouped out-of-fold figures on the real Danish training
# messages (`vaern model train`, docs/messages.md): recall is guarded here instead. Since
# 2026-12-05 08:35 a group is a whole source (repository or site), not a family: a stricter
# and more honest estimate (0.885 flagged at 0.026, against 0.897 at 0.021 by family on the
# same messages and model), so the false-positive bound sits above the 2 %. With the
# twenty-seventh set's 65 genuine e-mails in training (2026-12-05 18:35) the cut-offs fit
# to 0.869 flagged at 0.017: the recall bound went from 0.87 to 0.86.
CROSS_VALIDATED = {"recall_suspicious": 0.86, "fpr_suspicious": 0.026}


def test_split_has_no_shared_or_near_duplicate_messages() -> None:
    train, evaluation = corpus.split()
    train_texts = {e.text.lower() for e in train}
    assert not any(e.text.lower() in train_texts for e in evaluation)
    assert not any(e.synthetic for e in evaluation)  # synthetic messages only ever train
    assert all(e.source for e in train + evaluation)
    english = [e for e in evaluation if e.lang == "en"]
    overlap = corpus.Overlap(train)
    assert max(overlap.max_share(e.text) for e in english) < corpus.NEAR_DUPLICATE


def test_cross_validation_keeps_a_source_together() -> None:
    """Two families from one repository (or one newspaper) fall in one group; an English SMS
    is its own group, a synthetic template one group."""
    repo = "https://github.com/acme/shop/blob/" + "0" * 40
    examples = [
        corpus.Example("a", 0, "da", "email", f"{repo}/da/mail.php", family="f/mails"),
        corpus.Example("b", 0, "da", "sms", f"{repo}/da/sms.php", family="f/sms"),
        corpus.Example("c", 1, "da", "sms", "https://www.bt.dk/krimi/a", family="f/postnord"),
        corpus.Example("d", 1, "da", "sms", "https://bt.dk/krimi/b?x=1", family="f/mitid"),
        corpus.Example("e", 1, "da", "sms", "https://github.com/other/kit", family="f/kit"),
        corpus.Example("f", 0, "en", "sms", "Mishra & Soni"),
        corpus.Example("g", 0, "en", "sms", "Mishra & Soni"),
        corpus.Example("h", 1, "da", "sms", "synthetic:da-t1", synthetic=True),
        corpus.Example("i", 1, "da", "sms", "synthetic:da-t1", synthetic=True),
    ]
    g = classifier.groups(examples)
    assert g[0] == g[1] and g[2] == g[3] and g[7] == g[8]
    assert len({g[0], g[2], g[4], g[5], g[6], g[7]}) == 6


def test_real_danish_messages_train_and_the_fresh_ones_are_the_test_set() -> None:
    train, evaluation = corpus.split()
    assert {e.text for e in corpus.real_danish()} <= {e.text for e in train}
    danish = [e for e in evaluation if e.lang == "da"]
    assert {e.text for e in danish} <= {e.text for e in corpus.fresh_danish()}
    train_families = {e.family for e in train if e.family}
    assert train_families.isdisjoint({e.family for e in evaluation if e.family})


def test_a_test_message_of_a_trained_family_or_near_a_trained_text_is_not_scored() -> None:
    train = [corpus.Example("Din pakke afventer betaling af told", 1, "da", "sms", "x", family="a")]
    candidates = [
        corpus.Example("Din pakke afventer betaling af told nu", 1, "da", "sms", "y", family="b"),
        corpus.Example("Helt andre ord i en anden sms", 1, "da", "sms", "y", family="a"),
        corpus.Example("Vi ses til fodbold i morgen", 0, "da", "sms", "y", family="c"),
        corpus.Example("Vi ses til fodbold i morgen!", 0, "da", "sms", "z", family="d"),
    ]
    assert [e.family for e in corpus.apart(candidates, train)] == ["c"]


def test_near_duplicate_measure() -> None:
    train = [corpus.Example("Din pakke afventer betaling af told", 1, "da", "sms", "x")]
    overlap = corpus.Overlap(train)
    assert overlap.max_share("Din pakke afventer betaling af told nu") > 0.8
    assert overlap.max_share("Vi ses til fodbold i morgen") == 0.0


@pytest.mark.long
def test_training_is_reproducible(tmp_path: Path) -> None:
    sample = corpus.split()[0][::10]
    a = classifier.train(sample, tmp_path / "a.npz")
    b = classifier.train(sample, tmp_path / "b.npz")
    with np.load(a) as x, np.load(b) as y:
        assert all(np.array_equal(x[k], y[k]) for k in x.files)


def test_shipped_classifier_on_held_out_english_sms() -> None:
    """Regression guard on real English SMS never trained on: the classifier ranks them
    well (its threshold is set high by the Danish legitimate messages, so recall at its
    own threshold is lower; the whole check adds the rules)."""
    _, evaluation = corpus.split()
    english = [e for e in evaluation if e.lang == "en"]
    report = evaluate.report(english)
    assert report["en"]["recall_at_1pct_fpr"] >= 0.9
    assert report["en"]["fpr"] <= 0.01
    whole = evaluate.check_report(english)["en"]
    assert whole["recall_flagged"]["rate"] >= 0.8
    assert whole["fpr_flagged"]["rate"] <= 0.01


def test_threshold_is_chosen_on_training_predictions() -> None:
    examples = [corpus.Example("t", 0, "da", "sms", "s")] * 100 + [
        corpus.Example("t", 1, "da", "sms", "s")
    ] * 10
    p = np.concatenate([np.linspace(0.0, 0.8, 100), np.full(10, 0.9)])
    t = classifier.choose_threshold(p, examples)
    assert (p[:100] >= t).mean() <= classifier.TARGET_FPR
    assert (p[100:] >= t).all()
    assert classifier.choose_threshold(np.zeros(110), examples) == 0.5
    # each language's threshold from its own messages only
    langs = np.array(["da"] * 55 + ["en"] * 55)
    cuts = classifier.thresholds(np.concatenate([np.full(55, 0.9), np.zeros(55)]), examples, langs)
    assert cuts == {"da": 0.9, "en": 0.5}


def test_shipped_thresholds_are_the_cross_validated_ones() -> None:
    from vaern.messages import scoring

    shipped = json.loads(scoring.model_path().read_text(encoding="utf-8"))
    for lang in classifier.MODELS:
        cut = shipped["classifier_thresholds"][lang]
        assert classifier.threshold(lang) == pytest.approx(cut, abs=1e-4)
        assert 0.5 <= classifier.threshold(lang) < 0.95


DANISH = "Hej mor, jeg har fået nyt nummer. Kan du overføre 4.500 kr til mig i dag?"
ENGLISH = "Your parcel is waiting for a customs fee. Pay now to release it: http://x.example"


@pytest.mark.parametrize(("text", "lang", "other"), [(DANISH, "da", "en"), (ENGLISH, "en", "da")])
def test_each_language_is_read_by_its_own_model(text: str, lang: str, other: str) -> None:
    read, p = classifier.assess(text)
    assert read == lang and p is not None
    own, foreign = classifier.probabilities([text, text], [lang, other])
    assert p == pytest.approx(own, abs=1e-5)
    assert abs(own - foreign) > 1e-3  # two different models
    assert check(text, channel="sms")["language"] == lang


def test_another_language_gets_no_classifier_opinion() -> None:
    """No model was trained on German: the classifier says nothing, evidence decides."""
    text = "Sehr geehrter Kunde, Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Daten sofort."
    assert classifier.assess(text) == ("other", None)
    assert np.isnan(classifier.probabilities([text])[0])
    result = check(text, channel="sms")
    assert result["language"] == "other"
    assert not any(r["code"] == "classifier" for r in result["reasons"])


def test_whole_check_on_the_fresh_real_danish_test_set() -> None:
    """The whole check on the fresh real Danish messages (collected after the rules were
    written, never trained on): a regression guard at the recorded figures
    (docs/messages.md), and every warning comes with a reason the person can read."""
    _, evaluation = corpus.split()
    danish = [e for e in evaluation if e.lang == "da"]
    results = [check(e.text, channel=e.channel) for e in danish]
    for r in results:
        if r["verdict"] in ("scam", "suspicious"):
            assert any(reason["weight"] > 0 for reason in r["reasons"])
    flagged = [r["verdict"] in ("scam", "suspicious") for r in results]
    legit = [f for e, f in zip(danish, flagged, strict=True) if e.label == 0]
    scams = [f for e, f in zip(danish, flagged, strict=True) if e.label == 1]
    if RECORDED_FPR is None:
        assert not legit
    else:
        assert sum(legit) / len(legit) <= RECORDED_FPR
    if RECORDED_RECALL is None:
        assert not scams
    else:
        assert sum(scams) / len(scams) >= RECORDED_RECALL


def test_shipped_score_model_keeps_its_cross_validated_danish_figures() -> None:
    """A retrained model that flags fewer real Danish scams, or more legitimate messages,
    out-of-fold than the recorded figures fails here (the figures `vaern model train`
    writes into score_model.json)."""
    real = json.loads(scoring.model_path().read_text())["cross_validated"]["da"]["real"]
    assert real["recall_suspicious"] >= CROSS_VALIDATED["recall_suspicious"]
    assert real["fpr_suspicious"] <= CROSS_VALIDATED["fpr_suspicious"]


def test_single_text_path_matches_the_batch_path() -> None:
    """The single-text path builds features from cached words: the same features as the
    batch path's HashingVectorizer, whatever the spacing, and cut at the same length."""
    texts = [
        "PostNord: betal told 19 kr her http://x.example.com",
        "Hej, ses i aften?",
        "!!",
        "",
        "betal\t\ttold  19\n\nkr\r\nher",
        "a b c æøå 1",
        ("Din pakke afventer betaling " * 400) + "slut",  # longer than MAX_CHARS
    ]
    batch = classifier.probabilities(texts)
    cold = [classifier.probability(t) for t in texts]
    warm = [classifier.probability(t) for t in texts]  # now every word comes from the cache
    # "!!" and "" have no words: no opinion on either path (None / NaN)
    assert np.allclose(batch, [np.nan if p is None else p for p in cold], atol=1e-5, equal_nan=True)
    assert cold == warm


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
def test_check_is_robust_to_obfuscation(variant: str) -> None:
    result = check(variant, channel="sms")
    assert result["verdict"] == "scam"
    assert any(r["weight"] > 0 and r["code"] != "classifier" for r in result["reasons"])


@pytest.mark.parametrize(
    "text", ["www.guloggratis.dk", "https://www.magasin.dk/herre?id=42", "boozt.com"]
)
def test_a_bare_link_gets_no_classifier_opinion(text: str) -> None:
    """Links and numbers are masked, so a bare link leaves the model nothing to read: it
    would answer with its intercept, and every shop's own address came out "suspicious"
    once bare scam domains were in training."""
    assert not classifier.readable(text)
    assert classifier.assess(text)[1] is None
    assert np.isnan(classifier.probabilities([text])[0])
    result = check(text, channel="url")
    assert result["verdict"] == "unknown"
    assert not any(r["code"] == "classifier" for r in result["reasons"])
    assert classifier.readable(f"Betal her: {text}")
