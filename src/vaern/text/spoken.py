"""Numbers spoken as Danish words, as speech-to-text writes a call: digit by digit ("nul tre
nul fem otte fire streg en to tre fire") or in pairs ("fireogtyve tolv otteogtredive
halvtreds"), mixed freely. ``spoken_numbers`` gives each run of number words with the digits
it stands for, so a CPR or phone number read aloud can be recognised like a written one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

DIGITS = {
    **{"nul": "0", "en": "1", "et": "1", "én": "1", "ét": "1", "to": "2", "tre": "3"},
    **{"fire": "4", "fem": "5", "seks": "6", "syv": "7", "otte": "8", "ni": "9"},
}
TEENS = {
    **{"ti": "10", "elleve": "11", "tolv": "12", "tretten": "13", "fjorten": "14"},
    **{"femten": "15", "seksten": "16", "sytten": "17", "atten": "18", "nitten": "19"},
}
TENS = {
    **{"tyve": 2, "tredive": 3, "tredve": 3, "fyrre": 4, "halvtreds": 5, "tres": 6},
    **{"halvfjerds": 7, "firs": 8, "halvfems": 9},
}
# The units before "og" in "femogtyve": "et" and "én" are not said there.
_UNITS = {"en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ni": 9}
DASH = "streg"


@cache
def _words() -> dict[str, str]:
    words = {**DIGITS, **TEENS, **{tens: f"{value}0" for tens, value in TENS.items()}}
    for unit, digit in _UNITS.items():
        for tens, value in TENS.items():
            words[f"{unit}og{tens}"] = f"{value}{digit}"
    return words


@cache
def _run_pattern() -> re.Pattern[str]:
    # Longest first, so "femogtyve" is not read as "fem".
    word = "|".join(sorted(map(re.escape, _words()), key=len, reverse=True))
    return re.compile(
        rf"(?i)(?<![\w-])(?:{word})(?:(?:,? |[ ]?-[ ]?)(?:(?:{DASH}) )?(?:{word}))*(?![\w-])"
    )


_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class SpokenNumber:
    start: int
    end: int
    digits: str
    # Where each word's digits begin in ``digits`` and the word's own span in the text.
    words: tuple[tuple[int, int, int], ...]

    def without_first(self) -> SpokenNumber | None:
        """The run without its first word (an article "en"/"et" before a number)."""
        if len(self.words) < 2:
            return None
        rest = self.words[1:]
        cut = rest[0][0]
        words = tuple((at - cut, lo, hi) for at, lo, hi in rest)
        return SpokenNumber(rest[0][1], self.end, self.digits[cut:], words)


@cache
def _word_forms() -> frozenset[str]:
    """The number words (and "streg") as whitespace splits them: alone or before a comma
    or a full stop."""
    words = [*_words(), DASH]
    return frozenset((*words, *(f"{w}," for w in words), *(f"{w}." for w in words)))


def has_two_number_words(text: str) -> bool:
    """Whether two number words follow each other (a run of four digits has two): a look
    at the words, in C (split, map, a bytes search), that spares most texts the search."""
    return b"\x01\x01" in bytes(map(_word_forms().__contains__, text.lower().split()))


def spoken_numbers(
    text: str, least: int = 4, pos: int = 0, endpos: int | None = None
) -> list[SpokenNumber]:
    """Runs of Danish number words (with "streg" between them) standing for at least
    ``least`` digits: "nul tre nul fem" -> "0305"; searched in ``text[pos:endpos]``."""
    table = _words()
    end = len(text) if endpos is None else endpos
    if not has_two_number_words(text[pos:end]):
        return []
    runs = []
    for match in _run_pattern().finditer(text, pos, end):
        digits: list[str] = []
        words: list[tuple[int, int, int]] = []
        size = 0
        for token in _TOKEN.finditer(text, match.start(), match.end()):
            value = token.group().casefold()
            if value == DASH:
                continue
            words.append((size, token.start(), token.end()))
            digits.append(table[value])
            size += len(table[value])
        if size >= least:
            runs.append(SpokenNumber(match.start(), match.end(), "".join(digits), tuple(words)))
    return runs
