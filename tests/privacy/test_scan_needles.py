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
