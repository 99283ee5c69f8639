"""Scan.holds answers a whole-text look (``needle in text``) from the keyword pass that every
text gets, without reading the text again where the pass did not find the needle (a look
for two characters or more reads 2,000 characters in 2-4 µs; redspeed8). It must answer
exactly as the look would, whatever the text's case, its characters beyond Latin-1 or its
letters that casefold to two ("ß")."""

from __future__ import annotations

import random

import pytest

from vaern.privacy import recognizers
from vaern.privacy.recognizers import Scan, _needle

NEEDLES = sorted(recognizers._NEEDLES)

TEXTS = [
    "",
    "Opk. fra Agnete Holst, 87 år, Vejle",
    "OPK. FRA AGNETE HOLST, 87 ÅR",
    "[22:13] Heilmann, Kwame (Svindelteam)\nMai Le  12:29",
    "(Svindelteam)\n[10:00] ok",
    "Le Thi Hoa og Tran Văn Minh, Nguyen Thị Mai",
    "LE THI HOA",
    "Tlf. 32 45 67 (+299 32 45 67), 00298 123456",
    "Oprettet 2026-02-08 kl. 09.38 af EVQ; Ved Søen 4",
    "Straße  ß ẞ µ İstanbul Ved  Kirken 🙂 (x) ",
    "Kelvin \u212a and a dash \u2013 ) ",
]


def _random_text(rng: random.Random) -> str:
    alphabet = "aAbTthiVvnådeforsRÅ  ()[\n+0928ß\u2013🙂ịă:"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))


@pytest.mark.parametrize("needle", NEEDLES)
def test_holds_answers_as_the_look_does(needle: str) -> None:
    rng = random.Random(needle)
    texts = [*TEXTS, *(_random_text(rng) for _ in range(400))]
    # Each needle inside noise, in its own case and others.
    texts += [f"x{variant}y" for variant in (needle, needle.upper(), needle.lower())]
    for text in texts:
        scan = Scan(text)
        assert scan.holds(needle) == (needle in text), (needle, text)
        if needle in text:
            assert scan.may_hold(needle)


def test_a_needle_the_keyword_pass_cannot_read_is_refused() -> None:
    with pytest.raises(ValueError):
        _needle("Straße")  # casefolds to one character more
    with pytest.raises(ValueError):
        _needle("hvad?")  # the pass reads "?" for what lies beyond Latin-1


def test_windows_casefold_as_their_slices() -> None:
    """folded_between slices the casefolded text of the scan being read (Scan.reading,
    redspeed14) where it folds character for character, and casefolds the window itself
    elsewhere: the same string as ``text[lo:hi].casefold()`` either way."""
    rng = random.Random(15)
    alphabet = "aÆøß µΣσİıſK\u212a\U0001f600-.: AbÅ\u00ad"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        Scan(text).reading()
        other = "".join(list(text))  # an equal text (when longer than one character) not read
        for _ in range(4):
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text) + 3)
            assert recognizers.folded_between(text, lo, hi) == text[lo:hi].casefold()
            assert recognizers.folded_between(other, lo, hi) == other[lo:hi].casefold()


@pytest.mark.parametrize("text", TEXTS)
def test_keyword_groups_as_the_words_found(text: str) -> None:
    """Scan.has_keyword answers by one AND with the text's mask of groups (redspeed14) what
    the walk of the pass's words against the group's set answered."""
    scan = Scan(text)
    found = set(scan.keywords())
    groups = [w for r in recognizers.REGISTRY for w in (r._context, r._starts, r._negative)]
    for words in groups:
        assert scan.has_keyword(words) is bool(found & words.set)
