"""The check's speed-ups change no result: the literal prefilter (messages/prefilter.py)
only skips searches that could not match, and the text's links read once serve the
fingerprint and the classifier as their own reading would, on every real and synthetic
corpus message."""

from __future__ import annotations

import random
import re
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
from starlette.responses import JSONResponse

from vaern.messages import check, classifier, prefilter, text
from vaern.messages.api import ResultResponse
from vaern.messages.corpus import Example, fresh_danish, read_jsonl, real_danish, synthetic
from vaern.messages.normalise import normalise
from vaern.messages.service import public
from vaern.messages.text import Text
from vaern.text import fingerprint
from vaern.text.links import links

EN_SMS = Path(str(resources.files("vaern.messages") / "data" / "corpus" / "en_sms.jsonl"))


@cache
def _corpus() -> tuple[Example, ...]:
    english = list(read_jsonl(EN_SMS))
    sample = random.Random(15).sample(english, min(1000, len(english)))
    return (*real_danish(), *fresh_danish(), *sample, *synthetic())


def _checked(prefiltered: bool, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    monkeypatch.setattr(text, "PREFILTER", prefiltered)
    return [check(ex.text, channel=ex.channel) for ex in _corpus()]


def test_every_corpus_message_gets_the_same_result_with_and_without_the_prefilter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Verdict, score, every reason with its code, weight and evidence span, the advice.
    with_it = _checked(True, monkeypatch)
    without = _checked(False, monkeypatch)
    assert len(with_it) > 2000
    for ex, fast, plain in zip(_corpus(), with_it, without, strict=True):
        assert fast == plain, ex.text
    # The API renders each result with orjson: the bytes Starlette's JSONResponse renders.
    for ex, result in zip(_corpus(), with_it, strict=True):
        content = public(result)
        assert ResultResponse(content).body == JSONResponse(content).body, ex.text


def test_links_read_once_give_every_corpus_message_the_same_fingerprint_and_score() -> None:
    # As the check reads them (the displayed text), and as given (e-mail addresses and
    # redaction tokens make the fingerprint read the links again).
    texts = [t for ex in _corpus() for t in dict.fromkeys((normalise(ex.text), ex.text))]
    texts += [
        "Skriv til support@bank.example.dk eller se https://bank.example.dk/hjaelp i dag",
        "[PERSON] har sendt dig en besked: https://besked.example.com/a læs den nu",
        # Longer than the classifier reads, a link across its end.
        "Din konto er spærret " * 237 + "https://bank-sikker.example.net/login bekræft",
    ]
    with_links = 0
    for t in texts:
        found = links(t)
        with_links += bool(found)
        assert fingerprint.band_keys(t, found) == fingerprint.band_keys(t), t
        assert fingerprint.masked(t, found) == fingerprint.masked(t), t
        assert classifier.assess(t, found) == classifier.assess(t), t
    assert with_links > 200


def _rule_patterns() -> list[re.Pattern[str]]:
    rules = prefilter.rules()
    return [p for p in dict.fromkeys(prefilter.module_patterns(_modules())) if id(p) in rules.index]


def _modules() -> tuple[object, ...]:
    from vaern.messages import evidence, lures, signals

    return (signals, evidence, lures)


def test_find_equals_a_plain_search_of_the_folded_forms_for_every_covered_pattern() -> None:
    patterns = _rule_patterns()
    assert len(patterns) > 40  # the rules' patterns are covered, not skipped
    texts = random.Random(4).sample(_corpus(), 400)
    searched = 0
    for ex in texts:
        t = Text(ex.text)
        for pattern in patterns:
            expected = None
            for folded, index in t._forms:
                m = pattern.search(folded)
                if m and m.end() > m.start():
                    expected = (index[m.start()], index[m.end() - 1] + 1)
                    break
            hit = t.find(pattern)
            assert ((hit.start, hit.end) if hit else None) == expected, (pattern.pattern, ex.text)
            searched += expected is not None
    assert searched > 500  # the texts do hit the patterns


def test_every_match_contains_one_of_the_required_literals() -> None:
    required = {p: prefilter.required(p) for p in _rule_patterns()}
    for ex in random.Random(5).sample(_corpus(), 400):
        forms = Text(ex.text)._forms
        for pattern, literals in required.items():
            assert literals
            for folded, _ in forms:
                for m in pattern.finditer(folded):
                    assert any(word in m.group(0) for word in literals), (pattern.pattern, m)


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"ab(c|d)", {"abc", "abd"}),
        (r"\b(din|dine) kode\w*", {"din kode", "dine kode"}),
        (r"(vil )?ringe", {"ringe"}),
        (r"x\d+ timer", {" timer"}),
        (r"kr\.?", {"kr"}),
        (r"a[bc]", {"ab", "ac"}),
        (r"(ab){2}", {"abab"}),
        (r"(foo|bar\w*)+baz", {"baz"}),
        (r"(?=foo)bar", {"bar"}),
    ],
)
def test_required_literals(pattern: str, literals: set[str]) -> None:
    assert prefilter.required(re.compile(pattern)) == literals


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"(?i)kode", r"kode|\d", r"(ab)?c?", r"[a-z]+x?", r"(a)?\1"],
)
def test_patterns_without_required_literals_are_always_searched(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert prefilter.required(compiled) is None
    assert id(compiled) not in prefilter.Prefilter([compiled]).index


def test_the_prefilter_names_the_patterns_whose_literals_occur() -> None:
    parcel, fee, loose = re.compile(r"\bpakke\w*"), re.compile(r"gebyr|told"), re.compile(r"\w+")
    found = prefilter.Prefilter([parcel, fee, loose])
    assert set(found.index) == {id(parcel), id(fee)}
    assert found.possible("din pakke afventer") == {found.index[id(parcel)]}
    assert found.possible("toldgebyr: pakken") == {0, 1}
    assert found.possible("hej mor") == set()
    assert found.possible("blåbærgrød ☃ told") == {found.index[id(fee)]}
