"""Folded views of a message with offsets back into the displayed text, for evidence spans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from vaern.messages import prefilter
from vaern.messages.normalise import LEET, skeleton

_SEP = " .-_"
# Whether ``find``/``find_all`` skip the patterns the literal prefilter rules out; off only
# in the test that shows the results are the same either way.
PREFILTER = True


@dataclass(frozen=True)
class Hit:
    evidence: str
    start: int
    end: int
    key: str = ""  # the folded text that matched


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    return skeleton(c).lower()[:1]


# Letter spacing ("m i t i d"): runs of single letters with separators between them.
_SPACED = re.compile(r"(?:(?<![a-zæøå])[a-zæøå][ .\-_]){2,}[a-zæøå](?![a-zæøå])")


def _fold(text: str) -> tuple[str, list[int]]:
    """Lower-case confusable skeleton of ``text`` and, per folded character, its offset."""
    table = {ord(c): _fold_char(c) for c in set(text) if not c.isascii()}
    folded = text.translate(table).lower()
    if len(folded) == len(text):
        return folded, list(range(len(text)))
    # A character folded to nothing or lower() changed the length: map one by one.
    chars: list[str] = []
    index = []
    for i, c in enumerate(text):
        f = _fold_char(c) if not c.isascii() else c.lower()
        if f:
            chars.append(f)
            index.append(i)
    return "".join(chars), index


def _unspace(folded: str, index: list[int]) -> tuple[str, list[int]]:
    """Drop the separators inside letter-spaced runs, keeping the offsets of the rest."""
    runs = list(_SPACED.finditer(folded))
    if not runs:
        return folded, index
    keep = [True] * len(folded)
    for m in runs:
        for j in range(m.start(), m.end()):
            if folded[j] in _SEP:
                keep[j] = False
    return (
        "".join(c for c, k in zip(folded, keep, strict=True) if k),
        [i for i, k in zip(index, keep, strict=True) if k],
    )


@dataclass
class Text:
    """The displayed text and its folded forms (plain and leet-undone)."""

    display: str

    @cached_property
    def _folded(self) -> tuple[str, list[int]]:
        return _fold(self.display)

    @cached_property
    def _plain(self) -> tuple[str, list[int]]:
        return _unspace(*self._folded)

    @cached_property
    def _leet(self) -> tuple[str, list[int]]:
        folded, index = self._folded
        return _unspace(folded.translate(LEET), index)  # one character for one

    @cached_property
    def _forms(self) -> tuple[tuple[str, list[int]], ...]:
        """The folded forms to search: the leet-undone one only where it differs."""
        plain, leet = self._plain, self._leet
        return (plain,) if leet[0] == plain[0] else (plain, leet)

    @cached_property
    def _candidates(self) -> tuple[dict[int, int], dict[int, list[tuple[str, list[int]]]]]:
        """The rules' patterns the prefilter covers (id -> number) and, per number, the
        folded forms where that pattern may match (messages/prefilter.py)."""
        rules = prefilter.rules()
        forms: dict[int, list[tuple[str, list[int]]]] = {}
        for form in self._forms:
            for number in rules.possible(form[0]):
                forms.setdefault(number, []).append(form)
        return rules.index, forms

    def _searched(self, pattern: re.Pattern[str]) -> Sequence[tuple[str, list[int]]]:
        """The folded forms ``pattern`` may match."""
        if not PREFILTER:
            return self._forms
        covered, forms = self._candidates
        number = covered.get(id(pattern))
        return self._forms if number is None else forms.get(number, ())

    @cached_property
    def _found(self) -> dict[int, tuple[re.Pattern[str], Hit | None]]:
        return {}

    def find(self, pattern: re.Pattern[str]) -> Hit | None:
        # The rules ask for the same patterns many times (every lure rule asks whether
        # the text warns about scams), so each pattern is searched once per text. Keyed by
        # id: hashing a pattern costs more than searching it; the entry holds the pattern,
        # so its id cannot be reused while the text lives.
        known = self._found.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        hit = None
        for folded, index in self._searched(pattern):
            m = pattern.search(folded)
            if m and m.end() > m.start():
                start, end = index[m.start()], index[m.end() - 1] + 1
                hit = Hit(self.display[start:end], start, end)
                break
        self._found[id(pattern)] = (pattern, hit)
        return hit

    def find_all(self, pattern: re.Pattern[str]) -> list[Hit]:
        """Every match in the plain folded form, then any more found with leet undone."""
        hits: dict[int, Hit] = {}
        for folded, index in self._searched(pattern):
            for m in pattern.finditer(folded):
                start, end = index[m.start()], index[m.end() - 1] + 1
                hits.setdefault(start, Hit(self.display[start:end], start, end, m.group(0)))
        return sorted(hits.values(), key=lambda h: h.start)

    def span(self, needle: str) -> Hit:
        """Evidence for a literal part of the display text (or the whole text)."""
        i = self.display.find(needle) if needle else -1
        if i < 0:
            return Hit(needle, -1, -1)
        return Hit(needle, i, i + len(needle))
