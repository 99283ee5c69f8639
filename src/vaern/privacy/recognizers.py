"""PII recognisers after Presidio's contract: patterns, context words, a validator and a
score. Every recogniser is registered in ``REGISTRY``; ``redact`` runs them all."""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum, StrEnum
from functools import cache, lru_cache
from itertools import chain, pairwise
from re import _casefix  # type: ignore[attr-defined]  # sre's own table (3.11)
from typing import Any, Final, NamedTuple

import ahocorasick
import phonenumbers

from vaern.privacy.address_context import organisation_by_context
from vaern.privacy.columns import (
    ESTATE_ROLE_WORDS,
    PO_BOX,
    PSEUDONYM_WORDS,
    occurs_twice,
    pseudonym_label,
)
from vaern.privacy.finding import Finding
from vaern.text.compiled import PACKAGE
from vaern.text.hyphenation import Joined, join_hyphenated_lines
from vaern.text.kept import kept_result
from vaern.text.literals import Literals
from vaern.text.spoken import SpokenNumber, spoken_numbers

# phonenumbers compiles its metadata's patterns as it goes and leaves them to the re
# module's cache (512 patterns, first in first out), which the patterns of a few regions
# overflow: each was compiled again and again. Its own cache keeps them.
phonenumbers.enable_pattern_cache()

# This module's source and data files: here also when the module read is the compiled build
# in the environment (vaern.text.compiled), whose own file is elsewhere.
SOURCES: Final = PACKAGE / "privacy"


class Anchor(StrEnum):
    """What every match of a recogniser contains, so only text around it is searched."""

    digits = "digits"  # a cluster of digits (see Scan.clusters)
    keywords = "keywords"  # one of the recogniser's label or context words
    at = "at"  # an "@"
    everything = "everything"


# The members as module constants for the checks that run per recogniser and text
# (Recognizer.could_match, Recognizer.windows): in Python 3.11 reading a member through its
# class goes through the enum's descriptor, about ten times the cost of a global (100 ns,
# a hundred times per text).
_BY_DIGITS, _BY_KEYWORDS, _BY_AT = Anchor.digits, Anchor.keywords, Anchor.at


Span = tuple[int, int]

# Several patterns below must not follow some characters and test that after their first
# character ("\d(?<![\d-].)" rather than "(?<![\d-])\d"): a pattern that starts with a
# look-behind makes Python's engine try every position of a window (hundreds of instructions
# each), one that starts with a character or a class lets it skip to where that stands.

_LATIN1: Final = [chr(code) for code in range(256)]
_DIGIT_TABLE: Final = bytes(48 if c.isdecimal() else 49 if c.isdigit() else 32 for c in _LATIN1)
_LOWER_TABLE: Final = bytes(ord(c.lower()) for c in _LATIN1)
_QUESTION_MARK: Final = re.compile(rb"\?")
_DIGITS_OF: Final = operator.itemgetter(2)  # of a cluster (Scan.clusters)
_CASE_SHAPE_TABLE: Final = bytes(
    65 if c.isupper() else 58 if c == "|" else ord(c) if c in ".: " else 97 for c in _LATIN1
)


# Characters a case-insensitive pattern matches to others besides their lower and upper
# case ("\u0345" and "\u03b9", "\u1e9b" and "\u1e61"): sre's table of extra cases.
_EXTRA_CASES: Final = frozenset(
    chr(code) for key, codes in _casefix._EXTRA_CASES.items() for code in (key, *codes)
)


@cache
def _uncased(char: str) -> bool:
    """Whether a character has no case: it is its own lowercase, uppercase and casefold,
    and sre's case-insensitive matching pairs it with no other character."""
    return char.lower() == char == char.upper() == char.casefold() and char not in _EXTRA_CASES


def insertion_point(values: list[int], value: int, after: bool = False) -> int:
    """``bisect.bisect_left(values, value)`` in a sorted list of ints (``after``:
    ``bisect_right``), compiled: the bisect module's call from compiled code looks its
    function up on the module and boxes the ints, about 600 instructions against 100
    (redspeed14)."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) >> 1
        probe = values[mid]
        if probe < value or (after and probe == value):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _widen(spans: Iterable[Span], lead: int, tail: int, size: int) -> list[Span]:
    """Spans widened by ``lead``/``tail`` characters, overlapping ones merged (input sorted).
    (Given a recogniser's reach as two arguments, not ``*self.reach``: compiled, a starred
    call goes through Python's calling convention, about 1,600 instructions.)"""
    merged: list[Span] = []
    for start, end in spans:
        # Comparisons rather than max()/min(): this runs for every window of every text.
        lo, hi = start - lead, end + tail
        if lo < 0:
            lo = 0
        if hi > size:
            hi = size
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


@cache
def _gap_pattern(chars: str) -> re.Pattern[str]:
    return re.compile(f"[^{chars}]+")


# The words that recognisers ask the scan about (Recognizer.__post_init__: the context words
# of keyword anchors and required context, the words matches start with), searched for in
# one pass per text instead of once per word and recogniser. Scan.keywords reads the text in
# Latin-1 with "?" for what lies beyond it, so a word holds no "?" and is Latin-1.
_KEYWORDS: Final[set[str]] = set()


# What a whole-text look (``needle in source``) is answered by (Scan.holds): for a needle in
# Latin-1, its casefolded form, which the keyword pass looks for too (reported once: whether
# it occurs is all that is asked, and a run of spaces would report a double space at each
# of its characters); None for a needle with a character beyond Latin-1, which only a text
# with such a character can hold.
_NEEDLES: Final[dict[str, str | None]] = {}
# The needles without a letter (": ", "\n\n", "] "): no other character casefolds or
# lowercases to one of theirs, so where the keyword pass found one the text holds it as it
# is, and Scan.holds need not read the text to confirm it (redspeed16).
_UNCASED_NEEDLES: Final[set[str]] = set()


def _occurrence(index: int, start: int, end: int, flags: int, found: list[Span]) -> None:
    """Literals' ``_collect`` compiled, for the passes of this module (the keywords, the
    names, the street endings): Hyperscan calls it for each occurrence found, 2,000 times per
    48 dense pieces, and the interpreted one took a Python frame each time (redspeed16)."""
    found.append((end, index))


@cache
def _keyword_literals() -> Literals:
    # Kept compiled (vaern.text.kept): compiling took 4 ms of every start.
    needles = {folded for folded in _NEEDLES.values() if folded is not None}
    return Literals(sorted(_KEYWORDS | needles), kept="keywords", once=needles - _KEYWORDS)


def _needle(text: str) -> str:
    """``text`` made a needle for Scan.holds: in Latin-1 (and without "ß" and "µ", whose
    casefolding is no Latin-1 letter of its own) its casefolded form joins the keyword
    pass, which finds it wherever the text holds ``text`` in any case."""
    folded = text.casefold()
    if max(text) > "\xff":
        _NEEDLES[text] = None
    elif len(folded) != len(text) or max(folded) > "\xff" or "?" in text:
        # The keyword pass reads "?" for what lies beyond Latin-1.
        raise ValueError(f"{text!r}: no needle for the keyword pass")
    else:
        _NEEDLES[text] = folded
        if not any(char.isalpha() for char in text):
            _UNCASED_NEEDLES.add(text)
    _keyword_literals.cache_clear()
    return text


# Which groups of words (Words) hold each word, one bit per group (Words.bit): a text's
# keyword pass makes its mask of groups once (Scan.keyword_groups), so whether a group's
# word occurs is one AND, not a walk of the text's keywords against the group's set
# (redspeed14; thousands of times per text).
_WORD_GROUPS: Final[dict[str, int]] = {}
_GROUPS_MADE: Final[list[int]] = [0]


class Words:
    """A fixed group of words (a recogniser's context words, a kind of label) with what the
    tests for them need, made once: a set to compare with the words of the text's keyword
    pass, its bit among the groups (``_WORD_GROUPS``), and an Aho-Corasick automaton for a
    short stretch of text (for 50-100 characters cheaper than a Hyperscan call, and one pass
    in C instead of a ``str.find`` per word)."""

    __slots__ = ("_finder", "bit", "set", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self.set = frozenset(self.words)
        self.bit = 1 << _GROUPS_MADE[0]
        _GROUPS_MADE[0] += 1
        for word in self.set:
            _WORD_GROUPS[word] = _WORD_GROUPS.get(word, 0) | self.bit
        self._finder: ahocorasick.Automaton | None = None
        if self.words:
            self._finder = ahocorasick.Automaton()
            for word in self.words:
                self._finder.add_word(word, word)
            self._finder.make_automaton()

    def occur_in(self, text: str) -> bool:
        """Whether any of the words occurs in ``text``."""
        return self._finder is not None and next(self._finder.iter(text), None) is not None


def _fold_one(char: str) -> str:
    """``char`` casefolded where that is one character, else lowercased where that is,
    else itself ("ß" stays "ß", not "ss")."""
    folded = char.casefold()
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


class Scan:
    """What the recognisers of one ``analyze`` call share: the text lowercased and casefolded
    once and where its digits are. Python's regex engine is slow at trying every position,
    so each recogniser only searches the few windows around what its matches must
    contain."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._latin1: bytes | None = None
        self._exact = False
        self._beyond: list[tuple[int, str]] = []
        self._folded: str | None = None
        self._lowered: str | None = None
        self._lowered_latin1: bytes | None = None
        self._runs: dict[str, list[Span]] = {}
        self._clusters: list[tuple[int, int, int]] | None = None
        self._most_digits: int | None = None
        self._keywords: dict[str, list[int]] | None = None
        self._joined: tuple[Joined, Scan] | bool | None = False
        self._starts_readable: bool | None = None
        self._case_shape: bytes | None = None
        self._groups = -1
        self._digit_text: str | None = None
        self._beyond_chars: frozenset[str] | None = None

    def _in_latin1(self) -> tuple[bytes, bool]:
        """The text in Latin-1 with a "?" for each character beyond it, so byte offsets are
        the text's offsets (byte-wise work such as ``bytes.translate`` instead of work per
        character on ``str``), and whether no character is beyond it."""
        if self._latin1 is None:
            source = self.source
            try:
                self._latin1, self._exact = source.encode("latin-1"), True
            except UnicodeEncodeError:
                self._latin1 = source.encode("latin-1", "replace")
                # Where a "?" stands in for a character beyond Latin-1 ("?" is rare in text).
                self._beyond = [
                    (at, source[at])
                    for at in map(re.Match.start, _QUESTION_MARK.finditer(self._latin1))
                    if source[at] != "?"
                ]
        return self._latin1, self._exact

    def _mapped(self, convert: Callable[[str], str]) -> str | None:
        """The text lowercased or casefolded by the Latin-1 table and ``convert`` for each
        character beyond Latin-1 (an emoji, a dash), or None when a character beyond it
        becomes more or less than one (\u0130) or depends on its neighbours (a capital
        sigma lowercases by its place in the word)."""
        latin1, _ = self._in_latin1()
        parts: list[str] = []
        cursor = 0
        for at, char in self._beyond:
            mapped = convert(char)
            if len(mapped) != 1 or char == "\u03a3":
                return None
            parts += (latin1[cursor:at].translate(_LOWER_TABLE).decode("latin-1"), mapped)
            cursor = at + 1
        parts.append(latin1[cursor:].translate(_LOWER_TABLE).decode("latin-1"))
        return "".join(parts)

    @property
    def folded(self) -> str:
        """The text casefolded: the lowercased text where they are the same (Latin-1 text
        without "ß" and "µ"), which every other character beyond Latin-1 casefolds."""
        if self._folded is None:
            _, exact = self._in_latin1()
            if "ß" in self.source or "µ" in self.source:
                self._folded = self.source.casefold()
            elif exact or self.uncased_beyond():
                self._folded = self.lowered
            else:
                self._folded = self._mapped(str.casefold) or self.source.casefold()
        return self._folded

    @property
    def lowered(self) -> str:
        """The text lowercased (``str.lower``): by a table, as every Latin-1 letter
        lowercases to one Latin-1 letter, and character by character beyond Latin-1."""
        if self._lowered is None:
            _, exact = self._in_latin1()
            if exact:
                self._lowered = self.lowered_latin1().decode("latin-1")
            else:
                self._lowered = self._mapped(str.lower) or self.source.lower()
        return self._lowered

    def lowered_latin1(self) -> bytes:
        """The lowercased text in Latin-1 with a "?" for each character beyond it."""
        if self._lowered_latin1 is None:
            latin1, exact = self._in_latin1()
            if exact:
                self._lowered_latin1 = latin1.translate(_LOWER_TABLE)
            else:
                self._lowered_latin1 = self.lowered.encode("latin-1", "replace")
        return self._lowered_latin1

    def runs(self, chars: str) -> list[Span]:
        """Runs of ``chars`` (a character class body), found by skipping everything else."""
        if chars not in self._runs:
            runs: list[Span] = []
            cursor = 0
            for gap in _gap_pattern(chars).finditer(self.source):
                if gap.start() > cursor:
                    runs.append((cursor, gap.start()))
                cursor = gap.end()
            if cursor < len(self.source):
                runs.append((cursor, len(self.source)))
            self._runs[chars] = runs
        return self._runs[chars]

    def joined(self) -> tuple[Joined, Scan] | None:
        """The text with the words a PDF broke over lines joined and its own scan, once for
        the recognisers that read it (None without such a break)."""
        if self._joined is False:
            joined = join_hyphenated_lines(self.source)
            self._joined = None if joined is None else (joined, Scan(joined.text))
        return self._joined  # type: ignore[return-value]

    def case_shape(self) -> bytes:
        """A byte per character: "A" for a capital letter, ":" for ":" and "|", the
        character itself for "." and a space, "a" for everything else (a character beyond
        Latin-1 too). Made once: the person recogniser reads it twice per text."""
        if self._case_shape is None:
            latin1, _ = self._in_latin1()
            self._case_shape = latin1.translate(_CASE_SHAPE_TABLE)
        return self._case_shape

    def exact_latin1(self) -> bool:
        """Whether every character is Latin-1."""
        return self._in_latin1()[1]

    def latin1(self) -> bytes:
        """The text in Latin-1 with a "?" for each character beyond it (its offsets)."""
        return self._in_latin1()[0]

    def uncased_beyond(self) -> bool:
        """Whether every character beyond Latin-1 has no case (an emoji, a dash, a quote
        mark): lowercasing and casefolding leave it as it is, and a case-insensitive
        pattern matches it to no other character, so for the keyword pass and the
        patterns it is a "?" like any other non-letter (30 % of the dense bench pieces)."""
        _, exact = self._in_latin1()
        return exact or all(map(_uncased, [char for _, char in self._beyond]))

    def starts_readable(self) -> bool:
        """Whether start words found by the keyword pass are where a case-insensitive
        pattern's matches begin (Recognizer.matches): no cased character beyond Latin-1 and
        casefolded offsets the text's own. Asked by several recognisers per text: once."""
        if self._starts_readable is None:
            self._starts_readable = self.uncased_beyond() and self.folded is self.lowered
        return self._starts_readable

    def beyond(self) -> list[tuple[int, str]]:
        """Each character beyond Latin-1 with its offset, in the text's order."""
        self._in_latin1()
        return self._beyond

    def digits_beyond_latin1(self) -> bool:
        """Whether a digit lies beyond Latin-1 ("٣", "①")."""
        self._in_latin1()
        return any(char.isdigit() for _, char in self._beyond)

    def digit_mask(self) -> bytes:
        """A byte per character: "0" for a decimal digit (regex ``\\d``), "1" for another
        digit (``str.isdigit``: "¹²³"), a space for the rest."""
        latin1, _ = self._in_latin1()
        if self.digits_beyond_latin1():
            # A digit beyond Latin-1 ("٣", "①"): character by character.
            return bytes(48 if c.isdecimal() else 49 if c.isdigit() else 32 for c in self.source)
        return latin1.translate(_DIGIT_TABLE)

    def digit_text(self) -> str:
        """``digit_mask`` as a string (its "0", "1" and spaces), made once."""
        if self._digit_text is None:
            self._digit_text = self.digit_mask().decode("latin-1")
        return self._digit_text

    def most_digits(self) -> int:
        """The most digits in one cluster (0 without any)."""
        most = self._most_digits
        if most is None:
            most = self._most_digits = max(map(_DIGITS_OF, self.clusters()), default=0)
        return most

    def clusters(self) -> list[tuple[int, int, int]]:
        """Digits joined across gaps of up to two characters ("20 30 40 50", "010190-1234"):
        (start, end, number of digits), the text between gaps of three or more characters
        that are no decimal digits."""
        if self._clusters is None:
            # The gaps found by str.find (memchr and a two-way search) in the mask with its
            # other digits spaces: three spaces start a gap (the first after a cluster's start
            # can only be a gap's first three, as a space before them would have been found),
            # the next "0" ends it. A regex's search of a mostly empty mask tested each byte
            # against its class (70,000 instructions per dense 2,000 characters). As str, not
            # bytes: compiled, str.find and str.count with offsets are direct calls.
            mask = self.digit_text()
            gaps = mask.replace("1", " ") if "1" in mask else mask
            size = len(mask)
            clusters: list[tuple[int, int, int]] = []
            start = 0
            while start < size:
                gap = gaps.find("   ", start)
                after = size
                if gap < 0:
                    gap = size
                else:
                    after = gaps.find("0", gap)
                    if after < 0:
                        after = size
                if gap > start:
                    clusters.append((start, gap, gap - start - mask.count(" ", start, gap)))
                start = after
            self._clusters = clusters
        return self._clusters

    def folded_latin1(self) -> bytes:
        """The casefolded text in Latin-1 with a "?" for each character beyond it."""
        if self.folded is self.lowered:
            return self.lowered_latin1()
        return self.folded.encode("latin-1", "replace")

    def _keyword_text(self) -> bytes:
        """The casefolded text for the keyword pass, one character per character of the
        source: a German "Straße" casefolds to "strasse", one character longer, which would
        move every keyword after it off its word ("født" found one character late)."""
        if len(self.folded) == len(self.source):
            return self.folded_latin1()
        return "".join(map(_fold_one, self.source)).encode("latin-1", "replace")

    def keywords(self) -> dict[str, list[int]]:
        """Where each context word occurs in the casefolded text (overlaps included)."""
        if self._keywords is None:
            found: dict[str, list[int]] = {}
            literals = _keyword_literals()
            words = literals.words
            for end, index in literals.find(self._keyword_text(), _occurrence):
                word = words[index]
                found.setdefault(word, []).append(end - len(word))
            self._keywords = found
        return self._keywords

    def may_hold(self, needle: str) -> bool:
        """False when the text cannot hold a needle made by ``_needle``: the keyword pass did
        not find it in the casefolded text, or it has a character beyond Latin-1 and the
        text none. Most texts lack the needles asked for, and a look through the whole text
        for two characters or more reads it a character at a time (2-4 µs per 2,000
        characters; for one character it is a memchr, 50 ns)."""
        folded = _NEEDLES[needle]
        if folded is None:
            # The text holds each of the needle's characters beyond Latin-1, or not the
            # needle (redspeed16: "’", "ị", "ă" stand in few of the texts with an emoji).
            _, exact = self._in_latin1()
            if exact:
                return False
            beyond = self._beyond_chars
            if beyond is None:
                beyond = self._beyond_chars = frozenset([char for _, char in self._beyond])
            return all([char in beyond for char in needle if char > "\xff"])
        found = self._keywords if self._keywords is not None else self.keywords()
        return folded in found

    def holds(self, needle: str) -> bool:
        """``needle in self.source`` for a needle made by ``_needle`` (``may_hold`` first)."""
        return self.may_hold(needle) and (needle in _UNCASED_NEEDLES or needle in self.source)

    def keyword_groups(self) -> int:
        """The groups of words (Words.bit) one of whose words the keyword pass found."""
        groups = self._groups
        if groups < 0:
            found = self._keywords if self._keywords is not None else self.keywords()
            groups = 0
            for word in found:
                groups |= _WORD_GROUPS.get(word, 0)
            self._groups = groups
        return groups

    def reading(self) -> None:
        """Make this the text whose windows ``folded_between`` slices from its casefolded
        copy (when it folds character for character)."""
        global _READING
        source = self.source
        if _READING[0] is not source:
            folded = self.folded
            _READING = (source, folded) if len(folded) == len(source) else ("", "")

    def has_keyword(self, words: Words) -> bool:
        """Whether one of ``words`` occurs (the keyword pass's words only): one AND with the
        text's groups (every recogniser asks)."""
        return (self.keyword_groups() & words.bit) != 0

    def keyword_spans(self, words: Words) -> list[Span]:
        # None of the words found: the text's groups say so in one AND, without walking the
        # text's keywords or the group's words (redspeed16: a third of the calls).
        if not self.has_keyword(words):
            return []
        found = self._keywords if self._keywords is not None else self.keywords()
        # The smaller side walked (a keys view & a frozenset walks the frozenset, a
        # recogniser's context words, usually more than the text's keywords).
        wanted = words.set
        if len(found) < len(wanted):
            present = [word for word in found if word in wanted]
        else:
            present = [word for word in wanted if word in found]
        if not present:
            return []
        if len(present) == 1:
            # One word's starts come sorted (the pass reports by end) and never repeat.
            (word,) = present
            size = len(word)
            return [(at, at + size) for at in found[word]]
        spans = [(at, at + len(word)) for word in present for at in found[word]]
        spans.sort()
        return spans


# The text whose scan the recognisers are reading and its casefolded copy, where the text
# folds character for character (the two the same length; casefolding, unlike lowercasing,
# reads no neighbours): a window's casefolding is then a slice of the copy (redspeed14: a
# window of 50-100 characters of Danish took about 4,000 instructions to casefold, and
# context and label tests make hundreds per text). Set by Scan.reading; a text that is not
# the one set (a joined or fixed copy, another thread's text) folds its window itself.
_READING: tuple[str, str] = ("", "")


def folded_between(source: str, lo: int, hi: int) -> str:
    """``source[lo:hi].casefold()`` for ``lo`` >= 0."""
    text, folded = _READING
    if text is source:
        return folded[lo:hi]
    return source[lo:hi].casefold()


# pii64: the verb "fordre" (to demand) and its compounds hold the letters of "ordre" (an
# order label): "oplyst uopfordret" (told unprompted), "opfordrede", "udfordret". A card,
# CPR number or account told unprompted ("CPR-nr. (oplyst uopfordret): …", "læste
# uopfordret kortet op: …") is no order's number.
_FORDRE: Final = "fordre"


def without_fordre(label: str) -> str:
    """``label`` (casefolded) with the verb "fordre" cut to "f", so that its "ordre" is not
    read as an order's label."""
    return label.replace(_FORDRE, "f") if _FORDRE in label else label


@dataclass
class Recognizer:
    """A pattern-based recogniser. Subclasses override ``validate`` (reject a candidate or
    adjust its score) and may require context words near the match."""

    name: str
    entity: str
    patterns: list[re.Pattern[str]]
    score: float = 0.6
    context: tuple[str, ...] = ()
    context_boost: float = 0.3
    requires_context: bool = False
    context_window: int = 40
    flags: int = field(default=0)
    # Labels right before a match that make it something else (an order or invoice number):
    # they lower the score and win over context words further away.
    negative_context: tuple[str, ...] = ()
    negative_penalty: float = 0.3
    negative_window: int = 20
    explanation: dict[str, str] = field(default_factory=dict)  # {"da": …, "en": …}
    # What every match contains, how far a match reaches before and after it, and for digit
    # anchors how many digits a match needs at least. The default scans everything, so a
    # recogniser registered without thinking about anchors still sees all the text.
    anchor: Anchor = Anchor.everything
    reach: tuple[int, int] = (2, 3)
    min_digits: int = 1
    # Words every match begins with (lowercase; a match begins with one in any case): in
    # Latin-1 text the patterns are tried only where the keyword pass found one (Python's
    # engine spends hundreds of instructions on each position of a window it searches).
    starts_with: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Only the words of recognisers that search around them or skip a text without them
        # (windows, could_match); the others test a candidate's surroundings, and words such
        # as "ring" or "kunden" would only add hits to every text's pass.
        reads_scan = self.anchor is Anchor.keywords or self.requires_context
        for words in (self.context if reads_scan else (), self.starts_with):
            if not _KEYWORDS.issuperset(words):
                if any("?" in word or max(word) > "\xff" for word in words):
                    raise ValueError(f"{self.name}: a word beyond Latin-1 or with '?'")
                _KEYWORDS.update(words)
                _keyword_literals.cache_clear()
        self._context = Words(self.context)
        self._starts = Words(self.starts_with)
        self._negative = Words(self.negative_context)

    def validate(self, text: str) -> float | None:
        """Return the score for this candidate, or None to reject it."""
        return self.score

    def _window(self, source: str, start: int, end: int) -> str:
        lo = start - self.context_window  # (no max(): this runs for every candidate)
        return folded_between(source, lo if lo > 0 else 0, end + self.context_window)

    def has_context(self, source: str, start: int, end: int) -> bool:
        if not self.context:
            return False
        return self._context.occur_in(self._window(source, start, end))

    def has_negative_context(self, source: str, start: int) -> bool:
        if not self.negative_context:
            return False
        lo = start - self.negative_window
        label = without_fordre(folded_between(source, lo if lo > 0 else 0, start))
        return self._negative.occur_in(label)

    def context_score(self, source: str, start: int, end: int, score: float) -> float | None:
        """Apply context words to a candidate's score; None when required context is absent."""
        if self.has_negative_context(source, start):
            return None if self.requires_context else score - self.negative_penalty
        if self.has_context(source, start, end):
            boosted = score + self.context_boost
            return boosted if boosted < 1.0 else 1.0
        return None if self.requires_context else score

    def could_match(self, scan: Scan) -> bool:
        """Cheap pre-filter from what the scan found once for all recognisers: a match needs
        its anchor (enough digits in a cluster, one of the words, an "@"), and a recogniser
        that needs context skips text without any of it."""
        anchor = self.anchor
        if anchor is _BY_DIGITS:
            if scan.most_digits() < self.min_digits:
                return False
        elif anchor is _BY_AT:
            if "@" not in scan.source:
                return False
        elif anchor is _BY_KEYWORDS:
            return scan.has_keyword(self._context)
        return not self.requires_context or scan.has_keyword(self._context)

    def windows(self, scan: Scan) -> list[Span]:
        size, anchor = len(scan.source), self.anchor
        if anchor is _BY_DIGITS:
            least = self.min_digits
            spans: Iterable[Span] = [
                (start, end) for start, end, digits in scan.clusters() if digits >= least
            ]
        elif anchor is _BY_KEYWORDS:
            spans = scan.keyword_spans(self._context)
        elif anchor is _BY_AT:
            spans = scan.runs("@") if "@" in scan.source else []
        else:
            return [(0, size)]
        return _widen(spans, self.reach[0], self.reach[1], size)

    def analyze(self, source: str, scan: Scan | None = None) -> Iterator[Finding]:
        scan = scan or Scan(source)
        if self.could_match(scan):
            scan.reading()
            yield from self.matches(scan)

    def matches(self, scan: Scan) -> Iterator[Finding]:
        """The findings in a text that passed ``could_match``."""
        source = scan.source
        # Latin-1 text whose casefolded offsets are its own: a start word found in the
        # casefolded text is one the case-insensitive pattern matches, and the other way.
        if self.starts_with and scan.starts_readable():
            # Without a start word nothing matches: its windows are not worth making (a
            # card number makes the CVV's, most dense texts have one and no CVV word).
            spans = scan.keyword_spans(self._starts)
            if spans:
                yield from self._at_starts(scan, self.windows(scan), spans)
            return
        for lo, hi in self.windows(scan):
            # Search the window in place (``pos``/``endpos``): look-behinds and context words
            # still see the text around it, and no copy or re-made finding is needed.
            yield from self.find(source, lo, hi)

    def _at_starts(self, scan: Scan, windows: list[Span], spans: list[Span]) -> Iterator[Finding]:
        """What ``find`` gives in each window, trying the patterns only where one of the
        ``starts_with`` words starts (``spans``: a match elsewhere would not begin with
        one), left to right, not overlapping."""
        source, starts = scan.source, [lo for lo, _ in windows]
        for pattern in self.patterns:
            done = 0
            for at, _ in spans:
                window = insertion_point(starts, at, after=True) - 1
                if at < done or window < 0 or at >= windows[window][1]:
                    continue
                match = pattern.match(source, at, windows[window][1])
                if match is not None:
                    done = match.end()
                    finding = self._scored(source, match)
                    if finding is not None:
                        yield finding

    def find(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        """Matches that lie within ``source[lo:hi]`` (context may be read outside it)."""
        for pattern in self.patterns:
            for match in pattern.finditer(source, lo, hi):
                finding = self._scored(source, match)
                if finding is not None:
                    yield finding

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        """The finding of a match (its last group, if it has groups), validated and scored."""
        last = match.lastindex  # (read once: an attribute of a Python object)
        start, end = match.span(last) if last else match.span()
        score = self.validate(source[start:end])
        if score is None:
            return None
        score = self.context_score(source, start, end, score)
        return None if score is None else Finding(self.entity, start, end, score, self.name)


def cpr_birth_date(digits: str) -> date | None:
    """The birth date of a CPR number under the century rule of the 7th digit."""
    day, month, yy, seventh = int(digits[:2]), int(digits[2:4]), int(digits[4:6]), int(digits[6])
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if yy <= 36 else 1900
    else:  # 5–8
        century = 2000 if yy <= 57 else 1800
    try:
        return date(century + yy, month, day)
    except ValueError:
        return None


def swapped_letters(word: str) -> tuple[str, ...]:
    """``word`` with two neighbouring letters swapped, the commonest slip of hasty typing
    ("koedn", "miitd", "brugre"): a chat's or note's label as its writer typed it."""
    return tuple(
        dict.fromkeys(
            word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            for i in range(len(word) - 1)
            if word[i] != word[i + 1]
        )
    )


# The labels of a MitID user ID and of a one-time code, mistyped.
_MITID_TYPOS: Final = swapped_letters("mitid")
# "buger-id" (an "r" left out) is as common a slip as a swap ("sit MitID buger-id (…)").
_BRUGER_TYPOS: Final = (*swapped_letters("bruger"), "buger")
_BRUGERNAVN_TYPOS: Final = swapped_letters("brugernavn")
_KODEN_TYPOS: Final = swapped_letters("koden")
# "min koed", "din kdoe": the code one gave or is asked for, mistyped after its possessive.
_KODE_TYPOS: Final = swapped_letters("kode")
_OWN_KODE_TYPOS: Final = tuple(
    f"{whose} {typo}" for whose in ("min", "din") for typo in _KODE_TYPOS
)


# Labels that make a digit run an order, invoice or case number rather than an identifier.
_REFERENCE_WORDS: Final = (
    "ordre",
    "order",
    "faktura",
    "invoice",
    "sagsnr",
    "sag nr",
    "kundenr",
    "kundenummer",
    "kunde-nr",
    "kunde-id",
    "varenr",
    "reference",
    "ref.",
    "ref ",
    "ref:",
    "bilag",
    "pakke",
    "tracking",
    # An insurance policy ("policenummer", "policen", "policenr.") and a production unit's
    # P-number ("P-nummer 1004054673", ten digits like a CPR number).
    "policen",
    "police nr",
    "police-nr",
    "policy n",
    "p-nummer",
    "p-nr",
    # A classified ad's number ("annonce nr. 11045822", "annoncenr. 60638497").
    "annonce nr",
    "annoncenr",
    "annonce-nr",
)


# Receipt, transaction and shipment labels: their numbers often start with a date.
_RECEIPT_WORDS: Final = (
    "kvittering",
    "kvit.",
    "bon ",
    "bonnr",
    "receipt",
    "transaktion",
    "trans.",
    "løbenr",
    "forsendelse",
    "sporing",
    "stregkode",
)
# Between the date and the serial of a CPR number: nothing, a space, a no-break space, or a
# hyphen/dash (hyphen, non-breaking hyphen, figure dash, en/em dash) with optional spaces.
_CPR_PATTERN: Final = re.compile(
    r"(?<![\d.,/-])(?:(\d{6})|(\d\d)\.(\d\d)\.(\d\d))"
    r"(?:[ \u00a0]?[-\u2010-\u2014][ \u00a0]?|[ \u00a0])?(\d{4})(?![\d\u2010-\u2014-]|[.,]\d)"
)
_CPR_WEIGHTS: Final = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def _cpr_weighted(digits: str) -> int:
    """The modulus-11 sum of a CPR number's digits (``int`` of each, as a digit beyond ASCII
    reads): a loop in compiled code, not two ``map`` calls through Python's (redspeed16)."""
    total = 0
    for i, char in enumerate(digits[: len(_CPR_WEIGHTS)]):
        # An ASCII digit's value from its code (redspeed18: ``int`` of a one-character
        # string was over 1,000 instructions); a digit beyond ASCII as ``int`` reads it.
        code = ord(char)
        total += (code - 48 if 48 <= code <= 57 else int(char)) * _CPR_WEIGHTS[i]
    return total


_CPR_LABEL: Final = Words(("cpr", "personnummer", "personnr", "person nr"))
# A CPR number read aloud and transcribed in pairs ("03 05 84 12 34"), or its date written
# in pairs ("29 10 73 2395"): a CPR number only right after a question or label naming it,
# since a phone number reads the same way.
# Or its date written whole and its serial read in pairs ("270396 02 85").
_CPR_PAIRS: Final = re.compile(
    r"(?<![\d.,/-])(?:(\d\d) (\d\d) (\d\d) (?:(\d\d) (\d\d)|(\d{4}))|(\d{6}) (\d\d) (\d\d))"
    r"(?![\d-]| \d)"
)


def _may_hold_pairs(source: str, lo: int, hi: int) -> bool:
    """Whether ``source[lo:hi]`` holds three pairs of decimal digits (``\\d``) with a space
    between them ("03 05 84", or "840305 12 34"'s last three), as each _CPR_PAIRS match does:
    read from its spaces, most windows (a card's groups of four, an IBAN's) have none."""
    space = source.find(" ", lo + 2, hi - 5)
    while space >= 0:
        if (
            source.startswith(" ", space + 3)
            and source[space - 2].isdecimal()
            and source[space - 1].isdecimal()
            and source[space + 1].isdecimal()
            and source[space + 2].isdecimal()
            and source[space + 4].isdecimal()
            and source[space + 5].isdecimal()
        ):
            return True
        space = source.find(" ", space + 1, hi - 5)
    return False


# pii43: a chat's answer on the line after its request ("Skriv dit CPR-nummer og din
# adresse, så vi kan finde sagen.⏎[12:46] Name Surname: 01 06 04 4901, …").
_CPR_PAIRS_REACH: Final = 100
# pii42: a transcript's answer after words and fillers ("Må jeg bede om dit CPR-nummer?" ⏎
# "[01:20] Kunde: Ja, en to nul … nej vent, jeg læser det op: 12 08 34 2304"): the question
# on the line before, however long the answer's line is before the number.
_CPR_ANSWER_REACH: Final = 200


def _cpr_asked_on_line_before(source: str, start: int) -> bool:
    """Whether the line before ``start``'s line asks for a CPR number ("…CPR-nummer?")."""
    line = source.rfind("\n", max(0, start - _CPR_ANSWER_REACH), start)
    if line <= 0:
        return False
    lo = max(0, start - _CPR_ANSWER_REACH)
    before = source.rfind("\n", lo, line)
    question = source[max(lo, before + 1) : line].casefold()
    return question.rstrip().endswith("?") and _CPR_LABEL.occur_in(question)


# pii33: a date in pairs and a serial of four in brackets right after a name, as a probate
# court lists heirs ("Arvinger: Bilal Hussein (13 09 53 0498), …"): no phone reads so.


def _bracketed_after_name(source: str, match: re.Match[str]) -> bool:
    """Whether a CPR number in pairs with its serial of four stands alone in brackets
    right after a word ("Bilal Hussein (13 09 53 0498)"), as a list of heirs writes it."""
    start = match.start()
    return (
        match.group(6) is not None
        and source.startswith(")", match.end())
        and source[start - 2 : start] == " ("
        and source[start - 3 : start - 2].isalpha()
    )


# pii44: a date in pairs and a serial of four after a name and a comma, ending the line, as a
# report lists its parties ("Vidne: Name Surname, 13 09 53 0498" ⏎ address): the grouping
# 2-2-2-4 is no Danish phone's (eight digits) nor an account's.


# pii76: or ends its sentence or goes on with the person's address after a comma, as a police
# report writes whom a SIM card is believed used by ("anvendt af Dall, Frida, 05 06 67 0609,
# Rugmarken 35A, …", "Kæreste: Leif Koch, 06 07 60 0959."): still no phone's grouping.
# pii81: or where the person lives after the comma, as a bank's letter to the police writes
# its customer ("vores kunde Evald Lauridsen, 28 08 49 2057, bosat⏎Åbrinken 76").
_AFTER_NAME_END: Final = re.compile(
    r"[.;]?[ \t]*(?:[\r\n]|\Z)|[.;,][ \t]+[A-ZÆØÅ]|,[ \t]+(?:bosat|boende|bopæl)(?![\w-])"
)


def _after_name_on_line(source: str, match: re.Match[str]) -> bool:
    """Whether a CPR number in pairs with its serial of four follows a word and ", " and
    ends its line ("Anmelder: Name Surname, 13 09 53 0498"), its sentence or its clause
    before a capitalised word (_AFTER_NAME_END)."""
    start, end = match.span()
    return (
        match.group(6) is not None
        and source[start - 2 : start] == ", "
        and (
            source[start - 3 : start - 2].isalpha()
            or _BIRTH_DATE_BEFORE.search(source, max(0, start - 40), start - 2) is not None
        )
        and _AFTER_NAME_END.match(source, end) is not None
    )


# pii112: or after the person's date of birth and a comma ("Kunde: Name Surname, født 2. maj
# 1971, 14 03 71 2207."): the name, the birth date, then the number.
_BIRTH_DATE_BEFORE: Final = re.compile(
    r"(?<![\w])(?i:født|f\.|fødselsdato:)[ \t]+\d[\w. /-]{3,16}\d{4}\Z"
)


# pii69: a date in pairs and a serial of four as a whole field of a delimited row, as a list
# exported from a spreadsheet writes it ("2687; Chen, Siobhán; 18 01 42 2452; 2752 5697; …"):
# the grouping is no phone's, and the field holds nothing else.
# pii81: or "/" with spaces, as an alert queue's line joins its customer's fields ("kunde
# Lisbeth Wagner / 26 09 02 4887 / kunde-id KUN-573512").
_FIELD_SEPARATORS: Final = ";|\t/"


def _delimited_field(source: str, match: re.Match[str]) -> bool:
    """Whether a CPR number in pairs with its serial of four is a row's whole field: a ";",
    "|" or tab (and spaces) on both sides."""
    start, end = match.span()
    before = source[max(0, start - 2) : start].rstrip(" ")[-1:]
    after = source[end : end + 2].lstrip(" ")[:1]
    return (
        match.group(6) is not None
        and before != ""
        and before in _FIELD_SEPARATORS
        and after != ""
        and after in _FIELD_SEPARATORS
    )


# pii70: a speech engine's number read out in pairs whose digits the same text writes as a
# CPR number too ("asr: "det er 15 01 34 2321" rettet: "CPR 150134-2321"", a quality log's
# engine words beside the corrected ones): the number is the CPR number said aloud.


def _written_as_cpr_elsewhere(source: str, match: re.Match[str]) -> bool:
    """Whether the ten digits read in pairs occur in ``source`` written as a CPR number
    ("DDMMYY-SSSS")."""
    digits = "".join(filter(None, match.groups()))
    return len(digits) == 10 and f"{digits[:6]}-{digits[6:]}" in source


def _glued_to_code(source: str, start: int) -> bool:
    """Whether the digits continue a code of capital letters ("STMT261115-4818", an MT940
    statement's reference; "ORD250301-1234"): an identifier, no CPR number. A glued "CPR"
    label ("CPR120387-1234") is no code."""
    before = source[max(0, start - 2) : start]
    return (
        len(before) == 2
        and before.isascii()
        and before.isupper()
        and before.isalpha()
        and not source[max(0, start - 3) : start].casefold().endswith("cpr")
    )


class CprRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="cpr",
            entity="CPR",
            patterns=[_CPR_PATTERN],
            score=0.5,
            context=("cpr", "personnummer", "personnr", "cpr-nr", "fødselsdato", "personal id"),
            negative_context=(*_REFERENCE_WORDS, *_RECEIPT_WORDS),
            # A reference label rejects even a dashed, check-digit-valid number: receipts are
            # "DDMMYY-NNNN" too. Only an explicit CPR label wins over it (context_score).
            negative_penalty=0.6,
            anchor=Anchor.digits,
            min_digits=4,
            # A match lies within its cluster(s); the look-behind sees the text before a
            # window, the look-ahead only two characters into it.
            reach=(0, 2),
            explanation={
                "da": "CPR-nummer i enhver skriveform (010190-1234, 010190 1234, 01.01.90-1234): "
                "gyldig dato efter 7. ciffers århundredregel; modulus 11 og ord som 'cpr' "
                "hæver sikkerheden, kvitterings- og ordrenumre udelukkes.",
                "en": "CPR number in any written form (010190-1234, 010190 1234, "
                "01.01.90-1234): a valid date under the 7th-digit century rule; modulus 11 "
                "and words such as 'cpr' raise confidence, receipt and order numbers are "
                "left out.",
            },
        )

    def windows(self, scan: Scan) -> list[Span]:
        # A CPR number's ten digits are one cluster, or two when " - " (three characters)
        # splits it into six and four: only such clusters can hold one, and the regex is
        # searched from the first digit of one to the last of the other (Python's engine
        # spends hundreds of instructions on each position it tries).
        clusters = scan.clusters()
        following = [*clusters[1:], (-1, -1, 0)]
        spans = [
            (start, last if split else end)
            for (start, end, digits), (after, last, more) in zip(clusters, following, strict=False)
            if (split := digits >= 6 and after - end == 3 and more >= 4) or digits >= 10
        ]
        return _widen(spans, self.reach[0], self.reach[1], len(scan.source))

    def context_score(self, source: str, start: int, end: int, score: float) -> float | None:
        # An explicit label right before the number wins over a reference word further away
        # ("Kundenummer og CPR: 0101901234").
        label = folded_between(source, max(0, start - 14), start)
        if _CPR_LABEL.occur_in(label):
            return min(1.0, score + self.context_boost)
        return super().context_score(source, start, end, score)

    def matches(self, scan: Scan) -> Iterator[Finding]:
        """Recognizer.matches (``find`` in each window), the date's pattern searched only
        in a window with six decimal digits together (the digit mask's "000000") or a "."
        (its dotted date): a card's or an IBAN's groups of four hold neither (redspeed15)."""
        source, mask = scan.source, scan.digit_text()
        for lo, hi in self.windows(scan):
            yield from self._pairs(source, lo, hi)
            if mask.find("000000", lo, hi) >= 0 or source.find(".", lo, hi) >= 0:
                yield from self._dated(source, lo, hi)

    def find(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        yield from self._pairs(source, lo, hi)
        yield from self._dated(source, lo, hi)

    def _dated(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        """_CPR_PATTERN's matches in ``source[lo:hi]``, checked and scored."""
        for match in self.patterns[0].finditer(source, lo, hi):
            # (The span read once: each of a match's methods is a call through Python's
            # convention from compiled code; redspeed16.)
            start, end = match.span()
            digits = "".join(filter(None, match.groups()))
            if (
                cpr_birth_date(digits) is None
                or _glued_to_code(source, start)
                or account_label_and_reg_before(source, start)
            ):
                continue
            score = self.score
            # Modulus 11 raises confidence but never rejects: numbers without a valid check
            # digit have been issued since 2007.
            if _cpr_weighted(digits) % 11 == 0:
                score += 0.2
            if not source[start:end].isdigit():  # written with a separator, like a CPR number
                score += 0.15
            final = self.context_score(source, start, end, score)
            if final is not None:
                yield Finding(self.entity, start, end, min(final, 1.0), self.name)

    def _pairs(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        if not _may_hold_pairs(source, lo, hi):
            return  # every match holds "dd dd dd" (redspeed12, redspeed15: no search)
        for match in _CPR_PAIRS.finditer(source, lo, hi):
            start = match.start()
            label = folded_between(source, max(0, start - _CPR_PAIRS_REACH), start)
            if (
                _CPR_LABEL.occur_in(label)
                or _bracketed_after_name(source, match)
                or _after_name_on_line(source, match)
                or _delimited_field(source, match)
                or _cpr_asked_on_line_before(source, start)
                or _written_as_cpr_elsewhere(source, match)
            ) and cpr_birth_date("".join(filter(None, match.groups()))):
                yield Finding(self.entity, start, match.end(), 0.9, self.name)


_SHIPMENT_WORDS: Final = (
    "pakke",
    "forsendelse",
    "sporing",
    "tracking",
    "track",
    # "ean" alone is inside names ("Jean"), so only as a label.
    "ean:",
    "ean-",
    "ean nr",
    "ean kode",
    "gtin",
    "stregkode",
    "ordre",
    "order",
    "varenr",
    "kolli",
)
_NON_DIGITS: Final = re.compile(r"\D")


def digits_only(text: str) -> str:
    """``text`` without what is no decimal digit (regex ``\\D``): a card number's spaces and
    hyphens by ``str.replace``, anything else by the regex."""
    digits = text.replace(" ", "").replace("-", "")
    return digits if digits.isdecimal() else _NON_DIGITS.sub("", text)


_LUHN_DOUBLED: Final = str.maketrans("0123456789", "0246813579")


def luhn_valid(digits: str) -> bool:
    """``stdnum.luhn.is_valid`` for decimal digits, in C (slices, translate, map) instead of
    a generator per digit: every second digit from the right doubled (its digit sum)."""
    if not (digits.isascii() and digits.isdigit()):
        return False
    # Summed as bytes: each ASCII digit is 48 more than its value.
    doubled = digits[-2::-2].translate(_LUHN_DOUBLED)
    total = sum(digits[::-2].encode()) + sum(doubled.encode()) - 48 * len(digits)
    return total % 10 == 0


_CARD_WORDS: Final = (
    "kort",
    "card",
    "visa",
    "mastercard",
    "dankort",
    "kortnummer",
    "maestro",
    "amex",
)


# pii31: a Danish payment slip's code line (an "indbetalingskort", FI-kort 71, 73 and 75 and
# the giro's 01, 04 and 15): "+71< 9339 6513 2530 028 +8280 1431<", the card type, the
# payment ID and the creditor's number. Debt collectors' letters and bills print it; its
# payment ID can pass Luhn and its creditor number looks like a Danish phone, but it is a
# payee's reference, never a card or a person's number.
_FI_LINE: Final = re.compile(
    r"(?<![\w+])\+(?:01|04|15|71|73|75)<[ \t]*(?:\d[\d \t]*)?(?:\+[ \t]*\d[\d \t]*<)?"
)
_FI_REACH: Final = 45


def in_fi_line(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` lies inside an FI payment slip's code line."""
    lo = max(0, start - _FI_REACH)
    # Cheap look first: the line's "<" after its card type.
    if source.find("<", lo, end) < 0:
        return False
    return any(
        m.start() <= start and end <= m.end()
        for m in _FI_LINE.finditer(source, lo, min(len(source), end + 2))
    )


_CARD_NUMBER_LABEL: Final = Words(("kortnr", "kortnummer", "card number", "card no"))
# pii112: a card's noun (definite or not, a payment card's compound: "Kortet", "kreditkort",
# "Visa-kortet"; no gift card's)
# right before its number, with at most a colon between.
_CARD_NOUN_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:(?:kredit|betalings|debet|dan|visa-?|master-?)?kort(?:et)?|card):?[ \t]\Z"
)


class CardRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="card",
            entity="CARD",
            # Contiguous digits, or groups of four (Amex 4-6-5, Diners 4-6-4) with one
            # consistent separator; not glued to letters nor after an IBAN's "DK50 ", whose
            # digits they would be (nor further on in one, _IBAN_HEAD_BEFORE).
            patterns=[
                re.compile(
                    r"(\d(?<![\w-].)(?<![A-Za-z]{2}\d\d[ -].)"
                    r"(?:\d{12,18}|\d{3}([ -])\d{4}\2\d{4}\2\d{1,7}|\d{3}([ -])\d{6}\3\d{4,5}))"
                    r"(?![\d-])"
                )
            ],
            score=0.7,
            context=_CARD_WORDS,
            # Luhn-valid shipment, EAN and order numbers: a label before them wins.
            negative_context=_SHIPMENT_WORDS,
            negative_penalty=0.6,
            negative_window=30,
            anchor=Anchor.digits,
            min_digits=13,
            explanation={
                "da": "Betalingskortnummer: 13–19 cifre med gyldigt Luhn-tjek og kendt udsteder "
                "(bl.a. Dankort, Visa, Mastercard).",
                "en": "Payment card number: 13–19 digits passing Luhn from a known issuer range "
                "(incl. Dankort, Visa, Mastercard).",
            },
        )

    def validate(self, text: str) -> float | None:
        digits = digits_only(text)
        if not 13 <= len(digits) <= 19 or not luhn_valid(digits):
            return None
        if len(digits) == 13 and digits[0] != "4":
            return None  # only Visa issued 13 digits; others are EAN-13 barcodes ("EAN 5791…")
        # pii81: no payment card's number starts with 0 (ISO/IEC 7812 gives that first digit
        # to no card issuer); a gift card's or voucher's code does ("0247 2643 0880 1344").
        if digits[0] == "0":
            return None
        issuer = digits.startswith(("4", "5", "2", "34", "37", "6", "35", "5019", "4571"))
        return self.score + (0.2 if issuer else 0.0)

    def context_score(self, source: str, start: int, end: int, score: float) -> float | None:
        # pii81: the card number's own label before it wins over a shipment's or order's word
        # between ("fuldt kortnr i ordrekommentaren (!!): 5555 5562 2735 1458").
        if _CARD_NUMBER_LABEL.occur_in(folded_between(source, max(0, start - 45), start)):
            return min(1.0, score + self.context_boost)
        # pii112: nor can an order's word on the line above ("ordre OR-380526. ⏎ - Kortet
        # 5555 …"): the card's own noun right before the number, on its line, names it.
        if _CARD_NOUN_BEFORE.search(source, max(0, start - 24), start) is not None:
            return min(1.0, score + self.context_boost)
        return super().context_score(source, start, end, score)

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        finding = super()._scored(source, match)
        if (
            finding is None
            or device_number(source, finding.start, finding.end)
            or acquirer_reference(source, finding.start, finding.end)
            or in_fi_line(source, finding.start, finding.end)
        ):
            return None
        start = finding.start
        # The pattern ends in a group of four capitals or digits and a space: one look at
        # those before its search back over 40 positions (most card numbers follow a word).
        if (
            start >= 10
            and source[start - 1] == " "
            and _IBAN_GROUP.fullmatch(source, start - 5, start - 1) is not None
            and _IBAN_HEAD_BEFORE.search(source, max(0, start - 40), start)
        ):
            return None
        return finding


# An IBAN's country, check digits and groups of four before the digits ("RO82 BRDE ",
# "PL98 0212 1397 "): they are the rest of the IBAN, not a card number.
_IBAN_HEAD_BEFORE: Final = re.compile(r"(?<![\w])[A-Z]{2}\d\d(?: [A-Z0-9]{4})+ \Z")
_IBAN_GROUP: Final = re.compile(r"[A-Z0-9]{4}")


# A phone's or SIM card's number, which passes Luhn as a card's does: an IMEI (15 digits) or
# an ICCID (19-20 digits from 89, the telecom industry's prefix, often grouped so that a
# card's 16 digits stand at its start) right after its label, on the same line with no
# other number between.
_IMEI_BEFORE: Final = re.compile(r"(?i)\bimei\b[^\d\n]{0,20}\Z")
_ICCID_BEFORE: Final = re.compile(
    r"(?i)\b(?:iccid|sim(?:-?kort)?(?:nr\.?|nummer)?)\b[^\d\n]{0,20}\Z"
)
# pii44: an electricity or heating meter's metering point ID (GSRN: 18 digits, Denmark's from
# GS1 prefix 57) after its label ("GSRN 5713 1310 8983 2687 15"): a card's 16 digits stand
# at its start and can pass Luhn.
_GSRN_BEFORE: Final = re.compile(r"(?i)\b(?:gsrn|målepunkt[\w-]*)\b[^\d\n]{0,20}\Z")
_DEVICE_REACH: Final = 30
_DIGIT_GROUPS_AFTER: Final = re.compile(r"(?:[ -]?\d)+")


def device_number(source: str, start: int, end: int) -> bool:
    """Whether the digits at ``source[start:end]`` (with any digit groups right after them)
    are a labelled IMEI, ICCID or GSRN ("IMEI 350312892947677", "ICCID 8945 4089 3148 9682
    742", "GSRN 5713 1310 8983 2687 15"), not a payment card's number."""
    before = source[max(0, start - _DEVICE_REACH) : start]
    folded = before.lower()
    if not any(label in folded for label in ("imei", "iccid", "sim", "gsrn", "målepunkt")):
        return False
    after = _DIGIT_GROUPS_AFTER.match(source, end)
    digits = digits_only(source[start : after.end() if after else end])
    if len(digits) == 18 and digits.startswith("57") and _GSRN_BEFORE.search(before):
        return True
    if len(digits) == 15 and _IMEI_BEFORE.search(before):
        return True
    return (
        19 <= len(digits) <= 20
        and digits.startswith("89")
        and _ICCID_BEFORE.search(before) is not None
    )


# pii73: a chargeback's acquirer reference number (ARN: 23 digits, often grouped by four with
# a last group of three) after its label ("Indløser oplyser ARN 7132 8831 7920 1038 2541
# 214"): a card's 16 digits stand at its start and can pass Luhn.
_ARN_BEFORE: Final = re.compile(
    r"(?i)\b(?:arn|acquirer reference(?: number)?|indløserreference)\b[^\d\n]{0,20}\Z"
)


_ARN_GROUP_BEFORE: Final = re.compile(r"\d{1,4} \Z")


def acquirer_reference(source: str, start: int, end: int) -> bool:
    """Whether the digits at ``source[start:end]`` with the digit groups right after them are
    a labelled acquirer reference number of 23 digits, not a payment card's number; pii81:
    also with a group before them ("ARN: 79 5988 8252 5979 8002 8202 2", two then four)."""
    if start < 3:
        return False
    before = _ARN_GROUP_BEFORE.search(source, max(0, start - 6), start)
    head = before.start() if before is not None else start
    after = _DIGIT_GROUPS_AFTER.match(source, end)
    if after is None or len(digits_only(source[head : after.end()])) != 23:
        return False
    return _ARN_BEFORE.search(source, max(0, head - _DEVICE_REACH), head) is not None


# Grouped by four, or as an American Express card by four, six and five ("3782 822463 10005").
_CARD_NUMBER_NEARBY: Final = re.compile(
    r"\d{4}[ -]?(?:\d{4}[ -]?\d{4}[ -]?\d{1,7}|\d{6}[ -]?\d{5})"
)
# How far a card number nearby may start before its detail's window: its own length.
_CARD_NUMBER_REACH: Final = 23


_SHIPMENT_LABELS: Final = Words(_SHIPMENT_WORDS)


def _labelled_shipment(source: str, start: int) -> bool:
    """Whether a shipment, EAN or order label stands right before ``start``."""
    label = without_fordre(source[max(0, start - 30) : start].casefold())
    return _SHIPMENT_LABELS.occur_in(label)


class CardDetailRecognizer(Recognizer):
    """CVV and expiry: short numbers that are only personal data next to a card, so they need
    their own words or a card number close by."""

    def has_context(self, source: str, start: int, end: int) -> bool:
        if super().has_context(source, start, end):
            return True
        # A card number that ends within the window counts ("4242 4242 4242 4242 og den
        # gik til 11/28"), so the search starts a card's length before it.
        lo = max(0, start - self.context_window - _CARD_NUMBER_REACH)
        hi = end + self.context_window
        return any(
            not (card.start() and source[card.start() - 1].isalnum())  # an IBAN's digits
            and luhn_valid(digits_only(card.group()))
            and not _labelled_shipment(source, card.start())
            for card in _CARD_NUMBER_NEARBY.finditer(source, lo, hi)
        )

    def could_match(self, scan: Scan) -> bool:
        # A card number nearby is context too.
        return scan.most_digits() >= 13 or scan.has_keyword(self._context)

    def windows(self, scan: Scan) -> list[Span]:
        cards = [(start, end) for start, end, digits in scan.clusters() if digits >= 13]
        spans = sorted([*scan.keyword_spans(self._context), *cards])
        return _widen(spans, self.reach[0], self.reach[1], len(scan.source))


# The labels of a card's security code (the CVV recogniser's context; pii79 reads them after an
# expiry too).
_SECURITY_CODE_WORDS: Final = (
    *("cvv", "cvc", "cv2", "kontrolcifre", "sikkerhedskode", "security code"),
)


def cvv_recognizer() -> Recognizer:
    return CardDetailRecognizer(
        name="card_cvv",
        # After the card number its expiry may come first ("4111 … udløb 02/2027 og de tre
        # cifre 544"): 50 characters to the code's end.
        reach=(5, 50),
        entity="CARD_CVV",
        patterns=[
            re.compile(
                # "CVV-kode: 123", "CVC-nummer 123": the code's label with its noun.
                r"(?i:(?:cvv2?|cvc2?|cv2)(?:-?(?:koden?|nummer(?:et)?|nr\.?))?"
                r"|kontrolcifre(?:ne)?|sikkerhedskode[n]?|security code)"
                r"[^\w\n]{0,4}(?:(?:er|is|nr\.?)[^\w\n]{0,3})?(\d{3,4})(?!\d)"
            ),
            # The digits on the card's back in plain words ("de 3 tal bagpå 967", "de tre
            # cifre på bagsiden er 123").
            re.compile(
                r"(?i:(?:tal|cifre) (?:bagpå|på bagsiden)(?: af kortet)?"
                # "og de tre cifre 355" after the card and its expiry: the back's three
                # digits by their count alone.
                r"|de (?:tre|3) (?:tal|cifre))"
                r"[^\w\n]{0,4}(?:(?:er|var|is)[^\w\n]{0,3})?(\d{3,4})(?!\d)"
            ),
        ],
        score=0.6,
        context=(
            *_SECURITY_CODE_WORDS,
            *("tal bagpå", "cifre bagpå", "tal på bagsiden", "cifre på bagsiden"),
        ),
        starts_with=(
            *_SECURITY_CODE_WORDS,
            *("tal bagpå", "cifre bagpå", "tal på bagsiden", "cifre på bagsiden"),
            *("de tre tal", "de tre cifre", "de 3 tal", "de 3 cifre"),
        ),
        requires_context=True,
        explanation={
            "da": "Kortets kontrolcifre (CVV/CVC) efter et kendetegnende ord.",
            "en": "The card's security code (CVV/CVC) after a telling word.",
        },
    )


# A card written out whole as a card's data is passed on: number, expiry, then the three or
# four digits of its back ("3714 496353 98431 12/27 0670", "4012888888881881 07/2031 488",
# a carding list's "…|12/27|123", a dump's row "'5105…0919', '12/29', '117'"). What follows
# a card number and its expiry is its security code, whatever label it lacks; an amount
# ("… 05/24 1250 kr.") is none.
_VALUE_GAP: Final = r"['\"]?(?:[ \t]*[|;,][ \t]*|[ \t]+)['\"]?"
# Its look-behind tested after the number's first digit, so the engine skips to digits.
_CARD_EXPIRY_CODE: Final = re.compile(
    r"(\d(?<![\w-].)(?:\d{3}(?:([ -]?)\d{4}\2\d{4}\2\d{1,7}|([ -]?)\d{6}\3\d{4,5})|\d{12,18}))"
    rf"{_VALUE_GAP}(?:0[1-9]|1[0-2])[/-](?:20)?\d\d{_VALUE_GAP}"
    r"(\d{3,4})(?![\w/-]|[.,]\d|[ \t]*(?i:kr|dkk|,-))"
)


class CardDumpCvvRecognizer(Recognizer):
    """The security code after a Luhn-valid card number and its expiry (_CARD_EXPIRY_CODE)."""

    def windows(self, scan: Scan) -> list[Span]:
        """Recognizer.windows, those without the expiry's "/" or "-" left out: a card
        number's window without one holds no match (redspeed15)."""
        source = scan.source
        return [
            (lo, hi)
            for lo, hi in super().windows(scan)
            if source.find("/", lo, hi) >= 0 or source.find("-", lo, hi) >= 0
        ]

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        digits = digits_only(match.group(1))
        if not luhn_valid(digits) or _labelled_shipment(source, match.start()):
            return None
        start, end = match.span(4)
        return Finding(self.entity, start, end, self.score, self.name)


def card_dump_cvv_recognizer() -> Recognizer:
    return CardDumpCvvRecognizer(
        name="card_dump_cvv",
        entity="CARD_CVV",
        patterns=[_CARD_EXPIRY_CODE],
        score=0.8,
        anchor=Anchor.digits,
        min_digits=13,
        reach=(2, 40),
        explanation={
            "da": "Kortets kontrolcifre lige efter kortnummer og udløbsdato "
            "('4111 1111 1111 1111 12/27 123').",
            "en": "The card's security code right after its number and expiry "
            "('4111 1111 1111 1111 12/27 123').",
        },
    )


# pii52: a remote-access session's or a clipboard's log passes a card's details a line each
# ('Clipboard local->remote: "5555 6086 2559 7289"', next line '…: "04/2029"'): an expiry
# that is its line's whole value, the line before ending on a card number (quoted or not).
_CARD_ENDS_LINE: Final = re.compile(
    rf"(?<![\w-])(?:{_CARD_NUMBER_NEARBY.pattern})[\"']?[ \t]*\r?\Z"
)
_VALUE_ENDS_LINE: Final = re.compile(r"[\"']?[ \t]*\r?$", re.M)
# The longest line of a log before such a value: a time stamp, a level and a label.
_LOG_LINE_REACH: Final = 120


def card_on_line_before(source: str, start: int, end: int) -> bool:
    """Whether the value at ``start:end`` ends its line and the line before ends on a
    Luhn-valid card number (_CARD_ENDS_LINE)."""
    line = source.rfind("\n", 0, start)
    if line < 0 or start - line > _LOG_LINE_REACH or not _VALUE_ENDS_LINE.match(source, end):
        return False
    card = _CARD_ENDS_LINE.search(source, max(0, line - 30), line)
    return card is not None and luhn_valid(digits_only(card.group()))


# pii79: a chat's answer to "udløb og cvc?" gives both ("08/2026 og CVC 346"), its question
# beyond the window: a date with a card's security code and its label right after it is the
# card's expiry. Not a date and a code further on ("05/12 ringede hun, CVC 123").
_CODE_AFTER_EXPIRY: Final = re.compile(
    r"[ \t]*(?:,|og|and|&|\+)?[ \t]*"
    r"(?i:cvv2?|cvc2?|cv2|kontrolcifre(?:ne)?|sikkerhedskoden?|security code)"
    r"[^\w\n]{0,4}(?:(?:er|is)[^\w\n]{0,3})?\d{3,4}(?!\d)"
)
_SECURITY_CODE_LABELS: Final = Words(_SECURITY_CODE_WORDS)
_KEYWORDS.update(_SECURITY_CODE_WORDS)


class ExpiryRecognizer(CardDetailRecognizer):
    """An expiry near its words or a card number, on the line after a card's (pii52), or
    right before its security code (pii79)."""

    def has_context(self, source: str, start: int, end: int) -> bool:
        return (
            super().has_context(source, start, end)
            or card_on_line_before(source, start, end)
            or _CODE_AFTER_EXPIRY.match(source, end) is not None
        )

    def could_match(self, scan: Scan) -> bool:
        return super().could_match(scan) or scan.has_keyword(_SECURITY_CODE_LABELS)

    def windows(self, scan: Scan) -> list[Span]:
        # A card number's window reaches over the next line too, where a log puts its expiry
        # (a cluster of digits may run on into that line's time stamp); a security code's
        # label reaches back to the expiry before it.
        source = scan.source
        spans = [*scan.keyword_spans(self._context), *scan.keyword_spans(_SECURITY_CODE_LABELS)]
        for start, end, digits in scan.clusters():
            if digits >= 13:
                line = source.find("\n", end, end + _LOG_LINE_REACH)
                after = source.find("\n", line + 1, line + _LOG_LINE_REACH) if line >= 0 else -1
                spans.append((start, after if after >= 0 else end))
        return _widen(sorted(spans), self.reach[0], self.reach[1], len(source))


def expiry_recognizer() -> Recognizer:
    return ExpiryRecognizer(
        name="card_expiry",
        entity="CARD_EXPIRY",
        patterns=[
            # Not after a digit, "/", "." or "-": tested after the month's first digit
            # ("(?<![\d/.-].)"), so the regex starts with "0" or "1" and the engine skips
            # to those instead of trying every position.
            re.compile(
                r"((?:0(?<![\d/.-].)[1-9]|1(?<![\d/.-].)[0-2])(?:\s?[/-]\s?"
                # Read out as two numbers right after its word ("udløb 08 29", "udløber 12
                # 27"): a space alone parts month and year only there.
                r"|(?:(?<=(?i:udløb) \d\d)|(?<=(?i:udloeb) \d\d)|(?<=(?i:udløber) \d\d)"
                r"|(?<=(?i:udl\.) \d\d)) (?=\d\d(?:\d\d)?(?! \d)))(?:\d{2}|20\d{2}))"
                r"(?![\d/-]|[.,]\d)"
            )
        ],
        score=0.6,
        # "udl." abbreviates "udløber" in a hasty message ("kortnr … udl 02/28").
        context=(
            *("udløb", "udloeb", "udl ", "udl.", "exp", "gyldig til", "valid thru"),
            *("valid until", "expiry"),
        ),
        requires_context=True,
        context_window=30,
        reach=(40, 40),
        explanation={
            "da": "Kortets udløbsdato (MM/ÅÅ, MM-ÅÅ) ved et kortnummer, ord som 'udløb' eller "
            "lige før kontrolcifrene ('08/26 og CVC 346').",
            "en": "The card's expiry date (MM/YY, MM-YY) next to a card number, words like "
            "'expiry' or right before its security code ('08/26 og CVC 346').",
        },
    )


class EmailRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="email",
            entity="EMAIL",
            patterns=[re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}")],
            score=0.95,
            explanation={"da": "E-mailadresse.", "en": "E-mail address."},
            anchor=Anchor.at,
            reach=(64, 100),
        )


# A dot as speech recognition writes it out ("example punktum dk").
_SPOKEN_DOT: Final = r"(?:\.| (?i:punktum|dot) )"


def spoken_email_recognizer() -> Recognizer:
    """An e-mail address as speech recognition hears it ("birte.holm snabel-a example.dk",
    "ulla67 snabel a post punktum example punktum dk"): the local part, the spoken "@" and a
    domain with a dot before its top-level domain, one span. Without a domain's dot it is
    no address ("snabel-a tasten")."""
    return Recognizer(
        name="spoken_email",
        entity="EMAIL",
        anchor=Anchor.keywords,
        reach=(64, 100),
        context=("snabel",),
        requires_context=True,
        patterns=[
            re.compile(
                rf"[\w+-](?<![\w.+-].)[\w+-]*(?:{_SPOKEN_DOT}[\w+-]+)* (?i:snabel[- ]?a) "
                rf"[\w-]+(?:{_SPOKEN_DOT}[\w-]+)*{_SPOKEN_DOT}[a-zA-Z]{{2,6}}(?![\w-]|\.\w)"
            )
        ],
        score=0.9,
        explanation={
            "da": "E-mailadresse læst op eller skrevet af talegenkendelse ('snabel-a' for @).",
            "en": "E-mail address as spoken or transcribed ('snabel-a', Danish for @).",
        },
    )


_DATE_LIKE: Final = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}")
# Where a phone number could start: a run of at least six digits, possibly spaced. Only these
# regions go to the (slow) phonenumbers matcher.
_PHONE_CANDIDATE: Final = re.compile(r"(?:\+|00)?\d(?:[ ().-]{0,2}\d){5,40}")
# A digit cluster that is digits and the candidate's separators only, from digit to digit:
# its gaps are at most two characters, so it is one candidate (up to 41 digits).
_SEPARATED_DIGITS: Final = re.compile(r"\d(?:[\d ().-]*\d)?")
_DIGIT_SEPARATORS: Final = frozenset(" ().-")


def _separated_digits(source: str, mask: str, start: int, end: int) -> bool:
    """``_SEPARATED_DIGITS.fullmatch(source, start, end) is not None`` read from the scan's
    digit mask (``mask``, Scan.digit_text: "0" for a decimal digit) in compiled code: a
    decimal digit first and last, only digits and separators between (redspeed14: a regex
    call per cluster cost a few thousand instructions)."""
    if start >= end or mask[start] != "0" or mask[end - 1] != "0":
        return False
    for at in range(start + 1, end - 1):
        if mask[at] != "0" and source[at] not in _DIGIT_SEPARATORS:
            return False
    return True


def _digit_chain_end(source: str, mask: str, at: int, hi: int) -> tuple[int, int]:
    """Where _PHONE_CANDIDATE's ``\\d(?:[ ().-]{0,2}\\d){5,40}`` ends from the decimal digit at
    ``at`` (its repetitions taken greedily, at most 40) and how many repetitions it took. A
    repetition's separators are no digits, so each has one way to match: up to two
    separators and a digit."""
    end, taken = at + 1, 0
    while taken < 40:
        nxt = end
        while nxt < hi and nxt - end < 2 and source[nxt] in _DIGIT_SEPARATORS:
            nxt += 1
        if nxt >= hi or mask[nxt] != "0":
            break
        end, taken = nxt + 1, taken + 1
    return end, taken


def _phone_candidate_at(source: str, mask: str, at: int, hi: int) -> int:
    """Where a _PHONE_CANDIDATE match starting at ``at`` ends (-1 for none), trying its
    alternatives in the engine's order: "+", "00", nothing before the first digit."""
    if source[at] == "+":
        if at + 1 < hi and mask[at + 1] == "0":
            end, taken = _digit_chain_end(source, mask, at + 1, hi)
            if taken >= 5:
                return end
        return -1
    if at + 2 < hi and source.startswith("00", at) and mask[at + 2] == "0":
        end, taken = _digit_chain_end(source, mask, at + 2, hi)
        if taken >= 5:
            return end
    if mask[at] == "0":
        end, taken = _digit_chain_end(source, mask, at, hi)
        if taken >= 5:
            return end
    return -1


def _phone_candidates(source: str, mask: str, lo: int, hi: int) -> list[Span]:
    """The spans of ``_PHONE_CANDIDATE.finditer(source, lo, hi)`` found in compiled code from
    the scan's digit mask (``mask``: "0" for a decimal digit; Scan.digit_text): the engine
    spent a few thousand instructions on each position of a cluster that holds other marks
    than separators ("1670,00", "151094–3956") (redspeed15)."""
    if hi > len(source):
        hi = len(source)
    spans: list[Span] = []
    at = lo
    while at < hi:
        end = _phone_candidate_at(source, mask, at, hi)
        if end < 0:
            at += 1
        else:
            spans.append((at, end))
            at = end
    return spans


# The common Danish formats, validated against phonenumbers' own Danish numbering plan
# without its (slow) matcher; everything else goes through the matcher.
# Eight digits in pairs (spaces, hyphens or dots: "20-30-40-50", "20.30.40.50"), halves,
# or groups of three, two and three with one separator ("842 49 441", "51-657-934"), as
# Danes write them.
_DK_FORMAT: Final = re.compile(
    r"(?:(?:\+|00)45[ -]?)?(?P<national>\d\d ?\d\d ?\d\d ?\d\d"
    r"|\d\d(?P<pair>[.-])\d\d(?P=pair)\d\d(?P=pair)\d\d"
    r"|\d{3}([ -])\d\d\3\d{3}|\d\d([ -])\d{3}\4\d{3}|\d{3}([ -])\d{3}\5\d\d)"
)


@cache
def _dk_plan() -> re.Pattern[str]:
    meta = phonenumbers.PhoneMetadata.metadata_for_region("DK")
    if meta is None:  # pragma: no cover - bundled with phonenumbers
        raise RuntimeError("phonenumbers has no metadata for DK")
    # Every number type phonenumbers accepts as valid in DK, so a number in a Danish format
    # that fails this plan would fail its matcher too (which is then skipped).
    descs = (
        meta.fixed_line,
        meta.mobile,
        meta.toll_free,
        meta.premium_rate,
        meta.shared_cost,
        meta.personal_number,
        meta.voip,
        meta.pager,
        meta.uan,
        meta.voicemail,
    )
    return re.compile(
        "|".join(
            f"(?:{d.national_number_pattern})" for d in descs if d and d.national_number_pattern
        )
    )


def _date_like(text: str) -> bool:
    """``_DATE_LIKE.fullmatch(text) is not None``, asked only where one of its separators
    stands: second or third (``\\d{1,2}[./-]``) or a "-" fifth (``\\d{4}-``) (redspeed15)."""
    second, third = text[1:2], text[2:3]
    if not (
        second == "."
        or second == "/"
        or second == "-"
        or third == "."
        or third == "/"
        or third == "-"
        or text[4:5] == "-"
    ):
        return False
    return _DATE_LIKE.fullmatch(text) is not None


def _may_be_phone(candidate: str) -> bool:
    """Cheap check before the slow phonenumbers matcher: a Danish number has eight digits,
    an international one starts with + or 00."""
    digits = sum(map(str.isdigit, candidate))
    if candidate.startswith("000"):  # no country code starts with 0
        return False
    if candidate.startswith(("+", "00")):
        return 8 <= digits <= 17
    return digits == 8 and not _date_like(candidate)


def _holds_no_number(run: str) -> bool:
    """Whether a candidate without spaces and without "+"/"00" is sure to hold no number:
    unless it has exactly eight digits and is no date, it fails both _DK_FORMAT (eight
    digits) and _may_be_phone, so _in_candidate would find nothing."""
    if " " in run or run.startswith(("+", "00")):
        return False
    digits = len(run) - run.count(".") - run.count("-") - run.count("(") - run.count(")")
    return digits != 8 or _date_like(run)


# redspeed19: phonenumbers' answers for "+CC …" candidates, kept while ``analyze_many`` reads
# one call's texts (``international_answers``): a campaign's number recurs across a batch's
# reports, and parse and is_valid_number of a number outside the Danish plan cost about
# 290,000 instructions each time. None outside a batch: one text at a time asks each time.
_INTERNATIONAL_ANSWERS: dict[str, str | None] | None = None
# At most this many candidates kept per batch.
_INTERNATIONAL_KEPT: Final = 4096


def international_answers(
    answers: dict[str, str | None] | None,
) -> dict[str, str | None] | None:
    """Keep ``_international``'s answers in ``answers`` (None: keep none) and give the
    dictionary kept until now. The answers are phonenumbers', a pure function of the
    candidate's text, so a dictionary another thread's batch shares changes no finding."""
    global _INTERNATIONAL_ANSWERS
    previous = _INTERNATIONAL_ANSWERS
    _INTERNATIONAL_ANSWERS = answers
    return previous


def _international(raw: str) -> str | None:
    """Whether a whole "+CC …" candidate is a "valid" number or only a "possible" one (right
    length for its country, outside the allocated ranges); parse is far cheaper than the
    matcher. Within a batch, each candidate's text is asked once (international_answers)."""
    answers = _INTERNATIONAL_ANSWERS
    if answers is None:
        return _international_asked(raw)
    if raw in answers:
        return answers[raw]
    answer = _international_asked(raw)
    if len(answers) < _INTERNATIONAL_KEPT:
        answers[raw] = answer
    return answer


def _international_asked(raw: str) -> str | None:
    """``_international``'s answer from phonenumbers."""
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(number):
        return "valid"
    return "possible" if phonenumbers.is_possible_number(number) else None


_OFF_PLAN_SCORE: Final = 0.55
# A URL's or token's marks, each tested with ``in`` (redspeed21: one character each, where an
# Aho-Corasick iterator cost about 5,000 instructions per candidate).
_QUERY_MARKS: Final = ("/", "=", "&", "?", "_", "#")
_PATH_AFTER: Final = re.compile(r"[_=&#?]\w")
_PATH_MARKS: Final = frozenset("_=&#?")


# A log line's or export's recipient or sender field as its whole word ("outbound retry
# to=+4553251056", "msisdn=20304050", 'to="20 30 40 50"'): the value is a number, not a token
# ("?to=…" and "&to=…" in a URL are not a field of their own).
_NUMBER_FIELD: Final = re.compile(
    r"(?i:to|from|til|fra|msisdn|phone|tel|tlf|mobil|mobile|recipient|modtager|sender"
    r"|afsender|caller|callee)=[\"']?"
    # pii62: or its country code in brackets ("INFO otp_sent to=(+45) 43 17 31 52 code=…").
    r"\(?"
)


def log_number_field(prefix: str) -> bool:
    """Whether ``prefix`` (the text between a space or line break and the digits) is a
    log line's recipient or sender key ("to=", "msisdn=")."""
    return _NUMBER_FIELD.fullmatch(prefix) is not None


# pii96: a person's row in a list of names, addresses and numbers (a leaked guest list's "- R.
# Lykke, Pilealléen 87, 8000 Aarhus C, 6603 4191", "- Ladefoged, Ravi, Fasanstien 131, 4602
# 1964"): a bullet or a count, a name (surname first with its comma too), a street with its
# number, maybe a floor and a postcode and town, then the number that ends the row. Such a
# row lists a person's own number, allocated or not (a firm's 70/80 line is allocated and
# never read here).
_ROW_THEN_NUMBER: Final = re.compile(
    r"[ \t]*(?:[-*\u2022\u2013][ \t]+|\d{1,3}[.)][ \t]+)[^\W\d_][^\n,\d]{1,50}"
    r"(?:, [^\W\d_][^\n,\d]{1,30})?"
    r", [^\W\d_][^\n,\d]{2,40} \d{1,4}[A-Za-z]?(?:, (?:st|kl|\d{1,2})\.?(?: ?(?:tv|th|mf)\.?)?)?"
    r"(?:, \d{4} [^\W\d_][^\n,\d]{1,30})?, \Z"
)


def contact_row_number(source: str, start: int, end: int) -> bool:
    """pii96: whether the number at ``source[start:end]`` ends a person's row of a list
    (_ROW_THEN_NUMBER): ", " before it and its line's end after it."""
    if not source.startswith(", ", start - 2) or (end < len(source) and source[end] != "\n"):
        return False
    line = source.rfind("\n", 0, start) + 1
    return start - line <= 200 and _ROW_THEN_NUMBER.fullmatch(source, line, start) is not None


def in_number_field(source: str, start: int) -> bool:
    """Whether the digits at ``start`` are a log line's recipient or sender field's value
    ("to=20033712"): a number even outside the allocated ranges, like one after "tlf"."""
    if start < 3:
        return False
    lo = max(source.rfind(" ", 0, start), source.rfind("\n", 0, start)) + 1
    return log_number_field(source[lo:start])


_FILE_NAME_AFTER: Final = re.compile(r"-[A-Z]{3,}-")


def in_url_or_token(source: str, start: int, end: int) -> bool:
    """Whether digits lie inside a URL or a token ("dhl-dk.co/p/20304050", "id=20304050",
    "ab20304050cd"): redacting them would destroy the link that is the evidence."""
    # A letter right after the digits makes a token ("20304050ab"); one only before does
    # not: "tlf20304050" is a phone number with its label glued on.
    if end < len(source) and source[end].isalpha():
        return True
    # A file name's number ("<vedhæftet: 45480901-PHOTO-2026-11-22.jpg>", a chat export's
    # attachment): a hyphen and a capital word glued on after the digits. (Each pattern
    # after the digits asked only where its first character stands: redspeed14.)
    if source.startswith("-", end) and _FILE_NAME_AFTER.match(source, end):
        return True
    lo = max(source.rfind(" ", 0, start), source.rfind("\n", 0, start)) + 1
    prefix = source[lo:start]
    if "=" in prefix and log_number_field(prefix):
        return False
    for mark in _QUERY_MARKS:
        if mark in prefix:
            return True
    if prefix.startswith("www."):
        return True
    return source[end : end + 1] in _PATH_MARKS and _PATH_AFTER.match(source, end) is not None


_IP_ADDRESS: Final = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
# Eight digits in dotted pairs, as Danes also write a phone number ("20.30.40.50"); an IP
# address only after its own word ("IP 20.30.40.50", "fra ip-adressen …").
_DOTTED_PAIRS: Final = re.compile(r"\d\d\.\d\d\.\d\d\.\d\d")
_IP_WORD_BEFORE: Final = re.compile(r"(?i)\bip\b|server|host|adresse")


def _ip_address(source: str, start: int, end: int) -> bool:
    """Whether a candidate is an IP address: dotted quads, unless dotted pairs with no IP
    word in the 30 characters before them."""
    if source.find(".", start, end) < 0 or _IP_ADDRESS.fullmatch(source, start, end) is None:
        return False
    if _DOTTED_PAIRS.fullmatch(source, start, end) is None:
        return True
    return _IP_WORD_BEFORE.search(source, max(0, start - 30), start) is not None


# Runs whose eight digits are no number: the tail of three or more groups of four (a card
# or IBAN that failed its check, "3498 3772 9844 2951"), a range of years ("2015-2017"), a
# year and a time ("2. juli 2025 14.17") and a range of times ("21.48-16.42").
_NO_PHONE_RUN: Final = re.compile(
    r"\d{1,4}(?: \d{4}){3,}|(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d"
    r"|(?:19|20)\d\d [0-2]\d[.:][0-5]\d|[0-2]\d[.:][0-5]\d ?[-–] ?[0-2]\d[.:][0-5]\d"
)


def _may_be_no_phone_run(source: str, start: int, end: int) -> bool:
    """Whether _NO_PHONE_RUN can fullmatch ``source[start:end]``, by what each alternative
    needs (redspeed15): groups of four take 16 characters or more, the others start with
    "0", "1" or "2" and hold a dash, or are a year, a space and a time (10 characters)."""
    size = end - start
    if size >= 16:
        return True
    first = source[start : start + 1]
    if not (first == "0" or first == "1" or first == "2"):
        return False
    if size == 10 and source.startswith(" ", start + 4):
        return True
    return source.find("-", start, end) >= 0 or source.find("–", start, end) >= 0


def _no_phone_run(source: str, start: int, end: int) -> bool:
    """``_NO_PHONE_RUN.fullmatch(source, start, end) is not None``, asked only where
    _may_be_no_phone_run allows it."""
    return (
        _may_be_no_phone_run(source, start, end)
        and _NO_PHONE_RUN.fullmatch(source, start, end) is not None
    )


def _lettered_id(source: str, start: int) -> bool:
    """Digits after one capital letter that is a word's first ("W82339385"), after two
    capitals that are a whole word's start (a VAT number's country code, "DK31245870", as
    every EU invoice writes it) or after a letter between digits ("5798O49969653", an OCR'd
    EAN): an identifier. After a word ("tlf21436587", "TLF21436587") they are still a
    number."""
    if start == 0 or not source[start - 1].isalpha():
        return False
    before = source[start - 2] if start > 1 else " "
    if before.isdigit() or (source[start - 1].isupper() and not before.isalnum()):
        return True
    return (
        source[start - 1].isupper()
        and before.isupper()
        and (start < 3 or not source[start - 3].isalnum())
    )


# "Sag" (a case) right before a number, also glued on ("SAG72152535"): a case number. Only
# right before it: "Sag: ring til 20 30 40 50" gives a number.
_CASE_BEFORE: Final = re.compile(r"(?i)(?<![\w])sag(?:[ \t]*(?:nr\.?|nummer))?[ \t.:#-]*(?:sag)?\Z")
# A purchase order's number ("Brug PO 63399041 som tekst", "Emne: Vedr. PO 57762754", "PO-nr.
# 57762754"): accounts payable write "PO" in capitals before it; a bare "po" is a word.
_PURCHASE_ORDER_BEFORE: Final = re.compile(r"(?<![\w-])PO(?:[ -]?(?i:nr|nummer))?[ \t.:#-]*\Z")
# A customer's number in a log's heading ("Ændringslog kunde 89123188", "kunde #40671356"):
# "kunde" right before it with no colon ("Kunde: 20 30 40 50" gives a number).
_CUSTOMER_BEFORE: Final = re.compile(r"(?i)(?<![\w])kunde[ \t]*#?[ \t]*\Z")
# A bank's SMS naming what its code approves ("Kode til godkendelse af betaling på kr. 31110:
# 32197636"): the code, not a number.
# pii59: or the code that just came by SMS ("koden der lige kom på sms: 87489112").
# pii61: a code sent to a number named there, as an IVR log writes it ("engangskode sendt
# til +4525574006: 61141380"): only a code named as one-time, SMS or confirmation code.
# pii81: the number also in pairs joined by hyphens ("sendt til 25-83-11-79: 77772043").
_SENT_TO_PHONE: Final = r"(?:\(?(?:\+|00)\d\d\)? ?)?\d[\d .-]{6,12}\d"
_CODE_SENT_TO_NUMBER: Final = (
    rf"(?i:bekræftelses|engangs|verifikations|sms-?)kode[n]? sendt til {_SENT_TO_PHONE}"
)
# pii81: an acquirer's English note of the same, the code after "was" ("OTP sent to 20 88 15
# 35 was 51669668, used 07:19"): the number before "was" is the phone's, the one after the code.
_OTP_SENT_TO_NUMBER_EN: Final = (
    rf"(?:otp|(?:one-time|verification|sms) code) sent to {_SENT_TO_PHONE} was"
)
# pii63: a one-time code passed on, as a bank's escalation to its fraud team lists what the
# victim gave away ("MitID bruger-id: lars94, OTP givet videre: 36915402"): the label and what
# was done with it, then a colon; only "OTP", "engangskode" or "SMS-kode" (a "Pinkode givet
# videre:" is a card's PIN, a "Kode givet videre:" a door's).
# pii81: or "der blev givet videre" (a form's "Engangskode der blev givet videre: 266278"),
# and used by or given to the scammer ("OTP brugt af svindler: 388524", "OTP given to the
# caller: 755653").
_OTP_PASSED_ON: Final = (
    r"(?:otp|engangskoden?|sms-?koden?)"
    r" (?:(?:der blev )?(?:givet|oplyst|opgivet|udleveret|delt) videre|videregivet|udleveret"
    r"|oplyst|opgivet|brugt af (?:svindler|svindleren|gerningsmanden)"
    r"|given to the (?:caller|scammer|fraudster)"
    # pii85: or read out, sent, received or typed in, as a fraud form's fields list them
    # ("Engangskode læst op: 89578251", "Engangskode sendt: 913557").
    r"|læst op|læst højt|oplæst|sendt|modtaget|indtastet|tastet ind"
    r"|read out|sent|received|entered"
    # pii100: or told or given to the scammer, as a victim's form or an optician's incident
    # note writes it ("Engangskode oplyst til svindler: 905064").
    r"|(?:oplyst|opgivet|givet|udleveret|videregivet|læst op|sendt) til (?:svindler(?:en|ne)?"
    r"|gerningsm(?:anden|ændene)|bedrager(?:en|ne)?|opkalderen|den falske \w+))"
)
# pii69: a one-time code sent to whom a case worker's note names, then a colon ("Engangskode
# sendt til borger: 08623357"); only a code named as one-time, SMS or confirmation code, and
# not to a "nummer" or "nr." (the number after such a colon may be the phone's).
_CODE_SENT_TO_WHOM: Final = (
    r"(?:bekræftelses|engangs|verifikations|sms-?)kode[n]? sendt til [^\d\n.!?:]{1,30}"
    r"(?<!nummer)(?<!nr)"
)
# pii69: an English chat's code, then who read or gave it out and a colon ("he asked for the
# code in the SMS and I read it out: 19460446"): six or eight digits only (not "the area code
# I gave him: 2100").
_CODE_READ_OUT_EN: Final = (
    r"(?<![\w-])(?:the|a|your) code[^\d\n.!?:]{0,40}? (?:i|he|she|we|they)"
    r" (?:read|gave|typed|told|said)"
    r"(?: (?:it|out|in|back|him|her|them|to))*"
)
# pii71: a code sent to be checked, as a clerk's remark writes it ("Bemærkning: Kode sendt til
# kontrol: 784881 på sms", "code sent for verification: 123456"): the label may be a bare
# "kode", as the purpose tells the code is a one-time one (not "Kode sendt til kunden: …").
_CODE_SENT_FOR_CHECK: Final = (
    r"(?:kode[n]? sendt til (?:kontrol|bekræftelse|godkendelse|verifikation|verificering"
    r"|validering)|code sent for (?:verification|confirmation|approval|validation))"
)
# pii81: a user ID answered and the code after it on one line ("kundens svar: noah55 525271"):
# the digits are the code (otp_recognizer), not a phone's, nor the ID's own digits with it
# ("oluf89 239014" is no "89 239014").
_ANSWERED_ID_BEFORE: Final = re.compile(
    r"(?<![\w-])svar: [A-Za-z][A-Za-z._-]{0,29}(?:[A-Za-z]\d{2,4} )?\Z"
)
# pii81: a new code sent, then a colon ("Ny kode sendt: 659177"), after "ny".
_NEW_CODE_SENT: Final = "kode sendt"
# pii94: a new code sent to a number, then handed over in the next sentence ("Du får en ny
# kode på sms til 2396 0828. Den kan du bruge nu: 351466"), as a fake support chat gives one.
_CODE_HANDED_OVER: Final = (
    r"kode(?:n)? (?:på sms )?(?:sendt )?til [^\n!?]{4,40}?\.[ \t]+"
    r"(?:den|koden) (?:kan|skal) du (?:bruge|taste|indtaste|skrive)(?: (?:nu|her|ind))?"
)
# pii96: the one-time code's own word may name what it opens before the colon ("Engangskode
# til porten (sendt på SMS): 12996379", a storage unit's gate), as a bare "kode til" does.
_ONE_TIME_PREFIX: Final = r"(?:engangs|sms-?)?"
# pii112: a number read out from the SMS or code app it came in (otp_recognizer's
# _READ_FROM_MESSAGE; here it keeps the phone recogniser off its eight digits).
# The words after the reading verb, up to the message it came in (both patterns share them).
_OP_FROM_MESSAGE: Final = (
    r"(?![\w])[^\d\n.!?:]{0,50}? op fra (?:sms(?:'en|-en|en)?|appen|kodeviseren|mitid-appen)"
)
_READ_FROM_MESSAGE_LABEL: Final = rf"(?<![\w])(?:læste|læst|oplæste){_OP_FROM_MESSAGE}"
_CODE_LABEL_BEFORE: Final = re.compile(
    rf"(?i)(?<![\w-])(?:{_ONE_TIME_PREFIX}kode(?:n)? til [^\n:]{{3,70}}"
    r"|koden (?:der|som) (?:lige )?(?:kom|kommer|er kommet) (?:på|i|via) "
    r"(?:sms|sms'en|sms-en|smsen|telefonen|mobilen)"
    rf"|{_CODE_SENT_TO_NUMBER}|{_OTP_PASSED_ON}|{_CODE_SENT_TO_WHOM}|{_CODE_READ_OUT_EN}"
    rf"|{_CODE_SENT_FOR_CHECK}|(?<=[\W_]ny ){_NEW_CODE_SENT}|{_CODE_HANDED_OVER}"
    rf"|{_READ_FROM_MESSAGE_LABEL}): \Z"
    rf"|(?<![\w-]){_OTP_SENT_TO_NUMBER_EN} \Z"
)
# The digits of a creditor reference or another code after its letters and check digits
# ("RF47 9883 1750").
_CODE_BEFORE: Final = re.compile(r"(?<![\w])[A-Z]{2}\d\d \Z")
# An online meeting's ID after its label ("Møde-id: 780 900 176 49", "Meeting ID: 123 456
# 789 01", "Konference-id: 4821 7734#"): the digits dial into a meeting, no one's number.
_MEETING_ID_BEFORE: Final = re.compile(
    r"(?i)(?<![\w])(?:møde|meeting|konference|conference)[ -]?id[ \t]*[:.]?[ \t]*\Z"
)


# A law report's citation ("U 2019.1234 H", "UfR 2008.2345 Ø", "TfK 2022.455 Ø", "U.2015.3968H",
# "SKM2019.123"): a ruling's year and page in Ugeskrift for Retsvæsen or its kin, after the
# journal's letters or before the court's ("H", "Ø", "V"), never a number.
_LAW_REPORT_BEFORE: Final = re.compile(
    r"(?<![\w.])(?:U|UfR|TfK|TfS|FED|MAD|KFE|SKM|TBB|GRL|JUR|EfR)[ .]?\Z"
)
_LAW_REPORT_PAGE: Final = re.compile(r"(?:19|20)\d\d\.\d{1,5}")
_COURT_AFTER: Final = re.compile(r"[ .]?(?:H|Ø|V|S|SH|HR|ØLR|VLR|ØLD|VLD)(?![\w])")


def law_report_citation(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` is a year and a page ("2019.1234") cited from a law
    report: the journal's letters before it or a court's letter after it."""
    # The page's full stop fifth, one look before the pattern (redspeed15).
    if not source.startswith(".", start + 4):
        return False
    return _LAW_REPORT_PAGE.fullmatch(source, start, end) is not None and (
        _LAW_REPORT_BEFORE.search(source, max(0, start - 5), start) is not None
        or _COURT_AFTER.match(source, end) is not None
    )


# A register's code glued on by a hyphen before the digits ("UTH-2026-0412", an incident's
# number; "J-2024-1187"): a reference, not a number ("TLF-20304050" still is one).
_CODED_REFERENCE_BEFORE: Final = re.compile(r"(?<![\w-])(?!(?:TLF|TEL|MOB|SMS)-)[A-ZÆØÅ]{1,6}-\Z")


def coded_reference(source: str, start: int) -> bool:
    """Whether a capital code and a hyphen are glued on right before ``start``."""
    return (
        start >= 2
        and source[start - 1] == "-"
        and _CODED_REFERENCE_BEFORE.search(source, max(0, start - 8), start) is not None
    )


# pii31: a subscription's, contract's, loan's or customer's number written in groups joined by
# hyphens right after its word ("Strømhuset Energi: abonnement 23-782-201", "aftalenr.
# 40-112-733"): the creditor's number of the agreement. A telco's "abonnement på 20 30 40
# 50" (on a number) is still a phone; so is a number after the word without hyphens.
_AGREEMENT_BEFORE: Final = re.compile(
    r"(?i)(?<![\w])(?:abonnement(?:s-?nr|snummer)?|aftale(?:-?nr|nummer)?|kontrakt(?:-?nr|nummer)?"
    r"|lånenr|lånenummer|låne-nr|kundenr|kundenummer|subscription|contract|agreement|loan)"
    r"\.?(?:[ \t]*(?:nr|nummer|no|number)\.?)?[ \t]*[:#]?[ \t]*\Z"
)


# pii31: a device's ID in groups of four hexadecimal characters ("enheds-ID 7F3A-22C9-B1E0-4D7A"):
# its digit groups ("2B40-1414", which phonenumbers reads as a vanity number) are no phone.
# pii48: also after a capital prefix, as a platform's transaction ID ("withdrawal
# TX-279A-7949-2496").
_HEX_GROUPS: Final = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,6}-)?[0-9A-Fa-f]{4}(?:-[0-9A-Fa-f]{4}){2,}(?![\w-])"
)


def in_hex_groups(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` lies in a device ID of hexadecimal groups."""
    lo = max(0, start - 40)
    return any(
        m.start() <= start and end <= m.end()
        for m in _HEX_GROUPS.finditer(source, lo, min(len(source), end + 40))
    )


def agreement_number(source: str, start: int, end: int) -> bool:
    """Whether the digits at ``source[start:end]`` hold a hyphen and follow an agreement's
    word (subscription, contract, loan, customer number)."""
    return (
        source.find("-", start, end) >= 0
        and _AGREEMENT_BEFORE.search(source, max(0, start - 30), start) is not None
    )


def _identifier_before(source: str, start: int) -> bool:
    """Whether a label or code right before ``start`` makes the digits there an identifier:
    a case's or customer's number or the rest of a reference."""
    lo = max(0, start - 12)
    # Cheap tests first: most numbers have none of these labels before them.
    return (
        coded_reference(source, start)
        # (The pattern's "sag" in any case, casefolded as sre's case-insensitive match
        # pairs its letters: one look before the search.)
        or (
            "sag" in source[lo:start].casefold()
            and _CASE_BEFORE.search(source, lo, start) is not None
        )
        or (
            "id" in source[lo:start].casefold()
            and _MEETING_ID_BEFORE.search(source, max(0, start - 20), start) is not None
        )
        or ("unde" in source[lo:start] and _CUSTOMER_BEFORE.search(source, lo, start) is not None)
        or (
            "PO" in source[lo:start]
            and _PURCHASE_ORDER_BEFORE.search(source, lo, start) is not None
        )
        or (
            start >= 5
            and source[start - 2].isdigit()
            and _CODE_BEFORE.search(source, start - 5, start) is not None
        )
        or (
            "svar: " in source[max(0, start - 45) : start]
            and _ANSWERED_ID_BEFORE.search(source, max(0, start - 45), start) is not None
        )
        or (
            (source.startswith(": ", start - 2) or source.startswith(" was ", start - 5))
            and _CODE_LABEL_BEFORE.search(source, max(0, start - 90), start) is not None
        )
    )


# Eight unbroken digits after a lone group of four: an account after its reg.nr. ("til 1551
# 97444912"); a Danish number is never written as four and eight. Also after " - " (pii27b:
# "NemKonto 7573 - 50885860", "Til 8151 - 87364502" on a statement).
_REG_BEFORE: Final = re.compile(r"(?<![\d.,/+-])(?<![\d.,/+-] )\d{4}(?:[ -]| - )\Z")


# An account's own label right after a reg.nr. and its label ("Reg.: 4277 | Konto: …",
# "reg. 6857 kt. …", "regnr 1234, kontonr. …"): what follows is the account.
# pii61: or spoken, "registreringsnummer" in full and "og" between ("reg nummer 3060 og konto
# 28699180").
_REG_AND_ACCOUNT_BEFORE: Final = re.compile(
    r"(?i)(?<![\w])reg(?:\.|istrerings)?[ \t]*(?:nr\.?|nummer)?[ \t]*:?[ \t]*\d{4}[ \t]*"
    r"[|/,;]?[ \t]*(?:og[ \t]+)?"
    r"(?:konto(?:nr|nummer)?|kto|kt)\.?[ \t]*(?:nr\.?)?[ \t]*:?[ \t]*\Z"
)


def account_after_reg(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` is eight unbroken digits right after a four-digit
    reg.nr. that stands alone, or any number after a reg.nr. and an account label."""
    if (
        end - start == 8
        and source[start:end].isdigit()
        and _REG_BEFORE.search(source, max(0, start - 9), start) is not None
    ):
        return True
    return (
        start > 4
        and source[start - 1] in " \t:."
        # Cheap look first: the account label's last letter ("konto", "kt", "nr") before
        # the spaces, dots and colon.
        and source[max(0, start - 45) : start].rstrip(" \t:.")[-1:] in _LABEL_LAST_LETTERS
        and _REG_AND_ACCOUNT_BEFORE.search(source, max(0, start - 45), start) is not None
    )


_LABEL_LAST_LETTERS: Final = frozenset("otrOTR")


# pii59: an account's label and its four-digit reg.nr. right before ten digits ("Konto: 1939
# 2610451287"): the account's number, even when its first six digits make a valid date.
_ACCOUNT_LABEL_AND_REG_BEFORE: Final = re.compile(
    r"(?i)(?<![\w])(?:konto(?:nr|nummer)?|kto|account)\.?[ \t]*(?:nr\.?)?[ \t]*:?[ \t]*"
    r"\d{4}[ \t]\Z"
)


def account_label_and_reg_before(source: str, start: int) -> bool:
    """pii59: whether an account's label and a reg.nr. stand right before ``start``
    (_ACCOUNT_LABEL_AND_REG_BEFORE); not a reg.nr. alone ("1939 2610451287")."""
    return (
        start >= 5
        and source[start - 2].isdigit()
        and _ACCOUNT_LABEL_AND_REG_BEFORE.search(source, max(0, start - 30), start) is not None
    )


# Danish 70- and 80-numbers are business numbers (shared-cost and free service numbers in
# the numbering plan); no private person has one, so they are an organisation's line
# ("spærre på 70 10 20 30", "jeres kundeservice på 7028 1347"), never personal data.
_BUSINESS_PREFIXES: Final = tuple(
    lead + plan for lead in ("", "+45 ", "+45", "0045 ", "0045") for plan in ("70", "80")
)


# pii27b: a driving licence's field 5 (EU model: the licence's number) on the line after
# field 4c, in a text with field 4a: "4c. Politiet" / "5. 36325010" is no phone.
_LICENCE_FIELD_5: Final = re.compile(r"(?:^|\n)[ \t]*5\.[ \t]+\Z")


def licence_number_field(source: str, start: int) -> bool:
    """Whether the number at ``start`` is a driving licence's field 5."""
    lo = start - 8 if start > 8 else 0
    # (Its "5." stands in the eight characters before: redspeed16.)
    return (
        source.find("5.", lo, start) >= 0
        and _LICENCE_FIELD_5.search(source, lo, start) is not None
        and _LICENCE_FIELD_4A.search(source) is not None
    )


def business_number(source: str, start: int) -> bool:
    """Whether the phone number at ``start`` is a Danish 70- or 80-number."""
    return source.startswith(_BUSINESS_PREFIXES, start)


# How far back a reference label may stand before its number when only words stand
# between them, and what ends a clause there (a digit, a line break, a sentence's end).
_LABEL_REACH: Final = 50
_CLAUSE_BOUNDARY: Final = re.compile(r"[\d\n]|[.!?]\s+(?=[A-ZÆØÅ])")


# A country code in brackets ("(+45) 20 30 40 50", "(0045) 2030 4050"): the bracket that
# opens it belongs to the number as much as the one that closes it.
_BRACKETED_CODE: Final = re.compile(r"(?:\+|00)\d{1,3}\)")


def _with_bracketed_code(source: str, finding: Finding) -> Finding:
    """``finding`` with the "(" before its bracketed country code taken in, or the country
    code a transcript writes in words before it ("plus 45 20 30 40 50")."""
    start = finding.start
    if start and source[start - 1] == "(" and _BRACKETED_CODE.match(source, start, finding.end):
        return Finding(finding.entity, start - 1, finding.end, finding.score, finding.recognizer)
    spoken = spoken_country_code(source, start)
    if spoken < start:
        return Finding(finding.entity, spoken, finding.end, finding.score, finding.recognizer)
    return finding


# Denmark's country code said as a word, as speech recognition writes "+45" ("ring tilbage på
# plus 45 20 30 40 50"): part of the number, like the "+" it stands for.
_SPOKEN_PLUS_BEFORE: Final = re.compile(r"(?<![\w+])(?i:plus)[ \t]?45[ \t]+\Z")


def spoken_country_code(source: str, start: int) -> int:
    """Where "plus 45" right before the digits at ``start`` begins (``start`` if none)."""
    if start < 7 or source[start - 1] not in " \t" or not source[start - 2].isdigit():
        return start
    spoken = _SPOKEN_PLUS_BEFORE.search(source, max(0, start - 10), start)
    return start if spoken is None else spoken.start()


# A person's number named right before it ("han har nummer 29051455", "min mands nummer 89 09
# 80 41", "kontakt 40 03 68 74"), or a voicemail's caller on its own line ("Fra: 86045638"): a
# number even outside the allocated ranges, like one after "tlf".
_NUMBER_LABEL_BEFORE: Final = re.compile(
    r"(?i:(?<![\w-])(?:(?:har|mit|min|dit|din|sit|sin|hans|hendes|deres"
    r"|(?:mit|min|dit|din|sit|sin|hans|hendes) [^\W\d_]+s"
    # pii66: or a new or old one ("Kan du bekræfte dit nye nummer 50.08.41.65?").
    r"|(?:mit|min|dit|din|sit|sin|hans|hendes)[ \t]+(?:nye|gamle))[ \t]+nummer(?:et)?"
    # pii96: or the past tense, as a case note logs who called on which number ("Borgeren
    # kontaktede os på 24 04 87 54").
    r"(?:[ \t]+(?:er|var))?|kontakt(?:et|ede)?(?:[ \t]+(?:mig|ham|hende|os))?(?:[ \t]+på)?"
    # A caller's number as a note gives it ("nummeret i displayet: …", "Opkaldet kom fra …").
    r"|nummeret i displayet|opkaldet kom fra"
    # pii74: the number a fake caller rang from, and an application's contact details as a
    # benefit unit quotes them ("… fra ydelsesafdelingen, fra nummeret 40061467",
    # "Kontaktoplysningerne i ansøgningen: 50090072 og …").
    r"|fra nummeret|kontaktoplysninger(?:ne)?(?:[ \t]+(?:i|på|fra)[ \t]+[^\W\d_]+)?[ \t]*:"
    # pii27b: "kan du kontakte os på …", "You can reach me at …", "His number is …".
    r"|kontakte[ \t]+(?:mig|ham|hende|os)[ \t]+på|reach (?:me|us|him|her) at"
    r"|(?:my|his|her|their) (?:phone )?number is"
    # pii46: a log's enquiry from a number ("Henvendelse fra 91 04 98 99: …"), a contact
    # and whom to ask for there ("Kontakt: Valdemar på 36 03 95 91").
    r"|henvendelse fra|kontakt:?[ \t]+[^\W\d_]+[ \t]+på"
    # pii68: a caller's alias with its firm, then the number it rang from ("Ringet op af Rune
    # fra kundeservice fra 52.07.16.96").
    r"|(?-i:[A-ZÆØÅ][^\W\d_]+)[ \t]+fra[ \t]+[\w-]+[ \t]+fra"
    # pii66: whom a letter's questions go to and the number there ("Spørgsmål til Ingrid
    # Abdi på 35 03 18 48 eller …", "Spørgsmål kan rettes til advokat Lone Hjort på …").
    r"|spørgsmål(?:[ \t]+kan[ \t]+rettes)?[ \t]+til(?:[ \t]+[^\W\d_]+){1,4}[ \t]+på)"
    # pii46: the alternative to an e-mail address ("Kontakt ved spørgsmål: ordre@x.dk eller
    # 91859058"), a way to reach its writer as the address is.
    r"|@[\w-]+(?:\.[\w-]+)+[ \t]+(?i:eller|or)"
    r"|^[ \t]*(?:fra|from|opkald fra|afsender)"
    # pii48: a relative's line in a bank's note, the number in brackets after the name ("Søn
    # Goran Jovanović (2101 8831) inddrages …").
    # pii66: or a client form's next of kin, the label and a possessive before the relative
    # ("Pårørende: min datter Else Bach (22094379)").
    r"|^[ \t]*(?:(?:nærmeste[ \t]+)?pårørende[ \t]*:[ \t]*)?(?:(?:min|mit|hans|hendes)[ \t]+)?"
    r"(?:søn|datter|bror|søster|nabo|ægtefælle|barnebarn)"
    r"(?-i:(?:[ \t]+[A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?){1,3})[ \t]+\("
    # pii27b: a chat export's sender saved as no contact, the number after the line's
    # timestamp ("[13.11.24, 17.16.41] 72 09 68 65: Hej mor").
    r"|^\[\d[\d.:/, -]{4,22}\])[ \t]*:?[ \t]*\Z",
    re.M,
)


# The reference labels before a phone, a P-number's at a word's start only (pii34):
# "WhatsApp-nummer +44 7700 900123" is a phone.
_PHONE_REFERENCE_WORDS: Final = (
    *(word for word in _REFERENCE_WORDS if word not in ("p-nummer", "p-nr")),
    *(" p-nummer", "\np-nummer", "(p-nummer", " p-nr", "\np-nr", "(p-nr"),
)
# pii74: a receipt's number by its label ("Ordrenr. 4098695, kvitteringsnr. 2737-8205", "receipt
# no. 6210-4417"): four and four digits in a phone's form, a reference all the same.
_RECEIPT_NUMBER_LABELS: Final = (
    *("kvitteringsnr", "kvitteringsnummer", "kvitterings-nr", "kvittering nr", "kvit.nr"),
    *("receipt no", "receipt number", "receipt #"),
)
# pii34: where a code was sent ("en engangskode sendt til +45 26 22 08 54"): the number
# after it is the phone that received the code, not the code.
# pii66: or the code itself between its label and "til", as a case's timeline logs the SMS
# ("SMS med engangskode 502984 til +45 48 65 00 16"): the code went to that number.
# pii94: or the SMS a code goes out in ("Du får en ny kode på sms til 58 26 82 48").
# pii96: or the phone a code went to named before its number ("Vi har sendt en kode til din
# mobil +4596729466", "… en kode til nummeret 64 50 98 39"), as a support chat writes it;
# with a colon after the noun the digits are the code (_CODE_SENT_TO_DEVICE's frame).
_SENT_TO_BEFORE: Final = re.compile(
    r"(?:(?i:sendt|sendes|sent|sms)|(?i:kode)n?[ \t]+\d{4,8}) (?i:til|to)[ \t]*\(?\Z"
    r"|(?i:kode)n? (?i:til) (?:(?i:din|dit|min|mit|hans|hendes|sin|sit|deres) "
    r"(?i:mobil|telefon|mobilnummer|telefonnummer|nummer)|(?i:nummeret|mobilen|telefonen"
    r"|mobilnummeret|telefonnummeret))[ \t]*\(?\Z"
)
# How far back _SENT_TO_BEFORE may begin: "engangskode 92002249 til (" less its "engangs";
# pii96: "koden til hendes telefonnummer (".
_SENT_TO_REACH: Final = 32


# An e-mail address in a phone's label window (PhoneRecognizer.has_negative_context).
_MAILBOX: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# pii76: a number right after an e-mail address and a comma or a slash, as a contact's details
# are listed ("Kontaktoplysninger på ordren: jakob@example.dk, +45 42147924"): the label
# before them ("ordren") names the order, not the number.
_MAIL_THEN_NUMBER: Final = re.compile(r"[ \t]*(?:[,/;]|og|eller)[ \t]*\(?\Z")


def _contact_after_mail(source: str, lo: int, start: int) -> bool:
    """pii76: whether an e-mail address and only a separator stand right before ``start``
    (_MAIL_THEN_NUMBER)."""
    ends = [found.end() for found in _MAILBOX.finditer(source, lo, start)]
    return bool(ends) and _MAIL_THEN_NUMBER.match(source, ends[-1], start) is not None


# pii76: a time stamp in brackets after a number ("Kontaktet fra: +44 7700 900756 (15.02.26
# kl. 13.21)"): the candidate's separators join its date to the number.
_BRACKETED_DATE: Final = re.compile(r" \(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)")


# pii85: a number in brackets closed before a time stamp ("Videresendt SMS fra kunde Ewa
# Petersen (99253737) 2026-08-21 12:08:"): the bracket ends the number, the date is the
# message's.
_DATE_AFTER_BRACKET: Final = re.compile(
    r"\) (?:\d{4}-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?![\d/-]|[.]\d)"
)


# pii96: a date right after a number, a space between ("Borgeren kontaktede os på +45 93618745
# 02.09.26", "… på 97 35 21 88 10.01.26"), as a case note logs a call: the candidate's
# separators join the date to the number; a date has three groups, a number never ends so.
_DATE_AFTER_NUMBER: Final = re.compile(
    r" (?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)|\d{4}-\d\d-\d\d)"
)


def _before_bracketed_date(source: str, start: int, end: int) -> int:
    """pii76: the candidate's end before a bracketed date inside it (_BRACKETED_DATE);
    pii85: or before its own closing bracket when a date follows it (_DATE_AFTER_BRACKET);
    pii96: or before a date that ends it after a space (_DATE_AFTER_NUMBER)."""
    cut = source.find(" (", start, end)
    if cut > start and _BRACKETED_DATE.match(source, cut) is not None:
        return cut
    close = source.find(") ", start, end)
    if close > start:
        after = _DATE_AFTER_BRACKET.search(source, close, end)
        if after is not None:
            return after.start()
    last = source.rfind(" ", start, end)
    if last > start and _DATE_AFTER_NUMBER.fullmatch(source, last, end) is not None:
        return last
    return end


# pii42: the phone a code was sent to named by its noun, then a colon and the code
# ("Bekræftelseskode sendt til lejers telefon: 23160143"): the digits are the code.
_CODE_SENT_TO_DEVICE: Final = re.compile(
    r"(?i:kode[n]? sendt til [^\d\n.!?:]{1,30}?(?:telefon|mobil)\w*): \Z"
)

# pii45: a code asked for and told in the next sentence ("bad om koden fra min telefon. Jeg
# sagde 31883095"): the digits are the code (otp_recognizer), though a full stop ends the
# clause the label stands in and the phone the code came from is named.
# pii48: what someone had told by then ("Hun havde allerede oplyst 511792", "han har også
# læst 1234 op"): an auxiliary, an adverb, the participle.
_TOLD_BEFORE: Final = (
    r"(?:har|havde)\s+(?:(?:allerede|også|så|selv)\s+)?(?:oplyst|sagt|skrevet|læst|givet)"
)
_CODE_TOLD_NEXT: Final = re.compile(
    r"(?i:koden)[^\d\n.!?]{0,40}\.[ \t]+(?i:jeg|han|hun|vi) "
    rf"(?:sagde|oplyste|læste|{_TOLD_BEFORE})(?: op)? \Z"
)


# pii48: the participles _TOLD_BEFORE ends in, right before a number.
_TOLD_PARTICIPLES: Final = ("oplyst ", "sagt ", "skrevet ", "læst ", "givet ")
# How far back a code's label may stand before a code told by then: "koden fra MitID-appen
# op. Hun havde allerede oplyst " is 52 characters.
_TOLD_REACH: Final = 90


def _code_told_far(source: str, start: int) -> bool:
    """pii48: whether the digits at ``start`` are a code told by then, its label a sentence
    back beyond the phone's label reach ("læse koden fra MitID-appen op. Hun havde allerede
    oplyst 48213338"); only after a participle of _TOLD_BEFORE, so most numbers cost one
    look."""
    if not source.endswith(_TOLD_PARTICIPLES, 0, start):
        return False
    return _CODE_TOLD_NEXT.search(source, max(0, start - _TOLD_REACH), start) is not None


# pii42: the phone written on an order or a file ("the delivery phone on the order is …",
# "telefonen på sagen er …"): the reference noun says where the number stands, it labels
# nothing.
# pii49: or with a colon only ("Tlf. på fakturaen: +45 28394195", as a dentist's note
# quotes the fake invoice).
_PHONE_ON_RECORD: Final = re.compile(
    r"(?i:phone|telefon\w*|mobil\w*|tlf\.?)(?: number| nummer)? (?i:on|in|at|på|i) "
    r"(?i:the |this |that |den |det )?[^\W\d_]+(?: (?i:is|er|was|var):? ?|: ?)\(?\Z"
)
# One of these stands in each _PHONE_ON_RECORD match, casefolded ("mobil" by its "mob": the
# engine's case-insensitive "i" matches a dotless "ı" too, which casefolds to itself).
_RECORD_PHONE_WORDS: Final = ("tlf", "telefon", "phone", "mob")


def _phone_on_record(source: str, lo: int, start: int, folded: str) -> bool:
    """Whether _PHONE_ON_RECORD ends at ``start`` in ``source[lo:start]`` (``folded``: that
    window casefolded). Searched only where one of its phone words stands: the search tries
    every position of the window (redspeed13)."""
    return any(word in folded for word in _RECORD_PHONE_WORDS) and (
        _PHONE_ON_RECORD.search(source, lo, start) is not None
    )


def sent_to_before(source: str, start: int) -> bool:
    """Whether "sendt til" ("sent to") stands right before ``start``."""
    return _SENT_TO_BEFORE.search(source, max(0, start - _SENT_TO_REACH), start) is not None


# What each of _NUMBER_LABEL_BEFORE's alternatives ends with before its closing spaces and
# colon, casefolded ("nummer", "nummeret", "var", "kontakt os på", "displayet", "kom fra",
# "reach me at", "number is", "eller", "or", "from", "afsender", a relative's "(", a chat
# stamp's "]").
_NUMBER_LABEL_ENDINGS: Final = (
    *("er", "et", "var", "kontakt", "mig", "ham", "hende", "os", "på", "fra", "at", "is"),
    *("or", "from", "afsender", "(", "]"),
    # pii74: "kontaktoplysningerne", "… i ansøgningen".
    *("ne", "en"),
)


def number_label_before(source: str, start: int) -> bool:
    """Whether a person's number or a caller's label stands right before ``start``. The
    search tries each of the 40 positions before it (about 57,000 instructions), so it is
    asked only where the text before the closing spaces and colon ends as one of its
    alternatives (_NUMBER_LABEL_ENDINGS; "ı" read as "i", as the engine's case-insensitive
    "i" matches it) (redspeed15)."""
    lo = start - 40 if start > 40 else 0
    end = start
    while end > lo and (source[end - 1] == " " or source[end - 1] == "\t"):
        end -= 1
    if end > lo and source[end - 1] == ":":
        end -= 1
        while end > lo and (source[end - 1] == " " or source[end - 1] == "\t"):
            end -= 1
    tail = folded_between(source, end - 8 if end - 8 > lo else lo, end)
    if "ı" in tail:
        tail = tail.replace("ı", "i")
    if not tail.endswith(_NUMBER_LABEL_ENDINGS):
        return False
    return _NUMBER_LABEL_BEFORE.search(source, lo, start) is not None


# A code read from the phone it came to ("læse koden op fra min telefon, 18011735"): that
# "telefon" names no number, so it does not save the digits from the code's label. pii39:
# nor the SMS it came in ("bad om koden fra sms'en; kunden læste 50312109 op") or the caller
# who asked for it ("Opkalderen bad om engangskoden; kunden oplyste 99547988": "opkald").
# pii52: nor the SMS a code is named for ("SMS code typed into form: 67141020").
_CODE_DEVICE: Final = re.compile(
    r"(?<![\w])fra (?:min |sin |din |hans |hendes )?(?:telefon\w*|mobil\w*|sms(?:'en|en)?)"
    r"|(?<![\w])opkalder(?:en|ne)?(?![\w])|(?<![\w])sms[ -]?(?:code|kode)"
)


# pii27b: a logged request's query field named for a phone, its "+" URL-encoded
# ("GET /api/v2/lookup?name=…&phone=%2B4552909482&lang=da"): the field's name says what the
# digits are, which the URL rule of the phone recogniser cannot see.
_PHONE_FIELDS: Final = ("phone=", "tel=", "telefon=", "mobil=", "mobile=", "msisdn=")


def phone_query_recognizer() -> Recognizer:
    return Recognizer(
        name="phone_query_field",
        entity="PHONE",
        anchor=Anchor.keywords,
        reach=(0, 30),
        patterns=[
            # Its own field or one ending so ("customer_phone="), not a word's end ("hotel=").
            re.compile(
                r"(?<![^\W_])(?i:phone|tel|telefon|mobil|mobile|msisdn)=((?i:%2B)\d{8,15})(?![\w])"
            )
        ],
        score=0.85,
        context=_PHONE_FIELDS,
        requires_context=True,
        explanation={
            "da": "Telefonnummer i en URL's felt 'phone=' med '+' kodet som '%2B'.",
            "en": "Phone number in a URL's 'phone=' field with its '+' encoded as '%2B'.",
        },
    )


def sentence_pieces(source: str, spans: Iterable[Span]) -> Iterator[Span]:
    """The spans cut where a sentence ends inside them (pii34): "… via MobilePay til 66 18
    40 68. 750 kr. er overført" holds a number and the next sentence's amount, not one run."""
    for start, end in spans:
        cut = source.find(". ", start, end)
        while cut >= 0:
            yield start, cut
            start = cut + 2
            cut = source.find(". ", start, end)
        yield start, end


def after_mail_and_slash(source: str, pos: int) -> bool:
    """pii73: whether a slash and an e-mail address stand right before ``pos``: a profile's
    contact pair ("ændret af: helle65@example.dk / 81.05.64.36"), whose number is a phone's."""
    cut = source.rfind("/", max(0, pos - 2), pos)
    if cut < 0 or source[cut + 1 : pos].strip():
        return False
    token_end = cut - 1 if cut and source[cut - 1] == " " else cut
    lo = max(source.rfind(" ", 0, token_end), source.rfind("\n", 0, token_end)) + 1
    local, at, domain = source[lo:token_end].partition("@")
    return bool(at and local and "." in domain.strip(".") and "/" not in domain)


# pii104: the masking characters a system writes for the digits it hides ("+44 7700 900***",
# "2233XXXX", "2233xxxx"), as a bank's log and a police report show a number already masked:
# the digits left are no number of anyone's to find. Three stars at least: a Markdown
# emphasis closes on one or two ("**22 33 44 55**").
_MASK_RUN: Final = re.compile(r"\*{3}|\u2022|[Xx]{2}")


def masked_digits(source: str, end: int) -> bool:
    """Whether masking characters run straight on from the digits ending at ``end``, so the
    number is a masked one (_MASK_RUN)."""
    return _MASK_RUN.match(source, end) is not None


# pii104: a person's number named by who they are, an agent noun in the genitive before
# "nummer" ("Send gerne sælgerens nummer 72 09 27 51 til mig", "køberens nr. 23.00.19.31"):
# a person's phone. Only "-ers"/"-erens", the seller, the buyer, the caller: "ordrens nummer",
# "sagens nummer" name references.
_AGENT_NUMBER_BEFORE: Final = re.compile(
    r"(?<![\w-])[^\W\d_]{2,}(?i:ers|erens)[ \t]+(?i:nummer|nr\.?)(?:et)?[ \t]*:?[ \t]*\Z"
)
_AGENT_NUMBER_REACH: Final = 40
_MAIL_CONTACT_REACH: Final = 80


def phone_named_before(source: str, start: int) -> bool:
    """pii104: whether the number at ``start`` is named a phone right before it: an agent's
    number (_AGENT_NUMBER_BEFORE), or a contact's e-mail address and "og", "eller" or a comma
    ("Kontakt via emil@example.dk og 51081649", _contact_after_mail), as a case's bullet list
    gives how a person is reached."""
    lo = start - _AGENT_NUMBER_REACH if start > _AGENT_NUMBER_REACH else 0
    if _AGENT_NUMBER_BEFORE.search(source, lo, start) is not None:
        return True
    lo = start - _MAIL_CONTACT_REACH if start > _MAIL_CONTACT_REACH else 0
    return source.find("@", lo, start) >= 0 and _contact_after_mail(source, lo, start)


class PhoneRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="phone",
            entity="PHONE",
            patterns=[],
            score=0.75,
            # "Mit nummer er …", a staff member's "Direkte: …", an SMS's "Ukendt afsender",
            # "Jeg kan kontaktes på …", and a signature's number under the name ("Venlig
            # hilsen" / "Inger Berg" / "9201 7047").
            context=(
                *("tlf", "telefon", "mobil", "ring", "phone", "call", "sms"),
                *("nummer er", "direkte", "afsender", "kontaktes på", "træffes på"),
                *("hilsen", "mvh"),
                # A telco's "abonnement på …", a scammer's "skriv til mig på dette nr: …", a
                # check's "ikke det registrerede …" (number).
                *("abonnement på", "dette nr", "mit nr", "det registrerede"),
                # pii39: a telco's log of a SIM swap on the number ("SIM-skift på 4004 1942").
                "sim-skift på",
                # pii33: a chat's "mit nye nr er …", a police report's "opkald fra …", a
                # funeral form's payer and contact ("Betaler: Frode Pham, 29097075").
                *("nye nr", "opkald", "betaler", "kontaktperson"),
                # pii34: where a code was sent and where money went by MobilePay ("en
                # engangskode sendt til 53001456", "betalt … via MobilePay til 66 18 40 68").
                *("sendt til", "mobilepay til"),
                # pii55: a case note's call ("Talt med R. Demir på 33 01 29 25: …").
                "talt med",
                # pii69: an English signature's "Direct: 6102 5389" beside the firm's
                # switchboard, and a letter's "your Danish number 32054819".
                *("direct:", "danish number", "your number", "my number"),
                # pii76: a case's contact line ("Kontakt: navn@example.com, 53 04 95 18",
                # "Kontaktet fra: 99468079").
                *("kontakt:", "kontaktet fra"),
                # pii92: where a seller's messages came from and where a chat asks to be
                # written to ("skrev fra 60 02 20 10", "skriv til mig på 75.06.35.20").
                *("skrev fra", "til mig på"),
                # pii106: a callback's number, where to call if the person does not answer,
                # and the old number in brackets after a changed one ("Tilbagekald: 53 00 45
                # 60", "Kontaktperson hvis jeg ikke svarer: min far, 7100 8599", "ændret til
                # 2197 7758 (tidligere 54 02 94 74)").
                *("tilbagekald", "ikke svarer", "(tidligere"),
                # pii110: a log's changed number ("phone changed …: new number 2107 7083").
                "new number",
            ),
            # A number right after a code label is the code ("min kode 35323578").
            # An account number after its registration number ("kontonr. 7290 67300160").
            # A receipt's card terminal ("TERMINAL 10223716"); a hospital referral's number
            # ("Dit henvisningsnr. er 30337838").
            negative_context=(
                *_PHONE_REFERENCE_WORDS,
                *_RECEIPT_NUMBER_LABELS,
                *("cvr", "se-nr", "kode", "code", "terminal", "henvisning"),
                *_KODEN_TYPOS,
                *("kontonr", "kontonummer", "reg.nr", "regnr", "reg. nr", "kto ", "kto.", "kto:"),
                # An identity document's number ("Legitimation vist: kørekort nr. 68520515").
                *("kørekort", "pasnr", "pasnummer", "pas nr", "imei", "iccid"),
                # A card dispute's merchant ("GAMERSTORE EU (MCC 5816, forretningsnr. …)").
                *("forretningsnr", "forretningsnummer"),
                # pii27b: an insurance policy's number ("Tryghed Forsikring, police
                # 49227204"), a CRM's customer ID, a decision's journal number.
                *("police ", "policenr", "customer id", "journalnr", "korekort", "koerekort"),
                # pii37: a journal's number after its short label ("Meldt til
                # Lægemiddelstyrelsen, j.nr. 2025-5153": a year and a serial).
                *("j.nr", "j. nr", "jnr."),
                # pii43: a bank's or an agency's case number said in full ("Sagsnummer
                # 123456-78"), as "sagsnr" is.
                "sagsnummer",
                # pii49: a health insurer's membership number ("medlemsnr. 6118-2103"), and
                # a clinic's provider number ("ydernr. 04123781").
                *("medlemsnr", "medlemsnummer", "medlems-nr", "ydernr", "ydernummer"),
                # pii53: a field block's number in a farm's subsidy case ("markblok
                # 683058-61", six digits and a check pair).
                *("markblok", "mark-blok"),
            ),
            anchor=Anchor.digits,
            min_digits=7,
            explanation={
                "da": "Dansk eller internationalt telefonnummer (gyldigt efter phonenumbers).",
                "en": "Danish or international phone number (valid according to phonenumbers).",
            },
        )

    def has_context(self, source: str, start: int, end: int) -> bool:
        return super().has_context(source, start, end) or phone_named_before(source, start)

    def has_negative_context(self, source: str, start: int) -> bool:
        """A reference label right before the number, or further back in the same clause
        with only words between them ("Ordrenr. hos værkstedet 57 76 70 99"): no digit,
        line break, sentence end or phone word."""
        lo = start - _LABEL_REACH if start > _LABEL_REACH else 0
        # Most numbers have no label this far back: one look settles them.
        folded = folded_between(source, lo, start)
        if not self._negative.occur_in(folded):
            return _code_told_far(source, start)
        # pii46: nor a label's word inside an e-mail address ("ordre.x@example.dk eller +45
        # 81850395", "faktura@…"): a mailbox's name labels no number.
        if "@" in folded and (
            not self._negative.occur_in(_MAILBOX.sub(" ", source[lo:start]).casefold())
            or _contact_after_mail(source, lo, start)
        ):
            return False
        # Each of the three searches needs "kode" in the window (redspeed13: most labels
        # found are others, and each search tries every position of the window).
        if "kode" in folded and (
            _CODE_SENT_TO_DEVICE.search(source, lo, start)
            or _CODE_TOLD_NEXT.search(source, lo, start)
            or _CODE_GIVEN_BEFORE.search(source, lo, start)
        ):
            return True  # the code after where it was sent (pii42), told (pii45) or given (pii46)
        if sent_to_before(source, start) or _phone_on_record(source, lo, start, folded):
            return False
        if super().has_negative_context(source, start):
            return True
        clause = lo
        for boundary in _CLAUSE_BOUNDARY.finditer(source, lo, start):
            clause = boundary.end()
        words = folded_between(source, clause, start)
        if not self._negative.occur_in(words):
            return False
        return not self._context.occur_in(_CODE_DEVICE.sub(" ", words))

    def _candidates(self, scan: Scan, unsettled: bool = False) -> Iterator[Span]:
        """The _PHONE_CANDIDATE matches around the clusters of enough digits. Python's regex
        engine spends hundreds of instructions on each position it tries, so a cluster that
        is digits and separators only (most) is taken whole, with a "+" right before it.
        ``unsettled``: without the whole clusters that _holds_no_number settles by their
        digit count (no space, "+" or leading "00", other than eight digits: card numbers,
        dates), which the cluster knows without counting again."""
        source, size, mask = scan.source, len(scan.source), scan.digit_text()
        for start, end, digits in scan.clusters():
            if digits < self.min_digits:
                continue
            if digits <= 41 and _separated_digits(source, mask, start, end):
                if start and source[start - 1] == "+":
                    yield start - 1, end
                elif (
                    unsettled
                    and digits != 8
                    and source.find(" ", start, end) < 0
                    and not source.startswith("00", start)
                ):
                    continue  # its digits are the cluster's: _holds_no_number's answer
                else:
                    yield start, end
            else:
                yield from _phone_candidates(source, mask, max(0, start - 2), min(size, end + 3))

    def matches(self, scan: Scan) -> Iterator[Finding]:
        source = scan.source
        for start, end in sentence_pieces(source, self._candidates(scan, unsettled=True)):
            end = _before_bracketed_date(source, start, end)
            # The cheapest test first: it settles half the candidates (card numbers, dates).
            if _holds_no_number(source[start:end]):
                continue
            if start >= 2 and source[start - 1] == ":" and source[start - 2].isdigit():
                continue  # the seconds of a time ("12:57:54.717856"), not a number
            if _lettered_id(source, start) or _ip_address(source, start, end):
                continue  # an identifier ("Terminal-ID: W82339385") or an IP address
            if masked_digits(source, end):
                continue  # pii104: a number masked in part ("ringede fra +44 7700 900***")
            if source.startswith(":", end) and source[end + 1 : end + 2].isdigit():
                continue  # a date and a clock's hour ("[28.01.26 13:48]")
            if (
                _no_phone_run(source, start, end)
                or law_report_citation(source, start, end)
                or agreement_number(source, start, end)
                or in_fi_line(source, start, end)
            ):
                continue
            # Most candidates (dates, amounts, transaction numbers) hold no number, so the URL
            # test waits until one does.
            found = list(self._in_candidate(source, start, end))
            if (
                found
                and not in_url_or_token(source, start, end)
                # A case number ("Sag 24-895453", "Sag SAG72152535"), a customer's.
                and not _identifier_before(source, start)
            ):
                yield from (
                    _with_bracketed_code(source, f)
                    for f in found
                    if (f.start == start or not _identifier_before(source, f.start))
                    and not account_after_reg(source, f.start, f.end)
                    and not business_number(source, f.start)
                    and not licence_number_field(source, f.start)
                )

    def _whole_run_score(
        self, source: str, pos: int, end: int, dk: re.Match[str] | None
    ) -> float | None:
        """The base score when ``source[pos:end]`` is one number: a Danish one in the
        numbering plan or a valid international one score fully; a +45 or international
        number outside the allocated ranges (spoofed caller IDs often are) and an unprefixed
        Danish-format one next to a phone word score lower. ``dk``: the run's _DK_FORMAT
        match."""
        if dk:
            if _dk_plan().fullmatch(digits_only(dk.group("national"))):
                return self.score
            if (
                source.startswith(("+45", "0045"), pos)
                or self.has_context(source, pos, end)
                or in_number_field(source, pos)
                or spoken_country_code(source, pos) < pos
                or number_label_before(source, pos)
                or after_mail_and_slash(source, pos)
                # pii96: the number a code was sent to ("sendt en kode til nummeret
                # 23.08.63.24") is a phone, allocated or not.
                or sent_to_before(source, pos)
                or contact_row_number(source, pos, end)
            ):
                return _OFF_PLAN_SCORE
            return None
        if source.startswith("+", pos):
            kind = _international(source[pos:end])
            if kind is not None:
                return self.score if kind == "valid" else _OFF_PLAN_SCORE
        return None

    def _in_candidate(self, source: str, start: int, end: int) -> Iterator[Finding]:
        """Match phone numbers in one digit run. A run can join a number to its neighbour
        ("010190-1234 20 30 40 50"), so when nothing matches, retry from the next group."""
        pos = start
        while pos < end:
            dk = _DK_FORMAT.fullmatch(source, pos, end)
            score = self._whole_run_score(source, pos, end, dk)
            if score is not None:
                final = self.context_score(source, pos, end, score)
                if final is not None:
                    yield Finding(self.entity, pos, end, final, self.name)
                return
            # A run in a Danish format that fails the Danish plan holds no valid number
            # (Danish numbers have all eight digits), so the slow matcher is skipped.
            if dk is None and _may_be_phone(source[pos:end]):
                lo = max(0, pos - 2) if pos == start else pos
                matches = self._matched(source, lo, end)
                for m in matches:
                    if in_hex_groups(source, lo + m.start, lo + m.end):
                        continue
                    score = self.context_score(source, lo + m.start, lo + m.end, self.score)
                    if score is not None:
                        yield Finding(self.entity, lo + m.start, lo + m.end, score, self.name)
                if matches:
                    return
            # pii110: three or more groups of four digits are one number (a parcel's "PN
            # 6806 1797 9325", a card's), not a reference and a phone after it.
            if pos == start and _FOUR_DIGIT_GROUPS.fullmatch(source, start, end):
                return
            gap = source.find(" ", pos, end)
            if gap < 0:
                return
            pos = gap + 1

    @staticmethod
    def _matched(source: str, lo: int, end: int) -> list[phonenumbers.PhoneNumberMatch]:
        """phonenumbers' matcher on ``source[lo : end + 2]``, dates left out."""
        if _only_a_date(source[lo : end + 2]):
            return []  # what the matcher would find there is the date, left out below
        return [
            m
            for m in phonenumbers.PhoneNumberMatcher(
                source[lo : end + 2], "DK", leniency=phonenumbers.Leniency.VALID
            )
            if not _DATE_LIKE.fullmatch(raw := m.raw_string.strip("()[] "))
            and not _DATE_THEN_DAY.fullmatch(raw)
        ]


# pii110: a number written in three or more groups of four digits (_in_candidate).
_FOUR_DIGIT_GROUPS: Final = re.compile(r"\d{4}(?: \d{4}){2,}")
# pii33: a date that ends a sentence and the next one's day ("… den 27.11.25. 15. januar
# 2026 modtog hun …"): no phone is written with a full stop and a space before its last pair.
_DATE_THEN_DAY: Final = re.compile(rf"(?:{_DATE_LIKE.pattern})\. \d{{1,2}}")
# A date with at most opening brackets and spaces before it and no other digit after it.
_ONLY_A_DATE: Final = re.compile(rf"[(\[ ]*(?!00)(?:{_DATE_LIKE.pattern})\D*")


def _only_a_date(window: str) -> bool:
    """Whether phonenumbers' matcher can find nothing in ``window`` but the date it holds
    ("(2024-08-15).", "(17-06-2025 kl.", an IBAN's tail before it in one run), which
    _in_candidate drops. A valid number there (region DK, no "+") is a Danish one with
    all its eight digits (DK numbers have eight; an "00" start, which could be a foreign
    number with fewer, is left to the matcher), so it spans the date; the matcher ends a
    match at a digit and begins it at a digit or an opening bracket, so the match stripped
    of brackets and spaces is the date. Each such call cost 60-150 µs."""
    return _ONLY_A_DATE.fullmatch(window) is not None


_COUNTRY_AND_CHECK: Final = re.compile(r"[A-Za-z]{2}\d{2}")
_ASCII_LETTERS_SET: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _country_and_check(source: str, mask: str, lo: int, hi: int) -> bool:
    """``_COUNTRY_AND_CHECK.search(source, lo, hi) is not None``, found from its pairs of
    decimal digits in the scan's digit mask (``mask``: "0" for each; Scan.digit_text):
    two ASCII letters right before one. The search's set-up and its try at each of a
    dozen positions cost about 7,000 instructions per cluster (redspeed14)."""
    at = mask.find("00", lo + 2, hi)
    while at >= 0:
        if source[at - 2] in _ASCII_LETTERS_SET and source[at - 1] in _ASCII_LETTERS_SET:
            return True
        at = mask.find("00", at + 1, hi)
    return False


class IbanRecognizer(Recognizer):
    def __init__(self) -> None:
        super().__init__(
            name="iban",
            reach=(10, 8),
            min_digits=8,
            entity="IBAN",
            patterns=[
                re.compile(
                    # A group after a space is no start of a longer word of letters: the
                    # BIC a payment chat or recall writes after the IBAN ("ES20 8834 …
                    # 7031 ALAMESMM", "BE33783274730233 SCHLBEBB") is not part of it.
                    r"(?:[A-Z](?<!\w.)[A-Z]\d{2}(?:(?! [A-Z]{5}) ?[A-Z0-9]{4}){2,7}"
                    # pii33: an amount after it is no last group ("ES05 … 1727 3,071,000.00
                    # USD", an estate inventory's foreign account and its balance).
                    r"(?: [A-Z0-9]{1,4}(?![.,]\d)|[A-Z0-9]{1,4})?"
                    # Or all in lower case, as a speech transcript writes it
                    # ("nl06nawm4982080069"); the check digits hold once it is in capitals.
                    r"|[a-z](?<!\w.)[a-z]\d{2}(?: ?[a-z0-9]{4}){2,7}"
                    r"(?: [a-z0-9]{1,4}(?![.,]\d)|[a-z0-9]{1,4})?)\b"
                )
            ],
            score=0.9,
            explanation={"da": "IBAN med gyldigt kontrolciffer.", "en": "IBAN with valid check."},
        )

    def windows(self, scan: Scan) -> list[Span]:
        # Only digit clusters with a country code and check digits ("DK50") just before.
        source, lead, least = scan.source, self.reach[0], self.min_digits
        mask = scan.digit_text()
        spans = [
            (start, end)
            for start, end, digits in scan.clusters()
            if digits >= least
            and _country_and_check(source, mask, start - lead if start > lead else 0, start + 2)
        ]
        return _widen(spans, self.reach[0], self.reach[1], len(source))

    def validate(self, text: str) -> float | None:
        check = iban_check(text.upper())
        if check is IbanCheck.checksum:
            # Mod 97-10 and the country's structure hold but the country's own account
            # check fails ("NO17 6499 0977 785"): a mistyped or made-up account is one too.
            return _NATIONAL_CHECK_FAILED_SCORE
        return self.score if check is IbanCheck.valid else None


_NATIONAL_CHECK_FAILED_SCORE: Final = 0.7


# Letters as stdnum's mod 97-10 reads them: A = 10 … Z = 35.
_IBAN_LETTERS: Final = str.maketrans({chr(code): str(code - 55) for code in range(65, 91)})
_IBAN_CHARS: Final = re.compile(r"[A-Z0-9 ]+")


@cache
def _iban_country(code: str) -> tuple[re.Pattern[str] | None, Callable[[str], object] | None]:
    """The BBAN structure of a country in stdnum's IBAN registry (None: no such country)
    and the country's own check of its account numbers (``_national_check``, None for most).
    stdnum looks both up for every number; the registry is keyed by the two letters alone.
    stdnum's own (private) helpers, so the answers are its answers (pinned 2.2; a test
    compares with is_valid for every country)."""
    from stdnum import iban  # see iban_check

    properties = iban._ibandb.info(code)[0][1]
    if not properties:
        return None, None
    structure = iban._struct_to_re(properties.get("bban", ""))
    return structure, _national_check(code, iban._get_cc_module(code))


def _national_check(code: str, module: Any) -> Callable[[str], object] | None:
    """What ``stdnum.iban.is_valid`` adds, for a country with an IBAN module of its own, to
    the checks iban_check made already (mod 97-10, the registry and the country's structure,
    on the compact number it also makes): the module's validation, which raises on a failed
    check. Norway's and Spain's modules validate the whole IBAN again (a registry look-up,
    50 of a Norwegian IBAN's 90 µs) before their account check of its national part, which
    is asked directly (redspeed12); Belgium's and Montenegro's check with private helpers."""
    if module is None:
        return None
    if code == "NO":
        from stdnum.no import kontonr

        return lambda number: kontonr.validate(number[4:])
    if code == "ES":
        from stdnum.es import ccc

        return lambda number: ccc.validate(number[4:])
    validate: Callable[[str], object] = module.validate
    return validate


def _country_valid(check: Callable[[str], object], number: str) -> bool:
    """Whether the country's own check (``_national_check``) passes the compact IBAN."""
    from stdnum.exceptions import ValidationError  # see iban_check

    try:
        check(number)
    except ValidationError:
        return False
    return True


class IbanCheck(IntEnum):
    """How far an IBAN candidate passes the checks."""

    invalid = 0
    checksum = 1  # mod 97-10 and the country's structure, not the country's account check
    valid = 2


def iban_check(text: str) -> IbanCheck:
    """``stdnum.iban.is_valid`` for the IBAN recogniser's candidates (capital letters,
    digits, spaces), in C where stdnum works character by character: the mod 97-10 check,
    then the country's structure; countries with their own account check, and any other
    text, go to stdnum itself."""
    # Imported at the first candidate: stdnum brings its online checks' modules (ssl,
    # pydoc), a fifth of `vaern privacy redact`'s start.
    from stdnum import iban

    if _IBAN_CHARS.fullmatch(text) is None:
        return IbanCheck.valid if iban.is_valid(text) else IbanCheck.invalid
    number = text.replace(" ", "")
    if len(number) < 4 or int((number[4:] + number[:4]).translate(_IBAN_LETTERS)) % 97 != 1:
        return IbanCheck.invalid
    structure, country = _iban_country(number[:2])
    if structure is None:
        return IbanCheck.invalid
    if structure.match(number[4:]) is None:
        return IbanCheck.checksum if digits_for_bank_letters(number) else IbanCheck.invalid
    if country is not None and not _country_valid(country, number):
        return IbanCheck.checksum
    return IbanCheck.valid


@cache
def _bban_length(code: str) -> int:
    """The length of a country's BBAN in stdnum's IBAN registry ("4!a10!n": 14), 0 for none."""
    from stdnum import iban  # see iban_check

    properties = iban._ibandb.info(code)[0][1]
    return sum(int(size) for size in re.findall(r"\d+", (properties or {}).get("bban", "")))


def digits_for_bank_letters(number: str) -> bool:
    """pii37: whether a compact IBAN whose mod 97-10 holds but whose country's structure does
    not is a made-up account all in digits of the country's length, where the structure wants
    the bank's letters ("NL80 2029 1060 1190 41" for "NL80 ABNA 0417 1643 00"): an account a
    fraudster asks money sent to is personal data all the same. Not a masked one ("X")."""
    return number[4:].isdigit() and len(number) - 4 == _bban_length(number[:2])


def iban_valid(text: str) -> bool:
    return iban_check(text) is IbanCheck.valid


# pii86: an account given as the answer to a question about it, on the next chat line ("Er
# 6800-6332918 din konto?⏎[12:39] arne: Nej, den rigtige er 2590-8039007", "Hvilket kontonr.
# står der i mailen?⏎[08:05] björn: 1454-19443238"): the account's word in a question that ends
# its line, and the answer on the line after, beyond the context words' 40 characters.
_ACCOUNT_ASKED: Final = re.compile(
    r"(?i:konto(?:nr|nummer)?|account(?: number)?)\b[^\n?]{0,40}\?[ \t]*\n[^\n]{0,80}\Z"
)


def account_asked_before(source: str, start: int) -> bool:
    """Whether a question about an account ends the line before the one ``start`` is on."""
    return _ACCOUNT_ASKED.search(source, max(0, start - 170), start) is not None


# pii92: an account's label further back than the context words' 40 characters: a clause
# about it before the colon ("Ny konto i portalen, som forælderen ikke kender: 9704
# 94448469"), or an IBAN listed first under it ("Sælgers konti: PL04 4680 … 7327 og 1850
# 6452732"); no other digits between, nor a phone's word ("…, ring på: …").
_ACCOUNT_LABEL_FAR: Final = re.compile(
    r"(?i:konto|konti|kontonummer)(?:(?!(?i:tlf|telefon|ring|mobil))[^\n:\d]){0,70}:[ \t]*"
    r"(?:[A-Z]{2}\d\d(?: ?[\dA-Z]{4}){2,7}(?: ?[\dA-Z]{1,3})?(?:,| og) )?\Z"
)


def account_label_far(source: str, start: int) -> bool:
    """Whether an account's label stands before ``start`` out of the context words' reach
    (_ACCOUNT_LABEL_FAR)."""
    return _ACCOUNT_LABEL_FAR.search(source, max(0, start - 130), start) is not None


class BankAccountRecognizer(Recognizer):
    """Searched around its words only where digits enough for an account number (a cluster
    of four and one of six, or one of ten) stand within reach: "betale" and "konto" are
    common in prose without any number."""

    def windows(self, scan: Scan) -> list[Span]:
        starts = [start for start, _, digits in scan.clusters() if digits >= 4]
        if not starts:
            return []
        lead, tail = self.reach
        spans = [
            (lo, hi)
            for lo, hi in scan.keyword_spans(self._context)
            if insertion_point(starts, hi + tail) > insertion_point(starts, lo - lead)
        ]
        return _widen(spans, lead, tail, len(scan.source))

    def context_score(self, source: str, start: int, end: int, score: float) -> float | None:
        found = super().context_score(source, start, end, score)
        # Not where a negative word stands before it (a phone's "+44 7700 900357" given when
        # asked for the number "on the account"), nor digits cut at the window's end (the
        # question reaches further back than the context words' windows).
        if (
            found is None
            and (account_asked_before(source, start) or account_label_far(source, start))
            and not self.has_negative_context(source, start)
            and not source[end : end + 1].isdigit()
        ):
            return score
        return found

    def find(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        """Recognizer.find, the patterns after the first (an account after "konto…", each
        beginning ``[kK](?<![\\w-].)(?i:onto``) searched only in a window that holds
        "konto" casefolded: in most windows only "reg", "betal" or "overfør" stands
        (redspeed15)."""
        konto = "konto" in folded_between(source, lo, hi)
        first = True
        for pattern in self.patterns:
            if first or konto:
                for match in pattern.finditer(source, lo, hi):
                    finding = self._scored(source, match)
                    if finding is not None:
                        yield finding
            first = False

    def matches(self, scan: Scan) -> Iterator[Finding]:
        """``find`` in each window, the first pattern tried only where a run of four or more
        decimal digits (the digit mask's "0000") begins without a "-" before it: each of its
        matches begins so (four digits, its look-behind), where ``finditer`` tried every
        digit of a window (redspeed21)."""
        source, mask = scan.source, scan.digit_text()
        first = self.patterns[0]
        for lo, hi in self.windows(scan):
            done = lo
            at = mask.find("0000", lo, hi)
            while at >= 0:
                end = at + 4
                while end < hi and mask[end] == "0":
                    end += 1
                if at >= done and (at == 0 or (mask[at - 1] != "0" and source[at - 1] != "-")):
                    match = first.match(source, at, hi)
                    if match is not None:
                        done = match.end()
                        finding = self._scored(source, match)
                        if finding is not None:
                            yield finding
                at = mask.find("0000", end, hi)
            if "konto" in folded_between(source, lo, hi):
                for pattern in self.patterns[1:]:
                    for match in pattern.finditer(source, lo, hi):
                        finding = self._scored(source, match)
                        if finding is not None:
                            yield finding


def bank_account_recognizer() -> Recognizer:
    """Danish reg. no. (4 digits) + account no. (up to 10 digits), only in context."""
    return BankAccountRecognizer(
        name="dk_bank_account",
        anchor=Anchor.keywords,
        reach=(70, 70),
        entity="BANK_ACCOUNT",
        # "reg-account" written together is the span ("5402-41515119", "5402 - 41515119";
        # "0045 …" and "0045-" with eight digits are the international prefix of a phone
        # number, no reg.nr.);
        # where the account number has a label of its own ("reg.nr. 5402 kontonr.
        # 41515119") only it is: the reg.nr. names a branch. Both begin with the reg.nr.'s
        # first digit outside the alternation, so the engine skips to digits (an
        # alternation first makes it try every position of the window).
        patterns=[
            re.compile(
                r"\d(?<![\d-].)(?:(?!(?<=0)0\d\d |(?<=0)045-\d{8}(?![\d-]))"
                r"\d{3}(?: ?[-\u2013] ?| )\d{6,10}(?![\d-])"
                # pii61: "og" between, as a caller says them ("reg nr 8565 og konto 82382596").
                r"|\d{3}\s*(?:/|,|\||;)?\s*(?:og\s+)?(?i:konto(?:nr|nummer)?|kto|kt)\.?"
                # The account read out in pairs after its label ("registreringsnummer 1234
                # kontonummer 12 34 56 78 90"); pii61: or ten digits in the groups of four,
                # three and three a bank prints and a caller reads ("0086 482 774").
                r"(?:\s*nr\.?)?:?\s*(\d{6,10}(?![\d-])|\d\d(?: \d\d){3,4}(?![\d-]| \d)"
                r"|\d{4} \d{3} \d{3}(?![\d-]| \d)))"
            ),
            # An account alone right after its word, with its ten digits (Danish accounts
            # are padded to ten): "trukket fra konto 6961423465", "fra kontoen 2568369904".
            # Its first letter outside the lookbehind, so the engine skips to a "k".
            re.compile(
                r"[kK](?<![\w-].)(?i:onto(?:en|nr|nummer(?:et)?)?)\.?(?: nr\.?)?:? "
                r"(\d{10})(?![\d-]|[.,]\d)"
            ),
            # pii32: an account under its own number's label without its reg.nr., as a
            # helpline's log notes it ("eget kontonr. 591301830"): six to nine digits after
            # "kontonr."/"kontonummer" (not after "konto" alone: "konto 123456" may be any).
            re.compile(
                r"[kK](?<![\w-].)(?i:onto(?:nr|nummer(?:et)?|[ -]nr))\.?:? "
                r"(\d{6,9})(?![\d-]|[.,]\d)"
            ),
            # pii94: the account after its reg.nr. in brackets, as a ruling orders a refund
            # ("til Bo Hansens konto (reg.nr. 1279) 9712812189"): the account's number only.
            re.compile(
                r"[kK](?<![\w-].)(?i:onto(?:en)?)[ \t]+\((?i:reg)\.?[ \t]*(?i:nr\.?)?:?[ \t]*"
                r"\d{4}\)[ \t]+(\d{6,10})(?![\d-]|[.,]\d)"
            ),
        ],
        score=0.6,
        # A payment's wording names an account as well as "konto" does ("Betal senest
        # 1. maj på 1234-5678901", "overførte 5.000 kr. til 1234-5678901").
        # pii33: an estate inventory's assets name the account by its balance's kind
        # ("Bankindestående, Nordlys Bank: 9889-693879995", "Opsparing: 4589-8483221084").
        # pii34: where a parent wants a refund paid ("Refusion ønskes til: 2684-83987280").
        context=(
            *("reg", "konto", "kto", "account", "betal", "overfør", "indestående", "opsparing"),
            *("refusion ønskes", "refusion til", "refund to"),
            # pii106: where a refund goes, with what is refunded between ("Refusion af gebyr
            # til: 1953 7886505981").
            "refusion af",
            # pii61: an account in brackets after the bank it is kept in, as a police intake
            # note writes it ("henvist til sin bank (6597-0008439923)").
            "bank (",
            # pii50: a payroll thread's new salary account ("Emne: Ny lønkonto … Vil I bruge
            # 6566-4446458 fra næste lønkørsel?").
            *("lønkonto", "lønkørsel", "lønudbetaling", "salary", "payroll"),
            # pii76: accounts in the plural, as a police report lists the receiving ones
            # ("Modtagerkonti: 4747-55343432 og SE81…", "Konti: 4077 30578314, DK36…"), where
            # money is to be paid in ("Pengene kan sættes ind på 8636-82666996"), and an
            # account offered beside MobilePay ("til 8197-34571904 eller mobilepay").
            *("konti", "sættes ind på", "indsættes på", "mobilepay"),
            # pii85: or asked to be paid in there ("Erstatningen … bedes sat ind på …").
            *("sat ind på", "indsat på"),
            # pii76: the account a police request names by its holder ("kontoudtog for
            # perioden … for 4934-59471103 tilhørende Grue, Bent").
            "tilhørende",
            # pii112: where a scammer wanted the money ("de ville have pengene på
            # 4657-2457218") and the amount named beside the account ("Brug venligst 5759
            # 7856557 – beløb 139.000 kr.").
            *("pengene på", "beløb"),
        ),
        requires_context=True,
        # Case numbers led by a year ("Sag 2025-7107181", "ref 2024-8125834", "journalnr."),
        # and a phone number after its country code or its caller ("+44 7700 900756").
        negative_context=("sag ", "sagen ", "sagsnr", "ref ", "ref.", "ref:", "journalnr", "+"),
        negative_window=12,
        explanation={
            "da": "Dansk registrerings- og kontonummer, når ord som 'reg.nr.' eller 'konto' "
            "står ved siden af.",
            "en": "Danish bank registration and account number next to words like 'reg.nr.' "
            "or 'account'.",
        },
    )


# A transfer's counterparty on a statement line: "fra"/"til" and a name before the account
# in brackets ("fra Bech, Bent (9570 9642314)").
_COUNTERPARTY_BEFORE: Final = re.compile(r"(?i)(?<![\w])(?:fra|til|from|to) [^\n()]{2,60}\(\Z")


# An amount and "til" right before: a transfer's receiving account in a list of payments
# ("- 30/7 856,- til 1551 97444912", "18. juni 42.700 kr. til 6150-2326758").
# Or a verb of money moving ("Pengene gik til 1147-0322242", "overført til …").
# Or an amount and "fra" (the money was drawn from there: "der er trukket 473 kr. fra 1729
# 21921759", "hævet kr. 525,- fra …"), or a bank's "krediteres"/"debiteres" (the account
# credited or debited: "Beløbet krediteres 3253-9750554"), or money taken out without its
# amount first ("Hævet fra 3614-323218253, i alt …").
# pii27b: a deposit's "husk depositum til 4090-554781025"; a statement line's text that
# begins with "Til"/"Fra" after its date's tab ("19.02\tTil 8151 - 87364502 Brian …").
# pii36: money that is to be sent ("Beløbet skulle sendes til 6043 6276527", "overføres til").
# SWIFT MT940's field 25 is the statement's account (":25:3201-233652758").
_TRANSFER_BEFORE: Final = re.compile(
    r"(?i)(?:(?:\d|\bkr\.?|,-|\b(?:gik|gået|overført|overførte|sendt|sendte|betalt|betalte"
    r"|depositum|sendes|overføres|indbetales"
    # pii64: a refund's account ("Beløbet refunderes til 4832-27450028").
    r"|refunderes|tilbagebetales|tilbageføres"
    # pii66: the participle a lawyer's demand asks it back with ("Beløbet bedes tilbageført
    # til 6106 2579090", "bedes refunderet til …").
    r"|tilbageført|tilbagebetalt|refunderet"
    # pii85: money that was to go there, as a bank's letter says what it held back ("har vi
    # tilbageholdt 70.000 kr., der skulle til 3732-44485139").
    r"|skulle|skal"
    # pii110: where money is to go or be sent ("Refusionen skal gå til 1234 56789012", "kan
    # I sende pengene til …").
    r"|gå|(?:send|sende|overfør|overføre)(?: (?:pengene|beløbet|refusionen|summen))?))"
    r" til|(?:\d|\bkr\.?|,-|\b(?:hævet|hævede|trukket|overført)) fra|\b(?:krediteres|debiteres)"
    r"|(?<=\t)(?:til|fra)"
    # pii69: in English, paid or transferred there, or someone's share paid from there ("My
    # flatmate paid her share from 6463-19615781").
    r"|\b(?:paid|transferred|wired)(?: (?:my|his|her|their|our) share)? (?:to|from)"
    # pii70: a second account after a first one's digits ("overførsler til SE04 … 0752 og
    # til 1241 64350402"), the transfer's "til" said once for both.
    r"|\d og til)"
    r" \Z|(?:^|\n):25:\Z"
)
# pii64: the money to go back there, as a customer tells a webshop's chat where to refund
# ("pengene skal tilbage på 4832-27450028", "beløbet sendes retur til …"): the money named
# first, so a call back ("ring tilbage på …") is none.
_REFUND_BEFORE: Final = re.compile(
    r"(?i)\b(?:pengene|beløbet|summen|refusionen)\b[^\n.!?]{0,25}"
    r"\b(?:tilbage|retur) (?:på|til) \Z"
)
_REFUND_REACH: Final = 45
# pii104: an amount in kroner, then one to three words, then "til" before the account: money
# asked for to go there, the verb or the money's name between ("refusion 1.250 kr. anmodet
# til 4180-7539851", "krævede kr. 4.500 i "findeløn" til 3409-4414842"); the kroner named
# ("3 gange til …" is no money).
_AMOUNT_THEN_TO: Final = re.compile(
    r"(?i)(?:\d[ \t]?(?:kr\.?|kroner|dkk)|\b(?:kr\.?|dkk)[ \t]?\d[\d.]*(?:,\d\d)?|\d,-)"
    # Not a new sentence after "kr." ("Prisen var 450 kr. Ring til …"): no capital after it.
    r"(?:[ \t](?-i:(?![A-ZÆØÅ]))[^\s\d!?]{1,20}){1,3}[ \t]til[ \t]\Z"
)
_AMOUNT_THEN_REACH: Final = 80
# How far back _TRANSFER_BEFORE may begin: its longest verb and " til " ("tilbagebetales til ",
# pii66; 15 before cut "tilbageført til " short); pii69: "transferred their share from ".
_TRANSFER_REACH: Final = 30
# The words ``_TRANSFER_BEFORE`` and ``_REFUND_BEFORE`` end on, for a first cheap look before
# an account's digits.
_TRANSFER_WORDS: Final = (
    *(" til ", " fra ", "krediteres ", "debiteres ", " på ", " to ", " from "),
    *("\tTil ", "\tFra ", "\ttil ", "\tfra ", ":25:"),
    # pii96: a second account after an IBAN (_IBAN_THEN_ACCOUNT).
    *(" og ", " eller "),
)
# pii96: a Danish account listed right after an IBAN, "og" or "eller" between ("til
# NL56 1578 6813 0153 41 og 5984-30865452", "Sælgers konti: GB61… og 2121 0775774858"): the
# accounts money went to, named once for both.
_IBAN_THEN_ACCOUNT: Final = re.compile(
    r"(?<![\w])[A-Z]{2}\d\d(?: ?[\dA-Z]{4}){2,7}(?: ?[\dA-Z]{1,4})? (?:og|eller) \Z"
)
# How far back _IBAN_THEN_ACCOUNT may begin: an IBAN of 34 characters in groups (42) and " og ".
_IBAN_THEN_REACH: Final = 48


def transfer_to_account(source: str, start: int) -> bool:
    """Whether an amount and "til" or "fra", or "krediteres", stand right before ``start``
    (the money went there or came from there), or the money is to go back there; pii96: or
    an IBAN listed before it (_IBAN_THEN_ACCOUNT)."""
    return (
        _TRANSFER_BEFORE.search(source, max(0, start - _TRANSFER_REACH), start) is not None
        or _REFUND_BEFORE.search(source, max(0, start - _REFUND_REACH), start) is not None
        or (
            source.endswith(" til ", 0, start)
            and _AMOUNT_THEN_TO.search(source, max(0, start - _AMOUNT_THEN_REACH), start)
            is not None
        )
        or (
            source.endswith((" og ", " eller "), 0, start)
            and _IBAN_THEN_ACCOUNT.search(source, max(0, start - _IBAN_THEN_REACH), start)
            is not None
        )
    )


_MT940_ACCOUNT: Final = re.compile(r"(?m)^:25:")
# Found by the keyword pass that every text gets (no search of the text per recogniser).
_REG_DASH: Final = " - "
_MT940_TAG: Final = ":25:"
_KEYWORDS.update((_REG_DASH, _MT940_TAG))


def _reg_dash_joined(scan: Scan) -> list[tuple[int, int, int]]:
    """The digit clusters, a reg.nr. of four and the account after " - " joined into one
    (the scan splits at three characters without digits; pii27b: "Til 9820 - 7842768")."""
    clusters = scan.clusters()
    dashes = scan.keywords().get(_REG_DASH)
    if not dashes:
        return clusters
    source = scan.source
    joined: list[tuple[int, int, int]] = []
    for cluster in clusters:
        if joined:
            start, end, digits = joined[-1]
            if digits == 4 and cluster[0] == end + 3 and source.startswith(" - ", end):
                joined[-1] = (start, cluster[1], digits + cluster[2])
                continue
        joined.append(cluster)
    return joined


# A reg.nr. and an account padded to its ten digits (a statement's shape).
_PADDED_ACCOUNT: Final = re.compile(r"\d{4}(?: ?[-\u2013] ?| )\d{10}(?!\d)")


class StatementAccountRecognizer(Recognizer):
    """A Danish reg.nr. and account written together in a statement's or export's shape,
    where no account word stands near: the account padded to its ten digits ("til
    3409-9969215317"), or in brackets after a transfer's counterparty ("fra Bech, Bent (9570
    9642314)")."""

    def could_match(self, scan: Scan) -> bool:
        """Enough digits in one cluster, a reg.nr. and account split by " - " joined, or
        MT940's field 25."""
        if super().could_match(scan):
            return True
        if _MT940_TAG in scan.keywords():
            return True
        return any(digits >= self.min_digits for _, _, digits in _reg_dash_joined(scan))

    def windows(self, scan: Scan) -> list[Span]:
        """Only runs of 14 digits, or of 10 to 13 closed by a bracket or after a transfer's
        "til", "fra" or "krediteres"."""
        source = scan.source
        spans = [
            (start, end)
            for start, end, digits in _reg_dash_joined(scan)
            if digits == 14
            or (
                10 <= digits < 14
                and (")" in source[end : end + 2] or source.endswith(_TRANSFER_WORDS, 0, start))
            )
            # An amount in brackets right after joins the cluster ("til 1379-38116955
            # (2.808 kr.)"): after a transfer's word any longer cluster is worth a look.
            # pii64: so does the next line's time stamp in a chat ("…: 1323-0955803084⏎
            # [19:18] …"): a longer cluster that begins with a padded account too.
            or (
                digits > 14
                and (
                    source.endswith(_TRANSFER_WORDS, 0, start)
                    or _PADDED_ACCOUNT.match(source, start) is not None
                )
            )
        ]
        if _MT940_TAG in scan.keywords():
            # MT940's tags run into the digits around them (one cluster): its field 25.
            spans.extend((at.end(), at.end() + 20) for at in _MT940_ACCOUNT.finditer(source))
            spans.sort()
        return _widen(spans, self.reach[0], self.reach[1], len(source))

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        finding = super()._scored(source, match)
        if finding is not None and match.re is _BARE_TEN:
            # pii96: ten digits alone only where money went there ("fra" names no account
            # of its own: "trukket fra 1234567890" may be a case's).
            to = transfer_to_account(source, finding.start)
            return finding if to and not source.endswith(" fra ", 0, finding.start) else None
        if finding is not None and _YEAR_REG.match(match.group(1)) is not None:
            # pii75: a reg.nr. that reads as a year (1900-2039) only where money went to it
            # ("Pengene gik til 2006-1644351", "krediteres 2004-0513650979"); "trukket 473 kr.
            # fra 2025-7107181 i sagen" names a case.
            start = finding.start
            to = transfer_to_account(source, start) and not source.endswith(" fra ", 0, start)
            return finding if to else None
        if finding is None or len(digits_only(match.group(1))) == 14:
            return finding
        if transfer_to_account(source, finding.start) or (
            source.endswith(" fra ", 0, finding.start)
            and _CHANGED_TO_ACCOUNT.match(source, finding.end) is not None
        ):
            return finding
        bracketed = source.startswith(")", finding.end) and _COUNTERPARTY_BEFORE.search(
            source, max(0, finding.start - 70), finding.start
        )
        return finding if bracketed else None


# pii96: an account alone with its ten digits (Danish accounts are padded to ten; no Danish
# phone has ten) where money went to it ("Pengene gik til 5157872673"), not a reg.nr.'s
# account after its group of four (the first pattern's).
# (Its first digit before the look-behinds: test_pattern_cost.)
_BARE_TEN: Final = re.compile(r"(\d(?<![\w+.,/-].)(?<!\d .)\d{9})(?![\w-]|[.,]\d)")


# pii75: the first digits of a reg.nr. that reads as a year, 1900-2039 (StatementAccount).
_YEAR_REG: Final = re.compile(r"19|20[0-3]")


# pii54: an account changed for another, the old one after "fra" and before "til" and the
# new account or IBAN ("Lønkontoen blev ændret i appen fra 7814-7797061 til 5612-10964518").
_CHANGED_TO_ACCOUNT: Final = re.compile(r" til (?:\d{4}(?: ?[-\u2013] ?| )\d{6,10}|[A-Z]{2}\d\d)")


def statement_account_recognizer() -> Recognizer:
    return StatementAccountRecognizer(
        name="dk_statement_account",
        entity="BANK_ACCOUNT",
        anchor=Anchor.digits,
        min_digits=10,
        reach=(2, 2),
        # Not after "0045" (a phone's); a reg.nr. that reads as a year ("2025-1234567890" is
        # a case's number) only where money went to it (_YEAR_REG, StatementAccount._scored);
        # a reg.nr. from 2040 on is no year a case is filed under ("2095-7943398592").
        patterns=[
            re.compile(r"(?<![\w+.,/-])(?!00)(\d{4}(?: ?[-\u2013] ?| )\d{6,10})(?![\w-]|[.,]\d)"),
            _BARE_TEN,
        ],
        score=0.6,
        negative_context=(*_REFERENCE_WORDS, *_RECEIPT_WORDS, "sag ", "sagen ", "journalnr", "+"),
        negative_window=20,
        negative_penalty=0.6,
        explanation={
            "da": "Dansk registrerings- og kontonummer skrevet sammen: kontoen med sine ti "
            "cifre, i parentes efter den, pengene kom fra eller gik til, eller efter et beløb "
            "og 'til'.",
            "en": "Danish registration and account number written together: the account with "
            "its ten digits, in brackets after whom the money came from or went to, or after "
            "an amount and 'to'.",
        },
    )


# pii39: a transcript's fillers between a label and its value ("mit MitID bruger-ID, øh øh
# frederik1961", "læse en kode op, øhm 126487").
_FILLER: Final = "(?i:øh|øhm|ehm|æh|æhm|altså|hmm)"
# pii61: the words speech-to-text keeps between a verb and the value it governs in a call
# transcript ("jeg sagde øh 55 39 62", "og du bor stadig på ja toftegårds allé 118a"): the
# fillers, and the tags "ja", "jo", "ikke", "du ved", "hva'" spoken Danish hangs anywhere.
_SPEECH_FILLER: Final = "(?i:øh|øhm|ehm|æh|æhm|altså|hmm|ja|jo|ikke|du ved|hva')"


# Words that follow "bruger-id" in a sentence but are never the user ID itself.
# pii60: adverbs a chat or a note puts between the label's "er" and the ID ("er stadig
# anne92", "er fortsat hans1950", "is still jens77").
_ID_ADVERBS: Final = ("stadig", "stadigvæk", "fortsat", "altså", "still")
# pii71: what a member service did with a user ID, as its checklist writes it after the label
# (_ID_DONE); never an ID itself ("[ ] MitID-bruger-ID lukket: nej").
_ID_DONE_WORDS: Final = (
    *("spærret", "lukket", "låst", "blokeret", "nulstillet", "oprettet", "ændret", "skiftet"),
    *("slettet", "genåbnet", "deaktiveret", "genaktiveret", "tilbagekaldt", "misbrugt"),
    *("kompromitteret", "blocked", "locked", "closed", "reset", "created", "changed"),
    *("deleted", "revoked", "compromised"),
    # pii_blind87's read: what was done with it in a form ("MitID bruger-ID oplyst til
    # svindler: ivan1970"), never the ID itself.
    *("oplyst", "givet", "udleveret", "delt", "disclosed", "given", "shared"),
    # pii104: or where it was typed in or told, as a recovery log writes it ("MitID-bruger-ID
    # angivet ved genoprettelse: anna1970"), never the ID itself.
    *("angivet", "opgivet", "indtastet", "anført", "brugt", "anvendt", "bekræftet"),
    *("entered", "provided", "used"),
)
_ORDINARY_WORDS: Final = (
    "er",
    "is",
    "og",
    "samt",
    "and",
    "til",
    "eller",
    "or",
    "med",
    "with",
    "som",
    "var",
    "blev",
    "ikke",
    "not",
    "kan",
    "skal",
    "har",
    "fra",
    "from",
    # pii88: the question's verb after the label ("Hvilket bruger-ID logger du ind med?").
    "logger",
    "loggede",
    "på",
    "jeg",
    "hun",
    "han",
    "det",
    "den",
    "dit",
    "din",
    "mit",
    "min",
    "the",
    "your",
    "adgangskode",
    "password",
    "kodeord",
    "mitid",
    "nemid",
    # A redacted form's placeholder ("[bruger-ID udeladt]").
    "udeladt",
    "skjult",
    "fjernet",
    "redacted",
    # pii60: an adverb between "er" and the ID ("og dit bruger-id er stadig anne92 ikke?"),
    # as an ex-partner's chat checks a login it knows; never an ID itself.
    *_ID_ADVERBS,
    *_ID_DONE_WORDS,
)


# The user ID in brackets right after its label ("Bruger-ID'et (holst_agnete) stod på en
# seddel"): shaped as an ID (a digit, "_", "." or an inner capital), which a remark is not,
# or a given name and more letters written together ("(bodildahl)", see joined_name_id).
_BRACKETED_ID: Final = re.compile(
    r"(?i:bruger[- ]?id(?:'et|'en)?)[ \t]*\((?:(?=[\w.-]*[\d_.]|[\w.-]+[A-Z])"
    r"[A-Za-z0-9][A-Za-z0-9._-]{2,30}[A-Za-z0-9]|([a-z]{7,30}))\)"
)
_BRACKETED_JOINED_ID: Final = re.compile(
    r"(?i:bruger[- ]?id(?:'et|'en)?)[ \t]*\(([a-z]{7,30})\)(?![ \t]*:)"
)


def joined_name_id(token: str) -> bool:
    """Whether a lower-case token is a listed given name of three letters or more and at
    least three letters after it ("bodildahl", "gudrunnoergaard"), as user IDs are made;
    a remark's word ("udeladt", "fjernet") starts with no name."""
    if token in _ORDINARY_WORDS:
        return False
    names = gazetteer()
    first, ambiguous = names["first"], names["ambiguous"]
    return any(
        (head := _normal(token[:cut])) in first or head in ambiguous
        for cut in range(3, len(token) - 2)
    )


def bracketed_user_id(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` is the ID in brackets right after "bruger-id"."""
    if start == 0 or source[start - 1] != "(":
        return False
    found = _BRACKETED_ID.search(source, max(0, start - 16), end + 1)
    if found is None or found.end() != end + 1:
        return False
    return found.group(1) is None or joined_name_id(found.group(1))


# pii38: a ticket's or mail header's "Bruger: Henrik Skovbo <hensko50@example.net>": the
# word after the label starts a display name before the e-mail in angle brackets (or its
# redacted stand-in "<[e-mail]>"), which a user ID typed into MitID is not.
# pii76: or a comma and the address ("Bruger: Winnie Ottosen, winnie.ottosen@example.dk"), or
# the name inverted ("Bruger: Svendsen, Ahmad, ahmad01@example.net").
_DISPLAY_NAME_REST: Final = re.compile(
    r"(?:[ \t]+[\w.'-]+){1,3}[ \t]+<(?:[^<>\s@]+@|\[)"
    r"|(?:(?:[ \t]+[^\W\d_][\w'-]*){1,3}|,[ \t]+[^\W\d_][\w'-]*),[ \t]+[^\s@,<>]+@"
)


def display_name_before_mail(source: str, end: int) -> bool:
    """Whether the token ending at ``end`` starts a display name: one to three more words,
    then an e-mail address in angle brackets ("Bruger: Esther Abdi <estabd66@…>")."""
    return _DISPLAY_NAME_REST.match(source, end) is not None


# pii53: a user ID and a one-time code given in one breath ("fik bruger-ID'et hannesoen1979
# og engangskoden 12962613", a farming family's "ja 629661 og brugernavn henrikjako"): the
# two a MitID login asks for, so MitID goes without saying.
# pii81: or read out after "og" ("gav brugernavn ab1960 og læste kode fra appen 777107 op").
_CODE_AFTER_ID: Final = re.compile(
    r"[ \t]+og[ \t]+(?:(?:læste|gav|sendte|oplyste)[ \t]+)?"
    r"(?i:(?:engangs|sms-?|mitid-?)?koden?)(?![\w-])"
)
_CODE_BEFORE_LABEL: Final = re.compile(
    r"(?<![\d.,])\d{4,8}[.,]?[ \t]+og[ \t]+(?:(?i:mit)[ \t]+)?"
    r"(?i:bruger[- ]?id|brugernavn(?:et)?)[ \t]*:?[ \t]*\Z"
)


# pii85: the participles a form writes between a credential's label and whom it was given to
# ("MitID bruger-ID oplyst til svindler: william1976"): what was done with it, never the
# credential itself (the ID or code follows the colon).
_DISCLOSED_TO: Final = (
    r"(?i:oplyst|opgivet|givet|udleveret|delt|sendt|videregivet|disclosed|given|sent)"
)

# pii92: where a credential was given away, after _DISCLOSED_TO ("oplyst i samme opkald",
# "givet under samtalen", "disclosed during the call").
_DISCLOSED_DURING: Final = (
    r"(?i:i|under|in|during)[ \t]+(?:(?i:samme|det|the same|the)[ \t]+)?"
    r"(?i:opkald(?:et)?|samtalen?|chat(?:ten)?|telefonen|call|chat)"
)

# pii83: a user ID said to be given to the scammer right after it ("Oplyste user ID rendyhr61
# til svindleren", an insurer's claim form): the login a scam is after, so MitID goes without
# saying; only a token shaped as an ID (a digit or "_").
_GIVEN_TO_SCAMMER: Final = re.compile(
    r"[ \t]+(?i:til|to)[ \t]+(?:(?i:en|a|the)[ \t]+)?"
    r"(?i:svindler(?:en|ne)?|scammer(?:s)?|fraudster(?:s)?)(?![\w-])"
)


def given_to_scammer(source: str, start: int, end: int) -> bool:
    """Whether the ID-shaped token at ``start:end`` is followed by "til svindleren"."""
    return (
        _GIVEN_TO_SCAMMER.match(source, end) is not None
        and _ID_SHAPE.fullmatch(source, start, end) is not None
    )


# pii86: the user ID told in a reply after it was asked for, as a victim retells it ("Han bad
# om hendes bruger-id, og hun oplyste tran41 i telefonen", "ask for your MitID user ID?⏎[10:51]
# Inuk: yes a man called. I told him inukbak35", "bruger-ID⏎[12:09] Priya: Hvad gav du
# dem?⏎[12:09] preben: preben2004"): the label, at most one line between, then a verb of
# telling or the next chat line's speaker, and one token of a user ID's shape (letters then two
# to four digits) ending its line or sentence ("sagde ok", "oplyste ingenting" are none).
_ID_TOLD_IN_REPLY: Final = re.compile(
    r"(?i:bruger[- ]?id|user ?id)[^\n]{0,60}?(?:\n[^\n]{0,70}?)?"
    r"(?:(?i:told (?:him|her|them)|sagde|oplyste|det var|it was)"
    r"|\n\[\d{1,2}[:.]\d{2}\][^\n:]{1,60}:)[ \t]+"
    r"([a-z][a-z._-]{0,29}[a-z]\d{2,4})"
    r"(?=[\"'.]?[ \t]*(?:\n|\Z)|[ \t]+(?:i telefonen|on the phone)"
    # pii102: or a code told after it, as a note retells the request and the answer in two
    # sentences ("bad om kundens MitID-bruger-ID. Kunden oplyste anna1970 og læste koden
    # 123456 op"): _CODE_AFTER_ID.
    rf"|{_CODE_AFTER_ID.pattern})"
)
# pii86: a user ID asked for by the caller ("Han bad om hendes bruger-id", "spurgte efter mit
# bruger-ID", "ask for your user ID"): the login a phishing call is after, so MitID goes
# without saying (a shop's "brugernavn" is not asked for so).
_USER_ID_ASKED: Final = re.compile(
    r"(?i:bad om|spurgte (?:efter|om)|asked? (?:me )?for)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?"
    r"(?i:mitid[- ])?(?i:bruger[- ]?id|user ?id)"
)


_USER_ID_ASK_WORDS: Final = ("bad om", "spurgte efter", "spurgte om", "ask for", "asked for")


def user_id_asked(source: str, start: int) -> bool:
    """Whether the user ID was asked for within reach before ``start`` (_USER_ID_ASKED)."""
    return _USER_ID_ASKED.search(source, max(0, start - 160), start) is not None


# pii86: a customer's name after a log's bare "Bruger:" label ("Bruger: Ali Mortensen
# (kunde-nr. …)", "Bruger: Bruun, Birgit (…", "Bruger: Anmelder A (…"): a capitalised word
# with no digit, then one to three more capitalised words or a number before a bracket or the
# line's end; a user ID typed into MitID is one token.
_NAME_REST_AFTER_LABEL: Final = re.compile(r"((?:,?[ \t]+[^\W_][\w'-]*){1,3})[ \t]*(?:\(|$)", re.M)


def display_name_after_label(source: str, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` starts a capitalised name of several words."""
    if not source[start].isupper() or _ID_SHAPE.fullmatch(source, start, end):
        return False
    rest = _NAME_REST_AFTER_LABEL.match(source, end)
    return rest is not None and all(
        word[0].isupper() or word.isdigit() for word in rest.group(1).replace(",", " ").split()
    )


def given_with_code(source: str, start: int, end: int) -> bool:
    """Whether the user ID at ``start:end`` is given with a one-time code: "og engangskoden"
    after it, or a code and "og" before its label ("ja 629661 og brugernavn …")."""
    return (
        _CODE_AFTER_ID.match(source, end) is not None
        or _CODE_BEFORE_LABEL.search(source, max(0, start - 40), start) is not None
    )


class MitIdUserRecognizer(Recognizer):
    """Searched from its labels' first words ("bruger", "user", "nemid") on, not around the
    context words: MitID may be named sentences away from the label (context_window). An ID
    in brackets right after "bruger-id" needs no MitID nearby: its shape and label tell."""

    def windows(self, scan: Scan) -> list[Span]:
        lead, tail = self.reach
        return _widen(scan.keyword_spans(self._starts), lead, tail, len(scan.source))

    def could_match(self, scan: Scan) -> bool:
        if super().could_match(scan):
            return True
        source = scan.source
        # Cheap looks first: the bracket and the label's first word (_BRACKETED_ID starts
        # case-insensitively, so sre would try it at every position of the text).
        if "(" in source and "bruger" in scan.lowered and _BRACKETED_ID.search(source) is not None:
            return True
        # One's own ID needs no MitID named (_own_user_id): its label after "mit" or "sit";
        # nor one given with a code (given_with_code).
        return scan.has_keyword(self._starts) and (
            _OWN_LABEL.search(source) is not None
            or "kode" in scan.lowered
            or "til svindler" in scan.lowered
            # pii86: or asked for by the caller (user_id_asked).
            or any(ask in scan.lowered for ask in _USER_ID_ASK_WORDS)
            # pii88: or given away, or told on one's own chat line (_LABEL_GIVEN_BEFORE).
            or "gav" in scan.lowered
            or "oplyste" in scan.lowered
            or "seddel" in scan.lowered
            or "sedlen" in scan.lowered
            or "]" in source
        )

    def context_score(self, source: str, start: int, end: int, score: float) -> float | None:
        found = super().context_score(source, start, end, score)
        if found is None and (
            bracketed_user_id(source, start, end)
            or given_with_code(source, start, end)
            or given_to_scammer(source, start, end)
            or (
                user_id_asked(source, start) and _ID_SHAPE.fullmatch(source, start, end) is not None
            )
        ):
            return score
        return found

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        if match.re is _BRACKETED_JOINED_ID and not joined_name_id(match.group(1)):
            return None
        finding = super()._scored(source, match)
        if finding is not None and (
            display_name_before_mail(source, finding.end)
            or display_name_after_label(source, finding.start, finding.end)
        ):
            return None
        # pii88: or the ID told in a reply after one's own label (_ID_TOLD_IN_REPLY).
        if finding is None and (match.re is self.patterns[0] or match.re is _ID_TOLD_IN_REPLY):
            return self._own_user_id(source, match)
        return finding

    def _own_user_id(self, source: str, match: re.Match[str]) -> Finding | None:
        """The label's own user ID with no MitID named within reach: only after "mit" or
        "sit", a verb of giving it away or a chat line's speaker, and shaped as an ID (see
        _OWN_LABEL_BEFORE, _LABEL_GIVEN_BEFORE)."""
        start, end = match.span(match.lastindex or 0)
        if (
            _OWN_LABEL_BEFORE.search(source, max(0, match.start() - 8), match.start())
            or (
                _LABEL_GIVEN_BEFORE.search(source, max(0, match.start() - 80), match.start())
                and _USER_ID_LABEL.match(source, match.start()) is not None
            )
            or _OWN_LABEL_NAMED.search(source, max(0, match.start() - 80), match.start())
            or _NOTED_AFTER_ID.match(source, end)
        ) and _ID_SHAPE.fullmatch(source, start, end):
            return Finding(self.entity, start, end, self.score, self.name)
        return None


# Someone's own login ID given with its possessive ("mit bruger-id er ella1973", "Far gav
# ham sit bruger-ID mmz6hddm", "mit brugernavn er joakim91"): the writer's or the person's
# credential, personal data whether or not MitID is named within reach (a victim's chat
# names it once at the start, or not at all: "Han bad om mit bruger-ID og jeg gav ham …").
# Not "dit": a shop's or service's mail tells its customer "Dit brugernavn er …" of its own
# login. Only a token shaped as an ID: a digit or "_" in it, or a "." between letters
# ("ivan.jakobsen"), which no sentence's next word has ("mit brugernavn er spærret").
# pii83: or an English chat's "my" ("and my user id ddahlmarcussen96", after the code).
_OWN_LABEL_BEFORE: Final = re.compile(r"(?<![\w])(?i:mit|sit|my)[ \t]+\Z")
# pii88: or the label right after a verb of giving it away ("kunde ringede fra …, gav
# bruger-ID marekp71 ved fejl"), or opening a chat line after its speaker, who tells their
# own ("[08:56] karoline: bruger-id er karoli1963 skal jeg skifte det?"), as a fraud desk's
# chat and log write it without naming MitID.
_LABEL_GIVEN_BEFORE: Final = re.compile(
    r"(?:(?<![\w])(?i:gav|opgav|oplyste|udleverede|afgav|gave)"
    r"|^\[\d{1,2}[:.]\d{2}\][^\n:]{1,60}:)[ \t]+\Z",
    re.M,
)
# Only "bruger-id" so given or told: a shop's "brugernavn" is no MitID login ("Han gav
# brugernavn mkoch1960 og læste avisen").
_USER_ID_LABEL: Final = re.compile(r"(?i:bruger[- ]?id)")
# pii49: or the label said to be one's own in the sentence before ("Jeg skrev mit bruger-ID
# ind, men ikke koden. Bruger-ID var silje1947"), the label then bare.
_OWN_LABEL_NAMED: Final = re.compile(
    r"(?<![\w])(?i:mit|sit)[ \t]+(?i:bruger-?id|brugernavn)[^\n.!?]{0,50}[.!?][ \t]+\Z"
)
# Searched over a whole text: its first letter first (as (?i) reads "m" and "s") and the
# look-behind after it (the same condition), so sre skips to those letters instead of
# trying a look-behind at every position (test_pattern_cost).
_OWN_LABEL: Final = re.compile(r"[MmSs\u017f](?<![\w].)(?i:it[ \t]+[bru]|y[ \t]+user)")
_ID_SHAPED: Final = r"(?=[\w.-]*[\d_]|[A-Za-z]{2,}\.[A-Za-z]{2,})"
_ID_SHAPE: Final = re.compile(rf"{_ID_SHAPED}[\w.-]+")
# pii71: what was done with the user ID, then a colon and the ID, as a clerk's checklist
# writes it ("[x] MitID-bruger-ID spærret: anders1957", "user ID reset: anna_1990"): only a
# token shaped as an ID after the colon ("MitID-bruger-ID spærret: afventer kunden" is none).
# pii104: or when or where it was done, one to three words after a preposition before the
# colon ("MitID-bruger-ID angivet ved genoprettelse: anna1970", "… indtastet under opkaldet:
# …", "user ID entered during recovery: …"), as an account-recovery log writes it.
_ID_DONE_WHEN: Final = (
    r"(?:[ \t]+(?i:ved|under|i|efter|via|på|during|at|in|on)"
    r"(?:[ \t]+[^\W\d_][\w-]*){1,3}?)?"
)
_ID_DONE: Final = (
    rf"(?:{'|'.join(_ID_DONE_WORDS)}){_ID_DONE_WHEN}(?=:[ \t]*{_ID_SHAPED}[A-Za-z0-9])"
)


# What a person did with the MitID user asked for, told right after it ("MitID-bruger, jeg
# skrev kasper64", "MitID-brugeren; hun gav dem anna_1950"), and the ID given.
_MITID_USER_GIVEN: Final = re.compile(
    r"(?i:mitid|nemid)[- ](?i:bruger(?:en|[- ]?id(?:'et|'en)?|navn(?:et)?)?)"
    # pii46: or said it aloud ("bad om mit MitID bruger-ID, og jeg sagde ejner65"), as a
    # victim tells a bank's fraud line what the caller got.
    r"(?:[,;]? (?:og )?(?i:jeg|han|hun) (?:gav|sendte|oplyste|skrev|tastede|indtastede|sagde)"
    r"(?: (?:ham|hende|dem|den|det))?(?: ind)? "
    # pii56: a donor's complaint without the subject again and with regret ("Jeg blev bedt
    # om mit MitID-bruger-id og gav desværre joannameln80").
    r"| og (?:gav|sendte|oplyste|skrev|tastede|indtastede|sagde)(?: desværre)?(?: ind)? )"
    r"(?=[\w.-]*[\d_])([A-Za-z0-9][A-Za-z0-9._-]{1,30}[A-Za-z0-9])(?![\w-]|\.\w)"
)


# pii48: a user ID written on a note by the computer, quoted where a report retells it ("På
# en seddel ved computeren stod "rahimi1943""), as older people keep their MitID login:
# only letters then two to four digits, a user ID's shape ("stod "Husk mælk"" is none), with
# MitID named within reach (a care home's note names the app a few sentences before).
_NOTED_USER_ID: Final = re.compile(
    r"(?i:seddel|sedlen|sedler|post-it|lap papir)[^\n\"“”„]{0,40}?"
    r"(?i:stod|står|var skrevet|er skrevet)(?: der)?:?[ \t]+[\"“„]"
    r"([A-Za-z][A-Za-z._-]{0,29}\d{2,4})[\"”“]"
)


# pii94: the ID after its label written down on a note, as a police report retells a door-
# to-door seller's visit ("Bruger-id omar1935 blev skrevet på en seddel"): the note tells it
# is a login kept, with no MitID named.
_NOTED_AFTER_ID: Final = re.compile(
    r"[ \t]+(?:blev|var|er|stod)[ \t]+(?:skrevet|noteret)(?:[ \t]+ned)?[ \t]+på[ \t]+"
    r"(?:en[ \t]+)?(?:seddel|sedlen|post-it|lap papir)(?![\w])"
)


# pii81: the ID a victim logged in with, told in their own words ("jeg loggede ind med
# llind1964 og godkendte"), with MitID named within reach: only letters then two to four
# digits, a user ID's shape ("loggede ind med MitID", "… med appen" are none).
# (Its first letter before the look-behind: test_pattern_cost.)
_LOGGED_IN_WITH_ID: Final = re.compile(
    r"[Ll](?<![\w-].)ogge(?:t|de|r)? ind med[ \t]+"
    r"([A-Za-z][A-Za-z._-]{0,29}[A-Za-z]\d{2,4})(?![\w-]|\.\w)"
)
# pii81: an answer to a request for the user ID and the code, both on one line ("MitID
# bruger-ID og koden vi sender. (kundens svar: noah55 525271"): the ID's shape, then the code.
_ANSWERED_ID: Final = re.compile(
    r"[Ss](?<![\w-].)var:[ \t]+([A-Za-z][A-Za-z._-]{0,29}[A-Za-z]\d{2,4})(?= \d{4,8}(?!\d))"
)


def mitid_user_recognizer() -> Recognizer:
    """The user ID someone types into MitID/NemID: any token right after its label."""
    return MitIdUserRecognizer(
        name="mitid_user",
        anchor=Anchor.keywords,
        # The longest label with a remark and "er:" is about 80 characters, the ID 32.
        reach=(0, 120),
        entity="MITID_USER",
        patterns=[
            re.compile(
                # "bruger id" as a transcript writes it; "MitID-bruger:" as a form does.
                # "bruger-ID'et" with its definite ending after an apostrophe.
                rf"(?i:(?:bruger|{'|'.join(_BRUGER_TYPOS)})[- ]?id(?:'et|'en)?"
                # pii53: not the start of the ID glued to "bruger " ("MitID-bruger idumitru85").
                r"(?![^\W\d_])"
                # pii44: "bruger:" a word of its own, not a compound's end ("Forbruger: Navn",
                # a utility's consumer named on its form).
                # pii53: "brugernavnet" too ("fik MitID-brugernavnet annebonde og …").
                rf"|brugernavn(?:et)?|{'|'.join(_BRUGERNAVN_TYPOS)}|(?<![^\W\d_])bruger(?=:)"
                # pii110: not the start of the ID glued to "user " ("MitID login user ida1995").
                r"|user ?id(?![^\W\d_])|nemid-?nummer"
                r"|nemid-?nr\.?"
                # "MitID-bruger marpou1", "hendes NemID bruger anna.k": the ID right after,
                # only a token with a digit, "." or "_" (not "MitID-bruger og kode").
                # pii61: or "er" between, as a chat says it ("og min mitid bruger er piotr60").
                r"|(?<=(?i:mitid|nemid)[- ])bruger(?=[ \t]+(?:(?:er|var)[ \t]+)?"
                r"(?:[A-Za-z0-9][\w.-]*[\d_.]"
                # pii53: or any one token said to be given ("Mortens MitID-bruger
                # mortenbonde oplyst", a co-op's note of what a member answered a fake mail).
                r"|[a-z]{3,30}[ \t]+(?:oplyst|opgivet|givet|udleveret)(?![\w-])"
                # pii71: or what was done with it, then a colon ("MitID-bruger spærret: …").
                rf"|{_ID_DONE}))"
                # pii43: "en bruger med ID anna1970" (MitID Erhverv's user named by its ID):
                # only before a token with a digit, "_" or ".".
                r"|bruger med id(?=[ \t]+[A-Za-z0-9][\w.-]*[\d_.])"
                # pii76: a log's bare "bruger" before a user ID's shape, letters then two to
                # four digits, with MitID named within reach ("MitID login, bruger
                # karino1939, CPR …"); "bruger 2 timer", "bruger appen" are none.
                r"|(?<![^\W\d_])bruger(?=[ \t]+[A-Za-z][A-Za-z._-]{0,29}[A-Za-z]\d{2,4}"
                r"(?![\w@-]|\.\w))"
                # A company's login ("Anmelderens MitID Erhverv-bruger rikke68 blev brugt")
                # and the definite form ("spørg om MitID-brugeren elifrin86 er spærret"), as
                # business-fraud reports and chats name the user whose MitID approved the
                # payment: only before a token with a digit or "_" ("MitID-brugeren er
                # spærret", "MitID Erhverv-brugeren Anna." are no IDs).
                r"|(?:(?<=(?i:mitid|nemid)[- ])brugeren"
                r"|(?<=(?i:mitid|nemid)[- ](?i:erhverv)[- ])bruger(?:en)?)"
                # pii46: or "er" between ("Vores MitID Erhverv-bruger er oksstok93 – skal
                # den spærres?"), a business asking its bank to block its user.
                r"(?=[ \t]+(?:(?:er|var)[ \t]+)?[A-Za-z0-9][\w.-]*[\d_]))"
                r"(?:\s+(?i:til|for|i|to|in)\s+(?i:mitid|nemid|mit id|nem id)"
                # pii92: then given away and where, before a colon ("Bruger-id til MitID
                # oplyst i samme opkald: anna1970", a buyer's complaint of a fake seller).
                rf"(?:[ \t]+{_DISCLOSED_TO}(?:[ \t]+{_DISCLOSED_DURING})?(?=:))?"
                # pii76: or where it was given, before a colon ("skrev selv sit
                # MitID-bruger-ID i chatten: runer1962").
                r"|[ \t]+(?i:i|in)[ \t]+(?i:chatten|the chat|beskeden|sms'en|sms-en|mailen"
                # pii81: or the log it shows in ("MitID bruger-ID i loggen: pbach48",
                # "bruger-id i log er ipetersen47"), or whom it was given to ("har givet sit
                # MitID bruger-ID til en svindler: kamma1932").
                r"|opkaldet|samtalen|telefonen|loggen|log|the log)(?=:|[ \t]+er[ \t])"
                # pii85: also with the participle of giving it away between ("MitID
                # bruger-ID oplyst til svindler: william1976", _DISCLOSED_TO).
                rf"|(?:[ \t]+{_DISCLOSED_TO})?[ \t]+(?i:til|to)[ \t]+(?:(?i:en|a|the)[ \t]+)?"
                r"(?i:svindler|svindleren|svindlerne|scammer|fraudster)(?=:)"
                # pii81: or asked for in a chat and the answer on the next speaker's line
                # ("Fik de også dit MitID bruger-id?⏎[20:27] Torben: ja desværre, torben33"):
                # only before a token of letters then a digit ("ja desværre, det fik de").
                r"|\?[ \t]*\n[^\n]{1,60}?:[ \t]+(?i:ja)(?:,?[ \t]+(?i:desværre))?"
                r"(?=,?[ \t]+[A-Za-z][\w.-]*\d))?"
                # The ID itself in brackets ("sit MitID bruger-id (anna_1234) samt koden"):
                # a single token with a digit, "_", "." or an inner capital, which a remark
                # in brackets has not.
                # pii64: or after the verb's particle, read out ("Han læste sit
                # MitID-bruger-ID op (henning1989) – bedt om at skifte adgangskode").
                r"(?:(?:[ \t]+op)?[ \t]*\((?=[\w.-]*[\d_.]|[\w.-]+[A-Z])(?!(?i:mitid|nemid)\))"
                r"([A-Za-z0-9][A-Za-z0-9._-]{2,30}[A-Za-z0-9])\)(?![ \t]*:)|"
                # A remark in brackets ("Brugernavn til MitID (oplyst ved opkald): …").
                # Not a stand-in for the ID ("Bruger-ID'et ([MitID-bruger]) stod …"): the ID was
                # given there, redacted, and the word after it is none.
                # Nor a lone word that may be the ID itself ("(bodildahl) stod"), unless a
                # colon follows it.
                r"(?:[ \t]*\((?!\[)(?![a-z]{7,30}\)(?![ \t]*:))[^()\n]{1,40}\))?"
                # "…, which is", "…. Det er", "… og jeg gav ham" before the ID.
                # "… og det er", as a caller goes on after the label.
                r"(?:[.,]?\s+(?i:(?:which is|som er|det er|er|is|var|was)"
                # pii60: an adverb after it ("er stadig anne92"; _ID_ADVERBS).
                rf"(?:[ \t]+(?:{'|'.join(_ID_ADVERBS)}))?"
                # A ruling's "har oplyst sit MitID-bruger-id som annmad.": "som" before a
                # token shaped as an ID or one word that ends its line.
                r"|som(?=[ \t]+(?:[A-Za-z0-9][\w-]*(?:[\d_]|\.\w)"
                r"|[^\W\d_]{4,16}\.?[ \t]*(?:\n|\Z)))"
                r"|og (?:det|den) (?:er|var)(?=[ \t]+[A-Za-z0-9][\w-]*(?:[\d_]|\.\w))"
                # pii71: a checklist's "MitID-bruger-ID spærret: anders1957" (_ID_DONE).
                rf"|{_ID_DONE}"
                r"|og jeg (?:gav|sendte|oplyste|skrev)(?: (?:ham|hende|dem|dem det|ham det))?"
                # pii70: a transcript's question ending "… til nogen" and the caller's "ja
                # jeg gav ham …" on the next speaker's line ("[13:26] ole lund: ja jeg gav
                # ham holst57 og en kode …"): only before a token with a digit or "_".
                r"|til (?:nogen|nogle|andre)\??[ \t]*\n[^\n]{1,60}?:[ \t]+(?:ja[, ]+)?"
                r"jeg (?:gav|sendte|oplyste|sagde)(?: (?:ham|hende|dem|dem det|ham det))?"
                r"(?=[ \t]+[A-Za-z0-9][\w-]*[\d_])"
                # A caseworker's note: "spurgt om MitID-bruger-ID'et, og borgeren oplyste …".
                # pii40: any definite noun as the one who gave it ("og medlemmet gav …").
                # pii55: a police report's bare "anmelder" and the victim's words ("og
                # anmelder gav ham jogvan78 og engangskoden …", "og forurettede oplyste …").
                r"|og (?:han|hun|[a-zæøå]{3,}(?:en|et)|anmelder|forurettede|skadelidte)"
                r" (?:gav|sendte|oplyste|skrev|sagde|opgav)(?: (?:ham|hende|dem|det))?"
                # only before a token with a digit, "_" or an inner "." ("oplyste ingenting").
                r"(?=[ \t]+[A-Za-z0-9][\w-]*(?:[\d_]|\.\w)))"
                r"(?![\w]))?"
                # pii39: a comma and a speaker's fillers before the ID ("mit MitID bruger-ID,
                # øh øh frederik1961", "my MitID user ID, priyash01"): only a token of letters
                # then a digit, which "bruger-ID, og koden" has not.
                rf"(?:,(?:[ \t]+{_FILLER})*(?=[ \t]+[A-Za-z][A-Za-z._-]*\d)"
                # pii52: a session log's prompt and its answer joined by an arrow ("Remote
                # chat: "please confirm MitID user ID" -> "tove56""): only an ID's shape.
                rf"|[ \t]*[\"”']?[ \t]*(?:->|→|=>)[ \t]*[\"“']?{_ID_SHAPED}"
                r"|[ \t]*[:=]?)[ \t]*"
                rf"(?!(?i:{'|'.join(_ORDINARY_WORDS)})\b)"
                # Ends on a letter or digit: a sentence's full stop is not part of the ID.
                # pii83: nor a link's scheme ("bruger-id (skjult): https://…").
                r"([A-Za-z0-9][A-Za-z0-9._-]{2,30}[A-Za-z0-9])(?![\w-]|\.\w|://))"
            ),
            # The ID right after MitID itself, as a chat or an agent's note shortens it ("mit
            # mitid er ib1945", "mitid leila1980 spærret"): only a user ID's shape, letters
            # then two to four digits, which no word after "MitID" has.
            re.compile(
                rf"(?<![\w-])(?i:mitid|nemid|{'|'.join(_MITID_TYPOS)})"
                # pii81: "er" in capitals too ("MIT MITID ER norpop40 – HAR DE DET NU??").
                r"(?:[ \t]+(?i:er|var|is|was))?[ \t]*:?[ \t]+"
                r"([A-Za-z][A-Za-z._-]{0,29}[A-Za-z]\d{2,4})(?![\w-]|\.\w)"
            ),
            # pii110: a log's "MitID login user jonas77" or "MitID user: …": the ID's shape only,
            # letters then two to four digits ("MitID login user failed" is none).
            re.compile(
                r"(?<![\w-])(?i:mitid|nemid)[- ](?:(?i:log-?in)[ \t]+)?(?i:user(?:name)?)"
                r"[ \t]*:?[ \t]+([A-Za-z][A-Za-z._-]{0,29}[A-Za-z]\d{2,4})(?![\w-]|\.\w)"
            ),
            # pii63: the ID in brackets right after MitID, as a bank's dispute form writes
            # whose login was used ("Nogen har brugt Arne Kowalskis MitID (arne60) og koden
            # …"): only a user ID's shape, letters then two to four digits, which a remark
            # in brackets ("MitID (appen)", "MitID (2024)") has not.
            re.compile(
                r"(?<![\w-])(?i:mitid|nemid)[ \t]*\("
                r"([A-Za-z][A-Za-z._-]{0,29}[A-Za-z]\d{2,4})\)"
            ),
            # A given name and a surname written together in brackets ("Bruger-ID'et
            # (bodildahl)"), told by joined_name_id.
            _BRACKETED_JOINED_ID,
            # pii32: the user asked for and given in one breath, after a comma ("den bad
            # også om MitID-bruger, jeg skrev kasper64 og koden …"): only a token shaped as
            # an ID (a digit or "_"), which "jeg skrev straks" has not.
            _MITID_USER_GIVEN,
            _NOTED_USER_ID,
            _LOGGED_IN_WITH_ID,
            _ANSWERED_ID,
            _ID_TOLD_IN_REPLY,
            # An API's or export's field ("mitidUser": "anna_1234", "nemid_user_id": …).
            re.compile(
                # From its "user", a start word: "mitid" alone starts too many sentences.
                r"(?i:(?:(?<=mitid)|(?<=nemid)|(?<=mitid_)|(?<=nemid_))user(?:_?id|_?name)?)"
                r"\"?[ \t]*[:=][ \t]*\"?"
                r"([A-Za-z0-9][A-Za-z0-9._-]{2,30}[A-Za-z0-9])(?![\w-]|\.\w)"
            ),
        ],
        score=0.6,
        # Or a login told with it ("logget ind med mit bruger id …"): a victim's own words
        # for the credentials a bank's caller asked for, where MitID goes without saying.
        context=(
            *("mitid", "nemid", "mit id", "nem id", *_MITID_TYPOS),
            *("logget ind med", "loggede ind med", "logge ind med", "logger ind med"),
            # pii88: or asked how one logs in ("Hvilket bruger-ID logger du ind med?⏎[19:11]
            # HODAN SKOVBO: hodan55"), the login the fraud desk's chat checks.
            *("logger du ind med", "loggede du ind med", "logger de ind med"),
        ),
        starts_with=(
            *("bruger", "user", "nemid", "mitid", *_MITID_TYPOS, *_BRUGER_TYPOS),
            *_BRUGERNAVN_TYPOS,
            *("seddel", "sedlen", "sedler", "post-it", "lap papir"),
            *("logget ind med", "loggede ind med", "logge ind med", "logger ind med", "svar:"),
        ),
        requires_context=True,
        # MitID named within a few sentences: an SMS thread's "MitID-support: … svar med dit
        # bruger-ID og koden" answered on the next lines by "mit bruger-ID er …" (a chat
        # export's time stamps and names take 40 characters a line).
        context_window=200,
        explanation={
            "da": "MitID/NemID bruger-id efter ordet 'bruger-id' eller skrevet på en seddel i "
            "en MitID- eller NemID-sammenhæng.",
            "en": "MitID/NemID user ID after the word 'user ID' or written on a note where "
            "MitID or NemID is named.",
        },
    )


# A login in an application's log ("2025-01-12T19:58:79Z INFO auth.login user=mai1991
# email=…"): the user name it was made with is the person's login ID. Only a value shaped
# as an ID (_ID_SHAPE: "admin" or "system" are no one's); "user_id=" is a record's number.
# pii62: a value that goes on with "@" is the e-mail address a login failed with
# ("WARN login_fail user=erik.bech@example.dk"), which the e-mail recogniser takes whole,
# not its local part as a user ID ("userid=" is read as a keyed value: keyed.login_name).
_LOGIN_LOG_USER: Final = re.compile(
    r"(?i:log-?in|logon|sign-?in)(?![a-z])[^\n]{0,80}?(?<![\w.-])(?i:user|username)=\"?"
    rf"({_ID_SHAPED}[A-Za-z0-9][\w.-]{{1,30}}[A-Za-z0-9])"
    r"(?![\w@-]|\.\w)"
)


def login_log_user_recognizer() -> Recognizer:
    return Recognizer(
        name="login_log_user",
        entity="MITID_USER",
        patterns=[_LOGIN_LOG_USER],
        score=0.8,
        anchor=Anchor.keywords,
        context=("login", "log-in", "logon", "signin", "sign-in"),
        requires_context=True,
        reach=(0, 130),
        explanation={
            "da": "Brugernavnet i en log over et login ('auth.login user=…').",
            "en": "The user name in a log line of a login ('auth.login user=…').",
        },
    )


# A table named for MitID in a database dump without its column list, as a phishing kit
# stores what its victims typed ("INSERT INTO mitid VALUES (791553, 'inger9850', '07171063',
# …)"): the row's first text shaped as an ID is the user ID, a code of four to eight digits
# right after it the one-time code. With a column list the columns' names tell (keyed.py).
_MITID_ROW: Final = re.compile(
    r"(?i:insert into)[ \t]+[`\"]?(?i:mitid|nemid)\w*[`\"]?[ \t]+(?i:values)[ \t]*\("
    r"[ \t]*(?:\d+[ \t]*,[ \t]*)?"
    rf"'({_ID_SHAPED}[A-Za-z0-9][\w.-]{{1,30}}[A-Za-z0-9])'"
    r"(?:[ \t]*,[ \t]*'(\d{4,8})')?"
)


class MitIdTableRowRecognizer(Recognizer):
    """The user ID and the code in a MitID table's row (_MITID_ROW)."""

    def find(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        for match in _MITID_ROW.finditer(source, lo, hi):
            yield Finding(self.entity, *match.span(1), self.score, self.name)
            if match.group(2):
                # Sure as the user ID beside it: it wins over a phone number's reading of
                # the same eight digits (it comes before the phone recogniser).
                yield Finding("OTP", *match.span(2), self.score, self.name)


def mitid_table_row_recognizer() -> Recognizer:
    return MitIdTableRowRecognizer(
        name="mitid_table_row",
        entity="MITID_USER",
        patterns=[_MITID_ROW],
        score=1.0,
        anchor=Anchor.keywords,
        context=("insert into",),
        requires_context=True,
        reach=(0, 160),
        explanation={
            "da": "Bruger-id og kode i en databasetabel opkaldt efter MitID "
            "('INSERT INTO mitid VALUES (…)').",
            "en": "User ID and code in a database table named for MitID "
            "('INSERT INTO mitid VALUES (…)').",
        },
    )


# pii62: a name written in lower case before the e-mail address that spells it, as a mail
# client shows a sender who typed their own name so ("Fra: trine skov <trine.skov@example.dk>")
# and a breach notice lists the accounts affected ("- hoang van tuan
# (hoang.van.tuan39@example.dk)"): after a header's colon or a list's bullet, two to four
# lower-case words, and the address's local part, without its digits and separators, is
# their letters (_spelt_by_address). "support team <support.team@…>" spells no name.
# pii64: or one to four words, the address's local part led by one of them, as a customer's
# own mail client shows them ("Fra: mette <mette.f@…>", "Fra: tran van minh <minh67@…>"):
# the word a listed name, one of the name's words a given name or surname that is no
# everyday word ("kundeservice <kundeservice@…>", "mark <mark@…>" name no one).
_SPELT_NAME: Final = re.compile(
    r"(?:(?<=:)|(?<![^\n])[ \t]*[-*•])[ \t]+([a-zæøåäöü]+(?:[ -][a-zæøåäöü]+){0,3})[ \t]*[<(]"
    r"([a-z0-9._-]+)@"
)
_SPELLINGS: Final = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue"})
_NOT_LETTERS: Final = re.compile(r"[^a-z]")


def _spelt_by_address(name: str, local: str) -> bool:
    """Whether an address's local part spells the lower-case name before it (of two words or
    more), or is led by one of its words (pii64), one of its words a listed given name or
    surname (_SPELT_NAME)."""
    names = gazetteer()
    words = name.replace("-", " ").split()
    listed = any(
        _normal(word) in names["first"] or _normal(word) in names["surname"] for word in words
    )
    if not listed:
        return False
    if len(words) > 1 and _NOT_LETTERS.sub("", name.translate(_SPELLINGS)) == _NOT_LETTERS.sub(
        "", local
    ):
        return True
    lead = _LOCAL_LEAD.match(local)
    return lead is not None and any(
        word.translate(_SPELLINGS) == lead.group() and _listed_word([word]) for word in words
    )


# The letters an address's local part begins with ("minh" of "minh67", "tran" of "tran.minh").
_LOCAL_LEAD: Final = re.compile(r"[a-z]{3,}")


class SpeltNameRecognizer(Recognizer):
    """A lower-case name the e-mail address after it spells (_SPELT_NAME)."""

    def find(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        for match in _SPELT_NAME.finditer(source, lo, hi):
            if _spelt_by_address(match.group(1), match.group(2)):
                yield Finding(self.entity, *match.span(1), self.score, self.name)


# pii62: an inverted name whose given name is also a word ("Trine", "Svend", "Ole"), which
# the name recogniser leaves alone, as a breach notice's list or a lawyer's letter writes a
# person's record: a list's number or bullet at the line's start, or "Jeg repræsenterer",
# before "Surname, Given", and the record's CPR number, a table's next cell, the e-mail
# address in brackets or the birth date after ("4. MADSEN, SVEND, CPR 18 05 41 1225", "*
# Jensen, Svend | nummerplade …"). Both halves listed names (_listed_inverted), so "1. Odense,
# Ole, CPR …" or "- Status, Ok | …" is none.
_RECORD_INVERTED: Final = re.compile(
    r"(?:(?<![^\n])[ \t]*(?:\d{1,2}[.)]|[-*•])|(?<=repræsenterer))[ \t]+"
    r"([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?), ([A-ZÆØÅ][^\W\d_]+)"
    # pii94: the birth date after spaces too, as a ferry booking lists its passengers ("1.
    # HOLM-BECH, KAREN  f. 02-03-1961  billet voksen").
    r"(?=, CPR[ -]| \| | \([\w.+-]+@|(?:,|[ \t])[ \t]*(?:født|f\.) )"
)


def _listed_inverted(surname: str, given: str, born: bool) -> bool:
    """Whether a record's inverted name has a listed surname (each of a double surname's
    parts) and a listed given name, one that is also a word included (_RECORD_INVERTED).
    pii94: before a birth date (``born``) the given name alone will do: a person's date
    follows, whatever the surname ("1. WARSAME, LINE  f. 02-03-1961")."""
    names = gazetteer()
    norm = _normal(given)
    if norm not in names["first"] and norm not in names["ambiguous"]:
        return False
    return born or all(_normal(part) in names["surname"] for part in surname.split("-"))


# What a birth date after a record's inverted name opens with (pii94).
_BORN_AFTER: Final = re.compile(r"(?:,|[ \t])[ \t]*(?:født|f\.) \d")


# What _RECORD_INVERTED's look-ahead after the given name needs on the match's line: ", CPR",
# " | ", an "@" (after " ("), ", f" (", født ", ", f. "), or " f" after spaces (pii94).
_RECORD_ENDS: Final = (", CPR", " | ", "@", ", f", " f")


def _record_lines(source: str, lo: int, hi: int) -> list[Span]:
    """The lines of ``source[lo:hi]`` (clipped to it) where _RECORD_INVERTED can match
    (redspeed17: its search tried the look-behinds at every position of every text, a fifth
    of the dense bench's instructions). A match holds no line break, so it lies on one line;
    it starts after a number or bullet that opens its line behind spaces and tabs, or right
    after "repræsenterer" on it, and one of _RECORD_ENDS follows it there. The look-behinds
    still see the text before ``lo``, as a search from ``lo`` would."""
    spans: list[Span] = []
    start = source.rfind("\n", 0, lo) + 1
    while start < hi:
        end = source.find("\n", start, hi)
        if end < 0:
            end = hi
        at = start
        while at < end and source[at] in " \t":
            at += 1
        opening = source[at] if at < end else "\n"
        if (
            (opening.isdigit() or opening in "-*•") or source.find("repræsenterer", start, end) >= 0
        ) and any(source.find(needle, start, end) >= 0 for needle in _RECORD_ENDS):
            spans.append((start if start > lo else lo, end))
        start = end + 1
    return spans


class RecordInvertedNameRecognizer(Recognizer):
    """A record's "Surname, Given" with both halves listed names (_RECORD_INVERTED)."""

    def find(self, source: str, lo: int, hi: int) -> Iterator[Finding]:
        # Line by line, only where a match can stand (_record_lines): the same matches as
        # one search of the window.
        for line_lo, line_hi in _record_lines(source, lo, hi):
            for match in _RECORD_INVERTED.finditer(source, line_lo, line_hi):
                born = _BORN_AFTER.match(source, match.end()) is not None
                if _listed_inverted(match.group(1), match.group(2), born):
                    yield Finding(self.entity, match.start(1), match.end(2), self.score, self.name)


def record_inverted_name_recognizer() -> Recognizer:
    return RecordInvertedNameRecognizer(
        name="record_inverted_name",
        entity="PERSON",
        patterns=[_RECORD_INVERTED],
        score=0.85,
        explanation={
            "da": "Efternavn, fornavn i en liste over berørte personer foran CPR-nummer, "
            "e-mailadresse eller næste kolonne ('4. MADSEN, SVEND, CPR …').",
            "en": "Surname, given name in a list of the people affected before a CPR number, "
            "an e-mail address or the next column ('4. MADSEN, SVEND, CPR …').",
        },
    )


def spelt_name_recognizer() -> Recognizer:
    return SpeltNameRecognizer(
        name="spelt_name",
        entity="PERSON",
        patterns=[_SPELT_NAME],
        score=0.85,
        anchor=Anchor.at,
        reach=(80, 1),
        explanation={
            "da": "Et navn med små bogstaver foran den e-mailadresse, der staver det "
            "('Fra: trine skov <trine.skov@…>').",
            "en": "A name in lower case before the e-mail address that spells it "
            "('From: trine skov <trine.skov@…>').",
        },
    )


# A six- or eight-digit code in the groups people read it out in ("123 456", "12 34 56",
# "1234 5678"): the whole code, not its first group, and no group of a longer number after.
_CODE_GROUPS: Final = r"(\d{3} \d{3}|\d\d \d\d \d\d|\d{4} \d{4})(?![\d/-]|[.,]\d| \d)"


# pii74: the message a code came in, in English ("I got an SMS with code 96590342"), and the
# context words otp_recognizer needs for it.
_SMS_WITH_CODE: Final = r"(?i:sms|text|text message|message) with (?i:a |the )?(?i:code)"
_SMS_WITH_CODE_WORDS: Final = ("sms with", "text with", "message with")


# pii39: who told a code in a log's third person ("kunden oplyste …").
_TOLD_BY: Final = "kunden|borgeren|offeret|personen|kvinden|manden"
# pii46: a code and who gave or read it out after ", og" ("sendte en SMS-kode, og jeg gav ham
# den: 21002494"): otp_recognizer's label, and for the phone recogniser the digits' label.
_GIVEN_AFTER_CODE: Final = (
    r"(?<![\w-])(?:sms-|engangs|mitid-)?kode(?:n)?, og (?:jeg|han|hun|vi) "
    r"(?:gav|læste|sagde|oplyste|skrev|tastede)(?: (?:ham|hende|dem))?(?: (?:den|det))?"
)
_CODE_GIVEN_BEFORE: Final = re.compile(rf"(?i:{_GIVEN_AFTER_CODE})(?: op)?:? \Z")
# pii48: the last of several codes ("engangskoder op fra appen, senest 116143", "flere
# koder, den seneste 086905"): a plural "koder", a clause without digits, then "senest".
_LATEST_OF_CODES: Final = (
    r"(?<![\w-])(?:engangs|sms-?|mitid-?)?koder[^\d\n.!?:]{0,30}?,[ \t]+"
    r"(?:den[ \t]+)?(?:senest|seneste|sidste)(?=[ \t]\d)"
)
# pii39: the second of two codes read out after "koder" ("læste to koder op: 904443 og
# 836896"); the first is otp_recognizer's. pii40: a few words without a digit may stand
# between ("læste to koder op fra kodeviseren: 01790926 og 184190").
_SECOND_CODE: Final = re.compile(
    # (The letter first, then the look-behind: test_pattern_cost.)
    r"[Kk](?<![\w-].)(?i:oder)(?:[ \t][^\d\n:.!?]{1,60}?)?: \d{4,8} (?:og|and|&) (\d{4,8})"
    r"(?![\d/-]|[.,]\d)"
)


# The word _SECOND_CODE begins at (otp_recognizer's context word too).
_SECOND_CODE_WORDS: Final = Words(("koder",))


# pii83: a form's bare "Kode oplyst: 02454881" (an unemployment fund's report of misuse): a
# one-time code only where the text names MitID or a one-time code elsewhere (the form's
# "MitID bruger-ID (hvis oplyst til svindler)"); without them a "kode" may be a door's.
_CODE_TOLD_ON_FORM: Final = re.compile(r"[Kk]ode oplyst:[ \t]*(\d{4,8})(?![\d\w])")
# (Searched over a whole text: "otp"'s look-behind after its first letter, test_pattern_cost.)
_OTP_NAMED: Final = re.compile(r"mitid|nemid|engangskode|o(?<![\w-].)tp(?![\w-])|sms-?kode")


# pii112: a number read out from the SMS (or the code app) it came in, whatever noun names it
# ("Opkalder læste under samtalen et nummer op fra sms: 770950"): what an SMS a scammer asks
# for is read out for is its one-time code; six or eight digits right after the colon.
_READ_FROM_MESSAGE_WORD: Final = " op fra "
# (The letter first, then the look-behind: test_pattern_cost; "læste", "læst", "oplæste".)
_READ_FROM_MESSAGE: Final = re.compile(
    rf"(?i:[lo](?<![\w].)(?:æste|æst|plæste){_OP_FROM_MESSAGE}): (\d{{6}}|\d{{8}})(?![\d/-]|[.,]\d)"
)


class OtpRecognizer(Recognizer):
    """otp_recognizer's patterns, and where "koder" lists two codes the second of them
    (_SECOND_CODE): a pattern's match makes one finding, and a pattern of its own would be
    tried at each of the many start words (pii39). A form's "Kode oplyst:" only with MitID
    or a one-time code named in the text (_CODE_TOLD_ON_FORM)."""

    def could_match(self, scan: Scan) -> bool:
        return (
            super().could_match(scan)
            or self._told_on_form(scan)
            or _READ_FROM_MESSAGE_WORD in scan.lowered
        )

    def matches(self, scan: Scan) -> Iterator[Finding]:
        yield from super().matches(scan)
        source = scan.source
        if _READ_FROM_MESSAGE_WORD in scan.lowered:
            for read in _READ_FROM_MESSAGE.finditer(source):
                yield Finding(self.entity, *read.span(1), self.score, self.name)
        if self._told_on_form(scan):
            for told in _CODE_TOLD_ON_FORM.finditer(source):
                yield Finding(self.entity, *told.span(1), self.score, self.name)
        for start, _ in scan.keyword_spans(_SECOND_CODE_WORDS):
            match = _SECOND_CODE.match(source, start)
            if match is not None:
                finding = self._scored(source, match)
                if finding is not None:
                    yield finding

    @staticmethod
    def _told_on_form(scan: Scan) -> bool:
        """Whether the text has a form's "Kode oplyst:" and names MitID or a one-time code."""
        lowered = scan.lowered
        return "kode oplyst:" in lowered and _OTP_NAMED.search(lowered) is not None


def otp_recognizer() -> Recognizer:
    """One-time codes (SMS codes, MitID code display, NemID key card) after their label."""
    return OtpRecognizer(
        name="otp",
        anchor=Anchor.keywords,
        # "kode til" may stand 70 characters before its code.
        reach=(0, 100),
        context=(
            "engangskode",
            "sms-kode",
            "smskode",
            "kodeviser",
            "nøgle",
            "verifikationskode",
            "bekræftelseskode",
            "one-time",
            "otp",
            "verification code",
            "aktiveringskode",
            "koden",
            "koder",
            *_KODEN_TYPOS,
            "min kode",
            "din kode",
            *_OWN_KODE_TYPOS,
            "kode:",
            "kode til",
            "koden til",
            "kode fra",
            "kode på",
            "kode op for",
            "kode op til",
            # pii86: "læste også en kode op: 107900".
            "kode op:",
            # A bare "kode 123456" (not every "kode" in a text opens a window).
            *(f"kode {digit}" for digit in "0123456789"),
            *(f"kode, {digit}" for digit in "0123456789"),
            "your code",
            "the code",
            *("sms code", "sms-code"),
            # pii39: a chat's "i gave them a code 046486", a log's "læste to koder op: …" and
            # a transcript's "læse en kode op, øhm 126487".
            *("a code", "koder op:", "koder:", "kode op,"),
            # pii46: "kom der en kode, og jeg læste 689712 op" (_GIVEN_AFTER_CODE).
            "kode, og",
            # pii76: "en kode, som kunden læste op: 150371".
            *("kode, som", "kode, der"),
            *("mitid-kode", "mitidkode", "nemid-kode", "nemidkode"),
            # pii96: the app's name and "kode" as two words ("min mitid kode, jeg sendte …").
            *("mitid kode", "nemid kode"),
            *("betalingskode", "godkendelseskode", "loginkode", "login-kode", "log-ind-kode"),
            # pii71: "Kode sendt til kontrol: 784881" (_CODE_SENT_FOR_CHECK).
            *("kode sendt til", "koden sendt til", "code sent for"),
            # pii81: "got my code 362117", "midlertidige kode er", "Ny kode sendt: 659177",
            # "OTP sent to 20 88 15 35 was …" ("otp").
            *("my code", "midlertidig kode", "midlertidige kode", "kode sendt:"),
            *_SMS_WITH_CODE_WORDS,
        ),
        starts_with=(
            *("engangskode", "sms", "kode", "nøgle", "verifikationskode", "bekræftelseskode"),
            *("one-time", "otp", "aktiveringskode", "min kode", "min code", "din kode"),
            "verification code",
            *("din code", "your kode", "your code", "the code", "mitid-kode", "nemid-kode"),
            # pii96: "min mitid kode, jeg sendte …" (the told clause's label).
            *("mitid kode", "nemid kode"),
            *("a code", "code sent for", *_SMS_WITH_CODE_WORDS),
            # pii58: a chat's "Samira: code 278617" (the pattern's look-behind).
            *(f"code {digit}" for digit in "0123456789"),
            *("mitidkode", "nemidkode", *_KODEN_TYPOS, *_OWN_KODE_TYPOS),
            *("betalingskode", "godkendelseskode", "loginkode", "login-kode", "log-ind-kode"),
            *("my code", "midlertidig", "svar:"),
        ),
        requires_context=True,
        # The label's own word may stand 70 characters before the code ("kode til …").
        context_window=90,
        entity="OTP",
        patterns=[
            re.compile(
                # "har givet nøglekode 917401": the key card's code as one word.
                r"(?i:engangskode[n]?|sms-?kode[n]?|kodeviser\w*|nøglekort\w*|nøglekode[n]?|nøgle|"
                r"verifikationskode[n]?|bekræftelseskode[n]?|one-time (?:pass)?code|otp|"
                # An English platform's or bank's "Your withdrawal verification code is …".
                r"verification code|"
                # pii81: "they also called and got my code 362117" too.
                r"aktiveringskode[n]?|koden|(?:min|din|your|the|my) (?:kode|code)|kode(?=:)"
                rf"|(?:min|din) (?:{'|'.join(_KODE_TYPOS)})"
                # A chat's "koedn var 115972", "kodne var …": the label mistyped.
                rf"|(?<![\w-])(?:{'|'.join(_KODEN_TYPOS)})(?= (?:var|er) )"
                # A log's "template=otp code=6697" (the key after "otp" in the same line).
                r"|otp code(?==)"
                # "oplyste sin MitID-kode 449161": the code the MitID app shows.
                r"|(?:mitid|nemid)-?kode[n]?"
                # A code named for what it approves ("Din betalingskode er 499657",
                # "godkendelseskode: 12345678"), not a card's "sikkerhedskode" (its CVV).
                r"|(?:betalings|godkendelses|login|log-ind)-?kode[n]?"
                # A chat's bare "kode 123456" (not a "Produktkode 1234"); pii81: nor an
                # abbreviated compound's, a card payment's approval code ("godk.kode 164764,
                # TID 92B38639" on a statement), which logs in no one.
                r"|(?<![\w.-])kode(?= \d)"
                # pii81: a temporary code a letter gives after a block ("Din nye midlertidige
                # kode er 934170"), and a new code sent, then a colon ("Ny kode sendt: 659177").
                r"|(?<![\w-])midlertidige? kode[n]?"
                rf"|(?<=[\W_]ny ){_NEW_CODE_SENT}(?=: \d)"
                # pii58: a chat's answer in English right after its speaker's colon ("[14:12]
                # Samira: code 278617"), not a "promo code 1234" inside a sentence.
                r"|(?<=\w: )code(?= \d)"
                # pii38: a code told in prose after a comma ("Senere kom endnu en kode,
                # 346074"), only after "en" or "ny" (not "postnummer og kode, 2100").
                r"|(?<=[\W_]en |[\W_]ny )kode(?=, \d)"
                # A bank's SMS naming what the code approves ("Kode til godkendelse af
                # betaling på 72.995,30 kr.: 547579", "Din kode til køb hos X er 1234").
                # pii96: or the one-time code's own word before "til" (_ONE_TIME_PREFIX).
                rf"|(?<![\w-]){_ONE_TIME_PREFIX}kode(?:n)? til [^\n:]{{3,70}}?(?=: | er )"
                # pii96: a one-time code by its word, what it opens in a word or two, then the
                # code without a colon ("SMS-kode til porten 841064", "engangskode til
                # appen 12345678"); six or eight digits, never after a phone's word ("kode til
                # din mobil 20 30 40 50" names where it went: the phone recogniser's).
                r"|(?<![\w-])(?:engangs|sms-?)kode[n]? til "
                r"(?!(?:din|dit|min|mit|sin|sit|hans|hendes|deres|nummer|mobil|telefon|tlf)\w*)"
                r"[^\W\d_]+(?: [^\W\d_]+)?(?= (?:\d{6}|\d{8})(?![\d/-]|[.,]\d))"
                # pii110: codes named by example, six or eight digits ("vi beder aldrig om
                # koder som 482913"), not a PIN's four ("koder som 1234").
                r"|(?<![\w-])koder? som(?= (?:\d{6}|\d{8})(?![\d/-]|[.,]\d))"
                # Where the code came from, then a colon ("en kode fra appen: 298797",
                # "koden fra sms'en: 1234").
                # pii92: or asked about in a chat, the code after the question marks ("har
                # lige fået en kode fra jer?? 042139", a buyer asking the fake platform).
                r"|(?<![\w-])kode(?:n)? fra [^\n:\d?]{3,40}?(?=: \d|\?{1,2} \d)"
                # Read out to someone, then a colon ("har læst en kode op for den pågældende:
                # 482913", "læste koden op til ham: …"); pii86: or to no one named, as a
                # conveyancer's note writes it ("Køber læste også en kode op: 107900").
                r"|(?<![\w-])kode(?:n)? op(?: (?:for|til) [^\n:\d]{2,40}?)?(?=: \d)"
                # Where the code came, told before it ("så kom der en kode på telefonen
                # 656038", "koden på min mobil 120373"); pii52: or the SMS it came in, as a
                # parent texts it ("ja og koden fra sms 780065").
                # pii81: or the app it came from ("læste kode fra appen 556111 op").
                r"|(?<![\w-])kode(?:n)? (?:på (?:telefonen|mobilen|min telefon|min mobil)"
                r"|fra (?:appen|mitid-appen|min app))(?= \d{4,8}(?! ?\d))"
                # pii100: or a colon after the SMS, as a chat writes it ("jeg fik en kode
                # på sms: 995939 skal jeg give den til jer?").
                r"|(?<![\w-])kode(?:n)? (?:fra|på|i) (?:sms|sms'en|sms-en|smsen)"
                r"(?=:? \d{4,8}(?! ?\d))"
                # pii88: read out from where it came, then a colon and the code in quotes
                # ("Hun læste koden op fra sms'en: "836474"").
                r"|(?<![\w-])kode(?:n)? op (?:fra|på) [^\d\n.!?,:]{1,30}(?=: [\"“„]?\d)"
                # pii59: the code that just came by SMS, then a colon, as a chat passes on
                # what a scammer asks for ("han vil også have koden der lige kom på sms:
                # 874891"), not "koden der kom på sms" without its value after the colon.
                r"|(?<![\w-])koden (?:der|som) (?:lige )?(?:kom|kommer|er kommet) (?:på|i|via)"
                r" (?:sms|sms'en|sms-en|smsen|telefonen|mobilen)(?=: \d)"
                # pii52: a remote-access log's line ("SMS code typed into form: 966107",
                # "SMS-kode indtastet i netbank: 1234 5678"): what was done with it, a colon.
                r"|(?<![\w-])(?:sms[ -]code(?: (?:typed|entered|pasted|keyed)"
                r"(?: in(?:to)? (?:the )?[a-z]+)?)?"
                r"|sms-?koden? (?:indtastet|tastet(?: ind)?|indsat)(?: i [a-zæøå]+)?)(?=: \d)"
                # Who got or gave the code between it and its value ("Koden jeg fik bagefter
                # var 658203", "læse koden op fra min app og jeg sagde 802029"), or whose it
                # was before a comma ("koden fra min mors mitid, 108155").
                r"|koden (?:jeg|han|hun|vi|de) (?:fik|modtog)(?: \w+)?(?= (?:var|er) )"
                # pii39: or a log's third person ("bad om engangskoden; kunden oplyste
                # 99547988", "koden fra sms'en; kunden læste 50312109 op"); pii40: or a colon
                # before it, and an OCR'd note's words over lines ("koden jeg⏎læste op: 677108").
                # pii43: the one-time code named first ("en engangskode, som borgeren læste
                # op: 123456").
                # pii45: or told in the next sentence ("bad om koden fra min telefon. Jeg
                # sagde 118034"): one full stop between.
                # pii76: or the indefinite "en kode" ("… sendte en kode, som kunden læste op:
                # 150371").
                # pii96: or the code named for the app it logs into, as a chat writes it ("han
                # ville også have min mitid kode, jeg sendte 366351").
                rf"|(?:koden|(?<=[\W_]en )kode|engangskoden?|sms-?koden?|(?<![\w-])(?:mitid|nemid)"
                rf"[ -]?koden?)[^\d\n.!?]{{0,40}}?"
                r"(?:\.[ \t]+|\s+)"
                rf"(?:jeg|han|hun|vi|{_TOLD_BY})\s+"
                # pii48: or what had been told by then, as a care home's note writes it
                # ("læse koden fra MitID-appen op. Hun havde allerede oplyst 511792").
                # pii85: or gave them, after the request and a comma ("bad om koden fra
                # sms'en, jeg gav dem 79043273"); "gav" only with whom it was given to.
                rf"(?:{_TOLD_BEFORE}|sagde|oplyste|skrev|læste|gav(?=\s+(?:ham|hende|dem)\s)"
                # pii96: or sent on (not money: six or eight digits only, "jeg sendte 366351").
                r"|sendte(?=(?:\s+(?:ham|hende|dem))?[ \t](?:\d{6}|\d{8})(?![\d/-]|[.,]\d)))"
                # pii61: or a call transcript's fillers after the verb ("læse koden op fra mitid
                # og jeg sagde øh 55 39 62", "… jeg sagde du ved 847299").
                rf"(?:\s+(?:op|den|det|ham|hende|dem|{_SPEECH_FILLER}))*(?=:?[ \t]\d)"
                r"|koden(?: op)? (?:fra|på) [^\d\n.!?,:]{1,40},(?= \d)"
                # pii106: or told in the passive, no one named ("en engangskode, som blev
                # læst op: 682037", "koden, der blev oplyst: …").
                r"|(?<![\w-])(?:engangs|sms-?|mitid-?|nemid-?)?kode[n]?,? (?:som|der)"
                r" (?:blev|er blevet) (?:læst op|oplyst|opgivet|givet|sagt)(?=: \d)"
                # pii94: or the indefinite "en kode", six or eight digits ("fik jeg en kode fra
                # banken, 911477, som jeg læste op"; not "en kode fra portnummer, 2100").
                r"|(?<=[\W_]en )kode(?: op)? (?:fra|på) [^\d\n.!?,:]{1,40},"
                r"(?= (?:\d{6}|\d{8})(?![\d/-]|[.,]\d))"
                # pii94: or handed over after the SMS it was sent in (_CODE_HANDED_OVER).
                rf"|(?<![\w-]){_CODE_HANDED_OVER}(?=: \d)"
                # Read out, then given in the next sentence ("læse koden op. Den var 036095").
                # pii46: or after a semicolon and where it came from, as a log writes it
                # ("bad om koden fra SMS'en; den var 124576", "læse koden op; den var …").
                r"|koden(?: (?:op|frem))?(?: (?:fra|på) [^\d\n.!?;:,]{1,30})?[.,;]"
                r" (?:den|det|koden) (?:var|er)(?= \d)"
                # pii46: a code, then who gave or read it out after ", og" ("sendte en
                # SMS-kode, og jeg gav ham den: 21002494", "kom der en kode, og jeg læste
                # 689712 op"), as a victim tells it.
                rf"|{_GIVEN_AFTER_CODE}(?= (?:op )?\d|: \d)"
                # The code in brackets after where it came from ("bad om koden fra min sms
                # (482913)").
                r"|koden (?:fra|på) [^\d\n.!?,:()]{1,40}(?= \(\d)"
                # pii39: read aloud, a comma and a speaker's fillers before it ("jeg skulle
                # læse en kode op, øhm 126487"), a chat's English "i gave them a code 046486"
                # (six or eight digits only), and the first of two codes read out ("læste to
                # koder op: 904443 og 836896"; the second: _SECOND_CODE).
                rf"|(?<![\w-])kode(?:n)? op,(?: {_FILLER})*(?= \d)"
                # pii50: or a guest's "my bank sent a code, 032619, which I also typed in".
                r"|(?<![\w-])a code(?=,? (?:\d{6}|\d{8})(?!\d))"
                # pii42: the code, then the phone it went to, then a colon before the code
                # ("Bekræftelseskode sendt til lejers telefon: 435678"); with no colon there
                # the number is the phone's ("kode sendt til +45 …", the phone recogniser).
                # pii42: read aloud in words, then said again in digits after "altså"
                # ("læse koden fra sms'en op, ni-tre-fem-seks øh altså 9356"; words with
                # spaces: SpokenNumberRecognizer's _RESTATED).
                r"|koden(?: fra [^\d\n.!?,:]{1,20})? op,[^\d\n.!?]{1,90}? altså(?= \d)"
                r"|(?:bekræftelses|engangs|verifikations|sms-?)?kode[n]? sendt til "
                r"[^\d\n.!?:]{1,30}?(?:telefon|mobil)\w*(?=: \d)"
                # pii61: or the number itself, as an IVR or a callback log writes it
                # ("engangskode sendt til +45 2305 1159: 63598702"); _CODE_LABEL_BEFORE keeps
                # the phone recogniser off the code.
                rf"|(?<![\w-]){_CODE_SENT_TO_NUMBER}(?=: \d)"
                rf"|(?<![\w-]){_OTP_SENT_TO_NUMBER_EN}(?= \d)"
                # pii81: an answer to a request for the user ID and the code, both on one
                # line ("MitID bruger-ID og koden vi sender. (kundens svar: noah55 525271"):
                # the code after an ID's shape, letters then two to four digits.
                r"|(?<![\w-])svar: [A-Za-z][A-Za-z._-]{0,29}[A-Za-z]\d{2,4}(?= \d)"
                # pii69: or whom a note names ("Engangskode sendt til borger: 08623357"), and an
                # English chat's "code in the SMS and I read it out: 19460446".
                rf"|(?<![\w-]){_CODE_SENT_TO_WHOM}(?=: \d)"
                rf"|{_CODE_READ_OUT_EN}(?=: (?:\d{{6}}|\d{{8}})(?!\d))"
                # pii74: an English chat's "I got an SMS with code 96590342", "a text message
                # with the code 482913": the code the message brought.
                rf"|(?<![\w-]){_SMS_WITH_CODE}(?= \d)"
                # pii71: or sent to be checked ("Kode sendt til kontrol: 784881").
                rf"|(?<![\w-]){_CODE_SENT_FOR_CHECK}(?=: \d)"
                r"|(?<![\w-])koder(?: op)?(?=: \d)"
                # pii63: a code passed on, then a colon ("OTP givet videre: 132626");
                # _CODE_LABEL_BEFORE keeps the phone recogniser off its eight digits.
                rf"|(?<![\w-])(?i:{_OTP_PASSED_ON})(?=: \d)"
                # pii48: the last of several codes read out ("læst engangskoder op fra appen,
                # senest 116143 i morges", "flere koder, den seneste 086905").
                rf"|{_LATEST_OF_CODES})"
                # "læse koden op 816752": the code read aloud ("op"), its value right after;
                # pii54: or in brackets ("bad hende læse leveringskoden op (350930)").
                r"[^\w\n]{0,3}(?:(?:er|is|var|was|lyder|til|på|viste|viser|showed)\s+|op\s+\(?)?"
                r"(?:\d{4}\s*(?:→|->)\s*)?"
                # Read out in groups as a code display shows it or a transcript hears it
                # ("123 456", "12 34 56", "1234 5678"), and only then a lone group.
                rf"(?:{_CODE_GROUPS}|"
                # A transcript reads the code digit by digit ("koden 4 8 2 9 1 3").
                r"(\d{4,8}|\d(?: \d){3,7}(?! \d))(?![\d/-]|[.,]\d))"
            ),
        ],
        score=0.75,
        # A parcel box's or door's code ("Pakkeboks kode 5151", "dørkode 1234"); pii41: a
        # parcel locker's compartment and its code ("til boksen i Odense, skab 12, kode 4821",
        # "locker 7, code 1234"), which a carrier's report gives of every parcel.
        negative_context=(
            *("pakkeboks", "dørkode", "portkode", "boks kode", "boksen kode"),
            *(" skab ", "skabet ", " låge ", "lågen ", "locker "),
            # pii106: a key box's code ("nøgleboksens kode 8768", "kodeboksen: 1234"), an
            # access code to a house, not a one-time code.
            *("nøgleboks", "kodeboks", "nøgleskab", "boksens kode"),
        ),
        explanation={
            "da": "Engangskode (SMS, MitID-kodeviser, NemID-nøglekort) efter sit navn.",
            "en": "One-time code (SMS, MitID code display, NemID key card) after its label.",
        },
    )


# The label a number read aloud follows in a call transcript ("cpr nummer … ja det er nul
# tre nul fem …", "ringe dig op på fem en syv …", "læse koden op … jeg sagde fire ni"), and
# the entity it makes. "nummer" only as a word of its own or a phone's ("kontonummer" no).
_SPOKEN_LABELS: Final = {
    **{"cpr": "CPR", "personnummer": "CPR", "personnr": "CPR"},
    **{"kode": "OTP", "code": "OTP"},
    # A card number read out word by word ("jeg gav ham også kortnummeret fem fem …").
    **{"kortnummer": "CARD", "kortnr": "CARD"},
    **{"nummer": "PHONE", "telefon": "PHONE", "tlf": "PHONE", "mobil": "PHONE"},
    # The verb as a word ("ændringer", "forsikringer" hold "ringe").
    **{" ringe": "PHONE", " ring ": "PHONE", " ringer": "PHONE"},
}
_PHONE_NUMBER_WORDS: Final = frozenset(
    ("nummer", "nummeret", "nummer:", "telefonnummer", "telefonnummeret", "mobilnummer")
)
# A transcript's label ends a line and the number follows the next line's time stamp and
# speaker ("cpr nummer⏎[00:00:21] kunde: ja det er …": 40 characters).
_SPOKEN_REACH: Final = 100
# A spoken number of four digits or more has one of these words (not only "en", "et",
# "to"): the keyword pass finds them, so most texts are skipped without a look.
_SPOKEN_MARKS: Final = Words(
    (
        *(" nul", " tre", " fire", " fem", " seks", " syv", " otte", " ni ", " ni,"),
        *("tyve", "tredive", "fyrre", "halvtreds", " tres", "halvfjerds", " firs"),
        *("halvfems", "tolv", "elleve", "tretten", "fjorten", "femten", "seksten", "sytten"),
        *("atten", "nitten"),
    )
)
_WORD_AROUND: Final = re.compile(r"[\w:]*")


def _spoken_label_fits(folded: str, at: int, word: str) -> bool:
    if word != "nummer":
        return True
    start = at
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    whole = _WORD_AROUND.match(folded, start)
    return whole is not None and whole.group() in _PHONE_NUMBER_WORDS


def _spoken_value(run: SpokenNumber, entity: str) -> SpokenNumber | None:
    """The run (or the run without an article "en"/"et" before it) when its digits have the
    entity's shape: a CPR's ten with a birth date, a Danish phone's eight (or "45" and
    eight), a one-time code's four to eight, a card's 13 to 19 passing Luhn."""
    for candidate in (run, run.without_first()):
        if candidate is None:
            return None
        digits = candidate.digits
        if entity == "CPR" and len(digits) == 10 and cpr_birth_date(digits) is not None:
            return candidate
        if entity == "PHONE" and (
            (len(digits) == 8 and digits[0] not in "01")
            or (len(digits) == 10 and digits.startswith("45") and digits[2] not in "01")
        ):
            return candidate
        if entity == "OTP" and 4 <= len(digits) <= 8:
            return candidate
        if entity == "CARD" and 13 <= len(digits) <= 19 and luhn_valid(digits):
            return candidate
    return None


# pii42: a transcript that says what the words were after "altså" ("fire tre seks syv nul
# otte øh altså 436708"): the written digits are the value, not the words before them; a
# stand-in there ("… ehm altså [kode]") is the value already removed, the words only what
# was heard of it. Hesitations and noise marks may stand between.
_RESTATED: Final = re.compile(
    r"(?:[ \t]*,?[ \t]+(?:øh|øhm|ehm|hm|æh|altså|\(\w+\)|\[\w+\]))*?"
    r"[ \t]*,?[ \t]+(?:altså|dvs\.?|det vil sige)[ \t]*:?[ \t]+"
    r"(?:((?:\(?\+\d\d\)?[ \t]?)?\d(?:[ \d.]{0,14}\d)?)(?![\d\w])|\[[^\]\n]{1,30}\]"
    # pii44: or a number written with its country code ("altså (+45) 28 60 12 34") or
    # masked ("altså +45 ** ** ** 13"): the value restated, or already removed.
    r"|(?:\(?\+\d\d\)?[ \t]?)?\*\*[* \t]*\d*)"
)


class SpokenNumberRecognizer(Recognizer):
    """A CPR number, phone number or one-time code read aloud in a transcript ("nul tre nul
    fem otte fire streg en to tre fire", "fireogtyve tolv …"): a run of number words after
    its label, of the shape the nearest fitting label asks for."""

    def __init__(self) -> None:
        super().__init__(
            name="spoken_number",
            entity="CPR",
            patterns=[],
            anchor=Anchor.keywords,
            reach=(0, _SPOKEN_REACH),
            context=tuple(_SPOKEN_LABELS),
            requires_context=True,
            score=0.9,
            explanation={
                "da": "CPR-nummer, telefonnummer eller engangskode læst op med tal-ord i en "
                "opkaldsudskrift ('nul tre nul fem …'), efter ord som 'cpr', 'nummer' eller "
                "'koden'.",
                "en": "CPR number, phone number or one-time code read aloud as number words "
                "in a call transcript ('nul tre nul fem …'), after words like 'cpr', "
                "'nummer' or 'koden'.",
            },
        )

    def __post_init__(self) -> None:
        super().__post_init__()
        _KEYWORDS.update(_SPOKEN_MARKS.words)
        _keyword_literals.cache_clear()

    def could_match(self, scan: Scan) -> bool:
        return scan.has_keyword(self._context) and scan.has_keyword(_SPOKEN_MARKS)

    def matches(self, scan: Scan) -> Iterator[Finding]:
        source, folded = scan.source, scan.folded
        labels = sorted(
            (at, word)
            for word, spots in scan.keywords().items()
            if word in _SPOKEN_LABELS
            for at in spots
            if _spoken_label_fits(folded, at, word)
        )
        if not labels:
            return
        lead, tail = self.reach
        for lo, hi in _widen(((at, at + len(w)) for at, w in labels), lead, tail, len(source)):
            for run in spoken_numbers(source, 4, lo, hi):
                before = [
                    (run.start - at, _SPOKEN_LABELS[word])
                    for at, word in labels
                    if 0 < run.start - at <= _SPOKEN_REACH
                ]
                for _, entity in sorted(before):
                    value = _spoken_value(run, entity)
                    if value is not None:
                        restated = _RESTATED.match(source, value.end)
                        if restated is None:
                            yield Finding(entity, value.start, value.end, self.score, self.name)
                        # pii44: other digits restated (or a mask) are what was said; the
                        # words before them were misheard, no value of their own.
                        elif restated.group(1) is not None and digits_only(
                            restated.group(1)
                        ).endswith(value.digits):
                            start, end = restated.span(1)
                            yield Finding(entity, start, end, 1.0, self.name)
                        break


# A chat line asking for a code or a MitID user ID, and the next line the other side's
# answer with nothing but the value ("…send koden til mig⏎Villum: 24765663").
_CARD_DETAILS: Final = "CARD_DETAILS"  # a card's expiry, its security code or both
_ASKED_FOR: Final = {
    **{"kode": "OTP", "code": "OTP"},
    **{"bruger-id": "MITID_USER", "bruger id": "MITID_USER", "brugernavn": "MITID_USER"},
    # pii48: a fake investment manager's English in a remote-access chat ("What is your
    # MitID user ID?" answered "det er egon1939").
    **{"user id": "MITID_USER", "user-id": "MITID_USER"},
    # pii49: a pharmacy's chat asking for the customer's number ("Må jeg få dit
    # telefonnummer, så vi kan følge op?" answered "8704 6599"), also one outside the
    # allocated ranges.
    "telefonnummer": "PHONE",
    # "Og udløb og kontrolcifre?" answered "02/31 og 603" (_CARD_DETAILS_ANSWER).
    **dict.fromkeys(("udløb", "udloeb", "udlob", "kontrolcifre", "cvv", "cvc"), _CARD_DETAILS),
}
_ASKED_IN_ORDER: Final = sorted(_ASKED_FOR)
# The values answered only to a question ("?" on its line).
_ASKED_ONLY: Final = frozenset((_CARD_DETAILS, "PHONE"))
# The answer's end: its line's, after an emoji or two the writer adds ("den er 484084 👍",
# "… 31383424 🙏"), as chats do; not a word or a "?" (a value asked about, not given).
# pii36: or after a sign-off and the writer's name ("den er 471326 mvh tariq").
# pii41: or a transcript's mark of what it did not catch, after which the speaker goes on
# ("det er ulla1957 [utydeligt] har jeg gjort noget forkert"): the value ends before it.
_TRANSCRIPT_MARK: Final = r"\[[a-zæøå]{3,12}\]"
# pii61: how a caller spells the value just said out ("med små bogstaver", "med stort",
# "in lower case"): a note on its letters, never the value.
_SPELLING_NOTE: Final = (
    r"[ \t]+(?i:(?:med|i) (?:små|store) bogstaver|med (?:stort|småt)|(?:in|all) (?:lower|small)"
    r"(?: ?case| letters))[.,]?"
)
_ANSWER_END: Final = (
    # pii45: or a tag question that checks the value just given ("50487449 – is that it?",
    # "889600 ok?", "det er 123456, er det den?"), not a question about it ("hvad er 1234?").
    r"(?:[ \t]*,?[ \t]+(?:[\u2013-][ \t]+)?(?i:ok|okay|is that it|is that right|right|"
    r"er det den|er det rigtigt|er det rigtig|passer det)\?[ \t]*(?=\n|$)"
    r"|(?:[ \t]+(?i:mvh|vh|hilsen)[ \t]+[^\W\d_]+)?"
    r"(?:[ \t]+[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]{1,4})?"
    # pii61: or a quoted turn's closing quote, as a quality review quotes a call ("00:04:31
    # Kunde: "jo den er 22 01 46""), or how the caller spells what was just said ("det er
    # karena51 med små bogstaver"), as a speech-to-text transcript keeps it.
    rf"(?:{_SPELLING_NOTE})?[\"”]?[ \t]*(?=\n|$)"
    rf"|[ \t]+(?={_TRANSCRIPT_MARK}))"
)
# The value after a few words that point at it ("det er malthebi33", "den siger 154000").
_ANSWER_VALUE: Final = (
    # pii46: or the answer's own label ("[18:07] Kasper: code: 003071"), as a victim types it.
    r"(?:(?i:det er|den er|den siger|det var|den var|koden er|it is|it's|code:|kode:) )?"
    # pii49: or a number in groups ("8704 6599", "(+45) 71 31 66 55"), a phone asked for.
    # pii61: no quote in the value (a quoted turn's closing one: _ANSWER_END).
    rf"(?:([^\s:\"”]+(?: og [^\s:\"”]+)?|[(+\d][\d ()+.]{{5,18}}\d){_ANSWER_END}"
    # pii43: or the code first and the user ID asked for with it after a comma ("123456,
    # user id anna_1970"), which the MitID recogniser reads.
    # pii53: or after "og", a full stop before it ("ja 629661. og mit bruger id larsbonde").
    r"|([^\s:,]*[^\s:,.])(?=\.?(?:,|[ \t]+og)[ \t]+(?:(?i:mit)[ \t]+)?"
    r"(?i:user ?id|bruger[- ]?id|brugernavn)[ \t:]))"
)
# The next line: a speaker (a time stamp, WhatsApp's "[14.03.26, 10:22:31]" or DBA's and
# Messenger's "28. mar. 14.20 ·", and at most four words, an emoji after a display name; no
# form's "- Bil med …, nummerplade:") and the value alone, or after a few words that point at
# it ("det er malthebi33", "den siger 154000").
_ANSWER_LINE: Final = re.compile(
    r"\n(?:\[[\d:., ]+\][ \t]*|\d{1,2}\. [a-zæøå]{3,4}\.? \d\d?[.:]\d\d[ \t]+\u00b7[ \t]+"
    # Android WhatsApp's "13/09/2023, 16:39 - Name: …".
    r"|\d\d?[./]\d\d?[./]\d{2,4},? \d\d?[.:]\d\d - "
    # iOS's and some exports' en dash ("13/10/2026 16:06 – Henning: 61876273 🙏"), an em
    # dash (pii34: "05.01.26 15:47 — hiba_dk13: 123456") or an ISO date and a bar
    # ("2026-01-21 18:24 | bartek_dk10: 78414558").
    r"|\d\d?[./]\d\d?[./]\d{2,4},? \d\d?[.:]\d\d [\u2013\u2014] "
    r"|\d{4}-\d\d-\d\d \d\d?:\d\d \| "
    # pii61: a recording's offset without brackets, as a quality review quotes a call
    # ("00:04:31 Kunde: "jo den er 22 01 46"").
    r"|\d\d:\d\d:\d\d[ \t]+)?"
    # pii45: a name with an apostrophe ("Sean O'Connell: 359014 ok?").
    # pii61: the turn quoted ("Kunde: "jo den er …"").
    r"[^\W\d_][\w.-]*(?: [\w.()'’-]+){0,3}(?: [^\w\s:]{1,4})?:[ \t]*[\"“„]?"
    # A transcript's "ja øhm det er …" before the value (pii41: "ehm" and its mark of what
    # it did not catch too: "[utydeligt] det er …").
    # pii60: or a curt "fint:" that hands the code over ("[16:19] Anne-Mette: fint: 401670"),
    # as an ex-partner's chat gives in to "send mig lige koden fra MitID".
    r"(?:(?i:ja|jo|okay|ok|fint|fint nok)[,.:]? )?"
    rf"(?:(?:(?i:øh|øhm|ehm|æh|æhm|altså)[,.]?|{_TRANSCRIPT_MARK}) )*"
    rf"{_ANSWER_VALUE}"
    # Messenger's copied thread: an empty line, the sender, the time, then the message
    # ("⏎⏎Du⏎17.35⏎7812"); Slack's and Teams' export the same with the time on the
    # sender's line ("⏎⏎Asger Ahlmann  14.43⏎061971", "…⏎den er 300316 🙂").
    # pii53: "ja" before the value there too, as a phone's SMS thread answers ("⏎⏎Lars · 16:39⏎ja
    # 629661. og …").
    r"|\n[ \t]*\n[^\n:]{1,40}(?:\n|[ \t]+)\d\d?[.:]\d\d\n(?:(?i:ja|jo|okay|ok)[,.]? )?"
    rf"{_ANSWER_VALUE}"
)
# A form's label that already has its value on its line ("MitID bruger-ID: anna54").
_VALUE_GIVEN: Final = re.compile(r"[:=][ \t]*\S")
_VALUE_MARKS: Final = (":", "=")


def _may_answer(source: str, line_end: int) -> bool:
    """Whether _ANSWER_LINE can match at the line break ``line_end``: every match either
    names its speaker before a colon on the next line (no alternative before the colon
    reads a line break) or opens with a blank line (spaces and tabs only, then a break)."""
    start = line_end + 1
    end = source.find("\n", start)
    if end < 0:
        return source.find(":", start) >= 0
    return source.find(":", start, end) >= 0 or not source[start:end].strip(" \t")


def _value_given(source: str, start: int, end: int) -> bool:
    """``_VALUE_GIVEN.search(source, start, end) is not None`` by ``str.find`` from each ":"
    and "=": the search read the rest of a long line a character at a time (redspeed14:
    about 40,000 instructions per question's label in the dense bench). After its spaces
    and tabs, a non-space character before ``end`` (the engine's ``\\S``, ``str.isspace``'s
    opposite)."""
    for mark in _VALUE_MARKS:
        at = source.find(mark, start, end)
        while at >= 0:
            after = at + 1
            while after < end and source[after] in " \t":
                after += 1
            if after < end and not source[after].isspace():
                return True
            at = source.find(mark, at + 1, end)
    return False


_ANSWER_SHAPE: Final = {
    # pii61: or read out in the groups a code display shows ("22 01 46", "365 823").
    "OTP": re.compile(rf"\d{{4,8}}|{_CODE_GROUPS}"),
    # A user ID: letters with a digit, "." or "_" in it ("bo98", "amra.delacruz").
    "MITID_USER": re.compile(
        # pii110: nor a masked date ("xx.xx.19xx").
        r"(?![A-Z]{2}\d\d|(?i:xx)[./-])(?=[\w.-]*[\d._])[A-Za-z][A-Za-z0-9._-]{1,30}[A-Za-z0-9]"
    ),
    # A Danish number of eight digits, grouped or not, with its country code.
    "PHONE": re.compile(r"(?:\(?(?:\+|00)45\)? ?)?\d\d(?:[ .]?\d\d){3}"),
    # An expiry and the code after it ("02/31 og 6032"), or one of them alone.
    _CARD_DETAILS: re.compile(r"((?:0[1-9]|1[0-2])[/-](?:20)?\d\d)(?: og (\d{3,4}))?|(\d{3,4})"),
}


# pii34: a code a pupil typed after a code was sent or asked for ("en engangskode sendt til
# +45 …; eleven tastede 373513") and a platform's code in brackets after its hyphened
# label ("en 'verification'-kode (482913)"): six or eight digits.
# pii40: or after "en kode" or "ny kode" in prose ("tastede kortoplysningerne og en kode
# (006736) ind"), not a door's or a box's "kode (1234)".
_OTP_TYPED: Final = re.compile(
    # The look-behinds tested after the "k" of "kode", so the engine skips to a "t" or "k".
    r"(?:tast(?:ede|et) |k(?:(?<=-.)|(?<=[\W_]en .)|(?<=[\W_]ny .))ode \()"
    r"(\d{6}|\d{8})(?![\d/-]|[.,]\d)"
)


def otp_typed_recognizer() -> Recognizer:
    """A typed one-time code, or one in brackets after "-kode", a code named before it."""
    return Recognizer(
        name="otp_typed",
        entity="OTP",
        anchor=Anchor.keywords,
        reach=(0, 120),
        context=("kode", "code"),
        requires_context=True,
        context_window=120,
        patterns=[_OTP_TYPED],
        # Sure as a code's: it wins over the phone recogniser's reading of eight digits
        # (it comes before it in REGISTRY).
        score=0.9,
        explanation={
            "da": "Engangskode, som nogen tastede efter at en kode blev sendt, eller en kode i "
            "parentes efter '-kode'.",
            "en": "One-time code someone typed after a code was sent, or a code in brackets "
            "after '-kode'.",
        },
    )


class ChatAnswerRecognizer(Recognizer):
    """The value a chat line asks for, given alone on the next line: a one-time code after
    "send koden til mig", a MitID user ID after "skriv dit MitID bruger-ID her"."""

    def __init__(self) -> None:
        super().__init__(
            name="chat_answer",
            entity="OTP",
            patterns=[],
            anchor=Anchor.keywords,
            context=tuple(_ASKED_FOR),
            requires_context=True,
            # Fully sure: the line before asked for this value, so an eight-digit code is
            # the code even where it would also be a valid phone number (it comes before the
            # phone recogniser in REGISTRY, so it wins the tie).
            score=1.0,
            explanation={
                "da": "Engangskode eller MitID bruger-id, som en chatlinje beder om og den "
                "næste linje svarer med alene.",
                "en": "One-time code or MitID user ID that a chat line asks for and the next "
                "line answers with alone.",
            },
        )

    def matches(self, scan: Scan) -> Iterator[Finding]:
        # The lines already answered (one question may name a code and a user ID): by line,
        # not by position, as the words are taken one after another through the text.
        source, found = scan.source, scan.keywords()
        answered: set[int] = set()
        for word in _ASKED_IN_ORDER:
            spots = found.get(word)
            if spots is None:
                continue
            entity = _ASKED_FOR[word]
            for at in spots:
                line_end = source.find("\n", at)
                if line_end < 0 or line_end in answered or _value_given(source, at, line_end):
                    continue
                # Most questions' next line is prose: without its speaker's colon or a blank
                # line _ANSWER_LINE cannot match there (redspeed21: the match read the whole
                # line, the MitID test casefolded the question's).
                if not _may_answer(source, line_end):
                    continue
                # MitID named near the label or earlier on the question's line (pii40: "Log
                # ind med MitID så jeg kan se din gæld. Hvad er dit bruger-id?").
                if (
                    entity == "MITID_USER"
                    and "mitid"
                    not in (
                        source[min(source.rfind("\n", 0, at) + 1, max(0, at - 40)) : line_end]
                    ).casefold()
                ):
                    continue
                # A card's details only when asked for ("Og udløb og kontrolcifre?"), not a
                # line that merely names them ("Kortet udløber snart"); a phone likewise.
                if entity in _ASKED_ONLY and "?" not in source[at:line_end]:
                    continue
                answer = _ANSWER_LINE.match(source, line_end)
                if answer is None:
                    continue
                group = answer.lastindex or 1
                value = _ANSWER_SHAPE[entity].fullmatch(source, *answer.span(group))
                if value is None:
                    continue
                answered.add(line_end)
                if entity != _CARD_DETAILS:
                    yield Finding(entity, *value.span(), self.score, self.name)
                    continue
                for part, kind in ((1, "CARD_EXPIRY"), (2, "CARD_CVV"), (3, "CARD_CVV")):
                    if value.group(part):
                        yield Finding(kind, *value.span(part), self.score, self.name)


# A value its writer marks as made up right after it ("Pas nr. 276883154 (fiktivt)", "licence
# no. 12345678 (example)"): an example in a guide or a form's instructions, no one's number.
FICTITIOUS_AFTER: Final = (
    r"(?![ \t]*[(\[](?i:fiktiv|fictitious|fictional|eksempel|example|dummy|opdigtet)\w*[)\]])"
)


def passport_recognizer() -> Recognizer:
    return Recognizer(
        name="passport",
        anchor=Anchor.keywords,
        reach=(0, 40),
        context=("pasnummer", "pasnr", "pas-nr", "pas nr", "passport", "passet"),
        starts_with=("pasnummer", "pasnr", "pas-nr", "pas nr", "passport", "passet"),
        requires_context=True,
        entity="PASSPORT",
        patterns=[
            re.compile(
                r"(?i:pasnummer|pasnr\.?|pas-?nr\.?|pas nr\.?|passport(?: number| no\.?)?|"
                r"passet)[^\w\n]{0,3}(?:(?:er|is|var)\s+)?([A-Z]{0,2}\d{7,9})(?![\d-])"
                + FICTITIOUS_AFTER
            )
        ],
        score=0.85,
        explanation={
            "da": "Pasnummer efter ordet 'pasnummer' eller 'passport'.",
            "en": "Passport number after the word 'passport'.",
        },
    )


def driving_licence_recognizer() -> Recognizer:
    return Recognizer(
        name="driving_licence",
        anchor=Anchor.keywords,
        reach=(0, 40),
        context=("kørekort", "driving licen", "driver's licen", "drivers licen"),
        starts_with=("kørekort", "driving licen", "driver's licen", "drivers licen"),
        requires_context=True,
        entity="DRIVING_LICENCE",
        patterns=[
            re.compile(
                r"(?i:kørekort(?:nummer|nr\.?|et)?|driving licen[cs]e(?: number| no\.?)?|"
                r"driver'?s licen[cs]e(?: number| no\.?)?)"
                r"[^\w\n]{0,3}(?:(?:er|is|var|nr\.?)\s*)?([A-Z]{0,2}\d{7,9})(?![\d-])"
                + FICTITIOUS_AFTER
            )
        ],
        score=0.85,
        explanation={
            "da": "Kørekortnummer efter ordet 'kørekort'.",
            "en": "Driving-licence number after the words 'driving licence'.",
        },
    )


SUFFIXES_FILE: Final = SOURCES / "data" / "street_suffixes_da.txt"


_WITHOUT_AEOEAA: Final = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


@cache
def street_suffixes() -> tuple[str, ...]:
    """Endings of Danish street names (street_suffixes_da.txt), longest first."""
    lines = SUFFIXES_FILE.read_text(encoding="utf-8").splitlines()
    words = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    # Also as written without æ, ø and å ("rosenvaenget", "aaboulevarden").
    words |= {word.translate(_WITHOUT_AEOEAA) for word in words}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


@cache
def _street_number_finder() -> Literals:
    """A street ending, its dots, a space and a digit: one pass over the lowercased text in
    Latin-1 finds where a house number can start (the end of each match is after its digit)."""
    endings = "|".join(re.escape(ending) for ending in street_suffixes())
    return Literals([f"(?:{endings})\\.* [0-9]"], literal=False, kept="street-numbers")


@cache
def _street_ending_backwards() -> re.Pattern[str]:
    """The street endings reversed, as a trie: whether a word ends in one is one anchored
    match of the word reversed instead of ``str.endswith`` trying each of about 100."""
    return re.compile(_trie_pattern(ending[::-1] for ending in street_suffixes()))


_POSTCODE: Final = re.compile(r"[1-9]\d{3} ")
# The quarters of the compass after a street's name (_address_pattern).
_DIRECTION: Final = "(?:Nord|Syd|Øst|Vest)"
_DIRECTION_WORDS: Final = ("Nord ", " Syd ", "Vest ", " Øst ")
_CAP: Final = r"[A-ZÆØÅÉÜ]"
_LOW: Final = r"[a-zæøåéü]"
# Town: one word in any case ("København", "københavn"; a short one may be abbreviated,
# "Kgs."), then a district letter ("V", "SV", "M", "Nykøbing F", "Viby J", "Viby Sj.",
# "kobenhavn o" without ø)
# or a second capitalised word ("Kgs. Lyngby", "Frederiksberg C").
# The abbreviation is one a town's name begins with ("Kgs.", "Nr.", "Sdr.", "St.", "Ll.",
# "Gl."), not a short town's name before a sentence's next word (pii27b: "8680 Ry. Sigtede
# blev anholdt", "8250 Egå. Tlf. …").
_TOWN_ABBREVIATIONS: Final = "kgs|nr|sdr|ndr|st|ll|gl|øster|vester|skt|sct"
_POSTCODE_TOWN: Final = (
    rf"[1-9]\d{{3}} (?:(?i:{_TOWN_ABBREVIATIONS})\.(?= {_CAP})|(?i:kongens lyngby)|(?i:{_LOW}+))"
    # ("SO"/"NO": SØ and NØ written without ø, "9210 Aalborg SO"; pii27b).
    rf"(?:[ -](?:(?i:[nsøvkcmfoj]|sv|nv|nø|sø|so|no|soe|noe)(?![\w])|Sj\.|{_CAP}{_LOW}+))?(?![\w])"
    # pii33: a third capitalised word ("8680 Gammel Rye Mark", "… Rye Mark, død den …",
    # "… Rye Mark (matr.nr. 7a)"), not before a further capitalised word.
    rf"(?: {_CAP}{_LOW}+(?![\w'-]| {_CAP}))?"
)
# Before the postcode: a comma or a space, or a line break (a letter's or a signature's
# address block, "Borgergade 28\n1300 København K"); "DK-" as on letters from abroad.
# A scan may double the space ("Bøgeløkken 31  2630 Taastrup"). A letter written on Windows
# ends its lines in "\r\n" (pii27b: a payslip's or tax statement's address block).
_TOWN_BEFORE: Final = r"(?:,? {1,2}|[ \t]*,?[ \t]*\r?\n[ \t]*)(?:DK-)?"
# A postcode and town follow (what a floor without its full stop or a locality needs).
_TOWN_AHEAD: Final = rf"(?={_TOWN_BEFORE}[1-9]\d{{3}} )"
# A locality (DAR's "supplerende bynavn") between the street and the postcode ("Brogade 8,
# Lindved, 7100 Vejle", "Nyvej 3, Stubbekøbing Overdrev, 4850 Stubbekøbing").
_LOCALITY: Final = rf"(?:, {_CAP}{_LOW}+(?:[ -]{_CAP}{_LOW}+){{0,2}}{_TOWN_AHEAD})?"
# Words that begin many street names, so a lowercase street may start with them.
_STREET_PREFIXES: Final = (
    "nørre|søndre|vester|øster|gammel|gamle|ny|nye|store|lille|sankt|skt\\.|kongens|"
    "dronning|kong|prins|prinsesse|gl\\.|gammel|sct\\."
)
# Pronouns and prepositions ending in "s" that are no genitive of a street's namesake.
_NOT_GENITIVE: Final = "hans|hendes|deres|jeres|dens|dets|hos|os|ens"
# Floor and side in any case ("4. TV", "ST. TH." in an upper-cased text too).
_SIDE: Final = r"(?i:th|tv|mf)(?![\w])"
# A floor and side as spoken and written out by speech recognition ("anden sal til venstre",
# "stuen midtfor", "første sal th").
# pii70: "midt for" in two words too, as speech-to-text writes it ("femte sal midt for").
_SPOKEN_SIDE: Final = r"(?: til (?:venstre|højre)| midt ?for)"
_SPOKEN_FLOOR: Final = (
    r"(?i: (?:(?:første|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende) sal"
    rf"(?:{_SPOKEN_SIDE}| (?:th|tv|mf)(?![\w])\.?)?|stuen{_SPOKEN_SIDE}))(?![\w])"
)
# pii70: a lowercase street whose number is followed by a floor said in words ("… fra
# hyldebærvej 35 femte sal midt for der har …", a voicemail's caller): no sentence says a
# floor after a word and a number but an address.
_SPOKEN_FLOOR_SAID: Final = re.compile(rf"\d[a-z]?(?:{_SPOKEN_FLOOR}| stuen(?![\w]))")
_FLOOR_SIDE: Final = (
    # "kl." is the cellar, not the clock before a time ("Mosevej 10, kl. 14.45"); a scan
    # may double the space after the comma ("Algade 9,  1. tv.").
    rf"(?:,? {{0,2}}(?:(?i:st|kl(?!\. ?\d{{1,2}}[.:]\d\d))|\d{{1,2}})\.(?i: ?sal)?"
    rf"(?: ?{_SIDE}\.?|,? ?\d{{1,3}}(?![\d.]))?"
    # A floor without its full stop before a side ("Grusgraven 1,3 tv") or before the
    # postcode on the next line ("Borgergade 28 , 5\n1300 København K") or after a comma
    # on the same line, as forms and contracts write it (pii27b: "Lupinvej 178, 2, 6900
    # Skjern").
    rf"|,? ?\d{{1,2}},? ?{_SIDE}\.?"
    rf"| ?,? ?\d{{1,2}}(?=[ \t]*,?[ \t]*\r?\n[ \t]*(?:DK-)?[1-9]\d{{3}} )"
    rf"|, \d{{1,2}}(?=, (?:DK-)?[1-9]\d{{3}} {_CAP})"
    rf"|,?{_SPOKEN_FLOOR}"
    rf"|,? ?(?i:stuen|kælderen)(?: ?{_SIDE}\.?)?"
    # Ground floor or cellar without its full stop before the postcode ("Fabriksvej 20, st"
    # / "2000 Frederiksberg", "Agerhønevej 96 st, 2000 Frederiksberg").
    rf"|,? ?(?i:st|kl)(?: ?{_SIDE})?{_TOWN_AHEAD}"
    # pii61: the ground floor and its side without their full stops, as speech-to-text
    # writes them ("fasanvej 40b st th"): the side said, so "st" is no abbreviation alone.
    rf"| (?i:st) {_SIDE})?"
    # An apartment number after it ("Algade 9, lejl. 22").
    r"(?:,? ?(?i:lejl(?:ighed|\.)?) ?(?:(?i:nr)\.? ?)?\d{1,4}(?![\d.,]\d))?"
)


# pii47: a volunteer team's meeting place before its address ("Holdet: Grethe, Finn. Mødested
# Fuglesangen 22, 6100 Haderslev"): neither it nor the names before it are the street's.
_MEETING_PLACE: Final = ("mødested", "mødestedet", "mødes")
# pii84: a word all in capitals before a word that is not is a log's or a form's header, no
# word of the street after it ("DEPOTLOG Ved Sporet 3, 9000 Aalborg"); an address written in
# capitals throughout ("NY KONGENSGADE 5") keeps its words.
_CAPS_HEADER: Final = r"[A-ZÆØÅ]{3,} (?=[A-ZÆØÅ][a-zæøå])"
# Streets named "Ved" and a noun in the definite form, without a street ending ("Ved Søen",
# "Ved Stranden", "Ved Kirken", "Ved Bakkerne"); "Ved" is a preposition too (_bare_ved).
# The noun may be as short as "Åen" ("Ved Åen 48C"; pii27b), not the pronouns "Den"/"Det".
_VED_STREET: Final = rf"(?-i:Ved) (?!De[nt] ){_CAP}{_LOW}*(?:en|et|ne)"
_VED_BEFORE: Final = re.compile(rf"(?<![\w.-]){_VED_STREET} \Z")
_VED: Final = _needle("Ved ")


@cache
def _address_pattern() -> re.Pattern[str]:
    """Street (capitalised words, the last ending in a street suffix), house number with an
    optional letter, optional floor and side ("2. th.", "st. tv", "1,3 tv"), optional
    postcode and town ("1620 København V", also on the next line), DAR-style."""
    ending = _trie_pattern(street_suffixes())
    # pii45: a quarter of the compass after the street's word names a part of it ("Sønder Allé
    # Vest 60C", "Ringvej Syd 12"), capitalised and right before the house number.
    # pii47: a meeting place's label is no word of it (_MEETING_PLACE; nor are the names
    # before it: "Marta Nowak. Mødested Kildegårdsvej 99" leaves Marta Nowak a name).
    label = rf"(?!(?i:{'|'.join(_MEETING_PLACE)}) |{_CAPS_HEADER})"
    street = (
        rf"(?:{label}{_CAP}[\w'.-]*\.? ){{0,3}}(?={_CAP})\w*(?i:{ending})"
        rf"(?: {_DIRECTION}(?= \d))?"
    )
    # Lowercase: one word, after a usual first word ("nørre allé", "gl. køge landevej"),
    # initials ("h.c. ørsteds vej"), a genitive ("dronning olgas vej"), and only in lowercase
    # a name before the genitive ("peter bangs vej") or a word before a street word alone
    # ("frederiksberg allé").
    # pii61: a speaker's filler before the street is none of its words ("på ja toftegårds allé
    # 118a", "øhm toftegårds allé 75 2750 ballerup").
    lowercase = (
        rf"(?!{_SPEECH_FILLER} )(?i:(?:(?:{_STREET_PREFIXES}) )?(?:(?:{_LOW}\.){{1,3}} ?)?"
        rf"(?:(?!(?:{_NOT_GENITIVE}) ){_LOW}+s "
        rf"|(?-i:(?!(?:{_NOT_GENITIVE}) ){_LOW}+ (?:{_LOW}+s |(?=(?:{ending}) \d))))?"
        rf"{_LOW}*(?:{ending}))"
    )
    # A house number of up to three digits ("Vestergade 1234" and "12,50 kr." are none),
    # and the "," of a floor without its full stop after it ("1,3 tv").
    # A letter after a space is no house letter when it is "i" before the town ("Brogade
    # 25 i Assens", "HJALLESEVEJ 17 I SÆBY"; pii27b).
    number = (
        # pii47: nor a date's day ("eksporteret af Hjerterum Danmark 02-08-2026").
        rf"\d{{1,3}}(?!\d|-\d{{1,2}}-\d)(?:(?:[A-Za-z]| (?![iI] )[A-Za-z])(?![\w]))?"
        rf"(?![,.]\d(?!\d? ?{_SIDE}))"
    )
    return re.compile(
        rf"(?<![\w.-])(?P<street>{street}|{lowercase}|{_VED_STREET}) {number}"
        rf"{_FLOOR_SIDE}(?:{_LOCALITY}{_TOWN_BEFORE}{_POSTCODE_TOWN})?"
    )


def _word_start(source: str, end: int) -> int:
    """Where the word that ends at ``end`` begins (after a space, tab or line break). The
    last space is found first; a tab or line break can only come after it in the short
    stretch up to ``end``, so the text before it is not searched again."""
    start = source.rfind(" ", 0, end) + 1
    return max(start, source.rfind("\n", start, end) + 1, source.rfind("\t", start, end) + 1)


# What opens a quoted or bracketed address ("Vestergade 12, 8000 Aarhus", [Grønnegade 10]),
# a table's cell or a scan's stray bar ("|AHORNVEJ 125", "¦Kirkevej 3").
_OPENERS: Final = frozenset("\"'([{«»„“”‘’‚<|¦")
# Capitalised sentence words that stand before a street but are no part of its name
# ("Fx Baltorpvej 23", "Adressen Vestergade 12", "Ring til Ny Kongensgade 3"): compared in
# lowercase without a full stop at the end.
_NOT_STREET_WORDS: Final = frozenset(
    (
        *("fx", "f.eks", "eks", "bl.a", "dvs", "evt", "ca", "jf", "se", "ring", "bor", "boede"),
        *("på", "til", "fra", "hos", "ved", "i", "og", "eller", "men", "som", "om", "af"),
        *("adresse", "adressen", "adr", "kontakt", "send", "skriv", "besøg", "mød", "kom"),
        *("find", "kør", "gå", "vi", "jeg", "du", "han", "hun", "de", "den", "det", "der"),
        *("her", "nu", "også", "kunden", "kunde", "hjemme", "tidligere", "address", "at"),
        *("to", "from", "lives", "in", "on", "via", "mod", "nær", "efter", "før", "under"),
        *("paa", "er", "som"),
        # pii27b: what stands before an address in a statement's line, a contract, a
        # power of attorney or an English letter ("Husleje Søvej 86C", "Depositum
        # Æblehaven 27C", "til lejemålet Koldingvej 130", "BOSAT SKOLEVEJ 24", "beliggende
        # Valmuevej 46", "en lejekontrakt for Byvangen 141 B", "my new address is …").
        *("husleje", "depositum", "lejemålet", "lejemaalet", "bosat", "bopæl"),
        *("beliggende", "flyttet", "lejekontrakt", "for", "en", "is", "was"),
        # pii65: a register's note of where someone is registered or was deregistered
        # ("Tilmeldt Fasanvej 89, 3. mf., 5260 Odense S fra 30.06.2025", "Frameldt …").
        *("tilmeldt", "frameldt", "registreret"),
        # pii80: a greeting before a pseudonymised party's label ("Kære Modtager 1", "Hej
        # Modtager 1": party_label_street then reads the label alone).
        *("kære", "hej", "hejsa", "dear", "hi", "hello", "goddag"),
        *_MEETING_PLACE,
    )
)


def _after_openers(source: str, start: int, end: int) -> int:
    """Where the word ``source[start:end]`` begins after its opening quotes and brackets,
    after a CSV field's ";" and after a log's key and its quote (pii27b: ``new="Åbrinken
    44, 3000 Helsingør"``, ``new=\\"…\\"`` inside a JSON string)."""
    key = source.find("=", start, end)
    if key >= 0 and key + 1 < end and source[key + 1] in _KEY_QUOTES:
        start = key + 1
        while start < end and source[start] in _KEY_QUOTES:
            start += 1
        return start
    # A CSV line's field ("…;Adresse;Hedelyngen 33B, 3. th., 2300 København S;…").
    field = source.rfind(";", start, end)
    if field >= 0:
        start = field + 1
    while start < end and source[start] in _OPENERS:
        start += 1
    return start


# The quote, and its JSON escape, that opens a log's quoted value after "=".
_KEY_QUOTES: Final = frozenset("\"'\\")


def _street_starts(source: str, number: int) -> list[int]:
    """Where the street before the house number at ``number`` may begin, nearest first: the
    word before it and up to three before that on the same line, not before an opening
    quote or bracket nor a sentence word."""
    starts: list[int] = []
    end = number - 1
    while len(starts) < 4:
        start = _word_start(source, end)
        opened = _after_openers(source, start, end)
        if source[opened:end].rstrip(".").lower() in _NOT_STREET_WORDS:
            if source.startswith("Ved ", opened) and _VED_BEFORE.match(source, opened, number):
                starts.append(opened)  # a street named "Ved Søen"
            break
        starts.append(opened)
        if opened > start or start < 2 or source[start - 1] != " ":
            break
        end = start - 1
    return starts


def _after_direction(source: str, number: int) -> bool:
    """Whether a quarter of the compass after a word with a street's ending stands right
    before ``number`` ("Sønder Allé Vest 60C")."""
    if not source.endswith(_DIRECTION_WORDS, 0, number):
        return False
    end = source.rfind(" ", 0, number - 1)
    word = source[_word_start(source, end) : end].rstrip(".").lower()
    return _street_ending_backwards().match(word[::-1]) is not None


def _after_ved_street(source: str, number: int) -> bool:
    """Whether a street named "Ved" and a definite noun ends right before ``number``."""
    return _VED_BEFORE.search(source, max(0, number - 40), number) is not None


def _bare_ved(source: str, match: re.Match[str]) -> bool:
    """Whether an address begins with "Ved" at the start of a sentence or line and has no
    postcode: there it is the preposition ("Ved Rådhuspladsen 3 ligger …")."""
    if not source.startswith("Ved ", match.start()) or _POSTCODE.search(match.group()):
        return False
    before = source[: match.start()].rstrip(" \t\"'([")
    return not before or before[-1] in ".!?\n"


# A postcode (in any of _ANY_POSTCODE's forms) and a capitalised town inside a span.
_POSTCODE_TOWN_IN: Final = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,2}-)?\d{3}(?:\d{1,2}| \d\d)? [^\W\d_a-z][^\W\d_]"
)


# A hyphen ending a line, found by the keyword pass.
_LINE_BREAK_HYPHEN: Final = "-\n"
_KEYWORDS.add(_LINE_BREAK_HYPHEN)


class JoinsHyphenatedLines(Recognizer):
    """A recogniser whose values a PDF may break over a line with a hyphen ("Rosen-" /
    "vænget 14", "Sønder-" / "gaard"): it also reads the text with those breaks joined and
    takes what it finds across one, hyphen and line break inside the span, in place of what
    it found in the pieces."""

    def matches_in(self, scan: Scan) -> Iterator[Finding]:
        """The findings in one text, its breaks as they are."""
        return super().matches(scan)

    def across_break(self, source: str, start: int, end: int) -> bool:
        """Whether a value found across a break (``source[start:end]``) is taken: an
        address only with its postcode and town, as a street word broken by itself may be
        a scan's noise ("forholdene på Mejeri-" / "vej 7")."""
        return _POSTCODE_TOWN_IN.search(source, start, end) is not None

    def matches(self, scan: Scan) -> Iterator[Finding]:
        # Most texts have no line ending in a hyphen: the keyword pass that every text gets
        # already knows (no search of the text per recogniser, no second generator).
        if _LINE_BREAK_HYPHEN not in scan.keywords():
            return self.matches_in(scan)
        return self._across_breaks(scan)

    def _across_breaks(self, scan: Scan) -> Iterator[Finding]:
        found = self.matches_in(scan)
        joined = scan.joined()
        if joined is None:
            yield from found
            return
        across: list[Finding] = []
        for finding in self.matches_in(joined[1]):
            start, end = joined[0].original(finding.start, finding.end)
            if end - start > finding.end - finding.start and self.across_break(
                scan.source, start, end
            ):
                across.append(
                    Finding(finding.entity, start, end, finding.score, finding.recognizer)
                )
        yield from across
        for finding in found:
            if not any(a.start < finding.end and finding.start < a.end for a in across):
                yield finding


class AddressRecognizer(JoinsHyphenatedLines):
    """Danish postal addresses. A capitalised street with a house number counts; a street
    written in lowercase counts only with its postcode and town."""

    def __init__(self) -> None:
        super().__init__(
            name="dk_address",
            entity="ADDRESS",
            patterns=[],
            score=0.65,
            context=("adresse", "bor på", "bor i", "address", "lives at"),
            context_boost=0.2,
            anchor=Anchor.digits,
            reach=(60, 80),
            explanation={
                "da": "Dansk adresse: vejnavn med en almindelig endelse (-vej, -gade, -allé, "
                "plads …), husnummer, evt. etage og side og postnummer med by.",
                "en": "Danish address: a street name with a common ending (-vej, -gade, "
                "-allé, plads …), house number, optional floor and side, postcode and town.",
            },
        )

    def matches_in(self, scan: Scan) -> Iterator[Finding]:
        # Every address has a house number right after its street name: start from the
        # digit clusters, look at the word before each and try the pattern from up to
        # four words back (earliest first, so "H.C. Ørsteds Vej" beats "Vej").
        source = scan.source
        pattern = _address_pattern()
        consumed = 0
        for number in self._house_numbers(scan):
            if number < consumed:
                continue
            for start in reversed(_street_starts(source, number)):
                match = pattern.match(source, max(start, consumed))
                if match is not None and match.end() > number and not _bare_ved(source, match):
                    finding = self._finding(source, match)
                    if finding is not None:
                        consumed = finding.end
                        yield finding
                    break

    @staticmethod
    def _house_numbers(scan: Scan) -> list[int]:
        """The first digits of clusters after a space whose word before ends in a street
        ending (dots after it stripped, lowercased)."""
        source = scan.source
        numbers = [n for n, _, _ in scan.clusters() if n >= 2 and source[n - 1] == " "]
        if len(scan.lowered) == len(source) and not scan.digits_beyond_latin1():
            # Offsets kept and every digit a Latin-1 one: one pass over the text.
            found = _street_number_finder().find(scan.lowered_latin1(), _occurrence)
            after = {end - 1 for end, _ in found}
            if scan.holds(_VED):
                return [
                    n
                    for n in numbers
                    if n in after or _after_ved_street(source, n) or _after_direction(source, n)
                ]
            return [n for n in numbers if n in after or _after_direction(source, n)]
        ending = _street_ending_backwards()
        return [
            n
            for n in numbers
            if ending.match(source[_word_start(source, n - 1) : n - 1].rstrip(".").lower()[::-1])
            or _after_ved_street(source, n)
            or _after_direction(source, n)
        ]

    def _finding(self, source: str, match: re.Match[str]) -> Finding | None:
        text = match.group()
        has_town = _POSTCODE.search(text) is not None
        if not (
            text[0].isupper()
            or has_town
            or _place_before(source, match.start())
            or _SPOKEN_FLOOR_SAID.search(text) is not None
        ):
            return None
        if not has_town and party_label_street(text):
            return None
        # A street word alone ("Allé 439", "Plads 2 til") is the end of a name not found
        # or a sentence's first word; with postcode and town it is still an address.
        if (
            not has_town
            and match.group("street").lower() in street_suffixes()
            and not _definite_street_alone(source, match)
        ):
            return None
        # A town ending like a street ("Tórshavn", "Nyhavn") before a date: "Vi ses i
        # Tórshavn 27. september", "… i Tórshavn 8/1-25".
        if not has_town and _DATE_AFTER.match(source, match.end()):
            return None
        score = self.context_score(source, *match.span(), self.score + (0.25 if has_town else 0))
        if score is None:
            return None
        return Finding(_address_entity(source, *match.span()), *match.span(), score, self.name)


def _address_entity(source: str, start: int, end: int) -> str:
    """pii95: the rules' answer (_rules_address_entity) first; an address they leave personal
    is still an organisation's when the learned context model (address_context) finds a
    private owner unlikely enough."""
    entity = _rules_address_entity(source, start, end)
    if entity == "ADDRESS" and organisation_by_context(source, start, end, capitalised_names):
        return ORGANISATION_ADDRESS
    return entity


@cache
def capitalised_names() -> frozenset[str]:
    """pii95: the gazetteer's names as written (its everyday words too: "Bo Vinther")."""
    return frozenset().union(*gazetteer().values())


def _rules_address_entity(source: str, start: int, end: int) -> str:
    """pii78: an organisation's own address (referred_institution) is found as one, so that no
    word of its street is read as a name ("Kommune" ⏎ "Solvej 6"), and then left out of the
    findings (redact.py); any other address is personal data. pii80: so is one beside its
    company number (_company_number_beside)."""
    if (
        referred_institution(source, start)
        or _company_number_beside(source, start, end)
        or _organisation_place(source, start, end)
    ):
        return ORGANISATION_ADDRESS
    return "ADDRESS"


def party_label_street(text: str) -> bool:
    """pii37: whether an address without postcode and town is a pseudonymised party's label
    (pii33's "Klager 3", "Ansøger 2": a role's noun and a number of one or two digits and
    nothing more) whose noun ends like a street ("-ager"); "Kirkeager 3" is no role. pii40:
    or an agent noun of "tage" ("Låntager 2", "Forsikringstager A", "Modtager 1": one who
    takes a loan, a policy, a payment), which no street's name ends in. pii93: or a ferry's
    passenger ("Passager 2" in a booking's list of travellers)."""
    match = _PARTY_LABEL.fullmatch(text)
    if match is None:
        return False
    noun = match.group(1).casefold()
    return noun in _pseudonym_nouns() or noun.endswith("tager") or noun == "passager"


def _definite_street_alone(source: str, match: re.Match[str]) -> bool:
    """pii27b: a street word alone in its definite form is a street's whole name in many
    towns ("Torvet", "Boulevarden", "Stranden") when a floor follows it ("Torvet 54, 4. tv"),
    a comma stands before it in a person's details ("plejefamilien Bo Graversen,
    Boulevarden 157.") or a place's preposition ("en lejlighed på Boulevarden 163B"); "Plads
    2 til" and "Allé 439" stay no address."""
    street = match.group("street")
    if not street.lower().endswith(("et", "en")):
        return False
    if "," in match.group()[len(street) :]:
        return True
    before = source[max(0, match.start() - 2) : match.start()]
    return before == ", " or _place_before(source, match.start())


# The preposition Danish puts before a street's address ("bor på lærkevej 7", "kom ud på
# kastanievej 47", "i nørregade 33b"): a lowercase street with its house number there is an
# address without its postcode and town too.
# pii61: or a speaker's fillers after it ("og du bor stadig på øhm ågade 93c 2 th").
_PLACE_BEFORE: Final = re.compile(rf"(?<![\w])(?i:på|i)(?: {_SPEECH_FILLER}){{0,2}} \Z")
# pii61: a transcript's turn that answers a question about the address (the line before ends
# on "adresse", "adresse?"): its speaker, a recording's offset, fillers, then the street
# ("AGENT: tak Lars og din adresse⏎KUNDE: ikke skolegade 146 2 th", "KUNDE (00:01:59): …").
_ADDRESS_ASKED: Final = re.compile(r"(?i:adresse|adressen)\??[ \t]*[\"”]?[ \t]*\n")
_ANSWER_TURN_BEFORE: Final = re.compile(
    r"(?:\[[\d:.]+\][ \t]*|\d\d:\d\d:\d\d[ \t]+)?[^\W\d_][\w.-]*(?: [\w.-]+)?"
    rf"(?: \([\d:.]+\))?:[ \t]*(?:{_SPEECH_FILLER} ){{0,2}}"
    # pii70: "det er" before the street ("[00:01:43] Speaker 2: det er fiskerhusvej 81 stuen").
    r"(?:det er )?"
)
_PLACE_REACH: Final = 3 + 2 * 7


def _place_before(source: str, start: int) -> bool:
    lo = max(0, start - _PLACE_REACH)
    return _PLACE_BEFORE.search(source, lo, start) is not None or _answers_address(source, start)


def _answers_address(source: str, start: int) -> bool:
    """pii61: whether ``start`` opens a transcript turn's answer to a question about the
    address on the line before (_ADDRESS_ASKED, _ANSWER_TURN_BEFORE)."""
    line = source.rfind("\n", 0, start)
    if line < 0 or _ANSWER_TURN_BEFORE.fullmatch(source, line + 1, start) is None:
        return False
    asked = source.rfind("\n", 0, line) + 1
    return _ADDRESS_ASKED.search(source, max(asked, line - 12), line + 1) is not None


# pii61: an institution's address after the place a customer is referred to or a complaint
# assigned to ("Kunden er henvist til Nordlys Bank, Bankpladsen 2, 8000 Aarhus C, …",
# "tildelt kvalitetsteamet, Kystbanken, Havnefronten 10, …"): a bank's, a team's or a
# building's, no one's home. Only with a word of an organisation among the names before it.
_REFERRED_TO_BEFORE: Final = re.compile(
    r"(?i:henvist til|henvises til|tildelt)((?:,? [^\W\d_][\w/-]*){1,6}), \Z"
)
_INSTITUTION_WORD: Final = re.compile(
    r"(?:[Bb]ank|banken|kassen|huset|teamet|afdelingen|A/S|ApS)(?![\w])"
)


# A firm's name ending right before the address's comma: a company form (A/S, ApS, IVS, K/S,
# P/S: legal persons, not a partnership's I/S), a pharmacy or a surgery among at most five
# words that open their clause, up to three words after it ("Mynte Apotek Valby", "Lægehuset
# ved Søen"). Not a hospital's: where a patient is to meet is told to them ("Sted: Hvidovre
# Hospital, Klostergade 134"), and pii_blind3 labels it.
# pii76: or after a preposition that names where a copy or a complaint went ("sagen er
# kopieret til Privatlease Danmark ApS, Erhvervsparken 3, …"); not a firm named after its
# owner in the genitive ("Udlejer: Bent Hansens VVS ApS, …", _owner_genitive), which
# pii_blind5 labels as the landlord's.
# pii78: also a foreign firm's form or its English kind ("Reclaim Crypto Group", "ChainTrace
# Solicitors", "Nordic Asset Ltd"), after "af" or "ved" ("kontaktet af …", "set ved …"), and
# before the separators a letterhead's or a signature's line uses (_NAME_SEPARATOR_END).
# pii93: or a dash between ("Fjordby Universitet — …").
_NAME_SEPARATOR_END: Final = r"(?:, | · | \| | \(| [–—] )\Z"
_NAME_SEPARATORS: Final = frozenset((", ", "· ", "| ", " (", "– ", "— "))
_NAME_OPENS: Final = (
    r"(?:^|(?<=[\n:;|(>])|(?<=\. )|(?<=\s(?i:til|hos|fra|via|ved) )|(?<=\s(?i:af) )|(?<=\s[iI] ))"
    r"[ \t]*"
)
_FIRM_NAME_BEFORE: Final = re.compile(
    rf"(?:{_NAME_OPENS}|(?<=,)[ \t]*)"
    r"((?:[^\W\d_][\w&.'-]*[ \t]){0,5})"
    r"(?:A/S|ApS|IVS|K/S|P/S|GmbH|Ltd\.?|Limited|Inc\.?|LLC|Group|Partners|Solicitors|Bureau"
    r"|[\w-]*[Aa]potek(?:et)?|[Ll]ægehus(?:et)?"
    # pii80: a national body's or a firm's name ending in "Danmark" after a capitalised word
    # ("anmodet hos Udbetaling Danmark, …", "Behandles af Mona Kaya, Kortcentralen Danmark,
    # …"; not "flyttet til Danmark, …").
    r"|[A-ZÆØÅ][\w-]*[ \t]Danmark)"
    rf"(?:[ \t][^\W\d_][\w-]*){{0,3}}{_NAME_SEPARATOR_END}"
)
# pii76: an organisation known by its kind of name without a company form: a clinic, a
# practice, a car dealer's or a showroom's, a police district, a municipality ("Returadresse:
# Lægerne i Bymidten, Torvegade 2", "Mvh. Motorhallen Syd, …", "Forhandler: Autocentret
# Fjordbyen, …"). Only where the name opens its line, follows a label's colon or a
# preposition: after a person's name and a comma ("Egen læge: H. Osman, Lægerne i Midtbyen,
# …") the address may be the person's. Not a firm named after its owner in the genitive
# ("Udlejer: Bjarnes Autoservice, …", "Kirsten Holms Tandklinik"): a sole trader's, often run
# from home (_owner_genitive).
# pii78: or a bank's, a savings bank's, a pension fund's, an insurer's, a company's
# ("-selskabet"), a shop's, an operator's, a hospital's, a school's, a club's, an association's
# or an authority's name (_ORGANISATION_KIND: "Limfjordens Sparekasse, …", "Butik: Kystnet
# Butik Esbjerg, …", "Forhandler: Nordlink Telecom, …"). Not a care home's: its residents
# live there ("Beboeren bor på Plejecentret Solhøj, …").
_ORGANISATION_KIND: Final = (
    r"[\w-]*(?:[Bb]ank|[Kk]asse|[Pp]ension|[Ss]elskab|[Ff]orsikring|[Bb]utik|[Tt]elecom"
    r"|[Hh]ospital|[Ss]ygehus|[Ss]tyrelse|[Tt]ilsyn|[Nn]ævn|[Ff]orening|[Ss]kole|[Kk]lub"
    r"|[Aa]dvokat(?:firma|huset|er)"
    # pii80: a union's or a federation's ("Fagforbundet Norden" ⏎ …).
    r"|[Ff]orbund"
    # pii93: a university, an academy, an upper secondary school ("Fjordby Universitet — …").
    r"|[Uu]niversitet|[Uu]niversity|[Aa]kademi|[Gg]ymnasi(?:um)?|College"
    # pii84: a courier's depot or terminal, a post office, a police station, a town hall
    # ("GLS Depot Aalborg, …", "Næstved Politistation, …", "Rådhuset, …"), capitalised as
    # a name's word ("overført fra depotet til Jens, …" is a securities account's).
    r"|Depot|Terminal|Posthus|Politistation|Rådhus)"
    r"(?:en|et|ken|ben|n|s)?(?![\w-])"
    r"|[\w-]*(?:[Jj]ob|[Yy]delses|[Bb]orger|[Kk]unde)cent(?:er|ret|eret)(?![\w-])"
    r"|[\w-]*[Kk]linik(?:ken)?|(?:[Tt]and|[Dd]yr)?[Ll]ægerne|[\w-]*[Bb]ilhus(?:et)?"
    r"|[\w-]*(?:[Aa]uto|[Mm]otor)(?:centret|centeret|center|huset|hallen|handel|service)"
    r"|Auto(?![\w-])|Borgerservice"
    # pii80: a webshop by its domain ("Vh Aase" ⏎ "Kurvfuld.dk · …") or a shop by its English
    # kind ("Fra: Nordlys Shop, …"); after a person's name and a comma only as a case
    # handler's employer (_employer_before).
    r"|[\w-]+\.(?:dk|com|net|org|eu|se|no|de|nu|shop)(?![\w.-])|[\w-]*[Ss]hop(?:pen)?(?![\w-])"
    # pii84: the police in the definite form too ("Til: Politiet, Polititorvet 14, …").
    r"|(Politi(?:et)?|[Kk]ommune|Region)(?![\w-])"
)
# pii87: more kinds: an estate agent's ("Boligmægleren Fjordhus", "Mæglerhuset Ådalen",
# "EjendomsHuset Limfjord"), a court ("Skifteretten i Roskilde"), an authority
# ("Spillemyndigheden", "-styrelsen"), an accountant's or a wholesaler's ("Nordvest Revision &
# Regnskab", "Revisionskontoret Bøgebakken", "FYNBO REGNSKABSSERVICE", "Flora Dania Engros"), a
# bank's desk ("Revolut Fraud Desk"), a car park ("P-hus Banegården"), the police
# ("Rigspolitiet"), a company form alone ("Grossisten Mel & Gryn A/S"); its words may be joined
# by "&" ("Kystlinjen Liv & Pension"), and it may follow a dash or "kontaktet". Also alone on
# the line above the address (_ORGANISATION_NAME_LINE: "Venlig hilsen" ⏎ "Mæglerhuset Ådalen" ⏎
# …). pii89: pii76's and pii87's names in one pattern.
# (Mæglere, retter, myndigheder, revisorer, grossister, P-huse: organisationer.)
_FIRM_WORD_AMP: Final = r"[^\W\d_][\w&.'-]*[ \t](?:&[ \t])?"
# pii91: a nursery's, a kindergarten's, an after-school club's, an animal shelter's or an
# animal-welfare body's kind ("Vuggestuen Bakketop", "Dyreværnet Fyn"), and a service firm's
# compound joined by "s" ("Opkrævningsservice"; not a unit's "Kundeservice", "Borgerservice").
# (Vuggestuer, børnehaver, internater, dyreværn, betalingsservicer: organisationer.)
_CARE_OR_SERVICE_KIND: Final = (
    r"[\w-]*(?:[Vv]uggestue|[Bb]ørnehave|[Dd]agtilbud|[Ff]ritidshjem|[Ff]ritidsklub|SFO"
    r"|[Ii]nternat|[Dd]yreværn)(?:n|en|et|r|rne)?|[\w-]+sservice"
)
_ORGANISATION_NAME_KIND: Final = (
    r"(?:[A-ZÆØÅ][\w-]*(?:mægler(?:en|huset)?|[Hh]uset|retten|[Mm]yndighed(?:en)?|styrelsen"
    r"|politiet)|(?i:[\w-]*(?:revision|regnskab)[\w-]*)|[\w-]*(?:Engros|Desk)|Grossist(?:en)?"
    r"|P-(?:hus|kælder|plads)"
    rf"|{_CARE_OR_SERVICE_KIND}|{_ORGANISATION_KIND}|A/S|ApS)(?![\w-])"
)
_ORGANISATION_NAME: Final = (
    rf"((?:{_FIRM_WORD_AMP}){{0,3}}){_ORGANISATION_NAME_KIND}"
    r"(?:[ \t](?:&[ \t])?[^\W\d_][\w-]*){0,3}"
)
_ORGANISATION_NAME_BEFORE: Final = re.compile(
    rf"(?:{_NAME_OPENS}|(?<=[–-] )|(?<=(?i:kontaktet) )){_ORGANISATION_NAME}"
    # (Its CVR number or its unit in lower case between: "Kronespil A/S (CVR-nr. 31874420), …",
    # "ParkNord A/S svindelteam (…".)
    r"(?: \((?i:cvr)[\w.-]*:? ?\d{8}\)| [\w-]*team(?:et)?)?"
    rf"{_NAME_SEPARATOR_END}"
)
# redspeed24: the last character before an address's separator that no firm's or
# organisation's name holds (their names are words of [\w&.'/-] between spaces or tabs).
_NOT_NAME_CHAR_LAST: Final = re.compile(r"(?s:.*)[^\w&.'/ \t-]")
_OWNER_GENITIVE: Final = re.compile(
    r"(?:([A-ZÆØÅ][^\W\d_]+|[A-ZÆØÅ]\.)[ \t]+)?([A-ZÆØÅ][^\W\d_]*[^s\W\d_])s[ \t]"
)


_OWNER_NAMED: Final = re.compile(r"[ \t]*([A-ZÆØÅ][^\W\d_]+)[ \t]+[A-ZÆØÅ][^\W\d_]*[ \t]")


def _owner_genitive(words: str) -> bool:
    """pii76: whether a firm's words name its owner in the genitive: a listed given name's
    ("Bjarnes Autoservice") or a listed surname's after a given name or an initial ("Bent
    Hansens VVS ApS", "Kirsten Holms Tandklinik"); not a word that merely ends in "s"
    ("Nordlys Leasing A/S", "Kvik Finans Bil A/S"). pii78: or open with its owner's given
    name and surname ("Mads Skov Advokatfirma", _OWNER_NAMED): a sole trader's too."""
    names = gazetteer()
    named = _OWNER_NAMED.match(words)
    if named is not None and _normal(named.group(1)) in names["first"]:
        return True
    for found in _OWNER_GENITIVE.finditer(words):
        given, owner = found.group(1), _normal(found.group(2))
        if owner in names["first"]:
            return True
        if (
            given is not None
            and owner in names["surname"]
            and (given.endswith(".") or _normal(given) in names["first"])
        ):
            return True
    return False


# pii76: a letter's addressee that is an organisation's unit ("Til: Telenord A/S, Juridisk
# afdeling" ⏎ "Havnepladsen 3, 1000 København K"): the unit's postal address on the next
# line. Not a firm's name alone on the line above (a signature's block, "Ottosen VVS ApS" ⏎
# address, which earlier sets label) and not a person addressed.
_ADDRESSEE_UNIT_LINE: Final = re.compile(
    r"(?i:til|att\.?|modtager|to):[ \t]+[^\n,]{2,60}, [^\n,]{0,40}"
    r"(?:[Aa]fdeling(?:en)?|[Ss]ekretariat(?:et)?|[Ss]ervice|[Cc]enter|[Cc]entret)[ \t]*\n\Z"
)


def _organisation_name_before(source: str, words: int, start: int) -> bool:
    """pii76: whether an organisation's name of its kind (_ORGANISATION_NAME_BEFORE) ends
    right before the address, not named after its owner (_owner_genitive); pii87: and no sole
    trader's or partnership's (_PERSONS_BUSINESS). (Searched from 90 characters back when a
    parenthesis ends the text before the name's words: a CVR number in parentheses may stand
    between; redspeed25: otherwise from ``words``, _name_words_start, where the name begins.)"""
    cvr = source.endswith(")", 0, words)
    found = _ORGANISATION_NAME_BEFORE.search(source, max(0, start - 90) if cvr else words, start)
    if found is None or _PERSONS_BUSINESS.search(found.group()) is not None:
        return False
    # (A police district's or a municipality's place may stand in the genitive:
    # "Vestjyllands Politi", "Københavns Kommune".)
    return found.group(2) is not None or not _owner_genitive(found.group(1))


def _named_organisation_before(source: str, words: int, start: int) -> bool:
    """Whether a firm's name (_FIRM_NAME_BEFORE, not its owner's genitive, within 70
    characters) or an organisation's name of its kind (_organisation_name_before) ends right
    before the address's separator (``start`` - 2), its words from ``words``."""
    firm = _FIRM_NAME_BEFORE.search(source, max(words, start - 70), start)
    return (firm is not None and not _owner_genitive(firm.group(1))) or _organisation_name_before(
        source, words, start
    )


def _name_words_start(source: str, start: int) -> int:
    """redspeed24: where the run of a name's characters (_NOT_NAME_CHAR_LAST) before the
    address's separator begins, at most 90 characters back: no name _FIRM_NAME_BEFORE,
    _ORGANISATION_NAME_BEFORE (without a CVR number in parentheses) or _SHORT_NAME_BEFORE finds
    starts before it, and searched from there they try a name's openings at each character of
    its words instead of at all 70 or 90 (same matches: the patterns' look-behinds still see the
    text before it)."""
    lo = max(0, start - 90)
    last = _NOT_NAME_CHAR_LAST.match(source, lo, start - 2)
    return lo if last is None else last.end()


# pii89: or an organisation to the attention of a person at it ("Til: Café Solsikken, att.
# Jens Hansen" ⏎ "Torvet 3, …"), its name naming no one. ("Kopi privat til: …" gives the
# person's own address.)
_ADDRESSEE_ATTENTION_LINE: Final = re.compile(
    r"(?i:til|modtager|to):[ \t]+([^\n,]{2,60}), (?i:att(?:\.|n\.?)?|attention):?"
    r"[ \t]+[^\n]{1,40}\n\Z"
)


def _addressee_unit_before(source: str, start: int) -> bool:
    """pii76: whether the address at ``start`` opens the line below a letter's addressee
    that is an organisation's unit (_ADDRESSEE_UNIT_LINE); pii89: or an organisation to a
    person's attention (_ADDRESSEE_ATTENTION_LINE), naming no one and no sole trader or
    partnership (_PERSONS_BUSINESS)."""
    if start == 0 or source[start - 1] != "\n":
        return False
    line = source.rfind("\n", 0, start - 1) + 1
    if _ADDRESSEE_UNIT_LINE.match(source, line, start) is not None:
        return True
    attention = _ADDRESSEE_ATTENTION_LINE.match(source, line, start)
    return (
        attention is not None
        and _names_no_one(attention.group(1))
        and _PERSONS_BUSINESS.search(attention.group(1)) is None
    )


# pii78: what an organisation's own postal address is found as: not personal data (GDPR art.
# 4(1) covers natural persons), it only keeps its street's words from being read as a name,
# and redact.py leaves it out of the findings.
ORGANISATION_ADDRESS: Final = "ORGANISATION_ADDRESS"
# pii78: a letterhead's or a signature's block: the line above the address names an
# organisation (a company form or _ORGANISATION_KIND: "Sydfjord Bank" ⏎ "Torvet 3" ⏎ "4700
# Næstved", "Svindelteamet, Kystnet Mobil A/S" ⏎ …, "Nordjyllands Politi – anmeldelse af
# bedrageri" ⏎ …), maybe with a line between: a unit's ("Kundeservice", "Røntgen og Skanning":
# short, naming no one, _names_no_one; "Sydfjord Bank" ⏎ "Jens Hansen" ⏎ … is a customer's).
# A line with digits, an e-mail or a label's colon at its end is no name's line; nor one
# naming the firm's owner in the genitive (a sole trader's home: _owner_genitive).
# pii84: the line may end in the organisation's case or journal number ("Fyns Politi –
# ANMELDELSE – J.nr. 1575-61698-73232-26" ⏎ …): its reference, no one's number.
# (Or on a line of its own between: "Fyns Politi" ⏎ "J.nr. 1575-61698" ⏎ ….)
_CASE_NUMBER: Final = (
    r"(?i:j\.? ?nr|journal(?:nr|nummer)|sagsnr|sagsnummer)\.?:?[ \t]*[\w./-]*\d[\w./-]*[ \t]*"
)
_ORGANISATION_LINE: Final = re.compile(
    r"[^\n\d@]{0,60}?(?<![\w-])(?:A/S|ApS|IVS|K/S|P/S|GmbH|Ltd|Limited|Group"
    rf"|{_ORGANISATION_KIND})[^\n\d@]{{0,60}}(?:{_CASE_NUMBER})?(?<!:)\n"
)
_UNIT_LINE: Final = re.compile(r"[^\n\d@:]{1,40}\n")
# (Or an empty line, or the organisation's CVR or SE number's: "Debtia A/S" ⏎ "CVR-nummer:
# 34593833" ⏎ "Vestergade 18 E".)
_CVR_OR_EMPTY_LINE: Final = re.compile(rf"(?:(?i:cvr|se)[^\n]{{0,30}}|{_CASE_NUMBER})?[ \t]*\n")
_LINE_WORD: Final = re.compile(r"[^\W\d_]+")
# pii82: a building or an entrance named by its kind ("Politigården", "Regionshuset",
# "Sundhedscentret", "Indgang C", "Bygning 4").
_BUILDING: Final = (
    r"(?:(?:Indgang|Opgang|Bygning|Afsnit) [A-Z\d]{1,3}"
    r"|[A-ZÆØÅ][\w-]*(?:gården|huset|centret|centeret|center))"
)
# pii84: a place an organisation runs, named by its kind: a branch, a shop, a courier's
# depot, a warehouse, a terminal, a parcel or sorting centre, a post office, an office, a
# town hall, a citizens' service ("depotet", "posthuset"). Not "politistationen på …":
# pii_blind12 labels the address a victim went to as personal data (59 addresses).
_FACILITY: Final = (
    r"(?:afdeling|filial|forretning|terminal)(?:en)?|butik(?:ken)?"
    r"|(?:depot|lager|kontor|posthus|rådhus)(?:et)?|(?:pakke|sorterings)cent(?:er|ret|eret)"
    r"|borgerservice"
)
# pii78: where an organisation receives its customers ("kan også afhentes i afdelingen, …",
# "kommer … i filialen (…)", "hent et nyt SIM i butikken på …", "mød op i vores afdeling på
# …") or gives its own address ("Vores adresse er …").
# pii84: any place of its kind (_FACILITY) after "i", "på", "til", "fra" or "ved", and the
# address right after its noun too ("Pakken ligger i depotet på …", "Returneret til depot
# Rugmarken 5, …"), maybe with its town's name ("Udleveret fra depot Aalborg (Ved Sporet 3,
# …)"): where a parcel waits or is returned is the company's, no one's home.
# ("Leveret til kunden på …", "bor på …" name no such place.)
_ORGANISATION_PLACE_BEFORE: Final = re.compile(
    r"(?<![\w])(?i:(?:i|på|til|fra|ved) (?:(?:vores|jeres|den lokale|det lokale) )?"
    rf"(?:{_FACILITY})(?: (?-i:[A-ZÆØÅ])[\w-]*)?(?:, | på | \(|:? )|vores adresse er "
    # A bank's branch by its number ("Øresund Andelskasse, filialnr. 091, …", "Fra filial 233, …").
    r"|filial(?:nr\.)? ?\d{1,4}, "
    # A pick-up place named after "afhentes i" ("Ny SIM kan afhentes i Kiosk Hjørnet, …"); not
    # "hos", which names a person too ("afhentes hos Jens Hansen, …").
    r"|(?:af)?hentes i (?:[^\W\d_][\w&.'-]* ){0,3}[^\W\d_][\w&.'-]*(?:, | \()"
    # pii80: where a citizen or a customer is asked to come ("Du kan også møde op på …", "møde
    # op i Borgerservice på …", "visit us at …"), a shop's or a warehouse's camera, ramp or
    # store ("Vores kamera ved …", "drive-in ved rampen på …") and a parcel shop ("til
    # pakkeshop: …"): places the organisation runs, no one's home.
    # pii82: "evt." in the asking ("Mød evt. op i Information på …").
    r"|møde? (?:evt\. )?op (?:i [^\W\d_][\w-]* )?på |visit us at |besøg os (?:på|i) "
    r"|(?:kamera(?:et)?|lager(?:et)?|rampen) (?:ved|på) |pakkeshop(?:pen)?:? )"
    # pii82: the place's building or entrance between ("mød op på Regionsgården, …", "… på
    # Indgang C, …"): a building's kind word, which no one's name is.
    rf"(?:{_BUILDING}, )?\Z"
)


# pii84: a line's header led by a place an organisation runs, in capitals or not, then the
# address ("DEPOTLOG Ved Sporet 3, …", "Depot: …", "Lageradresse: …", "Filial Torvet 3, …"):
# a log or a record kept at that place. The place's word opens the header ("Hjemmekontor:
# …" is someone's home). Not "Forretnings-" (pii78's business address label, which a
# partnership's record may carry: _business_address_label).
_FACILITY_HEADER: Final = re.compile(
    r"(?:^|\n)[ \t]*(?i:(?:depot|lager|terminal|filial|afdeling|kontor|posthus|butik|showroom"
    r"|politistation|rådhus|pakkecent|sorteringscent)[^\W\d_]*):?[ \t]+\Z"
)
# pii84: a branch named by its address after its organisation's name ("Fjordbanken, afd.
# Torvet 3, …", "Nordlys Bank afdeling Søndergade 12, …"): up to four capitalised words in
# their clause, naming no one (_names_no_one: "Jens Hansen, afd. …" is no branch).
_BRANCH_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\n:;,/|(>]))[ \t]*((?:[A-ZÆØÅ][\w&.'-]*[ \t]){0,3}[A-ZÆØÅ][\w&.'-]*)"
    r",?[ \t](?i:afd\.|afdeling|filial)[ \t]\Z"
)

# redspeed24: _BRANCH_BEFORE's end alone, asked first: a short search where the whole
# pattern would try a name's opening at each of 70 positions before every address.
_BRANCH_WORD_END: Final = re.compile(r"(?i:afd\.|afdeling|filial)[ \t]\Z")


def _branch_before(source: str, start: int) -> bool:
    """pii84: whether a branch's word after its organisation's name stands right before the
    address (_BRANCH_BEFORE), the name naming no one and no owner, and its line no sole
    trader ("Keramik v/ Frank Nyborg, afd. …")."""
    if _BRANCH_WORD_END.search(source, max(0, start - 10), start) is None:
        return False
    branch = _BRANCH_BEFORE.search(source, max(0, start - 70), start)
    if branch is None:
        return False
    name = branch.group(1)
    return (
        _names_no_one(name)
        and _PERSONS_BUSINESS.search(source, source.rfind("\n", 0, start) + 1, start) is None
        and not _owner_genitive(name + " ")
    )


# pii78: a business's address by its label ("Forretningsadresse: …", "Firmaadresse: …"); not
# where the lines above name a partnership (I/S: its partners are natural persons, as a sole
# trader is) or a sole trader ("enkeltmandsvirksomhed").
_BUSINESS_ADDRESS_LABEL: Final = re.compile(r"(?i:forretnings|firma|virksomheds)adresse:? \Z")
# pii80: or a firm run by its owner ("Keramik v/ Frank Nyborg": "ved", a sole trader's).
_PERSONS_BUSINESS: Final = re.compile(
    r"(?i:enkeltmands)|I/S(?<![\w/]I/S)(?![\w/])|(?<![\w/])v/(?= )"
)


def _business_address_label(source: str, start: int) -> bool:
    """pii78: whether a business's address label stands before ``start`` and the two lines
    above name no partnership or sole trader (_PERSONS_BUSINESS)."""
    if _BUSINESS_ADDRESS_LABEL.search(source, max(0, start - 22), start) is None:
        return False
    above = source.rfind("\n", 0, max(0, source.rfind("\n", 0, start) - 1)) + 1
    return _PERSONS_BUSINESS.search(source, above, start) is None


# pii82: a label opening its line that names an organisation's office ("Kontor: Fjordtryg,
# …", "Afdeling: …") or an institution's address in the genitive ("Politiets adresse til
# sagen: Politigården, …", "Kommunens adresse: …"), then its name and maybe its building's
# (one or two parts ending in a comma) and the address. ("Kundens adresse: …" is a person's.)
_OFFICE_LABEL_BEFORE: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:(?i:kontor|afdeling|filial)"
    r"|(?:Politiets|Kommunens|Regionens|Bankens|Selskabets|Sygehusets|Hospitalets"
    r"|Forsikringens|Butikkens|Virksomhedens|Firmaets) adresse[^\n:]{0,20}):[ \t]*"
    r"((?:[^\n,:;]{2,40}, ){1,2})\Z"
)


def _office_label_before(source: str, start: int) -> bool:
    """pii82: whether an office's or an institution's address label (_OFFICE_LABEL_BEFORE)
    opens the address's line and the names between name no one ("Kontor: Jens Hansen, …" is
    a person's) nor a sole trader (_PERSONS_BUSINESS)."""
    if not source.endswith(", ", 0, start):
        return False  # (redspeed24: the pattern's names end in ", ": not asked without it.)
    label = _OFFICE_LABEL_BEFORE.search(source, max(0, start - 120), start)
    return (
        label is not None
        and _names_no_one(label.group(1))
        and _PERSONS_BUSINESS.search(label.group(1)) is None
    )


# pii80: an organisation's unit (a team, a service desk, a card-dispute desk, a secretariat, an
# English "Fraud & Payments") as its own part of the line before the address or of the line
# above it: "Fra: Hjemmebixen, Svindelteamet, …", "Fjordbank · Kortindsigelser · …", "Aalborg
# Kommune, Borgerservice på …", "Svindelteamet, Kurvfuld.dk" ⏎ …. A unit serves customers at
# its organisation's address, no one's home.
_UNIT_BESIDE: Final = re.compile(
    r"(?:^|[\n:]|, | · | \| |\s(?:i|til|hos|fra) )[ \t]*"
    r"(?:[\w-]*(?:[Tt]eam(?:et)?|[Ss]ervice|[Ii]ndsigelser|[Ss]ekretariat(?:et)?)"
    r"|Fraud(?: & [A-Z][\w-]*)?|Customer [A-Z][\w-]*)"
    # (Not a unit alone on the line above: "Fjordbanken" ⏎ "Att.: Kundeservice" ⏎ … is a
    # letter's addressee, and the address under it the writer's, in pii_blind12.)
    r"(?:, | · | \| | på )",
    re.MULTILINE,
)
# redspeed24: a word each of _UNIT_BESIDE's units holds, looked for before the pattern tries
# each position of the line (most lines before an address have none).
_UNIT_WORDS: Final = ("eam", "ervice", "ndsigelser", "ekretariat", "Fraud", "Customer ")
# pii80: the organisation's CVR number (or its 70/80 number's line) right after its address,
# on the same line or the next: "Fjordbank · … · Havnegade 19, 5000 Odense C · CVR-nr. …",
# "Havnegade 4, 1058 København K" ⏎ "Tlf. 70 20 30 80 · CVR-nr. …".
_COMPANY_NUMBER_AFTER: Final = re.compile(
    r"[ \t]*(?:[·|,][ \t]*|\r?\n)(?:(?i:cvr)|(?i:tlf|telefon|hovednr|phone)[.:]*[ \t]*"
    r"(?:\+45[ \t]?)?[78]0[ \t]?\d\d)"
)
# pii82: or its CVR number and its 70/80 number's (a service line, no one's own) before it in
# a record's fields: "…; CVR-nr. 22725478; hotline 70 11 48 33; Fabriksparken 7, …".
_COMPANY_NUMBER_BEFORE: Final = re.compile(
    r"(?i:cvr)[\w.-]*:? ?\d{8}(?:, |(?P<line>[,;] (?i:hotline|tlf|telefon)[.:]* ?"
    r"(?:\+45 ?)?[78]0(?: ?\d){6}[,;] ))\Z"
)
# A number standing alone (a date of birth's, a phone's), not a name's digit ("Q8").
_LONE_NUMBER: Final = re.compile(r"(?:^|[\W_])\d")


# pii80: an employer named after the one handling a case ("Behandles af Pia Kristiansen,
# Hjemmebixen, …", "Handled by …, …, …"), or a signature's line under its signer after a
# closing ("Vh Frits Schou" ⏎ "Hjemmebixen · …"): the firm's name, naming no one, then its
# address. ("Vh Jens" ⏎ "Jens Hansen · Lærkevej 4, …" is the signer's own.)
# A firm's name of one to three words ("Hjemmebixen", "Nordlys Shop", "Gaveboden.dk").
_FIRM_WORDS: Final = r"(?:[^\W\d_][\w.&-]* ){0,2}[^\W\d_][\w.&-]*"
_HANDLER_EMPLOYER_BEFORE: Final = re.compile(
    rf"(?i:behandle[st]|handled) (?i:af|by) [^\n,]{{2,40}}, ({_FIRM_WORDS}), \Z"
)
_FIRM_SIGNATURE_LINE: Final = re.compile(rf"{_FIRM_WORDS} · ")
_CLOSING_LINE: Final = re.compile(
    r"[ \t]*(?i:vh|mvh|med venlig hilsen|venlig hilsen|hilsen|best regards|kind regards"
    r"|regards)(?![\w])"
)


def _employer_before(source: str, start: int) -> bool:
    """pii80: whether a case handler's employer (_HANDLER_EMPLOYER_BEFORE) or a signature's
    firm (_FIRM_SIGNATURE_LINE, on the line after a closing's or under a closing and its
    signer) stands right before the address and names no one."""
    # (redspeed24: the handler's pattern is asked only where its ", " ends the text before.)
    handler = (
        _HANDLER_EMPLOYER_BEFORE.search(source, max(0, start - 100), start)
        if source.endswith(", ", 0, start)
        else None
    )
    if handler is not None:
        return _names_no_one(handler.group(1))
    line = source.rfind("\n", 0, start) + 1
    if line < 2 or _FIRM_SIGNATURE_LINE.fullmatch(source, line, start) is None:
        return False
    signer = source.rfind("\n", 0, line - 1) + 1
    closing = source.rfind("\n", 0, max(0, signer - 1)) + 1
    return _names_no_one(source[line:start]) and (
        _CLOSING_LINE.match(source, signer) is not None
        or (signer > 0 and _CLOSING_LINE.match(source, closing) is not None)
    )


def _line_before(source: str, start: int) -> str:
    """The address's line before it, or the line above when the address opens its line."""
    line = source.rfind("\n", 0, start) + 1
    if line == start and start > 0:
        line = source.rfind("\n", 0, start - 1) + 1
    return source[line:start]


def _unit_beside(source: str, start: int) -> bool:
    """pii80: whether an organisation's unit (_UNIT_BESIDE) stands in the line before the
    address (or the line above it) with no listed name after it ("Svindelteamet, Jens Hansen,
    …" is a customer's), and the unit's clause names no owner (_owner_genitive) and is no
    sole trader's or partnership's (_PERSONS_BUSINESS)."""
    before = _line_before(source, start)
    if not any(word in before for word in _UNIT_WORDS):
        return False
    units = list(_UNIT_BESIDE.finditer(before))
    if not units:
        return False
    # (The owner is looked for in the unit's clause: a sentence before it may name anyone.)
    clause = before[max(before.rfind(stop) for stop in ".:\n") + 1 :]
    if _alias_of_unit(before, units[-1]):
        return False
    return (
        _names_no_one(before[units[-1].end() :])
        and _PERSONS_BUSINESS.search(clause) is None
        and not _owner_genitive(clause.strip() + " ")
    )


# pii112: a person's alias "<Name> fra <unit>" ("der udgav sig for at være Birthe fra
# kundeservice, viste rundt på <address>"): the unit is where the person claims to work, and a
# clause after it (a verb before the address) leads to a place of its own, not the unit's
# premises ("Spørg efter Jens fra kundeservice, <address>" still is the unit's).
_ALIAS_BEFORE_UNIT: Final = re.compile(r"(?:^|[\s(\"'])([A-ZÆØÅ][a-zæøåéü]+)\Z")
_CLAUSE_WORD: Final = re.compile(r"[a-zæøå]{2,}")


def _alias_of_unit(before: str, unit: re.Match[str]) -> bool:
    """pii112: whether ``unit`` (a _UNIT_BESIDE match in ``before``, the text before the
    address) is a named person's "fra <unit>" with a clause of lower-case words after it."""
    if not unit.group().lstrip(" \t").startswith("fra "):
        return False
    head = _ALIAS_BEFORE_UNIT.search(before, 0, unit.start())
    if head is None or _names_no_one(head.group(1)):
        return False
    # (Only in the alias's own sentence: a later one's address is left to the rules as before.)
    rest = before[unit.end() :]
    return _CLAUSE_WORD.match(rest.lstrip()) is not None and ". " not in rest


def _company_number_beside(source: str, start: int, end: int) -> bool:
    """pii80: whether the organisation's CVR number stands right before the address or its
    CVR or 70/80 number right after it (_COMPANY_NUMBER_AFTER), and the name before it (on
    its line or the line above) is no owner's: a sole trader's CVR number may stand beside its
    owner's home ("Jens Hansen VVS · Lærkevej 4, … · CVR-nr. …", _owner_genitive; "Keramik v/
    Frank Nyborg · …", _PERSONS_BUSINESS), and a doctor's 80 number below the doctor's name
    and address ("ELLEN RIBER" ⏎ … ⏎ "TLF. 80 …"). pii82: or its CVR and 70/80 numbers right
    before it in a record whose field before them names no one."""
    before = _COMPANY_NUMBER_BEFORE.search(source, max(0, start - 60), start)
    if before is None and _COMPANY_NUMBER_AFTER.match(source, end) is None:
        return False
    if before is not None and before.group("line") is not None:
        # (The record's field before the numbers names no one: "Jens Hansen VVS; CVR-nr. …;
        # tlf. 80 …; Lærkevej 4, …" is a sole trader's home.)
        field_end = len(source[: before.start()].rstrip("; "))
        cut = max(source.rfind(stop, 0, field_end) for stop in ";:\n") + 1
        field = source[cut:field_end]
        return _names_no_one(field) and _PERSONS_BUSINESS.search(field) is None
    # (The name's line holds no digits: "Forbruger: Svends (født 03/04-1961), …" ⏎ "CVR-nr.
    # …" is a record's person and the CVR number the record's firm.)
    # (A label's value is no name: "Adresse: …" ⏎ "Tlf.: 70 08 67 14" is a person's.)
    name = _COMPANY_NUMBER_BEFORE.sub("", _line_before(source, start)).split(":")[-1]
    return (
        any(c.isalpha() for c in name)
        and _LONE_NUMBER.search(name) is None
        and _PERSONS_BUSINESS.search(name) is None
        and not _owner_genitive(name.strip() + " ")
    )


def _names_no_one(line: str) -> bool:
    """pii78: whether no word of a line is a listed given name or surname."""
    names = gazetteer()
    return not any(
        _normal(w) in names["first"] or _normal(w) in names["surname"]
        for w in _LINE_WORD.findall(line)
    )


def _organisation_line_above(source: str, start: int) -> bool:
    """pii78: whether the address at ``start`` opens the line below an organisation's name
    (_ORGANISATION_LINE), or below a unit's line under it (_UNIT_LINE). pii93: also in a
    quoted reply ("> Holmby Universitet, Studieadministrationen" ⏎ "> …")."""
    if source[start - 3 : start] == "\n> ":
        start -= 2
    if start == 0 or source[start - 1] != "\n":
        return False
    line = source.rfind("\n", 0, start - 1) + 1
    if _names_organisation(source, line, start):
        return True
    return (
        line > 0
        and (
            _CVR_OR_EMPTY_LINE.fullmatch(source, line, start) is not None
            or (
                _UNIT_LINE.fullmatch(source, line, start) is not None
                and _names_no_one(source[line:start])
            )
        )
        and _names_organisation(source, source.rfind("\n", 0, line - 1) + 1, line)
    )


def _names_organisation(source: str, line: int, end: int) -> bool:
    """pii78: whether ``source[line:end]`` is an organisation's name's line, not named after
    its owner in the genitive."""
    name = _ORGANISATION_LINE.fullmatch(source, line, end)
    return name is not None and not _owner_genitive(name.group())


# pii87: frames in which an organisation gives its own address, found across several
# generators (pii_blind88-95): an invitation to come in ("… eller kom ind på …", "Du kan også
# komme ind på …", "kom forbi kontoret på …", "Personligt fremmøde: …", "kunden møder op på
# …"; not "kom forbi på …", a seller's home too); the organisation's own
# place in the first person plural ("Vores kontor ligger på …", "vores partnerbutik på …",
# "Teamet sidder på …": a facility's noun, never "vores hus"); a contact label opening its
# line ("Kundeservice: …", "Henvendelser ved skranken: …", "Henvendelse kan ske på …",
# "Virksomhedens adresse: …", "Lager og afhentning: …"); where complaints go or are kept
# ("Fysiske klager sendes til …", "Fotos opbevares på …"), a fine's copy, a firm's seat
# ("Firmaet har adresse på …") and a letter sent from it ("Brev sendt fra …").
# (Et firmas egen adresse i en invitation, i "vores kontor/afdeling/butik", under en
# kontaktetiket: ingen persons hjem. "bor på …", "leveret til …", "vores hus på …" er.)
_ORGANISATION_FRAME_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?i:kom(?:me)? ind på|personligt fremmøde:?|møder op på)"
    r"|(?i:vores|jeres) (?!(?i:hjemme))[\w-]*(?i:kontor|afdeling|butik|filial|lokaler|kundecent"
    r"(?:er|ret)|team)(?i:et|en|ken|ne)? (?:(?i:ligger|sidder|holder til) )?(?i:på|i)"
    r"|(?i:ved|i|til|kom forbi|komme forbi) (?!(?i:hjemme))[\w-]*(?i:butikken|kontoret|filialen) på"
    r"|(?i:teamet|kontoret|afdelingen) (?i:sidder|ligger|holder til) (?i:på|i)"
    r"|(?i:klager sendes|fotos opbevares)(?: \w+)? (?i:til|på)|(?i:hente kopi af) [^\n,.]{1,30} på"
    r"|(?i:firmaet|virksomheden|selskabet) har adresse på|(?i:brev sendt fra)"
    # pii89: a meeting at the place of those contacted, in a firm's case log ("Kunden kontakter
    # os; møde på …": the writer's firm's), and goods picked up at a place ("Varer afhentet af
    # bil … på …", "Godset blev afhentet på …": a supplier's or a warehouse's). ("møde hos
    # kunden på …", "Sofaen blev afhentet af køber på …" name no such place.)
    r"|(?i:os[;,]? (?:og )?(?:(?:aftalt|aftaler|holdt|holder) )?(?:et )?møde på)"
    r"|(?i:(?:varer(?:ne)?|gods(?:et)?|paller(?:ne)?) (?:blev |er )?afhentet"
    r"(?: af [^\n,.;]{1,30})? på)"
    r")[ \t]\Z"
    r"|(?:^|\n)[ \t]*(?:(?i:kundeservice|henvendelser? ved skranken|virksomhedens adresse"
    r"|lager og afhentning):|(?i:henvendelse kan ske på))[ \t]+\Z"
)
# redspeed25: the last word every frame ends in, then its space, asked first: most addresses
# follow a word of none of them or a line break.
_ORGANISATION_FRAME_END: Final = re.compile(r"(?i:på|i|til|fra|fremmøde|:)[ \t]+\Z")
# pii91: its unit in lower case after a comma ("Dyreværnet Fyn, internatet" ⏎ …).
_ORGANISATION_NAME_LINE: Final = re.compile(
    rf"[ \t]*{_ORGANISATION_NAME}(?:, [a-zæøå][\w-]*)?[ \t]*\n"
)
# pii87: an organisation's department after its name: "ParkNord A/S, Klageafdelingen, …",
# "Viborg Domsogn, Kirkekontoret, …", "Esbjerg Kommune, Folkeregistret, …", "Sorø Sogns
# Kirkekontor, …", "NC3, Rigspolitiet, …" (afdelingen, kontoret, registret, sekretariatet).
_DEPARTMENT_WORD_END: Final = (
    r"(?:afdeling(?:en)?|kontor(?:et)?|regist(?:ret|eret)|sekretariat(?:et)?|politiet), \Z"
)
_ORGANISATION_DEPARTMENT_BEFORE: Final = re.compile(
    rf"(?:{_NAME_OPENS}|(?<=\s(?i:på) ))((?:{_FIRM_WORD_AMP}){{0,4}}?(?:[^\W\d_][\w&.'/-]*, )?)"
    rf"[A-ZÆØÅ][\w-]*{_DEPARTMENT_WORD_END}"
)
# redspeed25: the department's word ending the text before, asked first (15 characters at
# most) where the whole pattern would try a name's opening at each of 90 positions.
_DEPARTMENT_BEFORE_END: Final = re.compile(_DEPARTMENT_WORD_END)


def _more_organisation_before(source: str, start: int) -> bool:
    """pii87: whether an organisation's frame (_ORGANISATION_FRAME_BEFORE), its name of a kind
    alone on the line above (_ORGANISATION_NAME_LINE) or its department
    (_ORGANISATION_DEPARTMENT_BEFORE) stands right before the address, the name naming no owner
    (_owner_genitive) and no sole trader or partnership (_PERSONS_BUSINESS), its line under no
    one's name; the department's names no one ("Kunde: Jens Hansen, Kundeafdelingen, …" is no
    organisation's)."""
    if (
        _ORGANISATION_FRAME_END.search(source, max(0, start - 60), start) is not None
        and _ORGANISATION_FRAME_BEFORE.search(source, max(0, start - 60), start) is not None
    ):
        return True
    line = source.rfind("\n", 0, start) + 1
    if line == start and start > 1:
        above = source.rfind("\n", 0, start - 1) + 1
        name = _ORGANISATION_NAME_LINE.fullmatch(source, above, start)
        if name is not None:
            # (Not under its signer's name, a listed one or any below a closing: "Venlig hilsen"
            # ⏎ "A. Kvist" ⏎ "Ravnsbjerg Revision" ⏎ … is labelled personal in pii_blind35, a
            # firm without a company form.)
            signer = source.rfind("\n", 0, max(0, above - 1)) + 1
            closing = source.rfind("\n", 0, max(0, signer - 1)) + 1
            if not _names_no_one(source[signer:above]) or (
                signer > 0 and _CLOSING_LINE.match(source, closing) is not None
            ):
                return False
            owner = _owner_genitive(name.group(1))
            return _PERSONS_BUSINESS.search(name.group()) is None and not owner
    if _DEPARTMENT_BEFORE_END.search(source, max(0, start - 15), start) is None:
        return False
    department = _ORGANISATION_DEPARTMENT_BEFORE.search(source, max(0, start - 90), start)
    return (
        department is not None
        and _names_no_one(department.group(1))
        and _PERSONS_BUSINESS.search(department.group()) is None
    )


# pii89: an organisation's reply quoted in a thread ("> Svar fra Fjordbanken: Vi har modtaget
# sagen. Jens, Havnegade 3, …"): the address signing the reply's line is the organisation's
# (a name of its kind: _ORGANISATION_NAME). Not where the line tells where someone lives
# ("… Kunden bor på …", _RESIDENCE_WORD).
# (Et svar fra en bank underskrevet med bankens adresse: ingen persons hjem.)
_REPLY_FROM_ORGANISATION: Final = re.compile(
    rf"[ \t>]*(?i:svar fra|reply from)[ \t]+{_ORGANISATION_NAME}:[^\n]*, \Z"
)
_RESIDENCE_WORD: Final = re.compile(r"(?i:(?<![\w])bor(?![\w])|bopæl|privat|hjem)")


def _reply_from_organisation(source: str, start: int) -> bool:
    """pii89: whether the address ends the line of an organisation's quoted reply
    (_REPLY_FROM_ORGANISATION), not named after its owner, and the line names no residence."""
    if not source.endswith(", ", 0, start):
        return False
    line = source.rfind("\n", 0, start) + 1
    reply = _REPLY_FROM_ORGANISATION.match(source, line, start)
    return (
        reply is not None
        and not _owner_genitive(reply.group(1))
        and _RESIDENCE_WORD.search(source, line, start) is None
    )


# pii89: an organisation's short name right before its address ("(ParkNord, Havnegade 3, …)")
# where the text names it with its company form elsewhere ("Svindelteamet, ParkNord A/S" in
# the signature): the firm's own address, its name naming no one (_names_no_one: "(Jens
# Hansen, …)") nor its owner.
_SHORT_NAME_BEFORE: Final = re.compile(
    rf"{_NAME_OPENS}([A-ZÆØÅ][\w&.'-]*(?:[ \t][A-ZÆØÅ][\w&.'-]*){{0,2}}){_NAME_SEPARATOR_END}"
)
_COMPANY_FORM_AFTER: Final = re.compile(r"[ \t]+(?:A/S|ApS|IVS|K/S|P/S|GmbH|Ltd)(?![\w/])")


def _short_name_of_firm_before(source: str, words: int, start: int) -> bool:
    """pii89: whether a short name before the address (_SHORT_NAME_BEFORE, within 50
    characters; redspeed25: from ``words``, _name_words_start) is a firm's that the text gives
    with its company form (_COMPANY_FORM_AFTER) elsewhere."""
    short = _SHORT_NAME_BEFORE.search(source, max(words, start - 50), start)
    if short is None:
        return False
    name = short.group(1)
    if not _names_no_one(name) or _owner_genitive(name + " "):
        return False
    at = source.find(name)
    while at >= 0:
        if _COMPANY_FORM_AFTER.match(source, at + len(name)) is not None:
            return True
        at = source.find(name, at + 1)
    return False


# pii91: frames in which an organisation gives its own place, found in pii_blind96-99: where a
# report was made in person or an animal handed in ("… ved personligt fremmøde på …", "Hunden
# blev indleveret på …"), a venue's entrance ("Indgang via …"), a named place one is asked to
# come to or collect papers in ("Henvend dig i Sportshallen på …", "Kan afhentes i Kat &
# Kurv, …"); a visiting address's label or the organisation's office in the first person
# plural ("Besøgsadresse: …", "Vores kontor: …") opening a line or a sentence; a facility in
# the definite form with its address in brackets ("Centeret (…) har åbent hele døgnet").
# (Anmeldt ved fremmøde, indleveret, indgang, besøgsadresse, "vores kontor": et steds adresse,
# ingen persons hjem. "bor på …", "Adresse: …", "afhentes hos Jens Hansen, …" er.)
_PLACE_NAME: Final = r"[A-ZÆØÅ][\w&.'-]*(?:[ \t](?:&[ \t])?[^\W\d_][\w&.'-]*){0,3}"
_ORGANISATION_PLACE_FRAME: Final = re.compile(
    r"(?<![\w-])(?:(?i:personligt fremmøde på|(?:er|blev|bliver) indleveret (?:på|i|til)"
    r"|indgang via)[ \t]"
    rf"|(?i:henvend dig|afhentes|hentes) i {_PLACE_NAME}(?:, | på ))\Z"
    r"|(?:^|\n|[.!?] )[ \t]*(?:(?i:besøgsadresse|(?:vores|jeres) [\w-]*(?:kontor|afdeling|butik"
    r"|filial|klinik)(?:et|en|ken)?):|(?i:centeret|centret|klinikken|butikken|kontoret|skolen"
    r"|institutionen|internatet|hallen)[ \t]*\()[ \t]*\Z"
)
# pii91: what follows an organisation's address: its opening hours ("…: man-fre 8-16", "…,
# hverdage kl. 09.00-17.00"), its institution's number ("… · institutionsnr. 123456").
# pii93: after " · " too, "åbent" before, days abbreviated with a full stop or listed ("· åbent
# man, ons og tors kl. 12-15", "…: man.-tors. 9-16").
_OPENING_HOURS_AFTER: Final = re.compile(
    r"[ \t]*[:,·]?[ \t]*(?i:åbent[ \t]+)?"
    r"(?i:hverdage|dagligt|alle dage|(?:man|tirs|ons|tors|fre|lør|søn)(?:dag)?)\.?"
    r"(?:(?:[ \t]*[–-][ \t]*|,[ \t]*|[ \t]+og[ \t]+)[^\W\d_]+\.?){0,3}"
    r"[ \t]+(?:kl\.[ \t]*)?\d{1,2}(?:[.:]\d\d)?[ \t]*[–-][ \t]*\d"
)
_INSTITUTION_NUMBER_AFTER: Final = re.compile(r"[ \t]*[·|,][ \t]*(?i:institutionsn(?:r|ummer))")
# pii91: a letterhead's line: a name, the address, then the organisation's 70/80 service
# number or its CVR number after " · " or " | " ("Billetten · … · 70 12 34 56").
_SERVICE_NUMBER_AFTER: Final = re.compile(
    # pii93: maybe after "telefon" or "tlf." ("… · telefon 70 12 34 56").
    r"[ \t]*[·|][ \t]*(?:(?i:telefon|tlf\.?):?[ \t]*)?"
    r"(?:(?:\+45[ \t]?)?[78]0(?:[ \t]?\d){6}(?!\d)|(?i:cvr))"
)
_SENTENCE_BREAK: Final = re.compile(r"[.:] ")
# pii91: a case handler's signature: the handler's name and role in lower case, then the
# organisation's name of a kind on its own line (_ORGANISATION_NAME_LINE), then its address
# ("Pia Holm, sagsbehandler" ⏎ "Dyreværnet Fyn" ⏎ …): the employer's, not the handler's home.
_ROLE_SIGNER_LINE: Final = re.compile(r"[^\n,:]{2,40}, [a-zæøå][\w-]*[ \t]*\n")
# pii91: an organisation's name, then its building's name, then the address ("Politiet,
# Politigården, …"); a department's words opening the line, then its organisation's name of
# its kind and the address ("Digitalisering og IT, Holmby Kommune, …"). Not after a label or
# an initial: "Egen læge: H. Osman, Lægerne i Midtbyen, …" is the patient's (pii_blind6).
_BUILDING_BETWEEN: Final = re.compile(rf", {_BUILDING}, \Z")
_DEPARTMENT_THEN_ORGANISATION: Final = re.compile(
    r"(?:^|\n)[ \t]*([^\W\d_][\w&'-]*(?:[ \t][^\W\d_][\w&'-]*){0,3}), "
    rf"((?:[^\W\d_][\w&.'-]*[ \t]){{0,3}})(?:{_ORGANISATION_KIND})"
    r"(?:[ \t][^\W\d_][\w-]*){0,3}, \Z"
)


# pii93: a place an organisation runs, named by its kind in a compound or alone, in the
# definite form, maybe with its town, right before its address ("Kom ind på hubben i Aarhus,
# …", "Åbningstider depotet i Odense (…)", "Billetkontoret på …", "Post sendes til
# Studieadministrationen, …", "Telefonnotat – billetkontoret …"), where its office lies
# ("Sælgerens kontor ligger på …"); a firm's registered, stated or showroom address
# ("Firmaets adresse er oplyst som …", "… ApS har ifølge CVR adresse på …", "… har showroom
# på …"), an invitation in the first person plural ("kom evt. forbi os på …") and where forms
# are handed in: found in pii_blind100-103. Not after a person's possessive ("mit
# hjemmekontor på …", "hans lageret på …": _PERSONS_PLACE_BEFORE). Not a workshop: pii_blind38
# and 45 label the one a mechanic delivers from or a buyer's goods go to as personal data.
# (Et steds art i bestemt form lige før adressen, en virksomheds oplyste adresse: ingen
# persons hjem.)
_FACILITY_KIND_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:(?!hjemme)[\w-]*?(?:depot|hub|lager|kontor|showroom|terminal|skranke"
    r"|kundecent(?:er|r)|administration|sekretariat|vejledning|team)(?:et|en|ben|n)"
    r"(?: i (?-i:[A-ZÆØÅ])[\w-]*)?(?:,? | \(|:? | [–—] | på )"
    # Where its office or showroom lies ("Sælgerens kontor ligger på …").
    r"|(?:kontor|showroom|lager|butik)(?:et|ken)? ligger (?:på|i) "
    r"|(?:firmaets|selskabets) adresse er(?: oplyst som)? "
    r"|(?:(?-i:A/S|ApS|IVS)|firmaet|selskabet) har (?:ifølge CVR )?adresse på "
    r"|har (?:sit |et )?showroom på |forbi os på |(?:are|is) handed in at )\Z"
)
_PERSONS_PLACE_BEFORE: Final = re.compile(
    r"(?i:\b(?:min|mit|din|dit|sin|sit|hans|hendes|deres)[ \t]+)\Z"
)


# redspeed24: a word that each match of _FACILITY_KIND_BEFORE holds (casefolded), and one that
# each match of _ORGANISATION_PLACE_FRAME holds, looked for first in the window (one search
# for a literal, where the patterns' look-behinds and lazy words had the engine try every
# alternative at each of 60-70 positions before each address).
_FACILITY_KIND_WORDS: Final = re.compile(
    r"depot|hub|lager|kontor|showroom|terminal|skranke|kundecent|administration|sekretariat"
    r"|vejledning|team|ligger|adresse er|adresse på|forbi os|handed in"
)
_PLACE_FRAME_WORDS: Final = re.compile(
    r"fremmøde|indleveret|indgang via|henvend dig|hentes|besøgsadresse|vores |jeres |centeret"
    r"|centret|klinikken|butikken|kontoret|skolen|institutionen|internatet|hallen"
)


def _may_hold_word(source: str, lo: int, hi: int, words: re.Pattern[str]) -> bool:
    """redspeed24: whether ``source[lo:hi]`` may hold a match of a case-insensitive pattern
    each match of which holds one of ``words`` (casefolded): one of them in the casefolded
    window, or a dotted or dotless capital or small i there, which the pattern's case-blind
    "i" matches and casefolding does not turn into an "i" (the pattern is asked then)."""
    window = source[lo:hi]
    return "\u0130" in window or "\u0131" in window or words.search(window.casefold()) is not None


def _facility_kind_before(source: str, start: int) -> bool:
    """pii93: whether a place's kind word (_FACILITY_KIND_BEFORE) stands before the address,
    not owned by a person (_PERSONS_PLACE_BEFORE)."""
    lo = max(0, start - 60)
    if not _may_hold_word(source, lo, start, _FACILITY_KIND_WORDS):
        return False
    kind = _FACILITY_KIND_BEFORE.search(source, lo, start)
    return kind is not None and (
        _PERSONS_PLACE_BEFORE.search(source, max(0, kind.start() - 10), kind.start()) is None
    )


def _organisation_place(source: str, start: int, end: int) -> bool:
    """pii91: whether the address at ``source[start:end]`` stands in an organisation's frame
    (_ORGANISATION_PLACE_FRAME), before its institution's number, after its name and building
    (_BUILDING_BETWEEN), below a case handler's signature (_under_role_signature), after a
    department's words and its organisation's name (_DEPARTMENT_THEN_ORGANISATION) or before
    its opening hours, its service or CVR number where the words before it on its line (from
    its sentence's start) name no one and no sole trader: a hairdresser's home with opening
    hours is hers."""
    if (
        (
            _may_hold_word(source, max(0, start - 70), start, _PLACE_FRAME_WORDS)
            and _ORGANISATION_PLACE_FRAME.search(source, max(0, start - 70), start) is not None
        )
        or _INSTITUTION_NUMBER_AFTER.match(source, end) is not None
        or _facility_kind_before(source, start)
    ):
        return True
    building = _BUILDING_BETWEEN.search(source, max(0, start - 40), start)
    if building is not None:
        at = building.start() + 2
        if _named_organisation_before(source, _name_words_start(source, at), at):
            return True
    if _under_role_signature(source, start):
        return True
    # (It ends in ", ": asked only after one, redspeed24.)
    department = (
        _DEPARTMENT_THEN_ORGANISATION.search(source, max(0, start - 120), start)
        if source.endswith(", ", 0, start)
        else None
    )
    if (
        department is not None
        and _names_no_one(department.group(1))
        and _PERSONS_BUSINESS.search(department.group()) is None
        and not _owner_genitive(department.group(2))
    ):
        return True
    if (
        _OPENING_HOURS_AFTER.match(source, end) is None
        and _SERVICE_NUMBER_AFTER.match(source, end) is None
    ):
        return False
    before = source[source.rfind("\n", 0, start) + 1 : start]
    words = _SENTENCE_BREAK.split(before)[-1]
    return (
        _names_no_one(before)
        and _LONE_NUMBER.search(words) is None
        and _PERSONS_BUSINESS.search(before) is None
        and not _owner_genitive(words.strip() + " ")
    )


def _under_role_signature(source: str, start: int) -> bool:
    """pii91: whether the address opens the line below an organisation's name that stands below
    a case handler's name and role (_ROLE_SIGNER_LINE)."""
    if start < 2 or source[start - 1] != "\n":
        return False
    above = source.rfind("\n", 0, start - 1) + 1
    signer = source.rfind("\n", 0, max(0, above - 1)) + 1
    return (
        above > 0
        and _ORGANISATION_NAME_LINE.fullmatch(source, above, start) is not None
        and _ROLE_SIGNER_LINE.fullmatch(source, signer, above) is not None
    )


def referred_institution(source: str, start: int) -> bool:
    """pii61: whether the address at ``start`` follows a referral's or an assignment's
    organisation (_REFERRED_TO_BEFORE with an _INSTITUTION_WORD among its names); the
    seventh session: or stands right after a firm's own name
    (_FIRM_NAME_BEFORE: "Brugtbasen ApS, Lagerkaj 14, 2150 Nordhavn", "Returadresse: Mynte
    Apotek Valby, Lyshøjgårdsvej 41"), its postal address and no one's home; pii76: or opens
    the line below a letter's addressee that is an organisation's unit
    (_addressee_unit_before); or follows an organisation's name of its kind
    (_organisation_name_before); pii78: or opens the line below an organisation's name
    (_organisation_line_above), follows where an organisation receives its customers
    (_ORGANISATION_PLACE_BEFORE) or a business's address label (_business_address_label);
    pii80: or stands beside an organisation's unit (_unit_beside) or after a case handler's
    employer or a signature's firm (_employer_before); pii82: or after an office's or an
    institution's address label (_office_label_before); pii84: or after a place's header
    (_FACILITY_HEADER) or a branch's word after its organisation's name (_branch_before);
    pii87: or after an organisation's frame, its name alone on the line above or its
    department (_more_organisation_before); pii89: or signs an organisation's quoted reply
    (_reply_from_organisation) or follows a firm's short name (_short_name_of_firm_before)."""
    if (
        _ORGANISATION_PLACE_BEFORE.search(source, max(0, start - 70), start) is not None
        or _FACILITY_HEADER.search(source, max(0, start - 40), start) is not None
        or _branch_before(source, start)
        or _business_address_label(source, start)
        or _unit_beside(source, start)
        or _employer_before(source, start)
        or _office_label_before(source, start)
        or _more_organisation_before(source, start)
        or _reply_from_organisation(source, start)
    ):
        return True
    if source[start - 2 : start] not in _NAME_SEPARATORS:
        return _addressee_unit_before(source, start) or _organisation_line_above(source, start)
    words = _name_words_start(source, start)
    if _named_organisation_before(source, words, start) or _short_name_of_firm_before(
        source, words, start
    ):
        return True
    before = _REFERRED_TO_BEFORE.search(source, max(0, start - 90), start)
    return before is not None and _INSTITUTION_WORD.search(before.group(1)) is not None


_DATE_AFTER: Final = re.compile(
    r"\. ?(?i:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?![\w])|/\d"
)


# Towns of the Faroe Islands (three-digit postcodes, "FO-100 Tórshavn") and Greenland
# (39xx), whose streets have no Danish ending ("Áarvegur 6", "Imaneq 22A"); also written
# without their letters beyond a-z ("Torshavn", "Tvoeroyri").
_NORTH_ATLANTIC_TOWNS: Final = (
    *("tórshavn", "klaksvík", "runavík", "tvøroyri", "fuglafjørður", "vágur", "sørvágur"),
    *("miðvágur", "vestmanna", "saltangará", "hoyvík", "argir", "kollafjørður", "eiði"),
    *("gøta", "norðragøta", "syðrugøta", "sandavágur", "strendur", "hvalba", "sandur"),
    *("skála", "leirvík", "nólsoy", "hvalvík", "viðareiði", "glyvrar", "kvívík", "vík"),
    *("nuuk", "sisimiut", "ilulissat", "qaqortoq", "aasiaat", "maniitsoq", "tasiilaq"),
    *("paamiut", "narsaq", "nanortalik", "uummannaq", "upernavik", "qasigiannguit"),
    *("kangerlussuaq", "qaanaaq", "ittoqqortoormiit", "narsarsuaq", "qeqertarsuaq"),
)
_ASCII_LETTERS: Final = str.maketrans({"á": "a", "í": "i", "ó": "o", "ú": "u", "ý": "y", "ð": "d"})


def _north_atlantic_towns() -> tuple[str, ...]:
    spelt = {town.translate(_ASCII_LETTERS) for town in _NORTH_ATLANTIC_TOWNS}
    spelt |= {town.replace("ø", "oe") for town in spelt}
    return tuple(sorted(spelt | set(_NORTH_ATLANTIC_TOWNS), key=lambda t: (-len(t), t)))


_ANY_CAP: Final = r"[^\W\d_a-zß-öø-ÿ]"


def north_atlantic_address_recognizer() -> Recognizer:
    """A Faroese or Greenlandic address: street words, house number, then its postcode and
    one of the islands' towns (on the same line or the next)."""
    towns = _north_atlantic_towns()
    # pii27b: no sentence word before the street ("VI ER FLYTTET TIL IMANEQ 61, 3913
    # TASIILAQ"), and a Greenlandic street's last word may be abbreviated ("Jaaku
    # Kreutzmannip Aqq. 71, 3911 Sisimiut": aqqutaa, road).
    sentence_word = "|".join(sorted(map(re.escape, _NOT_STREET_WORDS), key=len, reverse=True))
    first = rf"(?!(?i:{sentence_word}) )"
    street = (
        rf"{first}(?:{_ANY_CAP}[\w'.-]*\.? ){{0,2}}{_ANY_CAP}[\w'-]+"
        rf"|{first}(?:{_ANY_CAP}[\w'-]+ ){{1,2}}Aqq\."
        # A Faroese street named in the genitive with its word in lower case ("Niels Finsens
        # gøta", "Jóannesar Paturssonar gøta"): the names belong to it.
        rf"|(?:{_ANY_CAP}[\w'.-]*\.? ){{1,3}}(?-i:gøta|gota|gata|vegur|stígur)"
        r"|(?-i:[a-zæøåéüáíóúð]+)"
    )
    postcode_town = (
        rf"(?:,? |[ \t]*,?[ \t]*\r?\n[ \t]*)(?:FO-)?(?:[1-9]\d\d|39\d\d) "
        rf"(?i:{'|'.join(towns)})(?![\w])"
    )
    return JoinsHyphenatedLines(
        name="north_atlantic_address",
        entity="ADDRESS",
        anchor=Anchor.keywords,
        reach=(90, 20),
        patterns=[
            re.compile(
                rf"(?<![\w.-])(?!{PO_BOX})"
                rf"(?:{street}) \d{{1,3}}(?!\d)(?: ?[A-Za-z](?![\w]))?{_FLOOR_SIDE}" + postcode_town
            ),
            # A Greenlandic building number, alone or after its street ("B-1487, 3952
            # Ilulissat", "Qarsaalik B-876, 3911 Sisimiut"): towns number their houses so.
            re.compile(
                rf"(?<![\w.-])(?:(?:{_ANY_CAP}[\w'-]+ ){{1,2}})?B-\d{{1,4}}(?![\d-])"
                + postcode_town
            ),
        ],
        score=0.9,
        context=towns,
        requires_context=True,
        context_window=0,
        explanation={
            "da": "Færøsk eller grønlandsk adresse: vej, husnummer, postnummer og by.",
            "en": "Faroese or Greenlandic address: street, house number, postcode and town.",
        },
    )


# Greenland's and the Faroes' country codes: a text with a number under them is one from there.
_NORTH_ATLANTIC_CODES: Final = tuple(map(_needle, ("+299", "+298", "00299", "00298")))


class NorthAtlanticLocalPhoneRecognizer(Recognizer):
    """Searched from its labels ("tlf", "mobil") in a text from Greenland or the Faroes: one
    that names a town there or has a number under their country codes."""

    def could_match(self, scan: Scan) -> bool:
        return scan.has_keyword(self._starts) and (
            any(map(scan.holds, _NORTH_ATLANTIC_CODES)) or scan.has_keyword(self._context)
        )

    def windows(self, scan: Scan) -> list[Span]:
        lead, tail = self.reach
        return _widen(scan.keyword_spans(self._starts), lead, tail, len(scan.source))


def north_atlantic_local_phone_recognizer() -> Recognizer:
    """A Greenlandic or Faroese number of six digits written locally, in pairs after its label
    ("tlf. hjemme 36 58 61", "Mobil: 52 41 87"): a personal number in the realm, which no
    Danish number (eight digits) is."""
    return NorthAtlanticLocalPhoneRecognizer(
        name="north_atlantic_local_phone",
        entity="PHONE",
        anchor=Anchor.keywords,
        reach=(0, 40),
        patterns=[
            re.compile(
                r"(?i:tlf|telefon|mobil)\.?(?:[ \t]+(?i:hjemme|privat|arbejde|mobil))?"
                r"[ \t]*:?[ \t]*(\d\d \d\d \d\d)(?![ \t]?\d|[.,/-]\d)"
            )
        ],
        score=0.75,
        context=_north_atlantic_towns(),
        starts_with=("tlf", "telefon", "mobil"),
        explanation={
            "da": "Grønlandsk eller færøsk telefonnummer på seks cifre efter 'tlf.' eller "
            "'mobil' i en tekst derfra.",
            "en": "Greenlandic or Faroese six-digit phone number after 'tlf.' or 'mobil' in a "
            "text from there.",
        },
    )


# Postcodes as each country writes them before its town: Danish, also "DK-"; Swedish in
# three and two ("211 34 Malmö", "S-211 34"); German in five ("D-24937 Flensburg");
# Norwegian in four from 0001 ("0361 Oslo", "N-0361"); Faroese "FO-100"; Greenlandic 39xx.
_ANY_POSTCODE: Final = (
    r"(?:(?:DK|N|NO|GL)-)?\d{4}|(?:(?:S|SE)-)?[1-9]\d\d ?\d\d|(?:(?:D|DE)-)?\d{5}|FO-\d{3}"
)
# Words before a number that make it no house number: a page, an appendix, a section, a
# case, a date ("Side 2, 4000 …" never happens in an address; "December 5, 2026 Board").
_NO_STREET: Final = (
    "side|page|bilag|afsnit|punkt|sag|nr|kl|uge|week|konto|kort|reg|tlf|telefon|mobil|"
    "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
    "january|february|march|may|june|july|october"
)
_TOWN_WORD: Final = r"[^\W\d_a-zß-öø-ÿ][^\W\d_A-ZÀ-ÖØ-Þ]+"
_NOT_A_STREET: Final = re.compile(rf"{PO_BOX}|(?i:{_NO_STREET})(?![\w])")
# A postcode ending a digit cluster, after a space, a comma or a line break.
_POSTCODE_AT_END: Final = re.compile(rf"(?<![^\s,])(?:{_ANY_POSTCODE})\Z")
_LAST_STREET_WORD: Final = re.compile(r"[^\W\d_]+(?=\.? \Z)")


# pii27b: Norwegian and Swedish streets named with their street word in lower case after
# the names ("Thorvald Meyers gate 6, 7011 Trondheim", "Kongens gate 5"): short, but the
# postcode and town follow.
_NORDIC_STREET_WORDS: Final = "gate|gata|gatan|veien|vegen|vei|veg|vägen|väg|plass|torg|torget"
_NORDIC_STREET_WORD_SET: Final = frozenset(_NORDIC_STREET_WORDS.split("|"))


# A postcode no Danish address has: Norway's Oslo area ("Lyngstien 13, 0468 Oslo": "-stien" is
# a Danish street ending too, but the Danish rules know no postcode under 1000) and Sweden's
# "412 63".
_FOREIGN_POSTCODE: Final = re.compile(r"(?<![\d-])(?:0\d{3}|\d{3} \d\d) ")


class PostalAddressRecognizer(JoinsHyphenatedLines):
    """A street of capitalised words with a house number, then a postcode and town in any
    Nordic or German form, on its line or the next ("Storgatan 29B, 211 34 Malmö",
    "Lindenstraße 5" / "D-24937 Flensburg"): the postcode and town make it an address
    whatever the street's ending. Searched only before a postcode-like group of digits
    followed by a capitalised word."""

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        """Not a street with a Danish street ending (the address recogniser reads those, by
        its own rules for a town on the next line), nor a last street word shorter than six
        letters (a shop's "Coop 365, 4000 Roskilde")."""
        street = _LAST_STREET_WORD.search(match.group(), 0, match.start("number") - match.start())
        if street is None:
            return None
        nordic = street.group() in _NORDIC_STREET_WORD_SET
        if (len(street.group()) < 6 and not nordic) or street.group().isupper():
            return None
        if _NOT_A_STREET.match(source, match.start()):
            return None
        if _street_ending_backwards().match(street.group().lower()[::-1]) and not (
            _FOREIGN_POSTCODE.search(match.group(), match.end("number") - match.start())
        ):
            return None
        score = self.context_score(source, match.start(), match.end(), self.score)
        if score is None:
            return None
        return Finding(_address_entity(source, *match.span()), *match.span(), score, self.name)

    def windows(self, scan: Scan) -> list[Span]:
        source, size = scan.source, len(scan.source)
        spans = [
            (start, end)
            for start, end, digits in scan.clusters()
            if digits >= 3
            and end + 2 < size
            and source[end] == " "
            and source[end + 1].isupper()
            and source[end + 2].islower()
            and _POSTCODE_AT_END.search(source, max(0, end - 12), end) is not None
        ]
        return _widen(spans, self.reach[0], self.reach[1], size)


def postal_address_recognizer() -> Recognizer:
    # (Nor a meeting place's label, _MEETING_PLACE, and what stands before it.)
    word = rf"(?!(?i:{'|'.join(_MEETING_PLACE)}) |{_CAPS_HEADER}){_ANY_CAP}[^\W\d_]+(?:-[^\W\d_]+)*"
    return PostalAddressRecognizer(
        name="postal_address",
        entity="ADDRESS",
        score=0.9,
        # From a postcode back to the street's first word; the town after it.
        reach=(70, 40),
        anchor=Anchor.digits,
        min_digits=3,
        patterns=[
            re.compile(
                r"(?<![\w.-])"
                rf"(?:(?:{word}\.? ){{0,2}}{word}|(?:{word} ){{1,3}}(?:{_NORDIC_STREET_WORDS}))"
                r" (?P<number>\d{1,3})(?!\d)(?: ?[A-Za-z](?![\w]))?"
                rf"{_FLOOR_SIDE}(?:,? |[ \t]*,?[ \t]*\r?\n[ \t]*)(?:{_ANY_POSTCODE}) "
                rf"{_TOWN_WORD}(?:[ -](?:{_TOWN_WORD}|(?:[NSØVKCMFJ]|SV|NV|NØ|SØ)(?![\w])))?"
                r"(?![\w-])"
            )
        ],
        explanation={
            "da": "Adresse med vej, husnummer, postnummer og by, også svensk, norsk, tysk og "
            "færøsk ('211 34 Malmö', 'D-24937 Flensburg').",
            "en": "Address with street, house number, postcode and town, also Swedish, "
            "Norwegian, German and Faroese ('211 34 Malmö', 'D-24937 Flensburg').",
        },
    )


_MONTHS: Final = (
    "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|"
    "january|february|march|may|june|july|october"
)
_DOB_DATE: Final = (
    rf"\d{{1,2}}[./-] ?\d{{1,2}}[./-] ?(?:19|20)?\d\d|\d{{1,2}}/\d{{1,2}} ?- ?(?:19|20)?\d\d"
    # Day/month and the year after a space, as Danes write by hand: "født 11/4 1979".
    rf"|\d{{1,2}}/\d{{1,2}} (?:19|20)\d\d"
    rf"|\d{{1,2}}\.? (?i:{_MONTHS})\.? (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d"
    # English month first: "August 30, 1981".
    rf"|(?i:{_MONTHS})\.? \d{{1,2}},? (?:19|20)\d\d"
)


# A birth date that bounds a group rather than being someone's: "personer med fødselsdato
# den 1. januar 1960", "født 1. januar 1960 eller senere".
_COHORT_BEFORE: Final = re.compile(
    r"(?i:personer|borgere|kunder|alle|børn|people|persons|those|anyone|everyone)"
    r"(?:\s+(?:med|with|som er|der er|who were|who are))?\s+$"
)
# "og derefter" goes on with the next person ("født 1. maj 1960, og derefter jeres barn").
_COHORT_AFTER: Final = re.compile(
    r",?\s+(?i:(?:eller|or)\s+(?:senere|tidligere|derefter|efter|før|frem|later|"
    r"earlier|after|before)|(?:og|and)\s+(?:senere|tidligere|frem|later|earlier))(?![\w])"
)


class BirthDateRecognizer(Recognizer):
    """A date is personal data when it is someone's birthday: only after "født", "f.",
    "fødselsdato" or a birth-date key ("birthdate": …), never any date, and not when it
    bounds a group of people."""

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        before = source[max(0, match.start() - 30) : match.start()]
        if _COHORT_BEFORE.search(before) or _COHORT_AFTER.match(source, match.end()):
            return None
        # pii42: the label is a stand-in's word ("født [fødselsdato].⏎2026-03-26 12:07"):
        # the birth date was removed, the date after its bracket is another.
        start = match.start()
        if start and source[start - 1] == "[" and source.find("]", start, match.start(1)) > 0:
            return None
        if next_message_stamp(source, start, match.start(1), match.end(1)):
            return None
        return super()._scored(source, match)


# pii60: a chat export's next message after a line that ends on the label ("det var til
# Frejas fødselsdag⏎21.02.26, 17:10 - Anne-Mette: …"): the date's time and the hyphen (or
# dash or bar) before its speaker.
_STAMP_TIME_AFTER: Final = re.compile(r",? \d\d?[:.]\d\d(?:[:.]\d\d)? [-\u2013\u2014|] ")


def next_message_stamp(source: str, label: int, start: int, end: int) -> bool:
    """pii60: whether the date at ``start:end``, on the line after its label at ``label``,
    opens a chat's next message (_STAMP_TIME_AFTER) rather than stands under a form's label
    ("Fødselsdato⏎14.10.2002")."""
    return "\n" in source[label:start] and _STAMP_TIME_AFTER.match(source, end) is not None


def birth_date_recognizer() -> Recognizer:
    return BirthDateRecognizer(
        name="date_of_birth",
        entity="DATE_OF_BIRTH",
        anchor=Anchor.keywords,
        reach=(0, 40),
        # A match starts at one of these (its window starts there): "dateOfBirth" too.
        # Text that lost æøå writes "foedt", "fodt", "foedselsdato"; "F.dato" is a form's.
        context=(
            *("født", "f.", "fødselsdato", "fødselsdag", "date of birth", "dob", "born"),
            *("birth", "dateofbirth", "date_of_birth", "foedt", "fodt", "foedsel", "fodsel"),
            "bday",  # a vCard's "BDAY:1968-05-30"
        ),
        starts_with=(
            *("født", "f.", "fødselsda", "date of birth", "d.o.b", "dob", "born", "birth"),
            *("dateofbirth", "date_of_birth", "foedt", "fodt", "foedselsda", "fodselsda"),
            "bday",
        ),
        requires_context=True,
        patterns=[
            re.compile(
                r"(?<![\w])(?i:født|foedt|fodt|f\.(?:dato)?|f(?:ø|oe|o)dselsdato|"
                # A firm's "29 års fødselsdag" is an anniversary, not someone's birth.
                r"(?<!\bårs )(?<!\baars )(?<!\bars )f(?:ø|oe|o)dselsdag|date[ _]?of[ _]?birth|"
                r"birth[ _-]?date|d\.o\.b\.?|dob|born|bday)"
                # A transcript's fillers ("født øhm den").
                r"(?:\s+(?i:øhm|øh|altså))*"
                # A form's dot leaders to its column (pii27b: "Fødselsdato .....: 11.07.1951").
                r"(?:[ \t]*\.{2,})?"
                # Up to four characters before the date: a JSON key's '": "'; a form's
                # label may be padded to a column.
                r"(?:[^\w\n]{0,3}(?i:den|d\.|on|er|is))?[^\w\n]{0,4}[ \t]*"
                # A form or ID card puts the date on the line under its label
                # ("Fødselsdato / Date of birth" / "14.10.2002").
                r"(?:\n[ \t]*)?"
                rf"({_DOB_DATE})(?![\d])"
            )
        ],
        score=0.85,
        explanation={
            "da": "Fødselsdato efter 'født', 'f.', 'fødselsdato' eller en nøgle som "
            "'birthdate', ikke en dato der afgrænser en gruppe ('personer født ... eller "
            "senere').",
            "en": "Date of birth after 'born', 'f.', 'date of birth' or a key such as "
            "'birthdate', not a date that bounds a group ('people born ... or later').",
        },
    )


# A death notice's "* 4. juli 1948   † 8. februar 2025": the star marks the birth on a line
# that also holds the cross.
_STAR_BIRTH: Final = re.compile(rf"(?m)^[ \t]*\*[ \t]*({_DOB_DATE})(?![\d])(?=[^\n]*\u2020)")
# A driving licence's numbered fields (EU model: 1. surname, 2. given names, 3. date and
# place of birth, 4a. issued, 4b. expires): field 3's date, where field 4a stands too.
_LICENCE_FIELD_3: Final = re.compile(rf"(?m)^[ \t]*3\.[ \t]+({_DOB_DATE})(?![\d])")
# An OCR'd licence may read the field's letter as a capital ("4A."; pii27b): the keyword
# pass, which every text gets, finds either.
_LICENCE_FIELD_4A: Final = re.compile(r"(?m)^[ \t]*4[aA]\.")
_LICENCE_4A: Final = "4a."
_KEYWORDS.add(_LICENCE_4A)


class MarkedBirthDateRecognizer(Recognizer):
    """Birth dates marked by a sign or a form's field number instead of a word: a death
    notice's star before the cross, a driving licence's field 3."""

    def could_match(self, scan: Scan) -> bool:
        return "\u2020" in scan.source or _LICENCE_4A in scan.keywords()

    def matches(self, scan: Scan) -> Iterator[Finding]:
        source = scan.source
        found = list(_STAR_BIRTH.finditer(source)) if "\u2020" in source else []
        if _LICENCE_4A in scan.keywords() and _LICENCE_FIELD_4A.search(source):
            found.extend(_LICENCE_FIELD_3.finditer(source))
        for match in found:
            yield Finding(self.entity, *match.span(1), self.score, self.name)


def marked_birth_date_recognizer() -> Recognizer:
    return MarkedBirthDateRecognizer(
        name="marked_date_of_birth",
        entity="DATE_OF_BIRTH",
        patterns=[],
        score=0.85,
        explanation={
            "da": "Fødselsdato markeret med stjerne foran dødsdatoens kors ('* 4. juli 1948 "
            "† 8. februar 2025') eller i kørekortets felt 3.",
            "en": "Date of birth marked by a star before the date of death's cross ('* 4 July "
            "1948 † 8 February 2025') or in a driving licence's field 3.",
        },
    )


# pii27b: a household's members under the decision's "personer i husstanden:", one a line,
# the name, a tab and the birth date ("  Birthe Brandt\t28-03-1994"); the list ends at a
# blank line.
_HOUSEHOLD_LIST: Final = re.compile(r"(?i)husstanden?:[ \t]*\r?\n((?:[^\S\r\n]*[^\s][^\n]*\n?)+)")
_MEMBER_DATE: Final = re.compile(rf"(?m)\t[ \t\u00a0]*({_DOB_DATE})[ \t\u00a0]*\r?$")
# A table's column headed "Født" (a club's or class's list: "Navn | Født | Forælder | Tlf."):
# a date in that column is the row's person's birth date.
_BORN_HEADINGS: Final = frozenset(
    ("født", "fodt", "foedt", "fødselsdato", "foedselsdato", "født den")
)
_DATE_CELL: Final = re.compile(rf"[ \t\u00a0]*({_DOB_DATE})[ \t\u00a0]*")


# What the keyword pass (every text gets it) finds for the two lists.
_HOUSEHOLD: Final = "husstand"
_BORN_WORDS: Final = ("født", "fodt", "foedt")
_KEYWORDS.update((_HOUSEHOLD, *_BORN_WORDS))


def _household_dates(source: str) -> Iterator[tuple[int, int]]:
    for block in _HOUSEHOLD_LIST.finditer(source):
        for member in _MEMBER_DATE.finditer(source, block.start(1), block.end(1)):
            yield member.span(1)


def _born_column_dates(source: str) -> Iterator[tuple[int, int]]:
    """The dates in a "|" table's column headed "Født", in the rows under the heading with
    as many cells as it."""
    column: int | None = None
    cells = 0
    offset = 0
    for line in source.splitlines(keepends=True):
        parts = line.rstrip("\r\n").split("|")
        if column is not None and len(parts) == cells:
            start = offset + sum(len(part) + 1 for part in parts[:column])
            cell = _DATE_CELL.fullmatch(source, start, start + len(parts[column]))
            if cell is not None:
                yield cell.span(1)
        elif len(parts) > 1:
            headings = [part.strip().casefold() for part in parts]
            born = [i for i, heading in enumerate(headings) if heading in _BORN_HEADINGS]
            column, cells = (born[0], len(parts)) if born else (None, 0)
        else:
            column = None
        offset += len(line)


class ListedBirthDateRecognizer(Recognizer):
    """Birth dates given by a list's shape instead of a word before each: a household's
    members with their dates, a table's column headed "Født"."""

    def could_match(self, scan: Scan) -> bool:
        found = scan.keywords()
        return _HOUSEHOLD in found or (
            any(word in found for word in _BORN_WORDS) and "|" in scan.source
        )

    def matches(self, scan: Scan) -> Iterator[Finding]:
        source = scan.source
        found = scan.keywords()
        spans = list(_household_dates(source)) if _HOUSEHOLD in found else []
        if any(word in found for word in _BORN_WORDS) and "|" in source:
            spans.extend(_born_column_dates(source))
        for start, end in spans:
            yield Finding(self.entity, start, end, self.score, self.name)


def listed_birth_date_recognizer() -> Recognizer:
    return ListedBirthDateRecognizer(
        name="listed_date_of_birth",
        entity="DATE_OF_BIRTH",
        patterns=[],
        score=0.85,
        explanation={
            "da": "Fødselsdato i en liste: husstandens personer med deres datoer, en tabels "
            "kolonne 'Født'.",
            "en": "Date of birth in a list: a household's members with their dates, a "
            "table's column headed 'Født' (born).",
        },
    )


# Car makes and common models, the words a car is named by in a chat or a witness's account.
_CAR_WORDS: Final = (
    *("volkswagen", " vw ", "toyota", "skoda", "audi ", "bmw ", " ford ", "opel ", "peugeot"),
    *("tesla", "volvo", " kia ", "hyundai", "citroën", "citroen", "renault", "nissan"),
    *("mazda", "mercedes", "fiat ", "suzuki", "dacia", "honda", "mitsubishi"),
    *("passat", "golf ", "octavia", "fabia", "yaris", "corolla", "aygo", "fiesta", "qashqai"),
    *("tiguan", "e-up", "zoe "),
    # pii59: small cars a chat names by model alone ("jeg henter dig i den røde Polo, PT 41
    # 714").
    *("polo", "corsa", "astra", "clio", "picanto", "touran", "micra"),
    # pii76: the Golf named before a comma and its plate ("jeg kommer i en sort golf, EN 57
    # 626"), as a marketplace's buyer says where to meet.
    *("golf,", "golf."),
)


# Fuelling told of a car (pii38): "tanken" only as the station's ("fra/på tanken"), as it
# is a thought too ("tanken om …").
_FUELLING_WORDS: Final = (
    *("tankning", "tankede", "tanket", "tankstation", "fra tanken", "på tanken"),
    *("brændstof", "benzin", "diesel", "fuel card", "refuelling"),
)


# pii42: what a chat line names before a plate typed in lower case ("byttebilen står her,
# lh97920", "trade-in was ls 60 288", "the new car got plates nc 47 719"), on the same line.
_LOWER_PLATE_CUE: Final = re.compile(
    r"(?i:bil(?:en|er|erne)?|\w+bil(?:en|er|erne)?|car|cars|plates?|\w*plade\w*"
    r"|trade-in(?: was| is)?|reg\. ?nr\.?|regnr\.?)(?![\w])[^\n]{0,30}\Z"
)
# A lower-case pair before an amount is its unit or label ("bilen kostede ab 12 345 kr",
# "ca 12 500 kr"), no plate.
_LOWER_PLATE_UNITS: Final = frozenset(("kr", "nr", "ca", "kl", "pr", "km", "dk", "tlf", "dkk"))
_AMOUNT_AFTER: Final = re.compile(r"[ \t]*(?:kr\b|kroner|dkk|,-|\.-)", re.I)


# pii88: what a camera's log writes after the plate it read: the read's confidence ("IND  SS 56
# 788  konf. 0,75", "FT90666 confidence 0.97") or the places it was seen at once ("XF 74 274
# set 2 steder samtidig", "seen in 2 places"), as a parking firm's cloned-plate cases list.
_CAMERA_READ_WORDS: Final = ("konf", "conf", " set ", " seen ")
_CAMERA_READ_AFTER: Final = re.compile(
    r"[ \t]+(?:(?i:konf|conf|confidence|konfidens)\.?:?[ \t]*[01][,.]\d"
    r"|(?:set|seen)[ \t]+(?:\d+|to|tre|flere|two|three|several)[ \t]+(?:steder|places))"
)


# pii94: a toll or fee list's row, the plate between the passage's time and its amount
# ("- 30. oktober kl. 09.34  KT 63 447  kr. 1.250,00  ref. …"), as a debt collector's
# letter lists unpaid passages; the car is named only in the list's heading, if at all.
_FEE_ROW_TIME: Final = re.compile(r"(?i:kl)\.?[ \t]?\d\d?[.:]\d\d[ \t]+\Z")
_FEE_ROW_AMOUNT: Final = re.compile(
    r"[ \t]+(?:(?i:kr)\.?[ \t]?\d[\d.]*(?:,\d\d)?|\d[\d.]*(?:,\d\d)?[ \t]?(?i:kr\b|dkk))"
)
# pii94: a chat's answer to the question which car it is ("Hvilken bil står der på
# bookingen?" … "det skal være ZA 97 546 men der står …"), the plates a line or two after
# it.
_WHICH_CAR: Final = re.compile(r"(?i:hvilken|hvilke|which)[ \t]+(?i:bil|car|nummerplade|plade)\b")
_WHICH_CAR_REACH: Final = 200
# pii112: what an invoice or a letter is about, the plate right after the word ("en regning
# fra jer på 4.200 kr. vedrørende KX 59 614", "vedr. AB12345"): the car the work was on.
_ABOUT_WORDS: Final = ("vedr", "angående", "regarding")
_ABOUT_BEFORE: Final = re.compile(r"(?<![\w])(?i:vedrørende|vedr\.|angående|regarding)[ \t]\Z")


class NumberPlateRecognizer(Recognizer):
    """A plate in capitals next to a car's words; one typed in lower case only right after
    its word or after a car named earlier on its chat line (pii42)."""

    def could_match(self, scan: Scan) -> bool:
        # pii88: a camera's read needs no car's word in the text (_CAMERA_READ_AFTER).
        # pii112: nor does a plate an invoice is about (_ABOUT_BEFORE).
        return super().could_match(scan) or any(
            word in scan.lowered for word in (*_CAMERA_READ_WORDS, *_ABOUT_WORDS)
        )

    def _scored(self, source: str, match: re.Match[str]) -> Finding | None:
        start, end = match.span(1)
        if source[start].islower():
            if source[start : start + 2].casefold() in _LOWER_PLATE_UNITS or (
                _AMOUNT_AFTER.match(source, end)
            ):
                return None
            after_word = source[max(0, start - 8) : start].casefold()
            if not after_word.endswith(("plade ", "pladen ", "plade: ")) and (
                _LOWER_PLATE_CUE.search(source, max(0, start - 60), start) is None
            ):
                return None
        return super()._scored(source, match)

    def has_context(self, source: str, start: int, end: int) -> bool:
        """Its words near, or (pii54) near the same plate elsewhere in the text: a dispatch
        chat names the truck once ("yes we have truck BE 14 608") and its plate alone later
        ("… og har aldrig haft BE 14 608"), or (pii88) a camera's read after it, or (pii94)
        a fee list's row or the answer to which car it is."""
        if super().has_context(source, start, end) or _CAMERA_READ_AFTER.match(source, end):
            return True
        if _FEE_ROW_AMOUNT.match(source, end) and _FEE_ROW_TIME.search(
            source, max(0, start - 14), start
        ):
            return True
        if _WHICH_CAR.search(source, max(0, start - _WHICH_CAR_REACH), start):
            return True
        if _ABOUT_BEFORE.search(source, max(0, start - 14), start) is not None:
            return True
        plate, capitals = source[start:end], self.patterns[0]
        at = source.find(plate)
        while at >= 0:
            if (
                at != start
                and capitals.match(source, at) is not None
                and super().has_context(source, at, at + len(plate))
            ):
                return True
            at = source.find(plate, at + 1)
        return False


def number_plate_recognizer() -> Recognizer:
    """Danish number plates (two letters, five digits: "AB 12 345") where a car is named."""
    return NumberPlateRecognizer(
        name="dk_number_plate",
        entity="NUMBER_PLATE",
        anchor=Anchor.digits,
        min_digits=5,
        reach=(4, 3),
        context=(
            "nummerplade",
            "nrplade",
            "nr.plade",
            "registreringsnummer",
            "reg.nr",
            "regnr",
            "bil",
            "køretøj",
            "vogn",
            "plade",
            "licence plate",
            "license plate",
            # pii41: an English chat's bare "plate" ("a white van, plate HH 12 808"), not a
            # "template".
            " plate",
            "plate=",  # a log's key ("amount=1746 plate=TY 13230")
            "vehicle",
            # The motor register a buyer checks the plate in, and the inspection after it
            # ("tjek den i motorregistret … EN 35 846, synet 25/11").
            "motorregist",
            "synet",
            # A witness's "jeg skrev nummeret ned: DP 97 393": the number of the car just
            # named by its make ("en grå Skoda"), in a plate's own shape.
            "nummeret ned",
            "skrev nummeret",
            # Whom a car is registered to ("den er registreret på Mette Holm: CX 12 345").
            "registreret på",
            "registreret til",
            # The car named by its make or model ("i en sort Passat, DR 57 464"); a short
            # make with spaces, so that "fordi" names no Ford.
            *_CAR_WORDS,
            # pii38: a fuel card's receipts and the station's camera ("bl.a. til tankning af
            # NL 76 586", "Kameraoptagelse fra tanken viser også HB 56 283"): the car fuelled.
            *_FUELLING_WORDS,
            # pii42: the Motor Agency's register ("Motorstyrelsen: AH 24 801 er
            # indregistreret"), a parking or toll fee's car ("ingen udestående afgift på
            # SC 73427", "Svindel-sms om parkering – LD 90 267"), the car a key is coded to,
            # a chat's trade-in and English "plates" / "car".
            *("motorstyrelse", "parkering", "afgift på", "nøgle", "trade-in"),
            # pii83: a fake parking-fee SMS's car ("din P-afgift for JE71290 ved sundhed.dk
            # er ubetalt"), forwarded to a patient service.
            "p-afgift",
            *("plates", " car ", "registered to"),
            # pii43: the tax on a car that a debt letter or the agency's reply names ("i
            # ubetalt vægtafgift for AB 12 345", "ejerafgiften for …").
            *("vægtafgift", "ejerafgift", "registreringsafgift"),
            # pii49: a parking firm's fees issued to cars and the plates handed to the
            # police after a fake parking-fine SMS ("har ikke udstedt afgifter til MR 91 216
            # og BD 38 314", "Politiet har fået numrene SD 94 555 og NK 31 184").
            *("afgifter til", "afgift til", "numrene"),
            # pii51: a trailer's own plate (a horse or boat trailer left at a club: "Trailer
            # LB 98 347 holdt ved …") and the car someone drove in ("kørte i BD 79587").
            *("trailer", "anhænger", "kørte i ", "kører i ", "kørt i "),
            # pii54: an English freight chat's truck ("yes we have truck BE 14 608").
            *("truck", "lorry"),
            # pii110: the car a driver logs in on or drives ("driver login Ida Holm on AB 12
            # 345", "chaufføren kørte …"): a plate's shape with a driver named.
            *(" driver", "chauffør"),
            # pii72: a car-rental desk's car returned or hired, named by its plate alone
            # ("samme fører returnerede XZ38871 med tilsvarende skade").
            *("returnerede", "afleverede", "lejede", "rented"),
            # pii73: the car a buyer drove when collecting, named by its plate right after
            # the verb ("Kørte EK72482 ved afhentning"); "kørte i " above is one form of it.
            "kørte ",
            # pii81: a car a camera showed or a witness noted, named by its plate alone
            # ("Kameraet ved port 2 viser også VZ 99 041 holde", "nabo noterede NU 66 188").
            *("kamera", "noterede ", "noteret "),
            # pii86: a car named by its plate right after it was parked, as an estate
            # agent's viewing log notes who came in what ("Parkerede MH 14 946 ved
            # Agerhønevej", "parked CR 30 339 outside").
            *("parkerede ", "parkeret ", "parked "),
        ),
        requires_context=True,
        context_window=50,
        patterns=[
            # Not the format's example written for a masked plate ("XX 12 345"; "XX 50 889"
            # is a plate).
            re.compile(r"((?!XX ?12 ?345)[A-ZÆØÅ](?<![\w-].)[A-ZÆØÅ] ?\d{2} ?\d{3})(?![\w-])"),
            # A transcript writes the plate in lower case, but only right after its word or
            # after a car named on its line (NumberPlateRecognizer._scored).
            re.compile(r"(?<![\w-])([a-zæøå]{2} ?\d{2} ?\d{3})(?![\w-])"),
        ],
        score=0.6,
        explanation={
            "da": "Dansk nummerplade (to bogstaver og fem cifre) ved ord som 'bil' eller "
            "'nummerplade'.",
            "en": "Danish number plate (two letters and five digits) next to words such as "
            "'car' or 'number plate'.",
        },
    )


NAMES_FILE: Final = SOURCES / "data" / "names_da.tsv"
# What is derived from the name list is kept in the user's cache directory per version of
# the list and of this module (vaern.text.kept): parsing, lowercasing and sorting 20,000
# names took a tenth of `vaern privacy redact`'s start.
_FROM_NAMES: Final = kept_result(NAMES_FILE, SOURCES / "recognizers.py")


@_FROM_NAMES
def gazetteer() -> dict[str, frozenset[str]]:
    """Names of names_da.tsv by kind: first, ambiguous (first names that are also words),
    surname."""
    sections: dict[str, set[str]] = {}
    for line in NAMES_FILE.read_text(encoding="utf-8").split("\n"):
        if not line or line[0] == "#":
            continue
        name, kind = line.split("\t", 2)[:2]
        sections.setdefault(kind, set()).add(name)
    return {key: frozenset(values) for key, values in sections.items()}


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex for the words as a trie ("Ann(?:a|e(?:tte)?)"): at each position the engine
    follows one branch per letter instead of trying every word. Optional tails are greedy,
    so the longest word wins, as with a longest-first alternation."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@_FROM_NAMES
def _lowercase_names() -> frozenset[str]:
    """Every gazetteer name in lowercase, looked up word by word in the lowercased text so
    "METTE" and "mette" are found too (a set lookup needs no start-up, unlike a regex of
    1,300 names)."""
    return frozenset(name.lower() for name in set().union(*gazetteer().values()))


# Roles that stand before a person's name in letters, forms, case notes and reports
# ("Leder: Aske Rask", "naboen Tage", "Føreren, Per Leth Krag,", "overlæge Kaj Kirk",
# "Vidnet Jan Clausen"): a name follows them, and they are no part of it. Not a chat's or an
# e-mail's roles (sælger, køber, afsender, modtager): those stand before a message; nor the
# respondent of a complaint ("Indklagede"), most often a firm.
# pii85: roles a case note abbreviates, their full stop before the name ("sagsbeh. Carls note",
# "Medarb.: Gry, kl. 10.15"): a name follows, never one. As the text writes them (a
# capital first at a line's start).
_ROLE_ABBREVIATIONS: Final = ("sagsbeh", "medarb")
_ROLE_WORDS: Final = (
    *("leder", "lederen", "chef", "chefen", "medarbejder", "medarbejderen", "kollega"),
    *("kollegaen", "pårørende", "forsikringstager", "forsikringstageren", "skadelidte"),
    *("lejer", "lejeren", "udlejer", "udlejeren", "vicevært", "viceværten", "nabo", "naboen"),
    *("vidne", "vidnet", "føreren", "klager", "klageren", "anmelder"),
    *("anmelderen", "ansøger", "ansøgeren", "patient", "patienten", "borger", "borgeren"),
    *("læge", "lægen", "overlæge", "tandlæge", "sygeplejerske", "sygeplejersken"),
    *("tillidsrepræsentant", "tillidsrepræsentanten", "advokat", "advokaten", "sekretær"),
    *("sekretæren", "sagsbehandler", "sagsbehandleren", "rådgiver", "rådgiveren", "værge"),
    *("værgen", "ægtefælle", "ægtefællen", "formand", "formanden", "direktør", "direktøren"),
    *("ejer", "ejeren", "taksator", "taksatoren", "mægler", "mægleren", "politiassistent"),
    *("betjent", "betjenten", "dommer", "dommeren", "kontaktpersonen"),
    # An AML alert's analyst ("Analytiker: A. Warsame – eskaleret til SAG-…").
    *("analytiker", "analytikeren"),
    # pii44: a utility's customer on its form or note ("Forbruger: Tove Kjeldsen (født …)").
    *("forbruger", "forbrugeren"),
    # pii45: a police report's suspect ("Mistænkt: Line Fogh, tlf. …"), also as the noun of
    # a pseudonymised party ("en person, der kaldte sig Mistænkt 1").
    *("mistænkt", "mistænkte"),
    # pii45: who helps a victim ("Familiemedlem Andrei Popescu (…) hjælper fremover").
    *("familiemedlem", "familiemedlemmet"),
    # pii46: a sole trader and the help of a small firm ("Indehaver: Holger Bang",
    # "Medhjælperen Vikram Iyer har haft adgang til admin"), and a caller's wife ("Min kone
    # Ananya har også fået et opkald").
    *("indehaver", "indehaveren", "medhjælper", "medhjælperen", "kone", "hustru"),
    # pii46: a fake supplier's chat hands over to a colleague ("Contact my colleague Grace
    # Holloway").
    "colleague",
    # pii47: a fake donor's lawyer, who takes the fee ("My solicitor Grace Okafor handles
    # the transfer").
    *("solicitor", "lawyer"),
    # Police ranks, parties to a case and a form's signatories.
    *("politibetjent", "kriminalassistent", "politikommissær", "vicepolitikommissær"),
    *("sigtet", "sigtede", "sagsøger", "sagsøgte", "undertegnede", "vitterlighedsvidne"),
    # Municipal, school and property-sale roles ("Sundhedsplejerske Gitte Johansen",
    # "Ejendomsmægler Hugo Nissen", "Datter Aksel Larsen").
    *("ejendomsmægler", "ejendomsmægleren", "ejendomsmegler", "sundhedsplejerske"),
    *("sundhedsplejersken", "klasselærer"),
    *("klasselæreren", "pædagog", "pædagogen", "anklager", "anklageren", "forsvarer"),
    *("forsvareren", "bisidder", "bisidderen", "datter", "træner", "træneren", "kasserer"),
    # A card dispute's and a case note's parties ("Kortholder: Svend Fuglsang", "Forurettet:
    # Lis Ottesen").
    *("kortholder", "kortholderen", "forurettet", "forurettede"),
    # pii37: a pharmacy's note of the patient's home helper ("Pouls hjemmehjælper
    # Bech-Rosenkilde, Zeynep ringede").
    *("hjemmehjælper", "hjemmehjælperen"),
    # pii31: a telco's subscriber in a SIM-swap note ("Abonnent: Reyes, Liv (kundenr. …)").
    *("abonnent", "abonnenten"),
    # pii40: a pension fund's or insurer's case handler ("Oprettet … · behandler: Holger
    # Juul Følner"); a verb too, so a lead only before a colon (_VERB_LEADS).
    *("behandler", "behandleren"),
    # pii35: a German host's account holder ("IBAN DE85 …, Kontoinhaber Dragana Kovač").
    "kontoinhaber",
    # pii41: a Danish account's holder ("Kontohaver: Ole Bak", "Kontohaveren hedder …").
    *("kontohaver", "kontohaveren"),
    # pii34: a school's and a helpline's people ("kontaktlærer J. Rahimi", "SSP-koordinator
    # Kojo Jovanović", "Opkalder: Defne Özdemir (selv)", "Indberetter (forælder): …",
    # "Værger: Tran, Mai (CPR …)", "Forældremyndighed: …").
    *("kontaktlærer", "kontaktlæreren", "koordinator", "koordinatoren", "opkalder"),
    *("opkalderen", "indberetter", "indberetteren", "værger", "forældremyndighed"),
    "elev",
    # A son or grandchild named in a statement ("Min søn Kaj Kofoed kan bekræfte det", "mit
    # barnebarn, Ib, der opdagede det").
    *("søn", "barnebarn"),
    # pii79: and in the definite, as a bank's note retells a call ("det var barnebarnet Kim,
    # som havde været i en trafikulykke", "ringe til sønnen, Tage, på …").
    *("sønnen", "datteren", "barnebarnet"),
    # Relatives a care or social worker's note names ("Svigerdatter Nour Krogh, tlf. …",
    # "Ifølge Aage har nevøen Ib …").
    *("svigerdatter", "svigersøn", "niece", "nevø", "nevøen"),
    # pii49: a clinic's and a pharmacy's staff ("Klinikassistent Ida Overgaard så ham køre",
    # "klikkede lægesekretær Holger Bak på et link", "Anmelder: apoteker Ngozi Okafor").
    *("apoteker", "apotekeren", "farmaceut", "farmaceuten", "receptionist"),
    *("receptionisten", "tandplejer", "tandplejeren", "jordemoder", "fysioterapeut"),
    *("klinikassistent", "klinikassistenten", "lægesekretær", "lægesekretæren"),
    # pii33: the parties of an estate, a probate court's letter and a funeral home's form
    # ("afdøde Kaj Tran", "Bobestyrer: advokat …", "arving Iris Haddad", "Executor: …").
    *ESTATE_ROLE_WORDS,
    # pii53: farming's, fishing's and a dealer's trades before a name, as an agency's case
    # note, a harbour's log and a vet's notes write them ("Ansøger: Landmand Kaj Holm",
    # "Skipper Ida Friis (E 351 …)", "Fodermester Piotr Mazur ringer", "Vores mekaniker
    # Florin Dumitru", "ansøgers revisor I. Dumitru"): a name follows, and they are no part
    # of it, nor a name alone ("Skipper betalte ikke").
    *("landmand", "landmanden", "gårdejer", "gårdejeren", "avler", "avleren", "skipper"),
    *("skipperen", "fodermester", "fodermesteren", "fiskeopkøber", "fiskeopkøberen"),
    *("mekaniker", "mekanikeren", "revisor", "revisoren"),
    # pii55: a building site's parties and trades, as a site manager's log, an estate agent's
    # note and an association's minutes write them ("Bygherre: Rojda Kurt, …", "Byggeleder:
    # K. Iqbal (…)", "Murer I. Lund-Sivakumar fra … kommer i morgen", "Boligadvokat: Rowena
    # Wang, Advokatfirmaet …", "R. Aydın (suppleant)"): a name follows or stands before them.
    *("bygherre", "bygherren", "byggeleder", "byggelederen", "boligadvokat", "boligadvokaten"),
    *("håndværker", "håndværkeren", "murer", "tømrer", "maler", "elektriker", "kloakmester"),
    *("stilladsmontør", "entreprenør", "entreprenøren", "suppleant", "suppleanten"),
    # pii56: an association's board and a faith community's clergy, as a treasurer's mail
    # thread, minutes and a parish log write them ("Hej Kassereren", "Sognepræst Jens
    # Iversen", "Imam Lars Møller", "Næstformand Ida Holm"): before a name, never one ("Præst"
    # alone is also a surname: "Præst, Søren" in a golf club's register).
    *("kassereren", "næstformand", "næstformanden", "præsten", "sognepræst"),
    *("sognepræsten", "imam", "imamen", "rabbiner", "rabbineren", "kirketjener"),
    *("kirketjeneren", "graver", "graveren", "organist", "organisten"),
    # pii56: a parish log's grave holder ("Gravstedsindehaver Ellen Sørensen (…) har fået").
    *("gravstedsindehaver", "gravstedsindehaveren"),
    # pii60: a family-law case's parties beside a parent ("henviser til Gudruns nye samlever,
    # T. Stampe-Rask", "S. Vinther (søskende) har ringet", "min ekskone Ida Holm").
    *("samlever", "samleveren", "ekskone", "eksmand", "ekskæreste"),
    # pii77: a car dealer's and a leasing company's parties ("Leasingtager ifølge kontrakten:
    # Trine F., CPR …", "Medansøger: Ib Holm", "Kautionist Signe Lund").
    *("leasingtager", "leasingtageren", "medansøger", "medansøgeren", "kautionist"),
    "kautionisten",
    # pii85: the abbreviations a case note writes its staff with (_ROLE_ABBREVIATIONS).
    *_ROLE_ABBREVIATIONS,
    # pii94: a study administration's student, named so where a transcript hides who it is
    # ("Hej Studerende A.", "Studerende: J. Busk"); not "eleven" (a 7-Eleven's shop).
    "studerende",
    # pii97: a wedding's or an event's parties and the hired staff, as a venue's, a
    # caterer's or a rental firm's note opens a sentence with them ("Gæsten Ole Brink kører
    # selv", "Bruden Anna Dam har betalt", "Fotografen Kim Lund aflyste"): a role's word,
    # no given name.
    *("gæst", "gæsten", "brud", "bruden", "brudgom", "brudgommen", "fotograf"),
    *("fotografen", "chaufføren", "sælgeren"),
    # pii97: and the fiancé(e) a couple's complaint names ("og min forlovede Bo Lund, f. …").
    *("forlovede", "forloveden"),
    # pii104: an auction's consignor and bidders, as an auction house's settlement names
    # them ("Indleverer: Indleverer A", "Byder 12 Ole Lund"); no given name.
    *("indleverer", "indlevereren", "byder", "byderen"),
    # pii110: a fraud team's analyst in an English note ("Analyst Ida Holm: phished
    # account"), and a driver or fitter by trade ("Chauffør Ib Lund", "montør Ole Bak").
    *("analyst", "chauffør", "montør", "montøren"),
)
_ROLE_WORD_SET: Final = frozenset(_ROLE_WORDS)
# pii39: a compound whose last part is a role is a role too ("Butikschef Kaj Petersen",
# "Butiksmedarbejderen, Sofie Krog, har forklaret"), as no name ends so.
_ROLE_ENDINGS: Final = (
    *("chef", "chefen", "medarbejder", "medarbejderen", "leder", "lederen"),
    # pii49: a clinic's assistants and secretaries ("Klinikassistent Ida Overgaard",
    # "lægesekretær Holger Bak").
    *("assistent", "assistenten", "sekretær", "sekretæren"),
    # pii60: a municipality's, a bank's or a debt adviser's ("ved socialrådgiver B. Bundgaard",
    # "Familierådgiver Ida Holm", "gældsrådgiveren K. Bech").
    *("rådgiver", "rådgiveren"),
    # pii92: an event's staff at the gate ("Kontrollør Louise Krarup noterede en bil",
    # "billetkontrolløren Ida Holm").
    *("kontrollør", "kontrolløren"),
    # pii104: an account's or a card's holder ("Medkontohaver Minh Kowalski er orienteret",
    # "kortindehaveren Ida Holm"): no name ends in "-haver".
    *("haver", "haveren"),
)


def _role_word(word: str) -> bool:
    """Whether a word is a role's (_ROLE_WORDS) or a compound ending in one (_ROLE_ENDINGS)."""
    folded = word.casefold()
    return folded in _ROLE_WORD_SET or (len(folded) > 7 and folded.endswith(_ROLE_ENDINGS))


# How a call names who speaks or who is sought ("svindellinjen du taler med Kaj", "jeg leder
# efter astrid skovgaard") and a transcript's clerk ("Renskrevet af: Trine Nowak").
_CALL_LEADS: Final = ("du taler med", "jeg leder efter", "renskrevet af")
_GREETING_WORDS: Final = frozenset(
    # pii48: and the formal "Goddag" a fake investment manager's chat opens with ("Goddag
    # Vagn! Det er Daniel fra …").
    ("hi", "hej", "hejsa", "hello", "dear", "kære", "mvh", "vh", "goddag")
)
# Greetings, signatures and labels after which a capitalised word is a name ("Hej Mette",
# "Kunde: Ulrikke"), found in the lowercased text.
# pii90: whom a case is handled by at the writer's firm and an ID's name beside a profile's
# ("Sagsbehandler hos os er S. Lund", "Navn på ID: KAJ BAK ⏎Navn i profil: …").
_HANDLER_LEADS: Final = ("sagsbehandler hos os er", "rådgiver hos os er", "navn på id")
_LEAD_PHRASES: Final = (
    "hej",
    "hejsa",
    "goddag",
    "kære",
    "dear",
    "hi",
    "hello",
    "mvh",
    "vh",
    "venlig hilsen",
    "hilsen",
    "regards",
    "kunde",
    "kunden",
    "kontaktperson",
    # A caller's false name ("ringede, alias Svend fra Nordfjord Bank").
    "alias",
    "navn",
    "name",
    "hedder",
    # A caller retold: "han sagde han hed oksana melnyk jeg er født …".
    # "han hed", "hun hed", "manden i telefonen hed": what someone was called.
    "hed",
    "mit navn er",
    "my name is",
    # A seller's or caller's name as given ("en, der kaldte sig Faadumo", "kalder sig Tung").
    "kaldte sig",
    "kalder sig",
    # A scammer's name as he gave it ("en mand, som præsenterede sig som Signe fra …").
    "præsenterede sig som",
    "præsenterer sig som",
    # pii79: or passed himself off as ("Manden udgav sig som Signe fra Sikkerhedsafdelingen").
    *("udgav sig som", "udgiver sig som"),
    # Whom money went to or came from, and who drives or collects ("til en der hed Svend",
    # "Modtaget fra LE THI MAI", "Chauffør: Aage (bil …)",
    # "Afhentes af Ngozi Kragh i bil …").
    *("der hed", "som hed", "modtaget fra", "chauffør", "afhentes af"),
    # A recruiter's alias as retold ("til en person kaldet Jay", "en ven af en ven, Jay,").
    *("kaldet", "ven af en ven"),
    # Who signed, approved or handled a business's record ("Godkendt af: J. Nørskov den
    # …", "Behandlet af: Kaj Özdemir, lønbogholder", "Skrevet af A. Overby · CVR …") and a
    # board's minutes ("Referent: P. Lykkegaard", "Afbud: Signe Begić", "Til stede: …").
    *("godkendt af", "behandlet af", "skrevet af", "referent", "afbud", "til stede"),
    "anmodet af",
    # pii70: who checked a log ("ordfejlrate 9,1 % kontrolleret af S. Ulstrup").
    "kontrolleret af",
    # pii77: who checked an ID at a counter and who handed out or collected goods
    # ("kørekort tjekket af N. Lykke", "Udleveret af: Lis Bæk", "Medicinen blev afhentet af
    # Svend A., som oplyste …").
    *("tjekket af", "udleveret af", "afhentet af"),
    # pii85: a phone note's caller, only before its colon (_VERB_LEADS).
    "opkald fra",
    # pii45: who an enquiry, a log or a statement is from ("Henvendelse fra Julien Moreau
    # (studienr. …)", "Ført af V. Eskildsen (…)", "Vidneforklaring fra Rahimi, Kwame, f. …").
    *("henvendelse fra", "ført af", "forklaring fra", "vidneforklaring fra"),
    # A fake platform's contact ("Your account manager: Mark Pemberton (@…)") and a Swedish
    # bank's customer ("ert meddelande om er kund Hodan Skov-Bendtsen").
    *("account manager", "kund"),
    # pii33: the deceased an estate's papers name ("boet efter Sanne Vinther (CPR …)",
    # "Dødsbo efter Iris Ravnkilde", "gæld efter Kaj Tran") and a funeral's payer
    # ("Betaler: Kaj Fenger"; only with its colon, _after_lead).
    *("boet efter", "dødsbo efter", "dødsboet efter", "gæld efter", "betaler"),
    # A funeral home's contact ("Kontaktperson hos os: Svend Pham, bedemand@…") and an
    # English letter's closing ("Yours faithfully,⏎FRANK ADEBAYO").
    *("kontaktperson hos os", "yours faithfully", "yours sincerely"),
    # pii34: who closed a school's ticket or exported a chat, the pupil it concerns, a parent
    # who called ("Løst af H. Demirci.", "Eksporteret af: Mai Dang", "Berørt bruger: Emir
    # Aydın, 8.C", "En forælder, Kojo Karimi, ringede") and whom a scammer posed as ("der
    # udgav sig for at være Safiya, 16 år").
    *("løst af", "eksporteret af", "berørt bruger", "en forælder"),
    *("udgav sig for at være", "udgiver sig for at være"),
    # pii106: the same said with the particle after ("gav sig ud for at være Kim fra …").
    *("gav sig ud for at være", "giver sig ud for at være"),
    # pii106: a fellow traveller a booking names ("Medrejsende: Signe Sonne").
    "medrejsende",
    # pii41: who closed or received a case, a form's signatory and who signs for a board
    # ("Lukket af Aske Holm.", "Modtaget af Mona Krag, sag 1234", "Underskrift: Ib Dahl",
    # "På nævnets vegne⏎Tove Lind (formand)").
    *("lukket af", "modtaget af", "underskrift", "vegne"),
    # pii46: who wrote a note or handles a case ("Noteret af L. Vinther", "Behandles af
    # Lauge Krogh-Qvist").
    *("noteret af", "behandles af"),
    # pii48: whom a guardian's report, a care home's note and a debt collector's letter are
    # about ("Som værge for Holger (født …)", "Som fremtidsfuldmægtig for Ib Kragh",
    # "Beboer: Holger Lykke (f. …)", "Skyldner: Tage Bøgh", "Vedrørende: Ib Kragh, CPR …";
    # "vedrørende" only with its colon, _VERB_LEADS).
    *("værge for", "fremtidsfuldmægtig for", "beboer", "skyldner", "vedrørende"),
    # pii55: who took down a police report, whom a case note's writer spoke to and who holds
    # a site's key ("Rapport optaget af B. Bak, Østjyllands Politi.", "Talt med Z. Kurt på
    # 0045 …", "Pladsen låst kl. 15.28, nøgle hos Rūta.").
    *("rapport optaget af", "talt med", "nøgle hos", "nøglen hos", "nøglerne hos"),
    # pii73: a card issuer's call log's caller ("Indringer: Kaj Bak, ringer fra …").
    "indringer",
    *_HANDLER_LEADS,
    *_CALL_LEADS,
    *_ROLE_WORDS,
)
_LEAD_PHRASE_SET: Final = frozenset(_LEAD_PHRASES)


@_FROM_NAMES
def _letters() -> frozenset[str]:
    """The Latin-1 letters names and lead phrases are written with. Names with a letter
    beyond it ("Çelik", "Łukasz") stand as no whole run of them, so are no tokens; they count
    only as the later words of a name, which are read from the text itself."""
    letters = frozenset("".join(_lowercase_names())).union(*_LEAD_PHRASES) - {"-", " "}
    return frozenset(letter for letter in letters if ord(letter) < 256)


@cache
def _letter_table() -> bytes:
    """A ``bytes.translate`` table that keeps the Latin-1 codes of the letters and turns every
    other byte into a space."""
    letters = _letters()
    return bytes(code if chr(code) in letters else 0x20 for code in range(256))


@_FROM_NAMES
def _token_kinds() -> tuple[tuple[str, bool, bool], ...]:
    """Every lowercase name and lead phrase that can stand as whole runs of letters, sorted,
    and for each what it is: (the word, a name, a lead phrase)."""
    letters = _letters() | {" "}
    kinds: dict[str, tuple[bool, bool]] = {}
    for name in _lowercase_names():
        if letters.issuperset(name):
            kinds[name] = (True, False)
    for phrase in _LEAD_PHRASES:
        kinds[phrase] = (kinds.get(phrase, (False, False))[0], True)
    return tuple((word, *kinds[word]) for word in sorted(kinds))


@cache
def _token_literals() -> tuple[Literals, tuple[tuple[str, int, bool, bool], ...]]:
    """The words of ``_token_kinds`` with a space on each side, found in one pass, and for
    each (the word, its length, a name, a lead phrase)."""
    kinds = _token_kinds()
    table = tuple((word, len(word), is_name, is_lead) for word, is_name, is_lead in kinds)
    return Literals((f" {word} " for word, _, _ in kinds), kept="names"), table


class _Tokens(NamedTuple):
    """Where the gazetteer names and the lead phrases stand as whole runs of letters in a
    lowercased text: (start, end) of each name, (start, phrase) of each lead phrase. (A
    named tuple: a frozen dataclass's __init__ sets each field through object.__setattr__,
    once per text.)"""

    names: list[Span]
    leads: list[tuple[int, str]]


def _tokens(lowered: bytes) -> _Tokens:
    """Find the names and lead phrases that stand as whole runs of the letters they are
    written with, in a lowercased text in Latin-1 ("?" for what lies beyond it). There each
    letter is one byte and every other character a space or a "?" (no letter), so
    ``bytes.translate`` turns the text into its runs of letters with the offsets kept, and
    one pass finds each " name " and " phrase " in it (a space before and after: a whole
    run)."""
    runs = b" " + lowered.translate(_letter_table()) + b" "
    names: list[Span] = []
    leads: list[tuple[int, str]] = []
    literals, kinds = _token_literals()
    for end, index in literals.find(runs, _occurrence):
        word, size, is_name, is_lead = kinds[index]
        # ``end`` is after the space that follows the word in ``runs``, which has one more
        # space in front than the text: the word starts len(word) + 2 characters before it.
        start = end - size - 2
        if is_name:
            names.append((start, end - 2))
        if is_lead:
            leads.append((start, word))
    return _Tokens(names, leads)


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches."""
    return char.isalnum() or char == "_"


def _is_letter(char: str) -> bool:
    """What ``[^\\W\\d_]`` matches: a word character but a digit or "_"."""
    return char.isalnum() and not char.isdecimal()


def _beyond_latin1_words(source: str, beyond: list[tuple[int, str]]) -> Iterator[re.Match[str]]:
    """_BEYOND_LATIN1_WORD's matches in ``source`` (``finditer``'s), given the characters
    beyond Latin-1 (Scan.beyond). The pattern's lookahead needs a run of letters that
    reaches such a character, so it is tried only at the start of each such run: searched
    at every position of the text it cost a tenth of the dense bench's instructions
    (redspeed23)."""
    consumed = 0
    for at, _ in beyond:
        start = at
        while start and _is_letter(source[start - 1]):
            start -= 1
        if start < consumed:
            continue
        match = _BEYOND_LATIN1_WORD.match(source, start)
        if match is not None:
            consumed = match.end()
            yield match


def _lead_ends(lowered: str, tokens: _Tokens) -> list[int]:
    """Where the greetings and labels of ``_LEAD_PHRASES`` end, for whole-word occurrences
    that do not overlap (leftmost first, as a regex scan would find them). A whole-word
    occurrence is also one of whole runs of letters, so only those are looked at."""
    size = len(lowered)
    found = []
    for at, phrase in tokens.leads:
        end = at + len(phrase)
        # (_is_word_char inline: this runs for every greeting, label and role word.)
        if not lowered.startswith(phrase, at) or (
            at and ((before := lowered[at - 1]).isalnum() or before == "_")
        ):
            continue
        if end < size and ((after := lowered[end]).isalnum() or after == "_"):
            continue
        found.append((at, -end))
    # The longest of those that start together ("kontaktperson hos os" over "kontaktperson").
    found.sort()
    ends: list[int] = []
    for start, negative_end in found:
        if not ends or start >= ends[-1]:
            ends.append(-negative_end)
    return ends


# Danish surname endings: a capitalised word ending so after a known first name is a
# surname even when the list lacks it ("Mette Bækholm", "Ole Vindstrup").
# A word in capitals that is a field's or a table cell's whole value: after "Label: " or
# "| ", before a comma, a bracket, an e-mail's "<", the cell's end or the line's.
_FIELD_CAPITALS: Final = re.compile(r"[A-ZÆØÅÄÖÜ]{3,}(?:-[A-ZÆØÅÄÖÜ]{3,})?(?=[ \t]*(?:[,(<|\n]|$))")
# A capitalised word and a space right before: a first name, so an initial or a surname
# after it is part of a longer name read elsewhere ("Brian B. Bertelsen", "Hansi Lynges").
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w.-])[A-ZÆØÅ][^\W\d_]+[ \u00a0]\Z")
# An initial and a capitalised surname with a Danish surname's ending ("H. Damgaard"), or
# any capitalised surname that ends the field ("Søn: O. Kragh, bopæl …", "(F. Kirk)").
# (Matched at an initial's ". ": a search would try every position of the text.)
_INITIAL_SURNAME: Final = re.compile(
    r"[A-ZÆØÅ]\. (?:([A-ZÆØÅ][a-zæøå]+(?:sen|søn|gaard|gård))(?![\w-])"
    # pii40: any lower-case letter after the capital ("(S. Wiśniewski)").
    # pii64: a double surname's second part too ("udarbejdet af M. Petrov-Öztürk").
    r"|([A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+)?"
    # pii42: or two surnames without a hyphen ("(A. Brix Møller)").
    r"(?: [A-ZÆØÅ][a-zæøå]+)?"
    # pii97: or a surname in capitals, as a rental form's field names its hirer ("Lejer:
    # K. DAMGAARD⏎"); read only in a text with lower case (_marked_surnames).
    r"|[A-ZÆØÅÄÖÜ]{2,}(?:-[A-ZÆØÅÄÖÜ]{2,})?)"
    # pii79: or a line's next field after two spaces or more ("Ekspedient: M. Bang
    # Tidspunkt: 2026-02-08 13:17").
    r"(?=[ \t]*(?:[,)<|\n]|$)| {2,}[A-ZÆØÅ][^\W\d_]*:))"
)
# pii40: an initial in a bracket after its first item ("Kundens forklaring (telefon, B.
# Sloth-Iversen):"), or after a date that ends a court's or an office's line, as its clerk
# signs it ("Retten i Aarhus, 05.02.26. S. Storm⏎").
# pii49: a doctor's title before an initial ("Dr. C. Erdem"), no part of the name.
_DOCTOR_BEFORE: Final = ("Dr. ", "dr. ", "Dr ", "Prof. ")
# Any lower-case letter after the surname's capital ("K. Doğan", "S. Wiśniewski").
_ITEM_INITIAL_NAME: Final = re.compile(
    r"[A-ZÆØÅ]\. ([A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÆØÅ][^\W\d_A-ZÀ-ÖØ-Þ]+)?)"
)
_BRACKET_ITEM_BEFORE: Final = re.compile(r"\([^()\n,]{1,30}, \Z")
_DATE_SIGNED_BEFORE: Final = re.compile(r"(?<![\d.])\d\d?\.\d\d?\.\d\d(?:\d\d)?\. \Z")
# pii42: a note's writer in a bracket after it ("Sagsbehandlers notat (A. Brix Møller):").
_NOTE_AUTHOR_BEFORE: Final = re.compile(r"(?<![\w-])(?i:notat|note|kommentar|bemærkning) \(\Z")


# Whom a transfer went to, named by an initial and a surname: after "modtager" (the payee of
# a bank's or a colleague's line: "(440,00 kr.), modtager A. Thorsager.") or as the one who
# asked for it ("overført 145 kr. til … som M. Bech-Fogh bad om").
_PAYEE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?i:modtager|modtageren|betalingsmodtager):?|som) \Z"
)
# After "modtager" the name ends its sentence or line; after "som" what they bade follows.
_INITIAL_PAYEE: Final = re.compile(
    r"[A-ZÆØÅ]\. ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
    r"(?=[.,;)]?(?:[ \t]*\n|$)| bad (?:om|mig))"
)


# pii31: whom post is addressed or redirected to ("Posten er omadresseret til A. Bisgaard på
# Møllebakken 41B", "c/o K. Öztürk, …"): a person, where a bare "til" is not ("ringe til G.
# Quistgaard" names no one sure). The name ends before "på", a comma or the line's end.
# pii41: and to whom questions about a case go ("Spørgsmål til sagen rettes til B. Lund eller
# …"), the name before "eller" or "og" too.
# pii92: a note's copy sent to a colleague ("Sagsbehandler: …; kopi til A. Mølgaard") and
# whom tickets were sold to ("var solgt til R. Kaya. Sælger kom …"), the name before a
# sentence's end too.
_ADDRESSEE_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:(?i:(?:om)?adresseret til|rettes til|kopi til|solgt til)|c/o) \Z"
)
_INITIAL_ADDRESSEE: Final = re.compile(
    r"[A-ZÆØÅ]\. ([^\W\d_a-zß-öø-ÿ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[^\W\d_a-zß-öø-ÿ][^\W\d_A-ZÀ-ÖØ-Þ]+)?)"
    r"(?= på |[.,;)]?(?:[ \t]*\n|$)|, | eller | og |\. [A-ZÆØÅ])"
)


# An initial and a surname before the person's role, as minutes and notes write who did what
# ("R. Uldall, bogholder, fik en mail", "A. Rask (næstformand)", "sendt af B. Sønderby,
# formand."); the role (_ROLE_WORDS or _BUSINESS_ROLES) is checked after the match.
# pii55: any lower-case letter after the surname's capital, and a double surname's second
# hyphen ("R. Aydın (suppleant)", "O. Al-Sayed-Nielsen (næstformand)").
_INITIAL_WORD: Final = r"[A-ZÆØÅ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÆØÅ][^\W\d_A-ZÀ-ÖØ-Þ]+){0,2}"
_INITIAL_ROLE: Final = re.compile(rf"[A-ZÆØÅ]\. ({_INITIAL_WORD})(?:, | \()([a-zæøåA-Z]+)(?![\w-])")
_INITIAL_AND_WORD: Final = re.compile(rf"[A-ZÆØÅ]\. ({_INITIAL_WORD})")
# pii39: who did a thing, after a passive's "af" ("skiftet blev lavet af E. Yilmaz;",
# "Skiftet er udført af A. Kragh i …", "Afhørt af O. Yilmaz"); a role right before
# ("Butiksmedarbejderen, T. Nowak, har forklaret"); the last of a list of people after a
# surname and "og", ending the sentence ("Nævnet: …, Mille Krog og A. Bisgaard.").
# pii42: a form's or file's "Udfyldt 2026-03-23 09:47 af G. Aksoy", "Oprettet 17.02.26 kl.
# 09.32 af N. Dreyer": a stamp between the verb and "af".
_AGENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:lavet|udført|foretaget|gennemført|afhørt|ekspederet|oprettet|udfyldt"
    # pii41: who closed or received a case ("Lukket af E. Lund.", "Modtaget af K. Bech, sag").
    r"|lukket|modtaget"
    # pii58: who exported or reported ("Eksporteret 28.02.26 af P. Lauritzen", "samme profil
    # også rapporteret af H. Nørskov (…)") and who drew an export ("udtræk af B. Kowalczyk").
    r"|eksporteret|rapporteret|udtræk"
    # pii59: who took down a police report ("Optaget af A. Juul.").
    r"|optaget"
    # pii64: who prepared a review or a report ("Kundelgennemgang – uge 29 – udarbejdet af L.
    # Damgaard").
    r"|udarbejdet"
    # pii74: who collected a car or a parcel ("… og blev afhentet af F. Öztürk.").
    r"|afhentet"
    # pii106: who stopped a payout or took down a note ("udbetaling 5.300 kr. stoppet af L.
    # Vadum", "Taget af J. Tarp").
    r"|stoppet|standset|taget"
    # pii110: who handed a thing in and who wrote a log's note ("Cyklen blev indleveret af
    # B. Lund, tlf. …", "2026-05-18 12:11 NOTE af K. Bak: …").
    r"|indleveret|afleveret|note|notat|skrevet)"
    # pii43: a field's colon after the verb and a day named by its month ("Oprettet: 5. maj
    # kl. 18.44 af S. Dal"); pii73: that day without its hour ("Udarbejdet 12. december af
    # I. Krog").
    r":?(?: \d[\d.-]{5,9}(?: (?:kl\. )?\d\d?[.:]\d\d)?"
    r"| \d\d?\. [a-zæøå]{3,9}(?: kl\. \d\d?[.:]\d\d)?)?"
    r" af \Z"
)
# pii43: who made a log's entry, after its time and a colon ("15.03.26 kl. 09.37: K. Holt har
# spærret …") or a note's "Notat ved".
# pii64: or a summary's or minutes' "Resumé ved" ("Resumé ved A. Bjerre, chargeback-teamet").
# pii106: or after a date and a colon, as a case note's entries begin ("15.10.2026: S. Høj
# oplyser, at …").
_STAMPED_BEFORE: Final = re.compile(
    r"(?<![\d.:])\d\d?[.:]\d\d(?:\.\d\d(?:\d\d)?)?:[ \t]+\Z"
    r"|(?<![\w-])(?i:notat|noteret|resumé|referat|opsummering) ved \Z"
)
# pii67: what a field's person does on the phone ("Opfølgning: T. Storm ringer tilbage",
# "Ansvarlig: K. Long kontakter klienten"): a person, whatever the surname.
# pii110: a second capitalised word of the surname before a note's colon ("af T. Van Long:").
_SECOND_SURNAME_THEN_COLON: Final = re.compile(r" [A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?=:)")
# pii110: a phone's label and its number right after an initial and a surname (", tlf. 20 30
# 40 50", ", tlf.: +45 …").
_PHONE_LABEL_AFTER: Final = re.compile(r", (?:tlf|telefon)\.?:? ?[+(\d]")
_CALLS_AFTER: Final = re.compile(r" (?:ringer|ringede|kontakter|kontaktede|vender tilbage)\b")
# Its surname may be two words when the line ends after them ("af A. Bak Holm⏎").
# pii64: any lower-case letter after the surname's capital ("Resumé ved O. Öztürk, …").
_STAMPED_INITIAL_NAME: Final = re.compile(
    r"[A-ZÆØÅ]\. ([A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+)?"
    r"(?: [A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?=[ \t]*(?:\n|$)))?)"
)
# pii55: or the plumber's trade written with its apostrophe ("VVS'er H. Saetang fra …").
_ROLE_THEN_BEFORE: Final = re.compile(r"(?<![\w-])([^\W\d_]{4,}|[A-Za-z]{3}'er),? \Z")
_KIN_LINE_BEFORE: Final = re.compile(r"(?<![^\n])([A-ZÆØÅ][a-zæøå]{1,9}), \Z")
_MEMBER_BEFORE: Final = re.compile(r"(?<![\w.-])[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)? og \Z")
_SENTENCE_END_AFTER: Final = re.compile(r"[.;,]?(?:[ \t]*\n|$)|[.;] ")


# pii48: a given name in capitals after an inverted surname's comma, before the field's end.
_CAPITAL_GIVEN_AFTER: Final = re.compile(
    r", ([A-ZÆØÅ]{2,}(?:-[A-ZÆØÅ]{2,})?)(?=[ \t]*(?:[,(\n]|$))"
)


def _given_after_comma(source: str, end: int, names: dict[str, frozenset[str]]) -> bool:
    """Whether a listed given name in capitals follows ``end`` after a comma ("KRAGH, LIS")."""
    after = _CAPITAL_GIVEN_AFTER.match(source, end)
    if after is None:
        return False
    given = _normal(after.group(1))
    return given in names["first"] or given in names["ambiguous"]


# pii48: what a bank's or guardian's note says a customer told or did ("Lis fortæller, at …",
# "Ib har forklaret, at …", "Ib kontakter bankens seniorlinje") and a relative named in
# apposition ("Min far, Ib, har ikke …"): a given name that is also a word ("Lis", "Ib",
# "Tage", "Kaj") names a person there.
_TOLD_VERB_AFTER: Final = re.compile(
    r" (?:fortæller|forklarer|oplyser|kontakter|har (?:forklaret|oplyst|fortalt)"
    # pii60: what a party to a family-law case disputes, wants, asked for or took, and a
    # child's or grandchild's birth ("Bo bestrider dette", "Sanne ønsker at overtage huset",
    # "og Svend bad i går om koden", "> Trine hævede i går 11.666 kr.", "Bo er født …").
    r"|bestrider|ønsker at|bad (?:i går )?om|hævede|(?:er|blev) født"
    r"|har (?:overført|flyttet|hævet))(?![\w])"
)
_KIN_APPOSITION_BEFORE: Final = re.compile(
    # pii60: or the children's, a child's ("Børnenes mor, Sanne, kan bekræfte det").
    r"(?<![\w])(?i:min|mit|vores|hans|hendes|din|deres|børnenes|barnets|drengens|pigens) "
    r"(?:far|mor|søn|datter|bror|søster|mand|kone|morfar|farfar|mormor|farmor), \Z"
)


# pii67: a caller's alias, the given name before the department it claimed to call from
# ("ringede Holger fra bankens sikkerhedsafdeling", "til Tran fra kortafdelingen"), and who
# took the call ("modtog Signe et opkald fra …"); the name alone is the finding, as a label
# of it is.
_CALLER_ALIAS_AFTER: Final = re.compile(
    r" (?:fra (?:bankens |[A-ZÆØÅ]\w+s )?[a-zæøå]*afdeling(?:en)?|et opkald fra)(?![\w])"
)


# pii70: the unit a caller claimed after a lowercase given name (_name_at): a bank's
# department or team, the police, IT security or the card scheme's processor.
_LOWER_ALIAS_AFTER: Final = re.compile(
    r" fra (?:bankens |jeres |banks? )?(?:[a-zæøå]*(?:afdeling|team|teamet)(?:en)?"
    r"|politiet|it-[a-zæøå]+|nets|kundeservice|support)(?![\w])"
)


def _double_surname(norm: str, names: dict[str, frozenset[str]]) -> bool:
    """pii74: whether ``norm`` is a double surname of two parts, one of them a listed
    surname ("Damgaard-Iversen", "Nørgaard-Busk"), as a genitive names it ("Måske bruger de
    Nørgaard-Busks konto"; the list lacks many a surname's other half)."""
    parts = norm.split("-")
    return len(parts) == 2 and any(part in names["surname"] for part in parts)


# pii74: a chat line's message typed without capitals after its time stamp and speaker
# ("[10:07] Bent Ebbesen: jeg ringer til dmytro i morgen", "[12:33] Ida: ok, long skal
# partshøres"): its writer capitalises no name, as a text all in lowercase does not.
_LOWER_CHAT_MESSAGE: Final = re.compile(
    r"\[\d{1,2}[:.]\d\d(?:[:.]\d\d)?\][ \t]+[^\W\d_][^\n:\[\]]{0,40}:[ \t]+[^\n]*"
)


def _lower_chat_message(source: str, start: int) -> bool:
    """pii74: whether ``start`` stands in a chat line's message with no capital letter in it
    (_LOWER_CHAT_MESSAGE), the speaker's label aside."""
    line = source.rfind("\n", 0, start) + 1
    if source[line : line + 1] != "[":
        return False
    match = _LOWER_CHAT_MESSAGE.match(source, line)
    if match is None or match.end() <= start:
        return False
    message = source[source.index(": ", line) + 2 : match.end()]
    return message.lower() == message and source.index(": ", line) < start


# pii74: what may follow a lowercase chat name (_lower_chat_name_end): a function word or
# verb ("jeg ringer til dmytro i morgen", "ok, ida skal partshøres", "lars boesen har"); any
# other word may be a surname the list lacks ("daniel gade, der sagde") or a street's
# ("peter bangs vej"), and a possessive before it makes a word of it ("min amil er …").
_CHAT_NAME_THEN: Final = frozenset(
    (
        *("i", "og", "på", "til", "fra", "som", "om", "der", "det", "da", "nu", "også", "ikke"),
        *("skal", "er", "har", "kan", "vil", "var", "må", "blev", "bliver", "kommer", "bor"),
        *("siger", "sagde", "ringer", "ringede", "skrev", "skriver", "fik", "får", "hun", "han"),
    )
)
# What stands right before it: a preposition or conjunction, a chat's "ok," or a relative
# ("jeg ringer til dmytro", "har du sagen om long?", "min bror marie-louise"); not a possessive
# ("min amil er …", a typo of "mail") nor a name (it began earlier: "le thi huong").
_CHAT_NAME_BEFORE: Final = frozenset(
    (
        *("til", "om", "med", "af", "at", "og", "fra", "for", "hos", "ved", "ok"),
        *("mor", "far", "bror", "søster", "datter", "søn", "ven", "veninde", "nabo"),
    )
)
# And right after it: a space, a comma, a question or exclamation mark, a line's end.
_CHAT_NAME_ENDS: Final = (" ", ",", "?", "!", "\n")
_CHAT_WORD_AFTER: Final = re.compile(r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?)")
_CHAT_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+),?[ \t]+\Z")


def _lower_chat_name_end(source: str, start: int, end: int) -> int | None:
    """pii74: where a lowercase given name in a chat message without capitals ends, over the
    listed surnames or surnames with a Danish ending after it ("lars boesen"); None where the
    word before it is a name (the name began earlier: "le thi huong") or a possessive, where
    an abbreviation's full stop and a lowercase word follow ("en sms ang. min mitid") or
    where a word follows that is no function word or verb (_CHAT_NAME_THEN)."""
    if source.startswith(". ", end) and source[end + 2 : end + 3].islower():
        return None
    before = _CHAT_WORD_BEFORE.search(source, max(0, start - 30), start)
    if before is None or before.group(1) not in _CHAT_NAME_BEFORE:
        return None
    if not source.startswith(_CHAT_NAME_ENDS, end) and end < len(source):
        return None
    for _ in range(2):
        word = _CHAT_WORD_AFTER.match(source, end)
        if word is None or not word.group(1).islower():
            return end
        if _surname_like(word.group(1)):
            end = word.end()
            continue
        return end if word.group(1) in _CHAT_NAME_THEN else None
    return end


# pii68: who rang, named by the call's note before the firm it claimed ("Ringet op af Rune fra
# kundeservice fra …", "opringet af Rune fra Fjordmobil"), and a department of support.
# Or the alias in quotation marks as a customer quotes it ('"Rune fra Kystbanken" ringede').
# pii72: or "af en" before the alias a victim only half knew ("ringet op af en Line fra
# svindelteamet"), and a team or a unit named by its task ("fra udbetalingen").
_CALLED_BY_BEFORE: Final = re.compile(
    r"(?:(?<![\w])(?i:ringet op|opringet|kontaktet) af (?:en )?|\")\Z"
)
# pii73: also the bank's team and a firm named by its trade in a quoted alias ('"Line fra
# bankens sikkerhedsteam"', 'et opkald fra "Line fra fragtfirmaet"').
_CALLER_FIRM_AFTER: Final = re.compile(
    r" fra (?:kundeservice|[\w-]*support|[A-ZÆØÅ][\w-]+|(?:bankens )?[a-zæøå]*team(?:et)?"
    r"|[a-zæøå]+ingen|[a-zæøå]+firmaet)(?![\w])"
)
# pii72: a given name after the verb it asked with, in a sentence's inverted order ("Derefter
# bad Line om kortnummer …").
_ASKED_BEFORE: Final = re.compile(r"(?<![\w])(?:bad|spurgte) \Z")
_ASKED_ABOUT_AFTER: Final = re.compile(r" om(?![\w])")


def _named_by_role(source: str, start: int, end: int) -> bool:
    """Whether a capitalised given name that is also a word tells or does something as a
    person (_TOLD_VERB_AFTER), stands in apposition to a relative (_KIN_APPOSITION_BEFORE) or
    is a caller's alias or who took the call (_CALLER_ALIAS_AFTER)."""
    return (
        _TOLD_VERB_AFTER.match(source, end) is not None
        or _CALLER_ALIAS_AFTER.match(source, end) is not None
        or (
            _CALLER_FIRM_AFTER.match(source, end) is not None
            and _CALLED_BY_BEFORE.search(source, max(0, start - 17), start) is not None
        )
        or (
            _ASKED_ABOUT_AFTER.match(source, end) is not None
            and _ASKED_BEFORE.search(source, max(0, start - 8), start) is not None
        )
    ) or (
        source.startswith(",", end)
        and _KIN_APPOSITION_BEFORE.search(source, max(0, start - 20), start) is not None
    )


def _signs_text(source: str, at: int) -> bool:
    """pii48: whether the initial at ``at`` opens the text's last line, as a guardian or a
    relative signs a letter or a report under its date ("12.05.2026⏎L. Damgaard-Iversen").
    pii92: or follows the writer's trade there, after a sentence's end (_trade_signs)."""
    if source[at - 1 : at] != "\n" and not _trade_signs(source, at):
        return False
    end = source.find("\n", at)
    return end < 0 or not source[end:].strip()


def _trade_signs(source: str, at: int) -> bool:
    """pii92: whether a capitalised trade opens the line before ``at`` after a sentence's end
    ("… med kort.⏎Dyrlæge K. Brask", _SENTENCE_LINE_BEFORE)."""
    line = source.rfind("\n", 0, at) + 1
    title = source[line:at]
    return (
        line > 0
        and title.endswith(" ")
        and _firm_title(title[:-1])
        and _SENTENCE_LINE_BEFORE.search(source, max(0, line - 4), line) is not None
    )


# pii58: a relative named by a possessive before the initial ("Min søster M. Kragh kan også
# kontaktes på …", "hendes datter L. Lykke").
_KIN_POSSESSIVE_BEFORE: Final = re.compile(
    r"(?<![\w])(?i:min|mit|vores|hans|hendes|din|deres) "
    r"(?:far|mor|søn|datter|bror|søster|mand|kone|morfar|farfar|mormor|farmor) \Z"
)


def _kin_before_initial(source: str, at: int) -> bool:
    """pii58: whether a possessive and a relative's noun stand right before the initial at
    ``at`` (_KIN_POSSESSIVE_BEFORE)."""
    return _KIN_POSSESSIVE_BEFORE.search(source, max(0, at - 20), at) is not None


# pii59: a support log's agent before the entry's colon ("2026-04-23 11:31 | Agent B.
# Hussain: Angriberen har …") and a note's signature after the last sentence of its line
# ("… kontaktes ikke fra 70 20 44 11. /S. Hussain⏎").
_AGENT_LABEL_BEFORE: Final = re.compile(r"(?<![\w-])(?:Agent|agent|AGENT) \Z")
_SIGNATURE_SLASH_BEFORE: Final = re.compile(r"[.!?][ \t]+/\Z")
_LINE_END_AFTER: Final = re.compile(r"[ \t]*(?:\n|\Z)")


def log_agent_or_signature(source: str, at: int) -> re.Match[str] | None:
    """pii59: the initial and surname at ``at`` as a log's agent before a colon (after
    "Agent ") or as a signature ending its line after a sentence's full stop and "/"
    (_AGENT_LABEL_BEFORE, _SIGNATURE_SLASH_BEFORE); None for "Agent B. Hussain skrev" or a
    "/K. Hussain" that a line goes on after ("og/eller")."""
    if source[at - 1 : at] == "/":
        if _SIGNATURE_SLASH_BEFORE.search(source, max(0, at - 4), at) is None:
            return None
        match = _INITIAL_AND_WORD.match(source, at)
        if match is None or _LINE_END_AFTER.match(source, match.end()) is None:
            return None
        return match
    if _AGENT_LABEL_BEFORE.search(source, max(0, at - 7), at) is None:
        return None
    match = _INITIAL_AND_WORD.match(source, at)
    return match if match is not None and source.startswith(":", match.end()) else None


# pii65: a note's writer signing after the last sentence of its line, without the slash
# ("Fotos gemt under sagen. B. Højer⏎"): a lower-case word's full stop before the initial,
# the surname ending the line; and an initial and a surname whose CPR number follows ("men
# K. Bundgaard (CPR 1311843287) har samme adresse").
_SENTENCE_SIGNED_BEFORE: Final = re.compile(r"(?<![\w.])[a-zæøå]{3,}\. \Z")
_INITIAL_WITH_CPR: Final = re.compile(rf"[A-ZÆØÅ]\. ({_INITIAL_WORD})(?= \(CPR[ -]|, CPR[ -])")


def _latin1_lower_at(source: str, at: int) -> bool:
    """Whether ``source[at]`` is a Latin-1 lowercase letter (a-z, ß-ö, ø-ÿ)."""
    if at >= len(source):
        return False
    code = ord(source[at])
    return 97 <= code <= 122 or 223 <= code <= 246 or 248 <= code <= 255


def _signed_or_registered(source: str, at: int) -> re.Match[str] | None:
    """pii65: the initial and surname at ``at`` signing a note's line after its last
    sentence, or before the person's CPR number (_SENTENCE_SIGNED_BEFORE,
    _INITIAL_WITH_CPR); None for a name the sentence goes on after."""
    registered = _INITIAL_WITH_CPR.match(source, at)
    if registered is not None:
        return registered
    if _SENTENCE_SIGNED_BEFORE.search(source, max(0, at - 40), at) is None:
        return None
    match = _INITIAL_AND_WORD.match(source, at)
    if match is None or _LINE_END_AFTER.match(source, match.end()) is None:
        return None
    return match


# pii74: whom a car is registered to and whom someone lives with, as a benefit unit's check
# notes them ("køretøjet AP 71 933 er registreret på V. Risager-Thygesen", "har boet sammen
# med E. Krogh-Sloth på adressen"): a person, whatever the surname.
_HOLDER_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:(?:ind)?registreret på|registered to"
    r"|(?:bor|boet|boede|bo|lives|lived) (?:sammen med|with)) \Z"
)


def _initial_lead(source: str, at: int) -> bool:
    """Whether an agent's "af", a role, a relative or a list's last "og" leads the initial at
    ``at`` (_AGENT_BEFORE, _ROLE_THEN_BEFORE, _kin_before_initial, _MEMBER_BEFORE)."""
    lo = at - 25 if at > 25 else 0
    if _AGENT_BEFORE.search(source, at - 45 if at > 45 else 0, at) is not None:
        return True
    if _HOLDER_BEFORE.search(source, at - 30 if at > 30 else 0, at) is not None:
        return True
    if _kin_before_initial(source, at):
        return True
    role = _ROLE_THEN_BEFORE.search(source, lo, at)
    if role is not None and (
        _role_word(role.group(1))
        or role.group(1).casefold() in _BRACKET_ROLES
        # pii92: a trade's party and a comma, the name in apposition ("Den ene køber, E.
        # Damgaard, viste …", "Sælgeren, N. Okafor, har fået udbetalt").
        or (role.group().endswith(", ") and role.group(1).casefold() in _PARTY_WORDS)
        # pii106: a customer or member a note names by initial and surname ("Kunden L.
        # Kragh-Holm (l***@…) fik sms om …").
        or role.group(1).casefold() in _CLIENT_WORDS
    ):
        return True
    # pii45: a relation and a comma at a line's start, as a daycare's or school's note names
    # a parent ("Mor, D. Jaber (93 05 00 72), har bekræftet …").
    kin = _KIN_LINE_BEFORE.search(source, lo, at)
    if kin is not None and kin.group(1).casefold() in _KIN_SPEAKERS:
        return True
    member = _MEMBER_BEFORE.search(source, lo, at)
    if member is None:
        return False
    after = _INITIAL_AND_WORD.match(source, at)
    return after is not None and _SENTENCE_END_AFTER.match(source, after.end()) is not None


# pii106: whom a business's note is about, before an initial and a surname (_initial_lead).
_CLIENT_WORDS: Final = frozenset(
    (
        *("kunde", "kunden", "medlem", "medlemmet", "patient", "patienten", "borger", "borgeren"),
        # pii110: an English note's customer ("customer D. Holm refunded 500 kr.").
        "customer",
    )
)
# pii106: who did a thing, a listed given name (and a surname) after the agent's "af" at the
# line's end, as a note's writer signs it ("Oprettet 12.07.2026 af Trine⏎", "Taget af Line
# Vadum⏎"; _agents_by_given_name).
_AGENT_GIVEN_NAME: Final = re.compile(
    r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?: [A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)?"
    r"(?=[.]?[ \t]*(?:\n|\Z))"
)


def _agents_by_given_name(source: str) -> Iterator[Finding]:
    """pii106: a listed given name, alone or with one more capitalised word, after an
    agent's "af" (_AGENT_BEFORE) that ends its line (_AGENT_GIVEN_NAME)."""
    names = gazetteer()
    at = source.find(" af ")
    while at >= 0:
        start = at + 4
        match = _AGENT_GIVEN_NAME.match(source, start)
        if (
            match is not None
            and (_normal(match.group(1)) in names["first"] or match.group(1) in names["ambiguous"])
            and _AGENT_BEFORE.search(source, max(0, start - 45), start) is not None
        ):
            yield Finding("PERSON", start, match.end(), 0.7, "person")
        at = source.find(" af ", start)


# The roles of a firm's or association's people that notes name beside them.
_BUSINESS_ROLES: Final = frozenset(
    (
        *("bogholder", "lønbogholder", "næstformand", "økonomichef", "økonomiansvarlig"),
        *("lønansvarlig", "revisor", "controller", "cfo", "ceo", "coo", "medlem"),
        *("bestyrelsesmedlem", "indehaver", "partner", "salgschef", "indkøber"),
        # pii55: an association's board as its minutes list it ("M. Bak (suppleant)").
        *("suppleant", "formand", "kasserer"),
    )
)


def _field_value_at(source: str, start: int) -> bool:
    """Whether ``start`` begins a field's value ("Søn: …" after a word), a table cell's
    ("| …") or a bracket's ("(…")."""
    if start >= 1 and source[start - 1] == "(":
        return True
    # A note's signature: "/" at a line's start before the writer ("/T. Overby").
    if start >= 1 and source[start - 1] == "/" and (start == 1 or source[start - 2] == "\n"):
        return True
    if start < 2 or source[start - 1] != " ":
        return False
    mark = source[start - 2]
    # A label may end in a bracket ("Navn (blokbogstaver): KJÆR, KAJ").
    # pii32: or a record's number ("- medlemsnr. 31362: A. Damgaard, Sønder Ringvej 97").
    # pii40: or an abbreviated label's full stop ("Sign.: A. Aziz").
    return mark == "|" or (
        mark == ":" and start >= 3 and (source[start - 3].isalnum() or source[start - 3] in ").")
    )


_SURNAME_ENDING: Final = re.compile(
    r"\w{2,}(?:sen|søn|gaard|gård|strup|rup|trup|holm|berg|bjerg|lund|skov|dal|høj|bæk|bech|"
    r"toft|mose|kjær|kær|borg|sted|feldt|bøl|vig|hede|hauge|bo|by|ing|mann|mand)"
)
_WORDS: Final = re.compile(
    r"[^\W\d_]+(?:(?:-|['’](?=[A-Z]))[^\W\d_]+)*"
    r"(?: [^\W\d_]+(?:(?:-|['’](?=[A-Z]))[^\W\d_]+)*){0,4}"
)
# Right before a name: a greeting, a signature or a speaker label ("Hej ", "Mvh\n", "Kunde: "),
# then "[ \t]*[:,.]?[ \t]*\n?[ \t]*" or " er "/" is " up to the name. A search for that
# before every name tried each of the 40 positions; the text before the name is read
# backwards instead ("\n?" at the start: ``$`` also matches before a last line break), so
# the one match is tried at its end.
_NAME_LEAD_WORDS: Final = (
    "hej",
    "hejsa",
    "hi",
    "hello",
    "kære",
    "dear",
    "hilsen",
    "mvh",
    "vh",
    "regards",
    "kunde",
    "kunden",
    "kundens",
    "kontaktperson",
    "navn",
    "name",
    "hedder",
    "han hed",
    "hun hed",
    "kaldte sig",
    "kalder sig",
    "præsenterede sig som",
    "præsenterer sig som",
    *("udgav sig som", "udgiver sig som"),
    "skrevet af",
    *("godkendt af", "behandlet af", "referent", "afbud", "til stede", "anmodet af"),
    "kontrolleret af",
    *("henvendelse fra", "ført af", "forklaring fra", "vidneforklaring fra"),
    *("account manager", "kund"),
    # pii67: a lawyer's client and a phone note's writer ("klient: Holger Lykke (CPR …)",
    # "Notat ved: Mia Long").
    *("klient", "klienten", "notat ved"),
    # pii86: whom a lawyer acts for, who signed, wrote a note or answered, whom a car was
    # sold to and who prepared a report ("Jeg repræsenterer A. Al-Sayed som arving",
    # "underskrevet af Khadra Hvidtfeldt", "--- notat fra Ş. Björklund:", "> Svar fra Chidi
    # Riis, Ankerhus …", "solgt til Z. Højlund inden afgiften", "Udarbejdet af Sigurd."), and a
    # pension fund's member ("mod vores medlem Kaj Tingleff").
    *("repræsenterer", "underskrevet af", "notat fra", "svar fra", "solgt til"),
    *("udarbejdet af", "medlem"),
    # pii88: who created or was handed a case in a register's log and who cancelled a move
    # ("| oprettet af solveig al-sayed", "| overdraget til Tran, mail …", "Flytningen er
    # annulleret af Kaj Warsame.").
    *("oprettet af", "overdraget til", "annulleret af"),
    *_HANDLER_LEADS,
    # pii92: an event's guest on a gate's scan log ("Gæst: Signe, tlf. …").
    *("gæst", "gæsten"),
    # pii92: a daycare's form naming a child's siblings ("Søskende i huset: Karla").
    *("søskende", "søskende i huset"),
    # pii97: whom a firm's letter tells the reader to ask for ("Spørgsmål: 70 … eller
    # mail – spørg efter Karen.").
    *("spørg efter", "spørge efter"),
    "det er",
    # A chat's greeting and a statement's alias ("yo abdi 👋", "en person kaldet Jay").
    "yo",
    "kaldet",
    "ven af en ven",
    *_CALL_LEADS,
    *_ROLE_WORDS,
)
_NAME_LEAD_BACKWARDS: Final = re.compile(
    # A speaker's filler may stand between ("det er ja svend thygesen", "hej øh Kaj").
    r"\n?(?:[ \t]*\n?[ \t]*[:,.]?[ \t]*|[ \t]+(?:re|si|aj|hø|mhø|åstla|nadås)[ \t]+)"
    # A trie: one branch per letter instead of trying each of the ~100 words.
    rf"(?i:{_trie_pattern(word[::-1] for word in _NAME_LEAD_WORDS)}(?![\w]))"
)
# What an address from a name's first word on begins with: at most four words of
# [\w'.-] (the street, _address_pattern) and a space before its house number. Most names
# fail this at once; the address pattern tries many splits of each word.
_STREET_SHAPE: Final = re.compile(r"(?:[\w'.-]+ ){1,4}\d")
# Words after a greeting or label that are no names ("Hej alle", "Kære kunde").
_NOT_NAMES: Final = frozenset(
    [
        # Greenland's own name ("Kalaallit Nunaat: …" heads a Greenlandic party's lines).
        "kalaallit",
        "nunaat",
        "slut",  # a dictated message's spoken end ("… han hed sigurd slut")
        # A chat's shorthand after a name ("jeg hedder malthe btw").
        *("btw", "lol", "haha", "hehe", "fyi", "forresten", "altså", "bare", "lige"),
        # A chat's question after a lowercase name ("hej signe sidder du med banken?").
        "sidder",
        "alle",
        "allesammen",
        "igen",
        # A bank statement's reference and an alert's direction of money ("MobilePay MAJA
        # VESTERGAARD Ref. 4551814", "Indgående: 16.000 kr. fra …").
        *("ref", "indgående", "udgående"),
        # pii41: a post office box after a role ("c/o kontohaver, Postboks 5084").
        "postboks",
        "kunde",
        "kunden",
        "kunder",
        "kundeservice",
        # pii86: a debt collector's placeholder for its debtor ("Kære Skyldner 1. Din gæld …").
        *("skyldner", "skyldneren"),
        "team",
        "teamet",
        "du",
        "dig",
        "jer",
        "i",
        "der",
        "den",
        "det",
        "bank",
        "banken",
        "danske",
        "jyske",
        "nordea",
        "sydbank",
        "mitid",
        "nemid",
        "politiet",
        "support",
        "svindel",
        "afdelingen",
        "sikkerhedsafdelingen",
        "sir",
        "madam",
        "hr",
        "fru",
        "vores",
        "din",
        "dit",
        "jeres",
        "venlig",
        "venligst",
        "mange",
        "tak",
        "og",
        "eller",
        "men",
        "ikke",
        "har",
        "var",
        "er",
        "blev",
        "kan",
        "skal",
        "vil",
        # An English signature's team ("Best / Mvh" / "The events team").
        "the",
        "our",
        "your",
        # A pseudonymised export's stand-ins and a receipt's next label ("Navn: Person A",
        # "Modtager  kunden⏎Beløb  kr. 100").
        *("person", "beløb", "dato", "ukendt", "anonym"),
        # A redacted record's stand-in ("Med venlig hilsen⏎Borger B") and Værn itself, whom
        # a subject's request addresses ("Kære Værn").
        *("borger", "værn"),
        # pii106: a club's or gym's member as a stand-in ("i navnet Træner A. Medlem").
        *("medlem", "medlemmet"),
        # pii72: a car-rental report's stand-in for its driver ("Kontrolleret af Fører B"), and
        # the CPR label after a name's genitive, no surname ("Ida Lauridsens CPR 030243…").
        *("fører", "cpr"),
        # pii94: and its hyphened label ("Anna Krogs CPR-nr. …").
        *("cpr-nr", "cpr-nummer", "cpr-nummeret"),
        # A police report's and a court's word for the victim ("Undertegnede, Forurettede,
        # født …", "Min datter Forurettede"), a pseudonymised report's stand-in.
        *("forurettede", "skadelidte", "undertegnede"),
        # A speaker's one-word answer after a role ("Medarbejder: Okay.", "Rådgiver: Mm.").
        *("ja", "jo", "nej", "mm", "mhm", "hmm", "okay", "ok", "øh", "nå", "fint", "godt"),
        *("super", "præcis", "nemlig", "korrekt", "yes", "no", "sure", "right"),
        # pii50: a partner-support agent's one-word acknowledgement, a participle ("Rådgiver 1:
        # Bekræftet.", "Noteret.", "Modtaget.").
        *("bekræftet", "noteret", "modtaget", "forstået", "registreret", "spærret", "sendt"),
        *("oprettet", "godkendt", "afvist", "tjekket", "ordnet", "klaret", "understood"),
        # A question or sentence that starts the line after a greeting ("Hi / Hej,⏎Where do
        # I find …", "Hej,⏎Hvordan …").
        *("where", "what", "when", "why", "how", "who", "which", "thanks", "please"),
        *("hvor", "hvad", "hvornår", "hvorfor", "hvordan", "hvem", "hvilken", "jeg", "vi"),
        # pii34: an anonymous caller or pupil described, not named ("Opkalder: Pige, 15 år").
        *("pige", "pigen", "dreng", "drengen", "elev", "eleven", "teenager", "ung"),
        # pii49: an English signature's job title after a role ("Kind regards, Tomas, Patient
        # Coordinator", "Clinic Manager").
        *("coordinator", "manager", "assistant", "director", "officer", "consultant"),
        *("advisor", "adviser", "specialist", "representative", "supervisor"),
        # pii43: a caller's answer that names the card or its number before its masked
        # digits ("Kunde: Kortnummeret **** 1234, udløber …").
        *("kortet", "kortnummeret", "kortnummer", "kontonummeret", "telefonnummeret"),
        *("nummeret", "beløbet"),
        # pii45: a caller's answer that starts with what is theirs ("Kunde: Mit MitID-bruger-ID,
        # …"); "Min" is a given name.
        "mit",
        # pii77: a speaker's interjection and imperative and a freight note's label after a
        # chat's or form's label ("Medarbejder 1: Uha. Har du …", "Vidne 2: Send CMR-kopi",
        # "Gods: 2 EUR-paller").
        *("uha", "send", "gods"),
        # pii85: the definite nouns a note's next sentence starts with after a label and a
        # pseudonym's letter, shaped as a "-sen" surname ("Kunden oplyser navn Kunde A.
        # Adressen [ADRESSE] passer med systemet.").
        *("adressen", "henvendelsen", "anmeldelsen", "bekræftelsen", "afgørelsen"),
        *("ydelsen", "kassen", "prisen", "processen", "interessen"),
        # pii90: a case's or an order's noun before its number after a chat's greeting ("hej,
        # Sag BV-2026-12", "hej, Ordre 4411"), and a note's sentence adverb opening its line
        # ("Ellers stille.", "Desuden ingen nye sager.").
        *("sag", "sagen", "ordre", "ordren", "faktura", "fakturaen", "bilag"),
        *("ellers", "desuden", "derudover", "dernæst", "ligeledes", "iøvrigt"),
    ]
)
_NAME_CONTEXT: Final = (
    "hedder",
    "navn",
    "kære",
    "hej ",
    "hr.",
    "fru ",
    "kontaktperson",
    "mvh",
    "venlig hilsen",
    "skrevet af",
    "kunde:",
    "kunden",
    "name",
    "dear",
    "contact",
)


def _normal(word: str) -> str:
    """The gazetteer spelling of a word in any case ("METTE", "hans-henrik")."""
    if "-" not in word:  # most words: the join below of one part
        return word[:1].upper() + word[1:].lower()
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


# redspeed27: whole-text marks PersonNameRecognizer.matches_in asks the keyword pass about.
_NOT: Final = _needle("Not")
_PAR: Final = _needle("par")
_S_GENITIVE: Final = _needle("'s")
_S_GENITIVE_CURLY: Final = _needle("’s")


class PersonNameRecognizer(JoinsHyphenatedLines):
    """Person names from a gazetteer (names_da.tsv) and Danish surname endings, in any case.

    A known first name followed by a known or Danish-looking surname is a name. A first name
    alone, or an unknown capitalised word, counts right after a greeting, signature or
    speaker label ("Hej Mette", "Mvh Søren", "Kunde: Ulrikke"). A known first name followed
    by another capitalised word counts with a context word nearby. Ambiguous first names
    (Hans, Per, Bo) need a surname or a greeting. Unlisted capitalised words right before a
    common listed surname count at a lower score ("Paiman Petersen"); names before a street
    word are the street's ("Vilhelm Carlsens Vej")."""

    def __init__(self) -> None:
        super().__init__(
            name="person",
            entity="PERSON",
            patterns=[],
            score=0.85,
            context=_NAME_CONTEXT,
            context_window=30,
            explanation={
                "da": "Personnavn: kendt dansk fornavn efterfulgt af efternavn (Danmarks "
                "Statistik og andre navnelister, danske efternavnsendelser), eller et navn "
                "lige efter en hilsen, underskrift eller 'Kunde:'.",
                "en": "Person name: a known Danish first name followed by a surname (Statistics "
                "Denmark and other name lists, Danish surname endings), or a name right after "
                "a greeting, signature or 'Customer:'.",
            },
            anchor=Anchor.everything,
        )

    def across_break(self, source: str, start: int, end: int) -> bool:
        """A name across a break, unless what goes on after it is a role ("Jakob Lund-" /
        "politiassistent" under a signature) or a street's word ("Sol-" / "vej" is no
        Solvej)."""
        tail = source[source.rfind("\n", start, end) + 1 : end].strip().casefold()
        return tail not in _ROLE_WORD_SET and tail not in _STREET_WORDS

    def matches_in(self, scan: Scan) -> Iterator[Finding]:
        source = scan.source
        # redspeed27: asked once per text, not for each of its findings (a look through
        # the whole text each time).
        letterhead = _LETTERHEAD_MARK in source
        found = [
            _with_capital_given(
                source,
                _with_chat_initial(
                    source,
                    _with_capitals_after(
                        source,
                        _with_words_before(
                            source,
                            _with_generation(
                                source,
                                _with_particles(
                                    source,
                                    _family_name_first(
                                        source,
                                        _inverted_before_record(
                                            source,
                                            _inverted_name(
                                                source,
                                                _with_ambiguous_given(
                                                    source,
                                                    _without_party(
                                                        source, _without_title(source, finding)
                                                    ),
                                                ),
                                            ),
                                        ),
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            )
            for finding in chain(
                self._names(scan),
                _register_names(source),
                _inverted_ambiguous_names(source),
                _vietnamese_names(scan),
                callers_with_age(scan),
                _titled_names(source, scan),
                _labelled_capitals(source, scan),
                _id_document_names(source),
                _thread_names(scan),
                _estate_capitals(source, scan),
                _numbered_entries(scan),
                _born_entries(scan),
                _logged_people(scan),
                _agents_by_given_name(source),
                _chat_guests(scan),
                _inverted_speakers(scan),
                _log_actors(scan),
                _initialled_writers(scan),
                _record_people(scan),
                _chat_friends(scan),
                _friends_in_lowercase(scan),
                _relatives_with_cpr(scan),
                _picked_up_children(scan),
                _slot_names(scan),
                _middle_initial_names(scan),
                _last_listed_children(scan),
                _irish_names(scan),
                _bracketed_partners(scan),
                _aged_children(scan),
                _asked_by(scan),
                _names_on_request(scan),
                _believed_accounts(scan),
                _quoted_callers(scan),
                _profiles_and_loggers(scan),
                _address_block_names(scan),
                _named_aliases(scan),
                _contact_and_board_names(scan),
                _housemates_and_log_callers(scan),
                _row_names(scan),
                _user_label_names(scan),
                _inverted_before_birth(source),
            )
            if not (
                _pseudonym(source, finding)
                or _product_name(source, finding)
                or _animal_named(source, finding)
                or _breed_named(source, finding)
                or _harbour_named(source, finding)
                or _calendar_word(source, finding)
                or named_business(source, finding)
                or _firm_named(source, finding)
                or _trade_named(source, finding)
                or _role_alone(source, finding)
                or _machine_or_vessel(source, finding)
                or _organisation_elsewhere(source, finding)
                or _community_named(source, finding)
                or _foreign_street(source, finding)
                or (letterhead and _firm_of_letterhead(source, finding))
                or _card_payment_payee(source, finding)
                or _place_named(source, finding)
            )
        ]
        # redspeed27: whole-text tests by the keyword pass (Scan.holds), not a look through
        # the text each (most texts hold none of them).
        if scan.holds(_NOT) or scan.holds(_PAR):
            found += list(_note_authors_and_couples(source))
        if scan.may_hold(_AND):
            found += list(_coordinated_names(source, found))
        found += list(_colon_list_names(source, found))
        if scan.holds(_FIELD_SEPARATOR):  # "; "
            found += list(_semicolon_list_names(source, found))
        found = _outside(_longest_readings(found), list(_airline_names(source)))
        found = _joined_over_initial(source, found)
        found = _joined_inverted(source, found)
        found = _widened_inverted(source, found)
        found = [_with_surname_initial(source, finding) for finding in found]
        found = [_without_service_after(source, finding) for finding in found]
        if scan.holds(_S_GENITIVE) or scan.holds(_S_GENITIVE_CURLY):
            found = [_with_english_genitive(source, finding) for finding in found]
        more = [
            *_repeated_names(source, found),
            *_genitive_partners(source, found),
            *_lowercase_addressees(source, found),
            *_lowercase_repeats(source, found),
            *_staff_initials(scan, found),
        ]
        yield from _widened_by_case(source, found + more)

    def _names(self, scan: Scan) -> Iterator[Finding]:
        source = scan.source
        lowered = scan.lowered
        if len(lowered) == len(source):
            latin1 = scan.lowered_latin1()
        else:  # a rare letter that lowercases to two
            lowered = source
            latin1 = source.encode("latin-1", "replace")
        # One pass finds where names and greetings stand as whole runs of letters; a name
        # inside a longer word would fail the boundary checks below anyway.
        tokens = _tokens(latin1)
        spans = sorted(tokens.names)
        # A writer who uses no capitals ("hej det er mig helle") or only capitals leaves only
        # the list to go by.
        case = "lower" if source.islower() else "upper" if source.isupper() else ""
        consumed = 0
        size = len(source)
        for start, end in spans:
            if start < consumed or (
                start and ((before := source[start - 1]).isalnum() or before == "-")
            ):
                continue
            # A word split at a line's end ("Lærke-" / "vej") is no name.
            if end < size and (source[end].isalnum() or source.startswith("-\n", end)):
                continue
            words = _WORDS.match(source, start, start + 160)
            if words is None:
                continue
            finding = self._name_at(source, start, words.group().split(" "), case)
            if finding is not None and source.find(" ", finding.start, finding.end) >= 0:
                begin = _listed_first_name_before(source, spans, finding.start)
                if consumed <= begin < finding.start:
                    finding = Finding(self.entity, begin, finding.end, finding.score, self.name)
            if finding is not None:
                finding = _with_initial(source, finding, case)
                consumed = finding.end
                if not (
                    _organisation(source, finding.start, finding.end)
                    or _monarch(source, finding.end)
                ):
                    yield finding
        beyond = scan.beyond()
        if beyond:
            yield from self._beyond_latin1(source, beyond, case)
        yield from self._after_lead(source, _lead_ends(lowered, tokens))
        yield from self._speaker_tags(source)
        if scan.holds(_LINE_SLASH) or scan.holds(_SENTENCE_SLASH):
            yield from _slash_signatures(source)
        if scan.holds(_CONTACT_MARK):
            yield from _contacts_by_phone(source)
        yield from _titled_surnames(scan)
        yield from _kin_bracketed_names(scan)
        if scan.holds(_FROM) and scan.holds(_DET):
            yield from _chat_introductions(source)
        yield from _message_headers(scan)
        if "@" in source:
            yield from _display_names(source)
            yield from _mentions(source)
            if "(" in source:
                yield from _bracketed_mail_names(source)
            yield from _comma_mail_names(source)
        yield from self._genitives(source, lowered, case)
        if scan.holds(_S_APOSTROPHE) or scan.holds(_S_QUOTE):
            yield from _apostrophe_genitives(source)
        if case == "":
            yield from self._marked_surnames(scan)
            yield from _maiden_names(scan)

    def _beyond_latin1(
        self, source: str, beyond: list[tuple[int, str]], case: str
    ) -> Iterator[Finding]:
        """pii77: a listed given name with a letter beyond Latin-1 that opens a name ("Paweł
        Kowalczyk", "Cătălin", "Ayşe Kaya", "Małgorzata"), which the token pass (Latin-1
        only) cannot see: read by the same rules as a name it found. Only a name's first
        word (_BEYOND_LATIN1_BEFORE): a later one is read with the name's first."""
        names = gazetteer()
        first = names["first"]
        for match in _beyond_latin1_words(source, beyond):
            start = match.start()
            word = match.group()
            if not word[0].isupper() or _normal(word) not in first:
                continue
            # Only a name's first word: no capitalised word, initial or URL's "+" before it,
            # and no inverted name's comma after it ("Fadumo Şahin", "E. Yıldız",
            # "name=Volkan+Aydın", "med Yıldız, Volkan fra …").
            if (
                "+" in (source[start - 1 : start], source[match.end() : match.end() + 1])
                or _BEYOND_LATIN1_BEFORE.search(source, max(0, start - 40), start) is not None
                or _GIVEN_AFTER_COMMA.match(source, match.end()) is not None
            ):
                continue
            words = _WORDS.match(source, start, start + 160)
            if words is None:
                continue
            finding = self._name_at(source, start, words.group().split(" "), case)
            if finding is None:
                continue
            finding = _with_initial(source, finding, case)
            if not (
                _organisation(source, finding.start, finding.end) or _monarch(source, finding.end)
            ):
                yield finding

    def _genitives(self, source: str, lowered: str, case: str) -> Iterator[Finding]:
        """A listed first name in the genitive before a relative or a thing of theirs
        ("Almas mor", "Sigrids skole", "RIKKES SØN"): the name with its s. Searched in the
        lowercased text when its offsets are the source's (a literal "s " to look for)."""
        names = gazetteer()
        if lowered is source:
            lowered = source if source.islower() else ""
        for at in (
            _genitive_starts(lowered)
            if lowered
            else [m.start() for m in _GENITIVE_NOUN_ANY_CASE.finditer(source)]
        ):
            end = at + 1
            start = at
            while start and source[start - 1].isalpha():
                start -= 1
            start = _double_surname_start(source, start)
            word = source[start : end - 1]
            # Not a word's ending after a hyphen or an apostrophe ("ID'ens mor"), but a
            # quote's opening mark may stand before the name ("også genitiv: 'Rikkes mand'").
            if len(word) < 2 or (
                start
                and source[start - 1] in "-'’"
                and (start < 2 or source[start - 2].isalnum() or source[start - 1] == "-")
            ):
                continue
            capital = word.istitle() or (
                word.isupper()
                # pii77: or a name in capitals with its genitive's "s" in lowercase, as a
                # case system's fields fill a sentence ("spærret GITTE THYGESENs oplysninger").
                and (case == "upper" or (len(word) > 3 and source[end - 1] == "s"))
            )
            # pii70: or in lowercase after a name's lead in a text with capitals, as a
            # transcript introduces a caller ("ja goddag det er prebens mand …").
            if (
                not (capital or case == "lower" or (word.islower() and self._lead(source, start)))
                or _institution_after(source, end)
                or _street_after(source, end)
            ):
                continue
            norm = _normal(word)
            given = _given_name_before(source, start) if capital and not case else start
            if given == start and capital and not case:
                given = _initial_or_surname_before(source, start, norm, names)
            surname = (
                capital
                and (norm in names["surname"] or _double_surname(norm, names))
                and not _CAPITALISED_BEFORE.search(source, max(0, start - 40), start)
            )
            if given < start:
                # A whole name in the genitive ("Kaj Kristensens datter", "Ifølge Svend
                # Munk-Frandsens forklaring"): its listed given name first.
                yield Finding(self.entity, given, end, 0.7, self.name)
            elif (
                norm in names["first"]
                or (capital and norm in names["ambiguous"])
                or surname
                # A double given name not listed as one ("Anne-Mettes henvendelse"); pii48: one
                # part may be a word too ("Anna-Lises økonomi").
                or ("-" in norm and _double_given_name(norm.split("-"), names))
            ):
                # A surname too ("Kan du bekræfte Thorsens oplysninger?").
                yield Finding(self.entity, start, end, 0.7, self.name)

    def _marked_surnames(self, scan: Scan) -> Iterator[Finding]:
        """Surnames marked by what stands before them rather than by a first name: one in
        capitals as a field's or a table cell's whole value, one after an initial. Found in
        the text's case shape (Scan.case_shape) with ``bytes.find``: a regex search over
        every text would cost a third of this recogniser."""
        source, shape = scan.source, scan.case_shape()
        for mark, skip, read in (
            (b"A. ", 0, self._initial_surname),
            (b": AAA", 2, self._field_surname),  # a cell's "|" is a ":" in the shape
        ):
            at = shape.find(mark)
            while at >= 0:
                finding = read(source, at + skip)
                if finding is not None:
                    yield finding
                at = shape.find(mark, at + 1)

    def _field_surname(self, source: str, at: int) -> Finding | None:
        """A surname in capitals as a field's or a table cell's whole value in a text that is
        not in capitals ("Forurettede: HOLMGAARD, CPR …", "| BECH | 9182 …"), as case files
        write the family name: a listed surname or one ending in -sen, -søn or -gaard (not
        a town's ending: "Kommune: HJALLERUP")."""
        match = _FIELD_CAPITALS.match(source, at)
        if match is None or not _field_value_at(source, at):
            return None
        word = match.group()
        if word.casefold() in _NOT_NAMES or _organisation_word(word):
            return None
        names = gazetteer()
        known = [
            p in names["surname"] or _COMMON_SURNAME.search(p) for p in _normal(word).split("-")
        ]
        # pii48: or one part of a double surname ("Kunde: FOG-NIELSEN, VAGN"), or any surname
        # before a given name in capitals after a comma, as a case file inverts the name
        # ("Forurettede: KRAGH, LIS, født …").
        if (
            all(known)
            or (len(known) > 1 and any(known))
            or _given_after_comma(source, match.end(), names)
        ):
            return Finding(self.entity, *match.span(), 0.7, self.name)
        return None

    def _initial_surname(self, source: str, at: int) -> Finding | None:
        """An initial and a surname as a field's value or in brackets ("Søn: O. Kragh,",
        "the victim (F. Kirk) can …"): one with a Danish surname's ending, or any capitalised
        one that ends the field. Without such a place an initial needs a lead ("ved navn G.
        Quistgaard", read in ``_name_at``): "ringe til G. Quistgaard" names no one sure."""
        # Every name read here (the initial's patterns below, log_agent_or_signature's and
        # _signed_or_registered's) has no Latin-1 lowercase letter after the initial's ". ":
        # a town's letter before a sentence ("1620 København V. ordre …") is settled
        # without the dozen searches before them (redspeed18).
        if _latin1_lower_at(source, at + 3):
            return None
        if (
            _field_value_at(source, at)
            or _LOG_ENTRY_BEFORE.search(source, max(0, at - 8), at)
            or _BRACKET_ITEM_BEFORE.search(source, max(0, at - 34), at)
            or _DATE_SIGNED_BEFORE.search(source, max(0, at - 12), at)
            or _NOTE_AUTHOR_BEFORE.search(source, max(0, at - 24), at)
            or _signs_text(source, at)
        ):
            match = _INITIAL_SURNAME.match(source, at)
            # pii43: a log entry's time and colon lead any capitalised surname ("kl. 09.37:
            # K. Holt har spærret …"); pii67: so does a verb of calling after a field's
            # person ("Opfølgning: T. Storm ringer tilbage inden kl. 12.31").
            if match is None:
                stamped = _STAMPED_INITIAL_NAME.match(source, at)
                if stamped is not None and (
                    # (pii106: 14 characters: a date's "15.10.2026: " too)
                    _STAMPED_BEFORE.search(source, max(0, at - 14), at)
                    or _CALLS_AFTER.match(source, stamped.end())
                ):
                    match = stamped
        elif _ITEM_OR_TIME_BEFORE.search(source, max(0, at - 20), at) or source.endswith(
            _DOCTOR_BEFORE, 0, at
        ):
            # pii49: a list's item or a log line's caller ("- B. Yilmaz (burak39@…) skrev",
            # "08:10  S. Skytte-Larsen ringer") and a doctor ("udføres af Dr. K. Doğan").
            match = _ITEM_INITIAL_NAME.match(source, at)
        elif (role := _INITIAL_ROLE.match(source, at)) is not None and (
            # pii92: a compound role too ("M. Dahlerup, skolesekretær", _role_word).
            _role_word(role.group(2))
            or role.group(2).casefold() in _BUSINESS_ROLES
            or (source[role.start(2) - 1] == "(" and role.group(2) in _BRACKET_ROLES)
            # pii92: a relative in brackets, as a daycare's pick-up list names them ("1) T.
            # Iqbal (mormor), tlf. …").
            or (source[role.start(2) - 1] == "(" and role.group(2) in _BRACKET_KIN)
        ):
            match = _INITIAL_AND_WORD.match(source, at)
        elif _ADDRESSEE_BEFORE.search(source, max(0, at - 20), at) is not None:
            match = _INITIAL_ADDRESSEE.match(source, at)
        elif (lead := _PAYEE_BEFORE.search(source, max(0, at - 25), at)) is not None:
            match = _INITIAL_PAYEE.match(source, at)
            if (
                match is not None
                and lead.group() == "som "
                and not source.startswith(" ", match.end())
            ):
                return None  # "som A. Hansen." is a comparison's
        elif _STAMPED_BEFORE.search(source, max(0, at - 25), at):
            match = _STAMPED_INITIAL_NAME.match(source, at)
        elif (agent := log_agent_or_signature(source, at)) is not None:
            # "Agent" is the capitalised word before, no given name: no middle initial.
            if agent.group(1).casefold() in _NOT_NAMES or _organisation_word(agent.group(1)):
                return None
            return Finding(self.entity, agent.start(), agent.end(), 0.7, self.name)
        elif _initial_lead(source, at):
            # Two surnames where the name ends its line (pii42: "… af A. Brix Møller⏎").
            match = _INITIAL_SURNAME.match(source, at) or _INITIAL_AND_WORD.match(source, at)
            # pii110: or before a note's colon ("Skrevet af T. Van Long: …").
            second = match and _SECOND_SURNAME_THEN_COLON.match(source, match.end())
            if second and not _not_a_name_word(second.group()[1:]):
                return Finding(self.entity, at, second.end(), 0.7, self.name)
        elif (signed := _signed_or_registered(source, at)) is not None:
            match = signed
        elif (
            (contact := _INITIAL_AND_WORD.match(source, at)) is not None
            and source.startswith(", t", contact.end())
            and _PHONE_LABEL_AFTER.match(source, contact.end()) is not None
        ):
            # pii110: a person's phone right after the name ("Kunden på ordren er H. Lund,
            # tlf. 20 30 40 50").
            match = contact
        else:
            return None
        if match is None:
            return None
        word = match.group(match.lastindex or 0)
        if (
            word.casefold() in _NOT_NAMES  # a stand-in ("Navn: A. Person")
            or word.lower() in _STREET_WORDS
            or _organisation_word(word)
            or source.startswith(_STREET_WORD_AFTER, match.end())
            # A middle initial ("Brian B. Bertelsen"): the whole name is read elsewhere.
            or (
                (capital := _CAPITALISED_BEFORE.search(source, max(0, at - 40), at))
                and not _trade_signs(source, at)
                # pii106: not a client's word ("Kunden L. Kragh-Holm", _CLIENT_WORDS).
                and capital.group().strip().casefold() not in _CLIENT_WORDS
            )
        ):
            return None
        return Finding(self.entity, match.start(), match.end(), 0.7, self.name)

    def _header_name(self, source: str, start: int) -> Finding | None:
        """The sender or recipient an e-mail's header names ("From: João Novak <…>", "Til:
        Aske Bak"): two or three capitalised words before an address or the line's end, a
        listed name among them and none a firm's, team's or role's word ("Fra: Danske
        Bank", "To: Card Scheme Disputes")."""
        match = _HEADER_NAME.match(source, start)
        if match is None or not _header_person(match.group(1).split(" ")):
            return None
        return Finding(self.entity, *match.span(1), 0.7, self.name)

    def _speaker_tags(self, source: str) -> Iterator[Finding]:
        """A chat's or transcript's speaker at the start of a line ("Malu Egede: …",
        "[21:22] Kaj: …", "Storm Bak · 08:09"): two or three capitalised words, or one
        after a time stamp; not a role ("Kunde", "Medarbejder", "Sælger") nor a label. An
        e-mail header's label is read as one such tag, and the name after it is taken
        (_header_name). A single word without a time stamp only in a conversation: it
        opens two lines or more, and another speaker's lines stand between ("Biniam: ok jeg
        tager den" / "Søren: ja" / "Biniam: …"), which a form's labels do not do."""
        matches = list(_speaker_tag_matches(source))
        if not matches:
            return
        speakers: Counter[str] = _NO_SPEAKERS
        chatting: set[str] | frozenset[str] = frozenset()
        # A conversation needs two speakers, one of them on two lines: three tags at least.
        if len(matches) >= 3 and any(
            match.group(1) is None and " " not in match.group(2) for match in matches
        ):
            speakers = Counter(match.group(2) for match in matches)
            # Who chats in lower case ("Biniam: ok jeg tager den"), as no form's label is
            # answered ("Subject: Fwd: …", "Fører: Nour Demir", "Mor: Hun bor …").
            chatting = {
                match.group(2)
                for match in matches
                if source[(at := _message_start(source, match)) : at + 1].islower()
            }
        for match in matches:
            words = match.group(2).split(" ")
            start = match.start(2)
            if words[-1].endswith("."):
                words.pop()  # a trailing initial: the name's words are read without it
            # Who the speaker is to the writer before the name ("Farfar Steen: …"): not of it.
            while len(words) > 1 and words[0].casefold() in _KIN_SPEAKERS:
                start += len(words.pop(0)) + 1
            # pii77: a trade or role before the name ("Mekaniker Freja: Stelnummeret …",
            # "Sagsbehandler Ida Holm: …"): not of it, and a listed given name after it is
            # a name even alone and without a conversation around it.
            titled = False
            while len(words) > 1 and words[0][0].isupper() and _role_word(words[0]):
                start += len(words.pop(0)) + 1
                titled = _normal(words[0]) in gazetteer()["first"]
            if words[0][0].islower():
                if _lowercase_speaker(match, matches, speakers, chatting) or _greeted_speaker(
                    source, match
                ):
                    yield Finding(self.entity, match.start(2), match.end(2), 0.7, self.name)
                continue
            if len(words) == 1 and words[0] in _HEADER_LABELS:
                header = self._header_name(source, match.end(2) + 2)
                if header is not None:
                    yield header
                continue
            if (
                len(words) == 1
                and (
                    (
                        match.group(1) is None
                        and not titled
                        and not _in_conversation(words[0], speakers, chatting)
                    )
                    or _noun_speaker(words[0])
                    or _misspelt_role(words[0])
                    or words[0].casefold() in _KIN_SPEAKERS
                )
            ) or any(map(_no_speaker_word, words)):
                continue
            yield Finding(self.entity, start, match.end(2), 0.7, self.name)

    @staticmethod
    def _lead(source: str, start: int) -> bool:
        """Whether a greeting or label stands right before ``start`` (in the 40 characters
        before it)."""
        before = source[start - 40 if start > 40 else 0 : start]
        return _NAME_LEAD_BACKWARDS.match(before[::-1]) is not None

    def _name_at(self, source: str, start: int, words: list[str], case: str = "") -> Finding | None:
        """The name at the start of a run of words, if the rules find one."""
        names = gazetteer()
        first, ambiguous, surnames = names["first"], names["ambiguous"], names["surname"]
        head = words[0]
        if head.casefold() in _GREETING_WORDS:
            return None  # "Hi" is a listed name too, but "Hi Hassan" greets Hassan
        capital = head[0].isupper()
        # In a text in capitals ("HEJ HELLE DET ER FRA NORDEA") case says nothing: there only
        # listed names and Danish surname endings make a name longer. A name in capitals in
        # other text ("Notat: CARSTEN LYNGSØ,") is read like a capitalised one.
        shouted = case == "upper"
        caps = len(head) > 1 and head.isupper()
        uncased = case == "lower"
        norm = _normal(head)
        initial = (
            _INITIALS_BEFORE.search(source, max(0, start - 8), start)
            if capital and "." in source[start - 2 if start > 2 else 0 : start]
            else None
        )
        if (
            initial is not None
            and (caps or not shouted)
            and _surname_like(head)
            and not source.startswith(_STREET_WORD_AFTER, start + len(head))
        ):
            # An initial before a surname ("J. Hansen", "(A. Hermansen)", "H.C. Holm").
            end = _surnames_after(source, start + len(head))
            return Finding(self.entity, initial.start(), end, 0.7, self.name)
        if (
            capital
            # The set look-ups first: most first names are no surnames.
            # (one word, most often: a set look-up without a generator)
            and (
                norm in surnames
                if "-" not in norm
                else all(part in surnames for part in norm.split("-"))
            )
            and _TITLE_BEFORE.search(source[max(0, start - 6) : start])
        ):
            return Finding(self.entity, start, start + len(head), 0.7, self.name)
        if norm in surnames and head == norm and _COMMON_SURNAME.search(norm):
            return self._before_surname(source, start, head)
        if norm not in first and norm not in ambiguous:
            # A double name not on the list ("Lise-Lotte") made of listed ones.
            parts = norm.split("-")
            if "-" not in norm or not all(p in first or p in ambiguous for p in parts):
                return None
            # Joined, the names are no word ("Mai-Britt": "Mai" alone is one): read it by a
            # part that is only a name, so an unlisted surname after it counts.
            norm = next((p for p in parts if p in first), parts[0])
        count, known_surname = self._name_words(words, capital, shouted, uncased)
        if (
            count == 1
            and not shouted
            and abbreviation(head)
            and (
                not self._lead(source, start)
                # Before a capitalised word not in capitals it abbreviates a body even after
                # a lead ("præsenterede sig som US Army soldier", "UN doctor"): a name in
                # capitals goes on in capitals ("Mvh IB HANSEN").
                or (len(words) > 1 and words[1].istitle() and len(words[1]) > 1)
            )
        ):
            return None
        end = start + len(" ".join(words[:count]))
        if known_surname and (capital or norm not in ambiguous):
            # A first name the list lacks before a listed one ("Ulrikke Ahmed Mikkelsen").
            begin = _unlisted_before(source, start, 1) if capital and not caps else start
            # pii70: in lowercase after a lead, a listed middle name ("juhl", "bech") is no
            # name's end: the run goes on as without it ("det er ole juhl gravesen fra …").
            if not capital and self._lead(source, start):
                end = self._lowercase_run_end(source, start, end)
            return Finding(self.entity, begin, end, self.score if capital else 0.75, self.name)
        lead = self._lead(source, start)
        # Danish capitalises no common nouns, so a capitalised word after a first name is a
        # surname the list lacks ("Emma Bonde") — unless the words begin a street name
        # ("Peter Bangs Vej 12", "Vilhelm Carlsens Vej" without a number).
        street = count < len(words) and _street_name_ends(words[count : count + 2])
        if (
            capital
            and not shouted
            and (norm in first or lead)
            and count < len(words)
            and words[count][0].isupper()
            and words[count].isupper() == caps
            and words[count].casefold() not in _NOT_NAMES
            and not street
            and (
                _STREET_SHAPE.match(source, start) is None
                or _address_pattern().match(source, start) is None
            )
        ):
            # A middle name and a surname at most ("Birthe Vigga Ravn").
            more = count + 1
            while (
                more < min(len(words), count + 2)
                and words[more][0].isupper()
                and not _organisation_word(words[more])
                and words[more].casefold() not in _NOT_NAMES
            ):
                more += 1
            end = start + len(" ".join(words[:more]))
            return Finding(self.entity, start, end, 0.75 if lead else 0.7, self.name)
        if lead and not capital:
            end = self._lowercase_run_end(source, start, end)
        if lead:
            return Finding(self.entity, start, end, 0.75, self.name)
        # A listed first name that is no everyday word names a person on its own ("fra Inge,",
        # "Datteren Nazanin"), in lowercase only from a writer who uses no capitals.
        if (
            norm in first
            and (capital or uncased)
            and not street
            and not source.startswith(_SAINT_BEFORE, max(0, start - 5), start)
        ):
            return Finding(self.entity, start, end, 0.6, self.name)
        if capital and count == 1 and norm in ambiguous and _named_by_role(source, start, end):
            return Finding(self.entity, start, end, 0.6, self.name)
        # pii70: a listed given name in lowercase in a text with capitals, as a transcript
        # writes a caller's alias before the unit it claimed ("der ringede en mathias fra
        # it-sikkerhed"); "en mand fra politiet" has no given name.
        if not capital and norm in first and _LOWER_ALIAS_AFTER.match(source, end) is not None:
            return Finding(self.entity, start, end, 0.6, self.name)
        if not capital and norm in first and _lower_chat_message(source, start):
            chat_end = _lower_chat_name_end(source, start, end)
            if chat_end is not None:
                return Finding(self.entity, start, chat_end, 0.6, self.name)
        return None

    @staticmethod
    def _name_words(
        words: list[str], capital: bool, shouted: bool, uncased: bool
    ) -> tuple[int, bool]:
        """How many of the words after a first name belong to the name (middle names,
        surnames, particles: "Piotr van der Berg", "Torben Per de Fine Licht"), and whether
        a surname is among them. In capitals or lowercase only listed names and Danish
        surname endings count; capitalised, a word after a surname does too ("Thomas Winther
        Kragh"): Danish capitalises no common nouns."""
        names = gazetteer()
        first, ambiguous, surnames = names["first"], names["ambiguous"], names["surname"]
        count, known_surname, i = 1, False, 1
        while i < len(words) and count < 5:
            word = words[i]
            particles = 0
            while i + particles < len(words) and words[i + particles].lower() in _PARTICLES:
                particles += 1
            if particles and capital and particles <= 2 and i + particles < len(words):
                after = words[i + particles]
                if after[0].isupper() and (not shouted or after.isupper()):
                    count = i = i + particles + 1
                    known_surname = True
                    continue
            if (not uncased and word[0].isupper() != capital) or (shouted and not word.isupper()):
                break
            candidate = _normal(word)
            ending = _SURNAME_ENDING if capital else _COMMON_SURNAME
            if "-" not in candidate:  # most words: set look-ups without a generator
                surname = candidate in surnames or ending.fullmatch(candidate) is not None
                listed = not surname and (candidate in first or candidate in ambiguous)
            else:
                parts = candidate.split("-")
                given = all(p in first or p in ambiguous for p in parts)
                # pii48: a double surname with one part known, each capitalised ("Holger
                # Fog-Nielsen", "ZAINAB FARAH KHAN-KOWALSKI"), as families join theirs; not two
                # given names nor a compound ("anton berg-chokolade").
                surname = all(p in surnames or ending.fullmatch(p) for p in parts) or (
                    all(part[:1].isupper() for part in word.split("-"))
                    and not given
                    and any(p in surnames or ending.fullmatch(p) for p in parts)
                )
                listed = not surname and given
            if surname:
                known_surname = True
            elif listed:
                pass
            elif (
                not (known_surname and capital and not shouted and not word.isupper())
                or word.lower() in _STREET_WORDS
                or _organisation_word(word)
                # A statement's or chat's own word after the name ("Zainab Bech Ref. 51").
                or word.casefold() in _NOT_NAMES
            ):
                break
            count = i = i + 1
        return count, known_surname

    def _before_surname(self, source: str, start: int, surname: str) -> Finding | None:
        """First names the list lacks right before a common Danish surname ("Paiman
        Petersen", "Ulrikke Ahmed Mikkelsen"), at a lower score: up to two capitalised words
        of letters on the same line that are no sentence, title or greeting words
        ("Kontakt Petersen"), before no street word ("Paiman Petersens Vej")."""
        if source.startswith(_STREET_WORD_AFTER, start + len(surname)):
            return None
        begin = _unlisted_before(source, start, 2)
        if begin == start:
            return None
        return Finding(
            self.entity, begin, _surnames_after(source, start + len(surname)), 0.6, self.name
        )

    @staticmethod
    def _lowercase_run_end(source: str, start: int, end: int) -> int:
        """After a greeting, a lowercase name runs to the end of its line or clause ("Kære
        stine sloth," / "Mvh\nsigrid bak\n"), four words at most ("jytte hvass kirstine
        kristensen")."""
        run = _LOWERCASE_NAME_RUN.match(source, start)
        if run is None:
            return end
        words = run.group(1).split(" ")
        for i, word in enumerate(words):
            if word in _NOT_NAMES or (i and (word in _CHAT_WORDS or _PAST_TENSE.fullmatch(word))):
                words = words[:i]
                break
        return max(end, start + len(" ".join(words)))

    def _after_lead(self, source: str, lead_ends: list[int]) -> Iterator[Finding]:
        """Capitalised words not in the gazetteer right after a greeting or speaker label."""
        for lead_end in lead_ends:
            # pii85: an abbreviated role's full stop is the lead's (_ROLE_ABBREVIATIONS).
            if source.startswith(".", lead_end) and (
                source[max(0, lead_end - 7) : lead_end].casefold().endswith(_ROLE_ABBREVIATIONS)
            ):
                lead_end += 1
            # "betaler" is a verb too ("hun betaler Netto"): a payer only as a label.
            if (
                source[lead_end : lead_end + 1] != ":"
                and source.endswith(_VERB_LEADS, 0, lead_end)
                and _verb_lead(source, lead_end)
            ):
                continue
            # pii46: a case "handled by" names its handler only as a record's line ("Behandles
            # af M. Husted"), not a sentence's court ("Sagen behandles af Retten i Aarhus").
            if source.endswith(_LINE_LEADS, 0, lead_end) and not _opens_line(
                source, lead_end - len(_LINE_LEADS[0])
            ):
                continue
            # pii48: a platform, firm or app named ("en "investeringsplatform" ved navn
            # Coinvesta 360"), not a person ("en mand ved navn …").
            if _thing_named(source, lead_end):
                continue
            # pii55: a trade that opens a bracket names the workplace after its comma
            # ("Ravn, Susanne (tømrer, Brandt Kloak og Anlæg ApS)"), no person.
            if source.startswith(",", lead_end) and _opens_bracket(source, lead_end):
                continue
            # (Its pattern begins with the label's ":": a regex call only after one;
            # redspeed27.)
            lower = (
                _LOWER_FIELD_NAME.match(source, lead_end)
                if source.startswith(":", lead_end)
                else None
            )
            if lower is not None and _lowercase_given(lower.group(1).split(" ")[0]):
                yield Finding(self.entity, *lower.span(1), 0.7, self.name)
                continue
            # A lowercase word after the lead's space ("Kunden fortæller"), unless "er" or
            # "is" it could be: no name follows (_NAME_AFTER_LEAD's first letter is none).
            if (
                source.startswith(" ", lead_end)
                and source[lead_end + 1 : lead_end + 2] in _LOWER_NOT_E_OR_I
            ):
                continue
            match = _NAME_AFTER_LEAD.match(source, lead_end)
            if match is None:
                continue
            words = match.group(1).split(" ")
            start = match.start(1)
            # pii41: a numbered label only after a role ("Vidne 2: Ole Bak"), not a chat's
            # numbered speaker ("Kunde 1: Hej …").
            if source[lead_end + 1 : lead_end + 2].isdigit() and (
                not _role_before(source, lead_end)
                # pii86: a numbered role's log line goes on with its entry ("Medarbejder 1:
                # Udbetaling UDB-081065 … stoppet", "Medarbejder 2: Medlemmets CPR …"): one
                # word after it a name only if listed.
                or (len(words) == 1 and not _listed_name(words[0]))
            ):
                continue
            if source.startswith(_COURTESY_TITLES, start):
                # pii33: a courtesy title after the greeting ("Dear Mr. Fairfax"): the name
                # is what follows it.
                match = _NAME_AFTER_LEAD.match(source, source.index(".", start) + 1)
                if match is None:
                    continue
                words = match.group(1).split(" ")
                start = match.start(1)
            # A blank line between: only a signature's name under its closing ("Venlig
            # hilsen⏎⏎Ayesha Qureshi"), not a label's next paragraph.
            if source.count("\n", lead_end, start) > 1 and not _after_closing(source, lead_end):
                continue
            while len(words) > 1 and words[0].casefold() in _ROLE_WORD_SET:
                start += len(words.pop(0)) + 1  # "Med venlig hilsen" / "Sekretær Jonna Krogh"
            named = words[1:] if words[0].endswith(".") else words  # after an initial
            if named[0].casefold() in _NOT_NAMES or any(map(_organisation_word, words)):
                continue
            # pii48: a greeting opens the speaker's line ("Gerningsperson 1: Hej Kunde A!");
            # the name after it is the greeting's own lead.
            if words[0].casefold() in _GREETING_WORDS:
                continue
            # pii48: an English contraction after a speaker's label ("Gerningsperson 1: Don't
            # tell your bank"): "Don" is a name only without its "'t".
            if source.startswith(_NOT_CONTRACTED, start + len(words[0])):
                continue
            # A firm's word after a scan's doubled space ("Sagsbehandler, Nordhavn  Sparekasse").
            if _organisation(source, start, match.end()):
                continue
            if len(words) == 1 and street_word(words[0]):
                continue  # a street without its number ("c/o kunden⏎Enghavevej")
            if len(words) == 1 and _firm_named_elsewhere(source, words[0]):
                continue
            # pii45: an enquiry or statement may come from an authority ("Henvendelse fra
            # Skat"): one word after those leads only as a listed name or an inverted name's
            # surname ("Vidneforklaring fra Rahimi, Kwame").
            if (
                len(words) == 1
                and source.endswith(_FROM_LEADS, max(0, lead_end - 16), lead_end)
                and not _listed_name(words[0])
                and _GIVEN_AFTER_COMMA.match(source, match.end()) is None
            ):
                continue
            # A role at a line's end is a title under a name ("Maja Dam" / "sagsbehandler"),
            # not a label of the next line.
            if "\n" in source[lead_end:start] and _role_before(source, lead_end):
                continue
            if role_between_commas(source, lead_end, start):
                continue  # a workplace after a name's role ("…, sygeplejerske, Skovbo")
            while words and words[-1].casefold() in _NOT_NAMES:
                words.pop()
            if (
                _UTTERANCE_AFTER.match(source, match.end())
                and _NEXT_FIELD_AFTER.match(source, match.end()) is None
                and (
                    (len(words) == 1 and ":" in source[lead_end : match.start(1)])
                    or source.startswith(":", match.end())
                )
                # pii79: not a listed given name and where it claims to be from ("Kendt
                # alias: Svend fra Pakkeservice").
                and not (_FROM_UNIT_AFTER.match(source, match.end()) and _listed_name(words[0]))
            ):
                continue  # a speaker's sentence ("Kunde: Pengene gik …") or the next label
            finding = Finding(self.entity, start, start + len(" ".join(words)), 0.7, self.name)
            if len(words) == 1 and (_listed_name(words[0]) or _after_closing(source, lead_end)):
                # pii77: a given name's trailing initial ("Leasingtager: Trine F., CPR …"),
                # not a pseudonym's letter ("kaldte sig Part C. Bagefter bad han …"); pii90:
                # any given name's under a letter's closing ("Kind regards⏎Hodan Ş.").
                finding = _with_initial(source, finding, "")
            if not _firm_signed(source, finding):
                yield finding


def _after_closing(source: str, lead_end: int) -> bool:
    """Whether the lead ending at ``lead_end`` is a letter's closing (_CLOSINGS: "Venlig
    hilsen", "Kind regards"), a signature's name under it."""
    return source[max(0, lead_end - 7) : lead_end].casefold().endswith(_CLOSINGS)


def _firm_named_elsewhere(source: str, word: str) -> bool:
    """pii77: whether an unlisted word after a greeting or label is a firm's name the text
    writes elsewhere with a firm's word after it ("Kære Mynte" … "Returadresse: Mynte Apotek
    Vestbyen"): the customer greets the shop by its short name. pii85: or a legal form one
    or two words after it ("Kære Kystnet" … "Svindelteamet, Kystnet Mobil A/S")."""
    if _listed_name(word):
        return False
    at = source.find(word + " ")
    while at >= 0:
        if not at or not source[at - 1].isalnum():
            after = _CAPITALISED_AFTER.match(source, at + len(word))
            if after is not None and _organisation_word(after.group(1)):
                return True
            if _FORM_AFTER_WORDS.match(source, at + len(word)) is not None:
                return True
        at = source.find(word + " ", at + 1)
    return False


# pii48: a thing before "ved navn" (_after_lead): a platform, a firm, an app, a website.
_THING_NAMED: Final = re.compile(
    r"(?i:platform|platformen|firma|firmaet|selskab|selskabet|virksomhed|app|appen"
    r"|hjemmeside|hjemmesiden|fond|company|website)[\"”']?[ \t]+(?i:ved navn|kaldet)\Z"
)
# The leads _THING_NAMED ends in, lowercased.
_NAMED_LEADS: Final = ("ved navn", "kaldet")
_NAMED_LAST: Final = "nNtT"


def _thing_named(source: str, lead_end: int) -> bool:
    """Whether a platform, firm or app is named by the lead ending at ``lead_end``
    (_THING_NAMED). Asked only after its own two leads: its search tries each position of a
    40-character window, about 10 µs at every other lead (redspeed13)."""
    # Both leads end in "n" or "t", which only "N" and "T" lowercase to (redspeed14: most
    # leads are settled without lowercasing).
    if lead_end < 1 or source[lead_end - 1] not in _NAMED_LAST:
        return False
    return source[max(0, lead_end - 8) : lead_end].lower().endswith(_NAMED_LEADS) and (
        _THING_NAMED.search(source, max(0, lead_end - 40), lead_end) is not None
    )


def _opens_bracket(source: str, end: int) -> bool:
    """Whether the word ending at ``end`` is the first in a bracket ("(tømrer")."""
    start = end
    while start and source[start - 1].isalpha():
        start -= 1
    return start > 0 and source[start - 1] == "("


# The negation that makes "Don" a verb ("Don't", "Don’t").
_NOT_CONTRACTED: Final = ("'t ", "’t ")


# pii46: the leads that name someone only at a line's start (_after_lead), in either case.
_LINE_LEADS: Final = ("behandles af", "Behandles af", "BEHANDLES AF")


def _opens_line(source: str, at: int) -> bool:
    """Whether only spaces or tabs stand between the line's start and ``at``."""
    return not source[source.rfind("\n", 0, at) + 1 : at].strip(" \t")


# pii45: the leads after which one word must be a listed name (_after_lead), in either case.
_FROM_LEADS: Final = (
    *("henvendelse fra", "Henvendelse fra", "forklaring fra", "HENVENDELSE FRA"),
    # pii77: goods are handed out or collected by a firm too ("afhentet af Posthuset").
    *("afhentet af", "udleveret af", "Udleveret af", "Afhentet af"),
)
_GIVEN_AFTER_COMMA: Final = re.compile(r", [A-ZÆØÅ]")


def _listed_name(word: str) -> bool:
    """Whether ``word`` in any case is a listed given name or surname (each part)."""
    names = gazetteer()
    return all(
        part in names["first"] or part in names["surname"] or part in names["ambiguous"]
        for part in _normal(word).split("-")
    )


# A form's or list's "Surname, First name" right after a field label at a line's start
# ("Patient: Berg, Anna, cpr …", "NAVN: BERG, ANNA"): one name, of which the recogniser may
# have found either half.
# A scan's stray bars and tildes may open the line ("~ | Navn: Hansen-Svendsen, Sofie"); a
# double surname may stand before the comma ("Navn: JUHL SØRENSEN, PALLE").
_FIELD_LABEL: Final = r"[|¦~ \t]*[^\W\d_][^\n:]{0,29}:[ \t]*"
# No digit in it: a court's placeholder before a name ("F2, Ellen Krog") is no surname.
_INVERTED_WORD: Final = r"[^\W\d_a-zß-öø-ÿ](?:[^\W\d_]|['-])+"
_SURNAME_FIRST_BEFORE: Final = re.compile(
    rf"{_FIELD_LABEL}({_INVERTED_WORD}(?: {_INVERTED_WORD})?), "
)
_LABEL_ONLY: Final = re.compile(_FIELD_LABEL)
# After the first name: a comma, the line's or a cell's end, the e-mail address's "<", or
# the gap before a form's next column ("Navn: JENSEN, JONAS     CPR-nr.: …").
_FIRST_NAME_AFTER: Final = re.compile(
    rf", ({_INVERTED_WORD})(?=[ \t]*(?:[,|¦~<\n]|$)|[ \t]{{3}}"
    # pii77: or a field's slash before the next ("Kunde: Aagaard, Signe / tlf. …").
    r"| / )"
    # pii48: or two given names before a bracket ("Kunde: Frost, Kaj Christian (født …)").
    rf"|, ({_INVERTED_WORD} {_INVERTED_WORD})(?= \()"
)


# What stands before an inverted name outside a field label: a label's colon, a table's
# cell ("| Iversen, Preben |", a register pasted as text), a bracket or
# a reply's quote mark (not a line's start: "Asger, Hjørdis" lists two children), or a word
# that names whom a payment or letter concerns ("fra Boesen, Olga (7780 …)", "c/o Holst,
# Gitte, Kaj Munks Vej 69", "Anmelder: Vu, Thao, født …", "Min mor Nygaard, Ida (født …)").
# A payee or a caller's claimed name ("(modtager Juhl, Oskar)", "ved navn Skovmand, Lone").
# A signature's "/" at a line's start and its greeting ("/Dahl, Marius", "Mvh Skov, Allan
# (…)"), and a neighbour or sibling named like a relative ("Min nabo Ebbesen, Poul modtog").
_INVERTED_LEAD: Final = re.compile(
    # pii34: a list's next person after a bracket ("(CPR …, tlf. …) og Mahmoud, Khalid (CPR").
    # pii52: a semicolon-separated export's cell ("2026-04-13 11:18;Yilmaz, Ruth;171104 …").
    r"(?:[:(>|;]|(?<![^\n])/|\) og"
    # pii58: a CSV export's quoted cell ('2026-01-18;15:13;6107-7638;"Nørskov, Fatima";…').
    r"|(?<![^\n;,\t])\""
    r"|(?<![\w/])(?i:fra|til|from|to|c/o|mor|far|søn|datter|kunde|kunden"
    # pii58: a relative in the definite ("Datteren Aagaard, Karen, efter aftale, er …").
    r"|datteren|sønnen"
    r"|nabo|naboen|bror|søster|mvh|hilsen|modtager|navn"
    # pii79: whose name an account stands in ("kontoen står i navnet Hussein, Valdemar").
    r"|i navnet"
    # pii73: a payee's name in English as a scammer's chat asks for it ("Please send to IBAN
    # LT16…, name Gram, Villum").
    r"|name"
    # pii40: an account's holder ("i Sydbank — kontohaver Hussain, Hamid, ikke ansøger").
    r"|kontohaver|kontohaveren"
    # pii52: or whom it belongs to ("Modtagerkonto tilhører KASK, ANDRIUS, født …").
    r"|tilhører|tilhørte|belongs to"
    # pii77: or the participle a police request's account line writes ("kontonr. 72191425
    # tilhørende Windfeld-Skov, Mikkel, CPR-nr. …").
    r"|tilhørende"
    # pii59: or does not belong to ("Kortet tilhører ikke Abdi, Ejnar; kunden har eget").
    r"|tilhører ikke|tilhørte ikke"
    # pii104: or according to whom it belongs ("Den oplyste konto tilhører ifølge banken
    # Nguyen, Hamza."), and whom a chat says to ask ("Spørg Rask, Camilla, der har
    # skærmbilleder af det hele").
    r"|(?:tilhører|tilhørte)[ \t]+(?:ifølge|iflg\.)[ \t]+[a-zæøå]+|spørg"
    # Who approved or asked ("Godkendt med MitID af Dalsgaard-Skytte, Alma", "overført …
    # som Kragh, Inger bad om").
    r"|af|som"
    # Whom a police request concerns ("Anmodning om oplysninger vedr. Tran, Emma, CPR …").
    r"|vedr\.|vedrørende"
    # pii34: a parent a school's ticket names ("En forælder, Osei-Aydın, Reza, ringede").
    r"|forælder,"
    # pii49: another patient a clinic's note names ("En anden patient, Vinding-Krog, Emma, har
    # allerede betalt").
    r"|patient,"
    # pii60: a parent, a child or an in-law in apposition ("Børnenes mor, Yilmaz, Leyla, kan
    # bekræfte det", "min svigersøn Hussein, Rasmus nægtet mig samvær").
    r"|mor,|far,|søn,|datter,|svigersøn|svigerdatter|svigersøn,|svigerdatter,"
    # pii74: a citizen a benefit unit's mail asks about ("Vi har en borger, Sloth, Verner (CPR
    # …)"), and whom a collector's note names as the debtor ("skyldneren er Tran, Bjarne, f.").
    r"|borger,|(?:skyldner|skyldneren|debitor|debitoren|låntager|låntageren|ansøgeren) er"
    # pii77: the name a fraudster gave as the register writes it ("leasingaftalen blev
    # underskrevet af en, der kaldte sig Munch, Claus.").
    r"|kaldte sig|kalder sig"
    # pii83: whose car a garage had in or who drove the other party's ("Vi har haft bilen
    # inde for Dyhr, René.", "Modpartens bil NC 85 970, fører Due-Jawad, Holger.").
    r"|for|fører)"
    # pii65: a case's number in a mail's subject before whom it concerns ("Emne: SV:
    # KE-2026-67365 Öztürk, Nanna").
    r"|(?<![\w-])[A-Z]{1,5}-\d{4}-\d{3,6})[ \t]*\Z"
)
# A letter's greeting before a mail merge's "Surname, Given name" ("Kære Hvidtfeldt, Nanna"),
# taken only when the first word is a surname and no first name ("Hej Mette, Søren" greets two).
_GREETING_LEAD: Final = re.compile(r"(?<![\w/])(?i:kære|hej|dear|hi|hello|goddag)[ \t]+\Z")
_SURNAME_COMMA_BEFORE: Final = re.compile(rf"(?<![\w'-])({_INVERTED_WORD}), \Z")
# pii58: or a quoted CSV cell's closing quote before the next cell ('"Nørskov, Fatima";').
_NAME_END: Final = re.compile(r'[ \t]*(?:[,.;()|<\n]|"(?![^;,\t\n])|$)')
# After the first name: punctuation, a line's end, or the sentence going on in lower case
# ("Min datter Enevoldsen, Malthe sagde …").
_FIRST_NAME_THEN: Final = re.compile(rf", ({_INVERTED_WORD})(?={_NAME_END.pattern}| [a-zæøå])")
# After a given name that follows its surname: punctuation, a line's end, a dash before what
# a note says of the person or the note going on in lower case, both after a label's colon
# ("* SAG-2026-39028: Holm-Iversen, Ulla – bil meldt …", "FR-7254/26: Bang, Bjarne skal
# ringes op"); not after "fra" ("fra Odense, Mette kørte": a town, then a sentence).
_GIVEN_NAME_DASH: Final = re.compile(r" [\u2013-] ")
_LOWER_WORD_THEN: Final = re.compile(r" [a-zæøå]")
_COLON_LEAD: Final = re.compile(r":[ \t]*\Z")
# pii83: or a dash before the person's phone, as a forwarded SMS's footer writes who sent it
# on ("-- videresendt af Vang, Birgit - mobil: +45 …"), after any lead.
_PHONE_DASH_THEN: Final = re.compile(r" [\u2013-] (?i:mobil|tlf|telefon)(?![\w])")
# What the named person asked for or did after an inverted name ("som Kragh, Inger bad om").
_BIDDING_AFTER: Final = re.compile(r" (?:bad|ønskede|skrev|sendte|oplyste) ")
# pii104: or the bank or service a payment from them came through ("en indbetaling fra Bak,
# Niels via Lunar på 196.200 kr."): "via" and a capitalised name, after a surname the lists
# know or one with a surname's ending ("fra Odense, Mette via Nyborg" is a town).
_PAID_VIA_AFTER: Final = re.compile(r" via [A-ZÆØÅ]")
# Or after a payment "fra" whom, which names a payer ("en indbetaling fra Bak, Niels via …").
_PAYMENT_FROM: Final = re.compile(
    r"(?<![\w-])(?i:indbetaling|indbetalingen|betaling|betalingen|overførsel|overførslen)"
    r"[ \t]+fra[ \t]+\Z"
)


def _surname_like(word: str, ambiguous: bool = False) -> bool:
    """Whether each part of ``word`` (in any case) is a listed surname, or with ``ambiguous``
    a name that is also an everyday word, or ends as a Danish surname does
    (_SURNAME_ENDING)."""
    names = gazetteer()
    surnames, everyday = names["surname"], names["ambiguous"]
    return all(
        part in surnames or (ambiguous and part in everyday) or _SURNAME_ENDING.fullmatch(part)
        for part in _normal(word).split("-")
    )


def _inverted_elsewhere(source: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The other half of an inverted name after a lead (_INVERTED_LEAD) that is no field
    label: (start, end, other word) or None."""
    comma_before = source.startswith(", ", start - 2) if start >= 2 else False
    if not comma_before and not source.startswith(", ", end):
        return None  # most names: no comma beside them
    before = (
        _SURNAME_COMMA_BEFORE.search(source, max(0, start - 40), start) if comma_before else None
    )
    if before is not None and (
        _NAME_END.match(source, end)
        or (
            (_GIVEN_NAME_DASH.match(source, end) or _LOWER_WORD_THEN.match(source, end))
            and not _LIST_GOES_ON.match(source, end)
            and _COLON_LEAD.search(source, max(0, before.start(1) - 4), before.start(1))
        )
        or _BIDDING_AFTER.match(source, end)
        or (
            _PAID_VIA_AFTER.match(source, end)
            and (
                _surname_like(before.group(1), ambiguous=True)
                or _PAYMENT_FROM.search(source, max(0, before.start(1) - 24), before.start(1))
            )
        )
        or _PHONE_DASH_THEN.match(source, end)
        or _between_two(source, before.start(1), before.group(1), end)
    ):
        lead = _inverted_lead(
            source, before.start(1), before.group(1), source[start:end]
        ) or _between_two(source, before.start(1), before.group(1), end)
        return (before.start(1), end, before.group(1)) if lead else None
    after = _FIRST_NAME_THEN.match(source, end)
    if after is None or not _inverted_lead(source, start, source[start:end], after.group(1)):
        return None
    return start, after.end(1), after.group(1)


# A chat export's or a letter's two parties, the first inverted ("chat mellem Dahl, Rigmor og
# Benjamin Whitmore", "between Vo, Tuan and …"): "og" ends the first name, not a list.
_BETWEEN_BEFORE: Final = re.compile(r"(?<![\w-])(?i:mellem|between) \Z")


def _between_two(source: str, at: int, surname: str, end: int) -> bool:
    """Whether the inverted name at ``at`` follows "mellem" and ends before "og" (a party of
    two), its first word no listed given name ("mellem Asger, Hjørdis og Mads" lists three)."""
    return (
        _LIST_GOES_ON.match(source, end) is not None
        and _BETWEEN_BEFORE.search(source, max(0, at - 8), at) is not None
        and _normal(surname) not in gazetteer()["first"]
        # "Tran" is also a word, but a Vietnamese family name first of all.
        and (_normal(surname) not in gazetteer()["ambiguous"] or surname in _FAMILY_FIRST)
    )


def _inverted_lead(source: str, at: int, surname: str, given: str) -> bool:
    """Whether a lead stands before the inverted name at ``at`` (_INVERTED_LEAD), or a
    greeting before a surname that is no listed first name, either a listed surname or
    followed by a listed first name (_GREETING_LEAD)."""
    # (pii104: 28 characters back, "tilhører ifølge banken " the longest lead.)
    if _INVERTED_LEAD.search(source, max(0, at - 28), at):
        return True
    if not _GREETING_LEAD.search(source, max(0, at - 10), at):
        return False
    names, norm = gazetteer(), _normal(surname)
    return norm not in names["first"] and (
        norm in names["surname"] or _normal(given) in names["first"]
    )


# The commonest Vietnamese family names, which stand first ("Ngo Minh Lan", "Do Thi Quang"):
# the given names after them are what the lists know.
_FAMILY_FIRST: Final = frozenset(
    (
        *("Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang"),
        *("Bui", "Do", "Ho", "Ngo", "Duong", "Ly", "Truong", "Dinh", "Lam", "Trinh"),
    )
)
_WORD_BEFORE: Final = re.compile(r"(?<![\w.-])([A-Z][a-z]{1,5}) \Z")


# A Vietnamese name's middle name of a woman or a man ("Le Thi Hoa", "Tran Van Minh").
_MIDDLES: Final = ("Thi", "Thị", "Van", "Văn")
_MIDDLE: Final = f"(?:{'|'.join(_MIDDLES)})"
_FAMILY_MIDDLE_BEFORE: Final = re.compile(rf"(?<![\w.-])([A-Z][a-z]{{1,5}}) {_MIDDLE} \Z")


# A Vietnamese name whole, family name first, with its middle name ("Nguyen Van Hung", "Tran
# Thi Mai"): the lists need not know the given name after "Van" or "Thi".
# pii40: also inverted, a comma after the family name ("Dommer: Tran, Van Long.", "Medlem:
# Vu, Thi Hoa, medlemsnr. …"), only after an inverted name's lead (_inverted_lead).
_VIETNAMESE_NAME: Final = re.compile(
    rf"(?<![\w.-])(?:{'|'.join(sorted(_FAMILY_FIRST))})(,?) {_MIDDLE} [A-Z][a-zà-ỹ]{{1,7}}"
    r"(?![\w'-])"
)
_VIETNAMESE_MIDDLES: Final = tuple(_needle(f" {middle} ") for middle in _MIDDLES)
_FAMILY_FIRST_THEN_SPACE: Final = tuple(f"{name} " for name in sorted(_FAMILY_FIRST))


def _vietnamese_names(scan: Scan) -> Iterator[Finding]:
    """Vietnamese names with a family name and "Van" or "Thi" (_VIETNAMESE_NAME)."""
    if not any(map(scan.holds, _VIETNAMESE_MIDDLES)):
        return  # most texts: the keyword pass knows
    source = scan.source
    for match in _VIETNAMESE_NAME.finditer(source):
        if match.group(1) and not _inverted_lead(source, match.start(), "", ""):
            continue  # "Vi mødte Tran, Van Long og …" lists two
        yield Finding("PERSON", *match.span(), 0.7, "person")


# A call log's caller with the age after the name, as a hotline's volunteer types it fast and
# often in lower case ("[14:02] opk. fra agnete holst, 87 år, Vejle"): the words between the
# call's lead and ", NN år".
_CALLER_WITH_AGE: Final = re.compile(
    r"(?<![\w])(?i:opk\.|opkald|opringning) fra ([^\W\d_]+(?:[ -][^\W\d_]+){0,3}), \d{1,3} år\b"
)


_YEARS: Final = _needle(" år")
# Whole-text looks answered by the keyword pass (Scan.holds: a dictionary's look where the
# pass did not find the needle; `in` read the text, 4,000-12,000 instructions for a
# needle of two or more characters: redspeed16).
_FROM: Final = _needle(" fra ")
_DET: Final = _needle("det ")  # _CHAT_INTRODUCTION's first word
_S_APOSTROPHE: Final = _needle("s' ")
_S_QUOTE: Final = _needle("s’ ")
_BLANK_LINE: Final = _needle("\n\n")
_BORN_BRACKET: Final = _needle("(f")


def callers_with_age(scan: Scan) -> Iterator[Finding]:
    """Callers named with their age after a call's lead (_CALLER_WITH_AGE), when one of the
    words is a listed given name or surname (not "opk. fra datteren, 87 år")."""
    source = scan.source
    if not scan.holds(_YEARS) or not scan.holds(_FROM):
        return  # most texts: the keyword pass knows
    names = gazetteer()
    listed = (names["first"], names["ambiguous"], names["surname"])
    for match in _CALLER_WITH_AGE.finditer(source):
        words = re.split(r"[ -]", match.group(1))
        if words[0].casefold() in _NOT_FIRST_NAMES:
            continue
        if any(_normal(word) in kind for word in words for kind in listed):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# A Vietnamese woman's middle name before her given name, the family name left out ("Talt
# med Thi Hoa om episoden"): part of the name.
_MIDDLE_THI_BEFORE: Final = re.compile(r"(?<![\w.-])Th[iị] \Z")
# pii39: in capitals before a given name in capitals ("Kunde: LE, THI NGOC").
_MIDDLE_THI_CAPITALS_BEFORE: Final = re.compile(r"(?<![\w.-])THI \Z")


def _with_middle_thi(source: str, finding: Finding) -> Finding:
    """``finding`` (one given name) widened to "Thi" right before it."""
    start = finding.start
    if start < 4:
        return finding
    middle = (
        _MIDDLE_THI_CAPITALS_BEFORE if source[start : finding.end].isupper() else _MIDDLE_THI_BEFORE
    )
    if middle.search(source, start - 5, start) is None:
        return finding
    widened = Finding(
        finding.entity, finding.start - 4, finding.end, finding.score, finding.recognizer
    )
    # pii39: and to the family name before it, inverted ("Kunde: Pham, Thi Hoa").
    return _inverted_name(source, widened)


# pii50: East Asian and Hungarian family names, which go before the given name as foreign
# guests write their own ("Tanaka Yuki", "Chen Mei", "Kovács Bence"); not "Kim", "Lee" or
# "Li", which are given names here too.
_FAMILY_ABROAD: Final = (
    *("Tanaka", "Sato", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Yamada"),
    *("Kobayashi", "Chen", "Wang", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Zhou", "Choi"),
    *("Jung", "Kovács", "Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Molnár"),
    # pii51: Vietnamese family names before a given name with no "Thi" or "Van" between
    # ("Opkald fra Nguyen Minh", "forælder Tran Lan"); not the short ones that are words
    # ("Le", "Do", "Ho", "Lam").
    *("Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Truong", "Duong"),
)
_FAMILY_ABROAD_THEN_SPACE: Final = tuple(f"{name} " for name in _FAMILY_ABROAD)
_FAMILY_ABROAD_BEFORE: Final = re.compile(rf"(?<![\w.-])(?:{'|'.join(_FAMILY_ABROAD)}) \Z")


def _family_abroad_first(source: str, finding: Finding) -> Finding:
    """A one-word given name widened to an East Asian or Hungarian family name right before
    it (_FAMILY_ABROAD)."""
    lo = finding.start - 12
    lo = lo if lo > 0 else 0
    if not source.endswith(_FAMILY_ABROAD_THEN_SPACE, lo, finding.start):
        return finding
    before = _FAMILY_ABROAD_BEFORE.search(source, lo, finding.start)
    if before is None:
        return finding
    return Finding(finding.entity, before.start(), finding.end, finding.score, finding.recognizer)


def _family_name_first(source: str, finding: Finding) -> Finding:
    """The finding widened to a Vietnamese family name right before its given names."""
    if source.find(" ", finding.start, finding.end) < 0:
        # One word: a given name alone is no Vietnamese name's end, unless a family name
        # and "Thi" or "Van" stand before it ("Nguyen Thi Lan").
        # (Most names: no " Thi " or " Van " right before, one look instead of the search.)
        if not source.endswith(_VIETNAMESE_MIDDLES, 0, finding.start) and not (
            source.endswith(" THI ", 0, finding.start)
        ):
            return _family_abroad_first(source, finding)
        lo = finding.start - 12
        middle = _FAMILY_MIDDLE_BEFORE.search(source, lo if lo > 0 else 0, finding.start)
        if middle is None or middle.group(1) not in _FAMILY_FIRST:
            return _with_middle_thi(source, finding)
        return Finding(
            finding.entity, middle.start(1), finding.end, finding.score, finding.recognizer
        )
    lo = finding.start - 8
    lo = lo if lo > 0 else 0
    # (Most names: no family name and a space right before, one look instead of the search.)
    if not source.endswith(_FAMILY_FIRST_THEN_SPACE, lo, finding.start):
        return finding
    before = _WORD_BEFORE.search(source, lo, finding.start)
    if before is None or before.group(1) not in _FAMILY_FIRST:
        return finding
    return Finding(finding.entity, before.start(1), finding.end, finding.score, finding.recognizer)


def _labelled_inverted_name(source: str, finding: Finding) -> Finding:
    """The finding widened to the other half of an inverted name after a field label."""
    start, end = finding.start, finding.end
    two_given = _two_given_names(source, start, end)
    if not two_given and " " in source[start:end]:
        return finding
    line = source.rfind("\n", 0, start) + 1
    # The pattern ends in ", ": only a finding right after one can follow it (redspeed16).
    before = (
        _SURNAME_FIRST_BEFORE.fullmatch(source, line, start)
        if start >= 2 and source.startswith(", ", start - 2)
        else None
    )
    if before is not None:
        other = before.group(1)
        start = before.start(1)
        # pii53: a role between the label and the surname ("Ansøger: Landmand Tang, Lene"),
        # no part of the name.
        role, _, rest = other.partition(" ")
        if rest and _role_word(role):
            other, start = rest, start + len(role) + 1
    else:
        # (The pattern begins with ", ": redspeed16.)
        after = (
            None
            if two_given or not source.startswith(", ", end)
            else _FIRST_NAME_AFTER.match(source, end)
        )
        if after is not None and _LABEL_ONLY.fullmatch(source, line, start):
            other = after.group(after.lastindex or 1)
            end = after.end(after.lastindex or 1)
        else:
            elsewhere = _inverted_elsewhere(source, start, end)
            # Two given names are only ever the second half ("Vo, Lan Anh").
            if elsewhere is None or (two_given and elsewhere[0] == start):
                return finding
            start, end, other = elsewhere
    if (
        other.casefold() in _NOT_NAMES
        or _organisation_word(other)
        or _greeting_first(other)
        # pii77: a firm's registration number's label ("Fjordfærgen, CVR-nr. 67484013").
        or other[:3].casefold() == "cvr"
    ):
        return finding
    return Finding(finding.entity, start, end, finding.score, finding.recognizer)


def _two_given_names(source: str, start: int, end: int) -> bool:
    """Whether a finding of two words follows "Surname, ": two given names after an inverted
    surname that is no listed given name ("Værger: Vo, Lan Anh (CPR …)", "En forælder, Dang,
    Lan Anh, ringede") (pii34); pii67: or three, a Vietnamese name's middle second ("Navn:
    Holm, Nguyen Thi Fatma", "Udarbejdet af Kristiansen, Nguyen Thi Mia (…)")."""
    if not source.startswith(", ", start - 2):
        return False
    spaces = source.count(" ", start, end)
    if spaces != 1 and not (spaces == 2 and source[start:end].split(" ")[1] in _MIDDLES):
        return False
    # Not a list's next person after a given name ("fra Olivia, Meryem Ivanov, Palle og …").
    before = _SURNAME_COMMA_BEFORE.search(source, max(0, start - 40), start)
    if before is None:
        return False
    # pii39: a Vietnamese family name, listed as a given name too ("Kunde: Pham, Thi Hoa").
    norm = _normal(before.group(1))
    names = gazetteer()
    return (
        norm not in names["first"]
        or norm in _FAMILY_FIRST
        # pii58: a listed surname that is a given name too, after an inverted name's lead
        # ("Datteren Yilmaz, Grethe Kristine, med samtykke", "Anmelder: Yilmaz, Ahmed Johan").
        or (norm in names["surname"] and _inverted_lead(source, before.start(1), "", ""))
    )


# pii58: an ambiguous given name (also a word: "Tage", "Kaj", "Kim") first of two after an
# inverted name's surname and comma ('"Brix-Nielsen, Tage Aksel";', "Sønnen Hvidberg, Aage
# Christian, …"), where the finding holds only the second.
_AMBIGUOUS_GIVEN_BEFORE: Final = re.compile(rf"(?<![\w'-]){_INVERTED_WORD}, ([A-ZÆØÅ][a-zæøå]+) \Z")


def _comma_before_word(source: str, lo: int, start: int) -> bool:
    """Whether a comma stands right before the last space before the one at ``start - 1``
    within ``source[lo:start]``: where _AMBIGUOUS_GIVEN_BEFORE's given name (no space in it,
    ", " before it) can end at ``start``."""
    space = source.rfind(" ", lo, start - 1)
    return space > lo and source[space - 1] == ","


def _with_ambiguous_given(source: str, finding: Finding) -> Finding:
    """The finding widened to an ambiguous given name before it that follows an inverted
    name's surname, comma and lead (_AMBIGUOUS_GIVEN_BEFORE, _inverted_lead)."""
    start = finding.start
    if start < 4 or source[start - 1] != " " or " " in source[start : finding.end]:
        return finding  # most names: one look
    lo = start - 60 if start > 60 else 0
    if not _comma_before_word(source, lo, start):
        return finding  # (redspeed16: no search then)
    before = _AMBIGUOUS_GIVEN_BEFORE.search(source, lo, start)
    if before is None or _normal(before.group(1)) not in gazetteer()["ambiguous"]:
        return finding
    surname_at = source.rfind(", ", 0, before.start(1))
    surname = _SURNAME_COMMA_BEFORE.search(source, max(0, surname_at - 40), surname_at + 2)
    if surname is None or not _inverted_lead(source, surname.start(1), "", ""):
        return finding
    return Finding(finding.entity, before.start(1), finding.end, finding.score, finding.recognizer)


def _greeting_first(words: str) -> bool:
    """Whether an inverted name's other half begins with a greeting: a reply's "Hej Reza,
    Olivias konto …" after a label greets one person and names another's account (pii34)."""
    return words.split(" ", 1)[0].casefold() in _GREETING_WORDS


# pii57: an inverted name's surname before the given names a witness list, a guarantor's or
# a meeting's record gives with a birth date or a phone after ("1. Kowalski, Fatima Holm, født
# …", "Min far, DEMIR, USMAN, f. …", "Til stede var Al-Sayed, Liban Johan (tlf. …").
_RECORD_AFTER_NAME: Final = (", født ", ", f. ", " (tlf. ")
# pii62: or, in a breach notice's list of the people affected, the CPR number, the next cell
# of a table pasted as text or the person's e-mail address in brackets ("1. Khan, Olena, CPR
# 010755-1575", "* Yilmaz, Emma Madsen | nummerplade …", "- Holm, Trine Larsen
# (tholm@example.dk)").
_RECORD_FIELD_AFTER: Final = re.compile(r", CPR[ -]| \| | \([\w.+-]+@")
# pii65: a surname with an umlaut's capital too ("ÖZTÜRK, SOFIE, CPR-nr. …").
_SURNAME_BEFORE_GIVEN: Final = re.compile(
    r"(?<![\w-])([A-ZÆØÅÄÖÜ][^\W\d_]+(?:-[A-ZÆØÅÄÖÜ][^\W\d_]+)?), \Z"
)


# What stands before such a record's surname: a list's number at a line's start, or a
# relative, those present or a contact the record names ("Min far, ", "Til stede var ").
_RECORD_LEADS: Final = ("far, ", "mor, ", " var ", "kontakt, ", "Kunde: ", "Studievejleder ")
# pii62: or a list's bullet, and the client a lawyer's letter represents ("Jeg repræsenterer
# Kristensen, Rasmus Hansen, født …").
_LIST_NUMBER: Final = re.compile(r"(?:\d{1,2}[.)]|[-*•]) \Z")
_CLIENT_LEAD: Final = " repræsenterer "


def _record_start(source: str, at: int) -> bool:
    """Whether a record's surname begins at ``at`` (_RECORD_LEADS or a list's number)."""
    if source.endswith(_RECORD_LEADS, 0, at) or source.endswith(_CLIENT_LEAD, 0, at):
        return True
    line = source.rfind("\n", 0, at) + 1
    return _LIST_NUMBER.match(source[line:at].lstrip()) is not None


# pii65: a register's extract writes a person's CPR number right after the inverted name,
# the surname at a line's start or both halves in the register's capitals ("DEMIR, RIKKE,
# CPR-nr. …" under "1. CPR-registeret", "også tilmeldt YILMAZ, EMIL (CPR …)").
_CPR_AFTER_NAME: Final = re.compile(r",? \(?CPR[ -]")


def _register_record(source: str, at: int, finding: Finding) -> bool:
    """Whether the inverted name from ``at`` to the finding's end is a register's record: a
    CPR number after it, its surname at a line's start or the whole name in capitals."""
    if _CPR_AFTER_NAME.match(source, finding.end) is None:
        return False
    return (at == 0 or source[at - 1] == "\n") or source[at : finding.end].isupper()


def _inverted_before_record(source: str, finding: Finding) -> Finding:
    """The finding widened to the surname before it and its comma where a birth date or a
    phone follows the given names (_RECORD_AFTER_NAME), or a register's CPR number
    (_register_record)."""
    start = finding.start
    if not source.startswith(", ", start - 2) or not (
        source.startswith(_RECORD_AFTER_NAME, finding.end)
        or _CPR_AFTER_NAME.match(source, finding.end)
        or _RECORD_FIELD_AFTER.match(source, finding.end)
    ):
        return finding  # most names: two looks
    before = _SURNAME_BEFORE_GIVEN.search(source, max(0, start - 40), start)
    if before is None or not (
        (
            _record_start(source, before.start(1))
            and (
                source.startswith(_RECORD_AFTER_NAME, finding.end)
                or _RECORD_FIELD_AFTER.match(source, finding.end)
            )
        )
        or _register_record(source, before.start(1), finding)
    ):
        return finding
    return Finding(finding.entity, before.start(1), finding.end, finding.score, finding.recognizer)


def _inverted_name(source: str, finding: Finding) -> Finding:
    """The finding widened to the other half of an inverted name: after a field label or a
    lead (_labelled_inverted_name), or written plainly (_plain_inverted_name)."""
    widened = _labelled_inverted_name(source, finding)
    if widened is finding and (
        source.startswith(", ", finding.end) or source.startswith(", ", finding.start - 2)
    ):
        widened = _plain_inverted_name(source, finding)
    if widened is not finding and _given_names_listed(source, finding, widened):
        return finding
    # pii86: a letter's closing before its comma is no surname ("Regards, Tove
    # Lefèvre-Søgaard", an English complaint's signature); pii90: nor "Best," opening its
    # line ("Best, Luka Holm"), a surname in a list ("Deltagere: Best, Oskar").
    # pii92: nor a party's noun before its name in apposition ("Sælgeren, Torben, har fået
    # udbetalt", "Køberen, Kaya, Torben, …").
    closing = source[widened.start : finding.start].rstrip(", ").casefold()
    if (
        closing in _CLOSINGS
        or (closing == "best" and _opens_line(source, widened.start))
        or closing in _PARTY_WORDS
        # pii104: nor a role in apposition ("Forklaring: Anmelder, Preben Krogh, f. 16-08-1996,
        # solgte …", a police report's complainant named after the role).
        or (closing and " " not in closing and _role_word(closing))
    ):
        return finding
    return widened


# pii47: the next given name of a list after an inverted name's other half (", Mette
# Frandsen", ", Flemming."), not a record's next field (", CPR …", ", Stationsvej 55A").
_LIST_ITEM_AFTER: Final = re.compile(r", ([A-ZÆØÅ][a-zæøå]+)(?=[ ,.]|$)")


def _given_names_listed(source: str, finding: Finding, widened: Finding) -> bool:
    """pii47: whether an inverted name's other half is a given name only and the list goes
    on with another: a team's list of first names ("Holdet på søndagens rute: Rasmus,
    Grethe, Mette Frandsen") names three people, not "Grethe Rasmus"."""
    if widened.start < finding.start:
        other = source[widened.start : finding.start].rstrip(", ")
    else:
        other = source[finding.end : widened.end].lstrip(", ")
    # A record's one person after its lead may have a given name for a surname ("2) Yilmaz,
    # Klaus, Æblehaven 49").
    if _record_lead(source, widened.start, widened.end, 1):
        return False
    after = _LIST_ITEM_AFTER.match(source, widened.end)
    if after is None:
        return False
    if _given_name_only(other):
        return _given_name_only(after.group(1))
    # pii99: nor a surname's with a given name when a given name follows and the list goes
    # on after it ("Til stede: Abdi, Ejnar, Karen og Bo" names four people, as pii97's
    # _joined_inverted keeps them apart); the pair alone stays one ("ikke Abdi, Ejnar;").
    return _normal(after.group(1)) in gazetteer()["first"] and (
        _NAME_LIST_GOES_ON.match(source, after.end()) is not None
    )


def _given_name_only(word: str) -> bool:
    """Whether a word is a listed given name (an everyday word too: "Svend", "Kaj") and no
    surname nor family name."""
    names = gazetteer()
    norm = _normal(word)
    return (
        " " not in word
        and (norm in names["first"] or norm in names["ambiguous"])
        and norm not in names["surname"]
        and norm not in _FAMILY_FIRST
    )


# "Surname, Given names" with no label before it, as a letterhead, signature, list or chat
# writes a name ("Mortensen, Ebba⏎f. 28-05-1932", "Skrevet af Bundgaard, Tina (datter)",
# "[10:58] Thygesen, Jesper: …", "spørg Rasmussen, Sofie om …"): a surname that is no given
# name, then given names only, then the name's end. Two given names ("Asger, Hjørdis") list
# two people.
_SURNAME_BEFORE_COMMA: Final = re.compile(rf"(?<![\w'.-])({_INVERTED_WORD}), \Z")
_GIVEN_NAMES_AFTER: Final = re.compile(rf", ({_INVERTED_WORD}(?: {_INVERTED_WORD}){{0,2}})")
_LIST_GOES_ON: Final = re.compile(r" (?:og|eller|and|or) ")
# pii79: or the date a signatory received or wrote on ("Modtaget af politiassistent Bak,
# Samira 24.01.2026 kl. 13.47").
_PLAIN_NAME_END: Final = re.compile(
    r"[ \t]*(?:[,.;:()|<\n\u00b7]|$)| [a-zæøå]| [\u2013-] | \d\d?\.\d\d?\.\d{4}(?!\d)"
)


# pii33: what names the one person a record is about right before "Surname, Given name": an
# estate's or a profile's ("boet efter Farah, Aksel (CPR …", "slettet: kundeprofil
# Saxild-Holm, Ewa, adresse …"), a numbered list's item ("2) Yilmaz, Klaus, Æblehaven 49")
# and the next of a list of heirs after a bracket ("… (010380 1360), Hussein, Holger (født").
_RECORD_LEAD: Final = re.compile(
    # pii49: or a list's bullet ("- Abdullahi, Hassan, CPR …"), as a numbered item.
    r"(?:(?<![\w-])(?i:efter|kundeprofil|profil)[ \t]+"
    r"|(?<![^\n])(?:\d{1,2}\)|[ \t]*[-\u2022*])[ \t]+|(\), ))\Z"
)
# After the given name under such a lead: a comma, a bracket or the line's end.
_RECORD_NAME_END: Final = re.compile(r"[ \t]*(?:[,(\n]|$)")


def _record_lead(source: str, at: int, end: int, given_words: int) -> int:
    """How surely an inverted name from ``at`` to ``end`` is a record's one person: 2 after
    an estate's, a profile's or a numbered item's lead with one given name ("boet efter
    Yilmaz, Klaus,"), where the surname may be any listed given name; 1 after a bracket
    that closes the list's previous entry ("(010380 1360), Hussein, Holger (født"), where
    it may be one listed as a surname too, or after a strong lead with more words (a list of
    members goes "(formand), Rasmus, Finn Skov-Ladefoged"); 0 elsewhere."""
    # pii51: 1 for a register's line that opens with the person and goes on in fields after
    # a semicolon, as a club's member list is exported ("Hussein, Carsten; DGU-nr. …").
    if source.startswith(";", end) and (at == 0 or source[at - 1] == "\n"):
        return 1
    if _RECORD_NAME_END.match(source, end) is None:
        return 0
    lead = _RECORD_LEAD.search(source, max(0, at - 14), at)
    if lead is None:
        return 0
    return 1 if lead.group(1) or given_words > 1 else 2


def _plain_surname(word: str, line_start: bool = False, record: int = 0) -> bool:
    """Whether a word before "', ' + given names" is a surname: a listed or Danish-looking
    one that is no given name, or at a line's start any capitalised word that is no given
    name, greeting or everyday word ("Krog, Ingrid⏎Tårnvej 14": a letterhead, a signature,
    a chat's speaker); after a record's lead (_record_lead) a listed given name too (2) or
    one that is a listed surname too (1)."""
    names = gazetteer()
    norm = _normal(word)
    # pii39: a Vietnamese family name is one, though listed as a given name ("modtager Vu,
    # Quang Huy", "Kunde: LE, THI NGOC").
    given = (norm in names["first"] or norm in names["ambiguous"]) and norm not in _FAMILY_FIRST
    if (
        (given and not (record == 2 or (record == 1 and norm in names["surname"])))
        or word.casefold() in _NOT_NAMES
        or word.casefold() in _GREETING_WORDS
        or word.lower() in _STREET_WORDS
        or _organisation_word(word)
        or _role_word(word)
        # pii45: a relation before a name, as a daycare's note names a parent ("Far, Erik
        # Hjorth, er underrettet"): no surname.
        or word.casefold() in _KIN_SPEAKERS
    ):
        return False
    return line_start or record > 0 or _surname_like(word)


def _given_names(words: list[str]) -> int:
    """How many of ``words`` from the first are listed given names."""
    names = gazetteer()
    count = 0
    for word in words:
        norm = _normal(word)
        if not all(p in names["first"] or p in names["ambiguous"] for p in norm.split("-")):
            break
        count += 1
    return count


def _given_only(words: list[str]) -> bool:
    """Whether a found name is given names only: a listed one first, then no initial and no
    surname ("Mona Dorthea", not "Aage E. Rasmussen")."""
    surnames = gazetteer()["surname"]
    return _given_names(words[:1]) == 1 and not any(
        word.endswith(".") or _normal(word) in surnames or _SURNAME_ENDING.fullmatch(_normal(word))
        for word in words[1:]
    )


# Where a line's inverted name may start: the line's start, after a chat's time stamp.
# pii49: a list's bullet ("- Bak, Erik (…)", "- B. Yilmaz (…)") or a log line's time, with
# its date ("2026-05-11 09:05  Vinding-Krog, Benjamin ringer"), at a line's start.
# pii53: or a call note's "kl." time and a dash ("kl. 13.17 – Ravn, Trine Marie (…)").
_ITEM_OR_TIME: Final = (
    r"[ \t]*[-\u2013\u2022*][ \t]+"
    r"|(?:\d{4}-\d\d-\d\d[ \t]+|kl\.[ \t]+)?\d\d?[.:]\d\d[ \t]+(?:[-\u2013][ \t]+)?"
)
_ITEM_OR_TIME_BEFORE: Final = re.compile(rf"(?:^|\n)(?:{_ITEM_OR_TIME})\Z")
_LINE_START_BEFORE: Final = re.compile(rf"(?:^|\n)(?:\[[^\]\n]{{1,20}}\] |{_ITEM_OR_TIME})?\Z")
# pii37: a sentence's start, as a pharmacy's note writes a patient inverted after one
# ("… bestilt medicinen. Iversen-Thy, Bodil kan træffes på …").
_SENTENCE_START_BEFORE: Final = re.compile(r"[a-zæøå]{2}\. \Z")


_DOUBLE_SURNAME: Final = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)+")


def double_surname_after_sentence(source: str, start: int, surname: str, given: list[str]) -> bool:
    """Whether an inverted name with one given name starts a sentence (a lowercase word and
    its full stop before it) with a double surname ("… medicinen. Iversen-Thy, Bodil kan
    træffes"): a sentence's first word is capitalised anyway, so only a hyphenated one, which
    no adverb is ("However, John said"; "Føreren, Hjalte Kragh" has two given words)."""
    return (
        len(given) == 1
        and _DOUBLE_SURNAME.fullmatch(surname) is not None
        and _SENTENCE_START_BEFORE.search(source, max(0, start - 4), start) is not None
    )


# A court's placeholder for a party with its comma ("bestemt F1, Krog, Oda, f. …"): a party's
# name follows, as after a party's noun.
_PLACEHOLDER_BEFORE: Final = re.compile(r"(?<![\w.-])[A-Z]{1,2}\d{1,2}, \Z")


# Who signed or handled a record, right before a name ("Skrevet af Krog, Bjarne Erik (søn)",
# "Godkendt af: Juhl, Anna"): what follows is a name, in either order.
_SIGNED_BY_BEFORE: Final = re.compile(
    r"(?<![\w])(?i:(?:skrevet|godkendt|behandlet|anmodet) af|referent|afbud):?[ \t]+\Z"
)


def _party_before(source: str, start: int) -> bool:
    """Whether a party's noun ("Forurettede "), placeholder ("F1, ") or a signatory's lead
    ("Skrevet af ") stands right before ``start``: any capitalised word there starts an
    inverted name, as at a line's start."""
    if _PLACEHOLDER_BEFORE.search(source, max(0, start - 6), start) is not None:
        return True
    if _SIGNED_BY_BEFORE.search(source, max(0, start - 16), start) is not None:
        return True
    if _LOG_ENTRY_BEFORE.search(source, max(0, start - 8), start) is not None:
        return True
    before = _WORD_THEN_SPACE_BEFORE.search(source, max(0, start - 40), start)
    return before is not None and _lead_noun(before.group().strip())


# pii39: a log's customer and a transfer's payee before an inverted name ("Kunden Bisgaard,
# Carl Peter møder op", "(modtager Munk, Svend Brink)"), besides the roles.
# pii110: an English note's customer ("customer Krog, Ida confirmed …").
_PAYEE_NOUNS: Final = frozenset(("modtager", "modtageren", "payee", "beneficiary", "customer"))


def _lead_noun(word: str) -> bool:
    """Whether a word before an inverted name is a role's, a party's or a payee's noun."""
    folded = word.casefold()
    return _role_word(word) or folded in _PARTY_NOUNS or folded in _PAYEE_NOUNS


# pii32: a role in lower case before an inverted name, as minutes list who was there
# ("Deltagere: formand Abdi, Villads, kasserer Hussein, Poul"), and a log's entry after its
# time and a dash ("kl. 09.40 – Ladefoged, Vibeke, f. …").
_WORD_THEN_SPACE_BEFORE: Final = re.compile(r"(?<![\w.-])[^\W\d_]+[ \u00a0]\Z")
_LOG_ENTRY_BEFORE: Final = re.compile(r"\d[ \t]+[\u2013\u2014-][ \t]+\Z")


def _double_surname_start(source: str, start: int) -> int:
    """Where a double surname begins whose last part starts at ``start`` ("Munk-Frandsens":
    the "M"), when both parts are capitalised; else ``start``."""
    while start > 1 and source[start - 1] == "-" and source[start].isupper():
        begin = start - 1
        while begin and source[begin - 1].isalpha():
            begin -= 1
        if begin == start - 1 or not source[begin].isupper():
            break
        start = begin
    return start


def _given_name_before(source: str, start: int) -> int:
    """Where a listed given name (and a middle name after it) begins right before the
    capitalised word at ``start`` on its line, or ``start`` when none stands there."""
    names = gazetteer()
    begin = start
    for _ in range(2):
        before = _CAPITALISED_BEFORE.search(source, max(0, begin - 40), begin)
        if before is None:
            break
        norm = _normal(before.group().strip())
        if norm in names["first"] or norm in names["ambiguous"]:
            begin = before.start()
        elif begin != start or norm not in names["surname"]:
            break
        else:
            begin = before.start()  # a middle name that is a surname ("Svend Bak Holms")
    if begin == start:
        return start
    first = _normal(source[begin:].split(" ", 1)[0])
    return begin if first in names["first"] or first in names["ambiguous"] else start


# pii77: an initial right before a surname in the genitive ("spærret O. Ebbesens
# oplysninger"), not a double initial's second ("H.C. Andersens eventyr").
_INITIAL_RIGHT_BEFORE: Final = re.compile(r"(?<![\w.])[A-ZÆØÅ]\. \Z")
# pii77: an inverted name's surname and comma before a given name in the genitive ("Winther,
# Gittes oplysninger", "Bisgaard, Olivers forklaring").
_GENITIVE_SURNAME_COMMA: Final = re.compile(r"(?<![\w.-])(?<!, )[A-ZÆØÅ][^\W\d_]+, \Z")


def _initial_or_surname_before(
    source: str, start: int, norm: str, names: dict[str, frozenset[str]]
) -> int:
    """Where a genitive's name at ``start`` begins with an initial before a surname, or with
    an inverted name's surname and comma before a listed given name; ``start`` otherwise."""
    lo = max(0, start - 30)
    if norm in names["surname"] or _SURNAME_ENDING.fullmatch(norm):
        initial = _INITIAL_RIGHT_BEFORE.search(source, lo, start)
        if initial is not None:
            return initial.start()
    if norm in names["first"] or norm in names["ambiguous"]:
        before = _GENITIVE_SURNAME_COMMA.search(source, lo, start)
        if before is not None:
            surname = _normal(before.group()[:-2])
            if all(
                part in names["surname"] and part not in names["first"]
                for part in surname.split("-")
            ):
                return before.start()
    return start


# pii77: a capitalised word with a letter beyond Latin-1 ("Paweł", "Cătălin", "Ayşe").
_BEYOND_LATIN1_BEFORE: Final = re.compile(r"(?:(?<![\w.-])[A-ZÆØÅ][^\W\d_]*\.?|[+]\w+\+?) \Z")
_BEYOND_LATIN1_WORD: Final = re.compile(
    r"(?<![\w-])(?=[^\W\d_]*[^\x00-\xff])[^\W\d_]+(?:-[^\W\d_]+)*"
)


def _name_word_before(source: str, start: int) -> bool:
    """Whether a capitalised word right before ``start`` may end a name, so the surname at
    ``start`` is no inverted name's: not a party's or role's noun, which a ruling writes
    before an inverted name ("Forurettede Raman, Arjun har forklaret")."""
    before = _CAPITALISED_BEFORE.search(source, max(0, start - 40), start)
    return before is not None and not _lead_noun(before.group().strip())


def _plain_inverted_name(source: str, finding: Finding) -> Finding:
    """The finding widened to "Surname, Given names" written without a label (see above),
    unless the surname ends a name before it or a list goes on ("Said Kuznetsova, Else og
    Andrii", "Jensen, Mette og Karl")."""
    start, end = finding.start, finding.end
    before = (
        _SURNAME_BEFORE_COMMA.search(source, max(0, start - 40), start)
        if source.startswith(", ", start - 2)
        else None
    )
    if before is not None and _name_word_before(source, before.start(1)):
        return finding
    if before is not None:
        words = source[start:end].split(" ")
        party = _party_before(source, before.start(1))
        line_start = (
            party
            or _LINE_START_BEFORE.search(source, max(0, before.start(1) - 25), before.start(1))
            is not None
            or double_surname_after_sentence(source, before.start(1), before.group(1), words)
        )
        record = _record_lead(source, before.start(1), end, len(words))
        # pii79: after a role's or a party's noun the surname may be a listed given name that
        # is a listed surname too ("afdelingsleder Yilmaz, Helge orienteret").
        record = max(record, 1) if party else record
        if _plain_surname(before.group(1), line_start, record) and _given_only(words):
            start = before.start(1)
        else:
            before = None
    if before is None:
        if " " in source[start:end]:
            return finding
        after = _GIVEN_NAMES_AFTER.match(source, end)
        if after is None:
            return finding
        words = after.group(1).split(" ")
        if not _given_names(words[:1]):
            return finding
        line_start = (
            _LINE_START_BEFORE.search(source, max(0, start - 25), start) is not None
            or _party_before(source, start)
            or double_surname_after_sentence(source, start, source[start:end], words[:1])
        )
        given = words[: _given_names(words)]
        record = _record_lead(source, start, after.start(1) + len(" ".join(given)), len(words))
        if not _plain_surname(source[start:end], line_start, record) or _name_word_before(
            source, start
        ):
            return finding
        whole = after.end(1)
        end = (
            whole
            if _PLAIN_NAME_END.match(source, whole)
            else after.start(1) + len(" ".join(words[: _given_names(words)]))
        )
    if not _PLAIN_NAME_END.match(source, end) or _LIST_GOES_ON.match(source, end):
        return finding
    return Finding(finding.entity, start, end, finding.score, finding.recognizer)


# A married woman's maiden name after her name ("Hanne Hansen (født Nielsen)", "Anna
# Andersen, f. Knudsen"): the surname after "født" or "f." in brackets or after a comma, a
# listed or Danish-looking surname, not a date ("f. 12. marts 1941").
_MAIDEN_NAME: Final = re.compile(
    r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?(?=[)\n,.;]|$| [a-zæøå(])"
)
# Each mark's word (a context word of the birth date's: the keyword pass has found it), what
# must stand before it and what after it.
_MAIDEN_MARKS: Final = (("født", ("(", ", "), " "), ("f.", (", ",), " "))


def _maiden_names(scan: Scan) -> Iterator[Finding]:
    """Found where the text's keyword pass (Scan.keywords) found "født" and "f.": no pass
    of its own."""
    source, keywords = scan.source, scan.keywords()
    for word, befores, after in _MAIDEN_MARKS:
        for at in keywords.get(word, ()):
            end = at + len(word)
            if not (
                source.startswith(after, end) and any(source.endswith(b, 0, at) for b in befores)
            ):
                continue
            match = _MAIDEN_NAME.match(source, end + 1)
            if match is not None and _maiden_surname(match.group()):
                yield Finding("PERSON", *match.span(), 0.7, "person")


def _maiden_surname(word: str) -> bool:
    return word.casefold() not in _NOT_NAMES and _surname_like(word)


# "Sr." and "Jr." after a name belong to it ("Poul Erik Madsen Sr.").
_GENERATION_AFTER: Final = (" Sr.", " Jr.", ".")


# Where a name may begin: a line's start, a field's or a quote's mark, or a payee's or
# sender's word ("Modtager: PHAM DUC ANH", "> Kwame Engelbrecht Khalil", "modtager VO THANH
# LONG").
_NAME_PLACE_BEFORE: Final = re.compile(r"(?:^|\n|: |> |(?<![\w-])(?i:modtager|til|fra|som) )\Z")
_CAPITALS_BEFORE: Final = re.compile(r"(?<![\w-])([A-ZÆØÅ]{2,}(?:-[A-ZÆØÅ]{2,})?) \Z")
_TITLE_WORD_BEFORE: Final = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) \Z")
_CAPITALS_AFTER: Final = re.compile(r" ([A-ZÆØÅ]{2,}(?:-[A-ZÆØÅ]{2,})?)(?=[ \t]*(?:[,.\n]|$))")


def _with_words_before(source: str, finding: Finding) -> Finding:
    """The finding widened over the given and middle names the lists lack before it, where
    the name begins a line, field or payee ("PHAM DUC ANH", "VO THANH LONG" of which only
    the listed "DUC ANH" was found; "Kwame Lund Mahmoud" of which the surname), and in
    capitals over a last name after it that ends the line ("KARL-EMIL ØSTERGAARD NOWAK"):
    two words at most before, none a role's, firm's or street's. Capitals count so in a
    text not written in capitals; a capitalised name only before a single listed surname."""
    start, end = finding.start, finding.end
    if start == 0 or source[start - 1] != " ":
        return finding  # most names: one look
    text = source[start:end]
    upper = text.isupper()
    if not upper and text.count(" ") == 1:
        return _unlisted_given_before(source, finding)
    if not upper and (" " in text or _normal(text) not in gazetteer()["surname"]):
        return finding
    if upper and source.isupper():
        return finding
    pattern = _CAPITALS_BEFORE if upper else _TITLE_WORD_BEFORE
    begin = start
    for _ in range(2):
        before = pattern.search(source, max(0, begin - 30), begin)
        # pii31: nor a sentence word before a surname ("Kontakt Grys ægtefælle", a given
        # name's genitive that is also a listed surname).
        if (
            before is None
            or _not_a_name_word(before.group(1))
            or before.group(1).casefold() in _NOT_FIRST_NAMES
        ):
            break
        begin = before.start(1)
    if (begin == start and not upper) or not _NAME_PLACE_BEFORE.search(
        source, max(0, begin - 12), begin
    ):
        return finding
    if upper:
        after = _CAPITALS_AFTER.match(source, end)
        if after is not None and not _not_a_name_word(after.group(1)):
            end = after.end(1)
    if begin == start and end == finding.end:
        return finding
    return Finding(finding.entity, begin, end, finding.score, finding.recognizer)


# pii49: a first given name the lists lack before a listed given name and a surname, where a
# list's item or a log line begins ("- Ayşe Kristine Demir, tlf. …", "08:44  Ngozi Marie
# Okafor ringer") or a line's name stands before a bracket ("Hodan Marie Karimi (patient-id
# …)"), as people with roots elsewhere carry a Danish middle name.
_GIVEN_AT_LINE_START: Final = re.compile(rf"(?:^|\n)({_ITEM_OR_TIME})?([A-ZÆØÅ][^\W\d_A-ZÆØÅ]+) \Z")


def _unlisted_given_before(source: str, finding: Finding) -> Finding:
    """The two-word ``finding`` widened over an unlisted first given name before it at a
    line's start (_GIVEN_AT_LINE_START): only before a listed given name, and at a bare
    line's start only where a bracket follows the name."""
    start = finding.start
    lo = start - 40 if start > 40 else 0
    # Most names stand further into their line: one look settles them.
    if lo and source.rfind("\n", lo, start) < 0:
        return finding
    before = _GIVEN_AT_LINE_START.search(source, lo, start)
    if before is None or (before.group(1) is None and not source.startswith(" (", finding.end)):
        return finding
    word = before.group(2)
    names = gazetteer()
    if (
        _normal(source[start : source.index(" ", start)]) not in names["first"]
        or word.casefold() in _NOT_FIRST_NAMES
        or _not_a_name_word(word)
        or _organisation_word(word)
    ):
        return finding
    return Finding(finding.entity, before.start(2), finding.end, finding.score, finding.recognizer)


def _not_a_name_word(word: str) -> bool:
    """Whether a capitalised word is a greeting's, role's, firm's or street's, no name's."""
    folded = word.casefold()
    return (
        folded in _GREETING_WORDS
        or folded in _LEAD_PHRASE_SET
        or folded in _ROLE_WORD_SET
        # (_role_word's compounds, without its call: this runs for many words)
        or (len(folded) > 7 and folded.endswith(_ROLE_ENDINGS))
        or _no_speaker_word(word)
    )


def _no_speaker_word(word: str) -> bool:
    """Whether a word of a speaker tag or header is no name's: an everyday word, a role's, a
    street's or a firm's."""
    return (
        word.casefold() in _NOT_NAMES
        or word.casefold() in _SPEAKER_ROLES
        or word.lower() in _STREET_WORDS
        or _organisation_word(word)
    )


def _with_generation(source: str, finding: Finding) -> Finding:
    """The finding widened over "Sr."/"Jr." (or only its dot, read as a word already)."""
    end = finding.end
    if not source.startswith(_GENERATION_AFTER, end):
        return finding  # most names: one look
    if source.startswith(".", end):
        if source[end - 3 : end] not in (" Sr", " Jr"):
            return finding
        end += 1
    else:
        end += 4
    return Finding(finding.entity, finding.start, end, finding.score, finding.recognizer)


# pii88: the initial any Latin capital, as names of Turkish, Polish or Balkan origin give it
# ("Hodan Ş.", "Mette Ć.", "Aksel Ö." signing a letter or a case list's row).
_LATIN_CAPITALS: Final = "A-ZÀ-ÖØ-ÞĆČĐŁŃŘŚŞŠŹŻŽİĞ"
# One or two initials right before a surname ("J. Hansen", "H.C. Holm", pii88: "Ö. Dam"), not
# after a letter, digit or dot ("kl. Hansen" has a lowercase word).
_INITIALS_BEFORE: Final = re.compile(rf"(?<![\w.])(?:[{_LATIN_CAPITALS}]\.){{1,2}} ?\Z")
# A middle initial and the surname after a name ("Mette K. Jensen"), or a trailing initial
# at the end of a field or line ("MobilePay Jonas K."), before a chat speaker's colon or a
# bracket (pii79: "[08:07] Aage L.: Hej", "Afhentet af: Erik A. (ven af familien)").
_INITIAL_AFTER: Final = re.compile(
    rf" [{_LATIN_CAPITALS}]\.(?: ([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)*)"
    r"|(?=[ \t]*(?:[\n\t,):]|$)| \()"
    # pii77: or before a field's slash, a sentence's full stop or a genitive's apostrophe
    # ("Kunde: Jesper W. / tlf. …", "kaldte sig Louise F.. Der …", "Susanne L.' oplysninger").
    r"|(?= / |\.(?!\w)|['’] [a-zæøå])"
    # pii86: or before a verb's past tense, as a fraud log names who acted ("NOTE: Kirsten A.
    # ringede kunden op"; _PAST_TENSE's shape).
    r"|(?= [a-zæøå]{2,}ede(?![\w])))"
)
# A genitive's "s" and a relative or a thing of theirs after it ("Almas mor").
_GENITIVE_NOUNS: Final = (
    r"mor|far|søn|soen|datter|søster|soester|bror|skole|mand|kone|kæreste|barn|børn"
    r"|forældre|onkel|tante|bedstemor|bedstefar|farmor|farfar|mormor|morfar|klasselærer"
    r"|veninde|ven|kammerat|lejlighed|værelse|fødselsdag|konto|telefon|mobil|oplysninger"
    # What is the person's own and who lives next door ("fra Karolines egen konto", "Majas
    # nabo i røret").
    r"|egen|eget|egne|nabo"
    # What a party says, files or holds in legal papers ("Ifølge Birthes forklaring", "Sannes
    # påstand:", "Knuds anmeldelse", "Oplysninger fra Idas bank", "på Eriks vegne").
    r"|forklaring|påstand|anmeldelse|bank|advokat|fuldmagt|dødsbo|bo|vegne|klage|sag"
    r"|underskrift|erklæring|bopæl|arvinger|værge|forsvarer"
    # What a fraud team passes on about a customer ("Vidersender fra Emils henvendelse",
    # "Nadias adresse er …").
    r"|henvendelse|adresse|e-mail|mail|nummer|kort|bil"
    # What care and social workers note of a citizen's affairs ("bekymret for Grethes
    # økonomi", "Jyttes fødselsdato fremgår", "Bodils medicin").
    r"|økonomi|fødselsdato|pension|medicin|netbank|lejemål"
    # What business fraud takes over or changes of an employee's ("Leifs mailkonto blev
    # overtaget", "Jelenas lønkonto ændret", "Nadias nærmeste leder bekræftede ikke").
    r"|mailkonto|lønkonto|nærmeste"
    # What a relative or the bank has seen of a victim's money ("Jeg har set Agnetes
    # kontoudtog", "Kajs kontoudskrift").
    r"|kontoudtog|kontoudskrift"
    # pii31: a victim's spouse, case number and papers in identity-theft cases ("Kontakt
    # Shirins ægtefælle på …", "Ring … med Idas sagsnummer ved hånden", "Krogh-Iversens
    # dokumentation er i orden").
    r"|ægtefælle|sagsnummer|dokumentation"
    # pii70: the adviser who asked a victim for transfers ("Knuds investeringsrådgiver bad om
    # overførsler til …").
    r"|rådgiver|investeringsrådgiver"
    # pii57: a student's grant and study as a helpdesk or study administration notes them
    # ("Louises SU for denne måned", "Omars studie").
    r"|su|studie|uddannelse|studiekort"
    # pii32: what a member puts to a board's or a club's meeting ("Pkt. 2. Vaskeriet⏎Finns
    # forslag: opslag …", "Karens spørgsmål om kontingent", "Omars indlæg").
    r"|forslag|spørgsmål|indlæg|bemærkning|kommentar|indsigelse"
    # pii33: what a DPO's log hands out or refuses of a deceased customer's ("udlevering af
    # Kaspers data afvist") and what an heir's chat names of theirs ("Iris' børn").
    r"|data|personoplysninger|kundeprofil"
    # pii34: what a young person loses to a scammer ("Ngocs billeder er blevet delt", "Omars
    # Steam-konto", "Kacpers Counter-Strike 2-konto", "Emirs profil").
    r"|billeder|profil|\w+(?:-\w+)?(?: \d+)?-konto"
    # pii36: in-laws and grandchildren, who pay or are called for a victim ("Vibekes
    # svigersøn har betalt …").
    r"|svigersøn|svigerdatter|svigermor|svigerfar|svigerforældre|barnebarn|børnebørn"
    # pii37: a pharmacy's note of who collected a patient's medicine ("Pouls hjemmehjælper
    # … ringede").
    r"|hjemmehjælper|hjemmehjælperen"
    # pii40: an old victim's memory and health, as a relative writes to the bank ("Fatimas
    # hukommelse er ikke som før").
    r"|hukommelse|helbred"
    # pii41: a victim's card details typed into a fake payment page ("Astas kortoplysninger
    # blev tastet ind").
    r"|kortoplysninger"
    # pii42: a buyer's receipt and whose name a car is registered in ("Frejas kvittering
    # viste …", "registreret i Malthes navn", a chat's "still registered to Malthes name").
    r"|kvittering|navn|name"
    # pii43: a business login a fraudster used ("som ifølge banken er Eriks gamle login").
    r"|login"
    # pii46: a sole trader's business, staff, books and user, as a fraud report on a small
    # firm names them ("Valdemars firma fik en falsk faktura", "Jakobs medarbejder Arjun
    # bekræfter", "Hoas bogholder er orienteret", "login med Emils bruger").
    r"|firma|medarbejder|kollega|bogholder|bruger|pårørende"
    # pii47: a volunteer's list of what was handed out ("husk Piotrs liste over udleverede
    # ID-kort").
    r"|liste"
    # pii48: an old resident's computer a scammer reached through AnyDesk and the money a
    # relative writes about ("Saras pc er frakoblet nettet", "Hjælp - Karl-Eriks penge og
    # …").
    r"|pc|computer|tablet|ipad|penge|opsparing|depot|formue"
    # pii50: a guest's stay and booking, a holiday home's owner's house and an employee's
    # salary ("Har I kontaktinfo på Hennings ophold?", "Mehmets hus er spærret", "Kemals løn
    # på 23.321,50 kr. gik i går til …").
    r"|ophold|booking|reservation|hus|sommerhus|feriehus|løn|lønseddel"
    # pii51: a child's or member's lessons, team, fee and membership at a club, riding school
    # or pool ("Sofies ridetime, 450 kr., betalt af forælder …", "Emils kontingent").
    r"|ridetime|ridetimer|svømmetime|svømmetimer|træning|hold|kontingent|medlemskab"
    r"|medlemskort|medlemsnummer|tilmelding|hest|pony"
    # pii53: a member's MitID login given away, as a co-op's export notes it ("Svarede på
    # mailen; Mettes MitID-bruger holmm48 oplyst").
    r"|mitid|nemid"
    # pii55: a building owner's wish and a relative's new number, as a site log and a family
    # chat write them ("Mehwishs ønske om ekstra stikkontakter noteret", "Amirs nye nr er …").
    r"|ønske|ønsker|nr"
    # pii56: a member's family a board rings round and how a fake chairman's mail reads
    # ("Jytte tager sig af Jespers familie", "Det ligner ellers Bentes måde at skrive på").
    r"|familie|måde"
    # pii59: a witness's observations a police report encloses and a child's gamer tag a
    # parent's complaint names ("Theas iagttagelser vedlægges", "Birthes gamer tag er …").
    r"|iagttagelse|iagttagelser|gamer|gamertag"
    # pii60: what a family-law case names of a parent's or child's: their lawyer in the
    # genitive, a new partner, contact, maintenance and a child's after-school care ("Vi
    # har modtaget Karens advokats opgørelse", "henviser til Frejas nye samlever", "betale
    # til Emmas fritidsordning", "Bos samvær med børnene").
    r"|advokats|samlever|samvær|bidrag|børnebidrag|børneopsparing|fritidsordning"
    r"|børnehave|vuggestue|dagpleje|ekskone|eksmand|ekskæreste"
    # pii61: the card a fraudster collected from a victim's home, as a police intake note
    # writes it ("kom en mand og hentede Dorthes betalingskort").
    r"|betalingskort|kreditkort|hævekort|debetkort"
    # pii62: what a DPO's notes name of a data subject's: the account number a mis-sent letter
    # showed, the access blocked after a fraud and the request not yet answered ("brevet viste
    # Zainabs kontonummer …", "Kirstens adgang er spærret", "Emmas anmodning af 15. oktober").
    r"|kontonummer|adgang|anmodning"
    # pii64: a webshop's customer record ("Noteret på Kaspers kundekort"); not its order
    # (a shop's: "Hævningen står som Matas ordre 2935740").
    r"|kundekort"
    # pii69: a payment service or app misused too, as a service centre's note lists them
    # ("Karims Visa/Dankort er også misbrugt", "Bents MobilePay", "Tariqs e-Boks").
    r"|mobilepay|nemkonto|visa|dankort|apple|e-boks"
    # pii72: a claims handler's check of a party's civil registration number ("12.03.26:
    # Karens CPR 0302532202 tjekket mod tidligere skader").
    r"|cpr|cpr-nummer|cpr-nr|personnummer"
    # pii74: whose post a neighbour sees collected and who helped a suspect, as a benefit
    # unit's tip and summary write it ("siger, at Svends post hentes af …", "4. Gudruns
    # medhjælper, Kasper Sloth, brugte …").
    r"|post|medhjælper"
    # pii79: what a customer stated or gave, as a KYC desk's assessment writes it ("Vurdering:
    # Odas oplyste kilde til midler er løn", "Emils angivne indkomst").
    r"|oplyste|angivne"
    # pii79: a customer's landline and accounts, as a bank's letter and its relative's call
    # note write them ("Vi har ikke kunnet ringe til Birthes fastnet", "Vedr.: Majas konti").
    r"|fastnet|konti"
    # pii79: and a fraud team's assessment of a case ("Beslutning: Vibekes vurdering er at
    # kontoen er overtaget").
    r"|vurdering"
    # pii83: a claimant's statement of their loss, as a claims assessor's note names it
    # before its amount ("Hibas opgørelse: kr. 42.074", "Magnus' opgørelse: 21.735 kr.").
    r"|opgørelse"
    # pii86: a member's phone number and contact person, as a lawyer's letter and a
    # conveyancer's note name them ("og Khadras telefonnummer +44 … er ikke i brug",
    # "Marziehs kontakt i banken er orienteret").
    r"|telefonnummer|mobilnummer|kontakt|kontaktperson"
    # pii92: a child's place, class and staff at a daycare or school, as a parent tells a
    # fake caller's threat ("sagde, at Ottos plads ville blive opsagt", "Lilys pædagog").
    r"|plads|pasningsplads|institutionsplads|skoleplads|klasse|pædagog|lærer"
    # pii94: an old customer's hearing and glasses and what a door-to-door seller sold the
    # home, as a complaint board's notes write them ("Birthes hørelse er dårlig", "Bodils
    # solcelleanlæg på 6 kWp kostede …", "Emne: Re: Sag … – Preben solceller").
    r"|hørelse|syn|briller|høreapparat|solcelleanlæg|solceller|varmepumpe|batteripakke"
    r"|isolering|hulmursisolering|loftisolering|kontrakt|aftale"
    # pii97: a customer's rooms and furniture a removal firm moved or a thief reached, as a
    # claim and a police report write them ("Spejlet var revnet i Almas stue", "I Oles
    # depotrum stod også …").
    r"|stue|depotrum|kælderrum|pulterrum|soveværelse|køkken|garage|møbler|flyttekasser"
    # pii100: a person's death and funeral, as a funeral home's or an estate lawyer's note
    # dates what followed them ("Efter Oskars begravelse kom …", "efter Birthes død"), and
    # the drive of a home a witness saw a car in ("Samme bil er set i Emmas opkørsel").
    r"|død|dødsfald|begravelse|bisættelse|mindehøjtidelighed|opkørsel|indkørsel|carport"
    # pii104: a buyer's payment and a sale's papers and warnings, as an auction house and a
    # boat sale's chat write them ("Vi har sammenholdt Piotrs indbetaling med ordren", "kopi
    # af Anne-Maries salgsaftale", "Min datter har læst Bents advarsel").
    r"|indbetaling|betaling|overførsel|salgsaftale|købsaftale|slutseddel|advarsel"
    # pii106: a member's coach, as a gym's note names whose it was ("Sofies træner har
    # aldrig været ansat hos os").
    r"|træner"
    # pii112: a customer's experience a firm apologises for and the card's issuer that opened
    # a chargeback ("Vi beklager, at Nannas oplevelse …", "Bilals kortudsteder har åbnet …").
    r"|oplevelse|oplevelser|kortudsteder|kortudstederen"
)
# pii43: an old or new one of theirs ("Eriks gamle login", "Idas nye konto"); pii100: or
# what was lost or stolen of theirs ("i sagen om Ahmads tabte penge", "Idas stjålne kort").
_GENITIVE_ADJECTIVE: Final = r"(?:gamle |nye |tidligere |tabte |stjålne )?"
_GENITIVE_NOUN: Final = re.compile(rf"s {_GENITIVE_ADJECTIVE}(?:{_GENITIVE_NOUNS})(?![\w])")
_GENITIVE_NOUN_ANY_CASE: Final = re.compile(
    rf"[sS] (?i:{_GENITIVE_ADJECTIVE}(?:{_GENITIVE_NOUNS}))(?![\w])"
)
# The nouns of _GENITIVE_NOUNS made only of word characters, for _genitive_starts, and the
# words _GENITIVE_ADJECTIVE lets stand before them.
_GENITIVE_WORDS: Final = frozenset(
    word for word in _GENITIVE_NOUNS.split("|") if re.fullmatch(r"\w+", word)
)
_GENITIVE_ADJECTIVES: Final = frozenset({"gamle", "nye", "tidligere", "tabte", "stjålne"})
_WORD_RUN: Final = re.compile(r"\w*")


def _double_given_name(parts: list[str], names: dict[str, frozenset[str]]) -> bool:
    """Whether hyphened parts are given names, one at least no everyday word ("Anna-Lise",
    "Karl-Erik"; not "Lise-Bang")."""
    first, ambiguous = names["first"], names["ambiguous"]
    return all(p in first or p in ambiguous for p in parts) and any(p in first for p in parts)


def _genitive_starts(lowered: str) -> list[int]:
    """Where ``_GENITIVE_NOUN.finditer(lowered)`` finds its matches. After an "s " a noun
    made of word characters and followed by none is the whole run of word characters there,
    so the run is looked up in a set; only a run followed by "-" or a space and a digit
    (where "e-mail" or "…-konto" may go on), or an adjective of _GENITIVE_ADJECTIVE ("Eriks
    gamle login"), asks the pattern, which tried its hundred nouns one by one at every "s "
    of the text (redspeed10: 120,000 instructions per dense 2,000 characters)."""
    starts: list[int] = []
    size = len(lowered)
    at = lowered.find("s ")
    while at >= 0:
        # The run of word characters after it (_WORD_RUN's match), read in compiled code
        # rather than by a regex call at each "s " (redspeed14).
        run_end = at + 2
        while run_end < size and _is_word_char(lowered[run_end]):
            run_end += 1
        after = lowered[run_end : run_end + 1]
        end = -1
        word = lowered[at + 2 : run_end]
        if (
            after == "-"
            or (after == " " and lowered[run_end + 1 : run_end + 2].isdigit())
            or word in _GENITIVE_ADJECTIVES  # "Eriks gamle login": the pattern reads on
        ):
            match = _GENITIVE_NOUN.match(lowered, at)
            if match is not None:
                end = match.end()
        elif word in _GENITIVE_WORDS:
            end = run_end
        if end < 0:
            at = lowered.find("s ", at + 1)
        else:
            starts.append(at)
            at = lowered.find("s ", end)
    return starts


# pii33: the genitive of a name ending in s, its apostrophe outside ("Iris' advokat", "Iris'
# kort", "Jonas' børn"), before a relative or what an estate or a bank holds of the person.
# (The eighth blind set writes the apostrophe inside the name, "Lis' telefon": the sets
# disagree, so not before the other nouns.)
_APOSTROPHE_GENITIVE: Final = re.compile(
    r"s['’] (?:mor|far|søn|datter|søster|bror|børn|barn|mand|kone|advokat|bo|dødsbo|arvinger"
    r"|vegne|konto|konti|fastnet|kort|bank|fuldmagt|sag|data)(?![\w])"
)


# pii40: words in capitals after a name in capitals, up to the line's end, a bracket or a
# comma ("mit navn og adresse som på brevet:⏎NOAH BACH STAMPE⏎Strandgårdsvej 1", "ring til
# LAURA DAHL RASK (datter)"): its surnames, which no list need know. Not before a comma: a
# shouted sentence goes on ("FREDERIK TOFT HER, KUNDE HOS JER").
_CAPITAL_WORDS_AFTER: Final = re.compile(
    r"(?: [A-ZÆØÅÄÖÜ]{2,}(?:-[A-ZÆØÅÄÖÜ]{2,})?){1,2}(?=[ \t]*(?:[\n(]|\Z))"
)


# What may stand before a name that opens its line: spaces, or a label and its colon.
_LINE_LABEL: Final = re.compile(r"[ \t]*(?:[^\W\d_][^:\n]{0,29}:[ \t]+)?")


def _with_capitals_after(source: str, finding: Finding) -> Finding:
    """pii40: a name in capitals with the words in capitals after it (_CAPITAL_WORDS_AFTER)
    that end it, none a firm's or an everyday word, in a text not written in capitals."""
    end = finding.end
    if (
        end >= len(source)
        or source[end] != " "
        or not source[finding.start : finding.start + 2].isupper()
        or not source[finding.start : end].isupper()
        # In a text in capitals case says nothing ("HEJ HELLE DET ER FRA NORDEA").
        or source.isupper()
    ):
        return finding
    after = _CAPITAL_WORDS_AFTER.match(source, end)
    if after is None or any(
        _no_speaker_word(word) or _organisation_word(word) for word in after.group().split()
    ):
        return finding
    # In a line written in capitals the words after a name are the sentence's ("SØN RINGEDE
    # OGSÅ – AKSEL HEDDER HAN"): only a name that is its line's whole or a label's value
    # ("UNDERSKRIFT: INGRID BAK-SKOV"), or in a line that has lower case.
    line_start = source.rfind("\n", 0, finding.start) + 1
    line_end = source.find("\n", after.end())
    line = source[line_start : len(source) if line_end < 0 else line_end]
    if line.isupper() and not _LINE_LABEL.fullmatch(line, 0, finding.start - line_start):
        return finding
    return Finding(finding.entity, finding.start, after.end(), finding.score, finding.recognizer)


# pii69: a payment service or account after a name in the genitive, read as the name's last
# word ("Villum Shevchenkos Visa/Dankort", "Ewa Papadopoulos NemKonto er også misbrugt").
_SERVICE_WORDS: Final = frozenset(
    ("nemkonto", "visa", "apple", "mobilepay", "mitid", "dankort", "mastercard", "e-boks")
)


def _without_service_after(source: str, finding: Finding) -> Finding:
    """The name without a payment service's word read as its last (_SERVICE_WORDS)."""
    space = source.rfind(" ", finding.start, finding.end)
    if space < 0 or source[space + 1 : finding.end].casefold() not in _SERVICE_WORDS:
        return finding
    return Finding(finding.entity, finding.start, space, finding.score, finding.recognizer)


def _with_english_genitive(source: str, finding: Finding) -> Finding:
    """pii69: the name with its English genitive's "'s" ("Leila's MobilePay", "Thanh Grace
    Papadopoulos's phone"), which belongs to it as a Danish genitive's "s" does ("Leilas");
    not a longer word after the apostrophe ("O'Brien's" is found whole, "Anna'sk" is none)."""
    end = finding.end
    if (
        source[end : end + 1] in ("'", "’")
        and source[end + 1 : end + 2] == "s"
        and not source[end + 2 : end + 3].isalnum()
    ):
        return Finding(finding.entity, finding.start, end + 2, finding.score, finding.recognizer)
    return finding


def _apostrophe_genitives(source: str) -> Iterator[Finding]:
    """A listed given name ending in s in the genitive before a relative or a thing of theirs
    (_APOSTROPHE_GENITIVE): the name without its apostrophe, capitalised ("Iris' kort")."""
    names = gazetteer()
    for match in _APOSTROPHE_GENITIVE.finditer(source):
        end = match.start() + 1
        start = end
        while start and source[start - 1].isalpha():
            start -= 1
        word = source[start:end]
        if (start and source[start - 1] in "-'’") or not word.istitle():
            continue
        norm = _normal(word)
        if norm in names["first"] or norm in names["ambiguous"]:
            yield Finding("PERSON", start, end, 0.7, "person")


def _with_initial(source: str, finding: Finding, case: str) -> Finding:
    """The finding with a middle initial and its surname ("Mette K. Jensen"), or a trailing
    initial ("Jonas K."), after it; not before a street's or a firm's word."""
    if case == "lower" or source[finding.end + 2 : finding.end + 3] != ".":
        return finding
    after = _INITIAL_AFTER.match(source, finding.end)
    if after is None or _INITIAL_STREET.match(source, finding.end):
        return finding
    surname = after.group(1)
    if surname is not None and (
        surname.lower() in _STREET_WORDS
        or _organisation_word(surname)
        or source.startswith(_STREET_WORD_AFTER, after.end())
        or surname.casefold() in _NOT_NAMES
    ):
        return finding
    # pii79: a double surname after the middle initial ("Jonas K. Bak Jensen").
    end = after.end() if surname is None else _surnames_after(source, after.end())
    return Finding(finding.entity, finding.start, end, finding.score, finding.recognizer)


def abbreviation(word: str) -> bool:
    """Whether a word alone is an abbreviation, not a name, in text that is not all capitals
    and after no greeting or label: three capitals at most, as agents' and systems' initials
    in ticket notes ("SYS: Kort spærret", "/ALB") are, though "Sys" and "Bo" are names
    ("Mvh BO" still signs one)."""
    return 1 < len(word) <= 3 and word.isupper()


def _header_person(words: list[str]) -> bool:
    """Whether a header's display name is a person's: one of its words a listed name or a
    Danish-looking surname ("João Novak", "Aske Bak"), none a firm's, team's or role's word
    ("Card Scheme Disputes", "Danske Bank", "Svindelafdelingen")."""
    lowercase_names = _lowercase_names()
    return not any(
        word.casefold() in _NOT_NAMES
        or word.casefold() in _SPEAKER_ROLES
        or _organisation_word(word)
        # pii77: a team's common noun ("Til: Brugtbasen Tryghed <…>", "Svindelforebyggelse").
        or _noun_speaker(word)
        for word in words
    ) and any(word.lower() in lowercase_names or _SURNAME_ENDING.fullmatch(word) for word in words)


def _surnames_after(source: str, end: int) -> int:
    """Where a name ends that goes on with up to two listed or Danish-looking surnames
    ("Villa Jessen Gregersen", "Sanne Hammer Holm-Nielsen"), not a street's."""
    for _ in range(2):
        after = _CAPITALISED_AFTER.match(source, end)
        if after is None or source.startswith(_STREET_WORD_AFTER, after.end()):
            break
        if not _surname_like(after.group(1)):
            break
        end = after.end()
    return end


def _listed_first_name_before(source: str, names: list[Span], start: int) -> int:
    """Where a listed first name stands right before ``start``, also one that is an
    everyday word ("Frank" before "Mette Rytter", "Sanne" before "Rosenkilde Nørgaard"):
    a name of several words goes back over it. ``names``: the gazetteer's tokens."""
    i = bisect.bisect_left(names, (start,)) - 1
    if i < 0 or names[i][1] != start - 1 or source[start - 1] != " ":
        return start
    begin = names[i][0]
    word = source[begin : start - 1]
    if not word.istitle() or word.lower() in _NOT_FIRST_NAMES:
        return start
    listed = gazetteer()
    return begin if word in listed["first"] or word in listed["ambiguous"] else start


def _role_before(source: str, end: int) -> bool:
    """Whether the word that ends at ``end`` is one of _ROLE_WORDS."""
    return source[_word_start(source, end) : end].casefold() in _ROLE_WORD_SET


def role_between_commas(source: str, lead_end: int, start: int) -> bool:
    """Whether the lead ending at ``lead_end`` is a role between two commas after a name or
    its stand-in ("Lis Lykke, sygeplejerske, Skovbo", "[NAVN], teamleder, Grønnegangen"):
    the word after it names the workplace or unit, not a person."""
    if "," not in source[lead_end:start]:
        return False
    begin = _word_start(source, lead_end)
    return begin >= 2 and source[begin - 2 : begin] == ", " and _role_before(source, lead_end)


def _unlisted_before(source: str, start: int, most: int) -> int:
    """Where up to ``most`` capitalised words of letters the list lacks begin right before
    ``start`` on its line ("Ulrikke" before "Ahmed Mikkelsen"), no sentence, title, relation
    or greeting words ("Kontakt", "Datteren") nor a firm's."""
    begin = start
    for _ in range(most):
        if begin < 3 or source[begin - 1] != " ":
            break
        before = _word_start(source, begin - 1)
        opened = _after_openers(source, before, begin - 1)
        word = source[opened : begin - 1]
        if (
            _UNLISTED_FIRST_NAME.fullmatch(word) is None
            or word.lower() in _NOT_FIRST_NAMES
            or _organisation_word(word)
            or word.lower() in _lowercase_names()
            or _role_word(word)
            # pii48: nor a label that leads a name ("Kontaktperson Noor El-Amin-Hansen").
            or word.lower() in _LEAD_PHRASE_SET
        ):
            break
        begin = opened
        if opened > before:  # an opening quote or bracket
            break
    return begin


# A capitalised word in any Latin script ("Çelik", "Fernández", "Ólafsdóttir"): a first letter
# that is no lowercase one of ASCII or Latin-1, then letters that are no capitals of them.
# pii35: a Scottish or Irish "Mc" before the capital ("Fiona McCrae").
_NAME_WORD: Final = (
    r"(?:Mc)?[^\W\d_a-zß-öø-ÿ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[^\W\d_a-zß-öø-ÿ][^\W\d_A-ZÀ-ÖØ-Þ]+)?"
)
# Listed surnames common enough that a capitalised word before one is a first name even when
# the list lacks it ("Paiman Petersen"): the patronymics and farm names.
_COMMON_SURNAME: Final = re.compile(r"(?:sen|søn|gaard|gård)$")
# pii90: in any Latin letters ("Sólveig Kristine Ravnsborg", "Çağla Marie Holm").
_UNLISTED_LOWER: Final = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_UNLISTED_FIRST_NAME: Final = re.compile(
    rf"[{_LATIN_CAPITALS}]{_UNLISTED_LOWER}{{2,}}(?:-[{_LATIN_CAPITALS}]{_UNLISTED_LOWER}+)?"
)
# Separate words that end a street's name ("Carl Nielsens Allé", "Vilhelm Carlsens Vej"):
# the names before them are the street's namesake, not a person in the text.
_STREET_WORDS: Final = frozenset(
    (
        *("vej", "vejen", "allé", "alle", "alléen", "stræde", "strædet"),
        *("boulevard", "plads", "pladsen", "torv", "torvet", "vænge", "vænget", "park"),
        *("parken", "passage", "brygge", "sti", "stien"),
    )
)
_STREET_WORD_AFTER: Final = tuple(f" {word.capitalize()}" for word in _STREET_WORDS)


# Endings that make one capitalised word a street's name, not a surname ("Enghavevej",
# "Præstevænget"; "Toft" and "Bakke" are surnames as well as endings).
_STREET_WORD_ENDINGS: Final = (
    *("vej", "vejen", "gade", "allé", "alle", "stræde", "strædet", "vænge", "vænget"),
    *("plads", "pladsen", "torv", "torvet", "parken", "boulevard", "boulevarden"),
)


def street_word(word: str) -> bool:
    """Whether one word is a whole street name: a longer word ending as streets do."""
    lowered = word.lower()
    return any(
        lowered.endswith(ending) and len(lowered) >= len(ending) + 3
        for ending in _STREET_WORD_ENDINGS
    )


def _street_name_ends(words: list[str]) -> bool:
    """Whether the capitalised words after a first name end a street's name: a street word
    ("Niels Bohr Allé", "Vilhelm Carlsens Vej"), or "Gade", which is a surname too, after a
    genitive ("Hans Tavsens Gade"; "Emma Gade" is a person)."""
    lowered = [word.lower() for word in words]
    return not _STREET_WORDS.isdisjoint(lowered) or any(
        word == "gade" and previous.endswith("s") for previous, word in pairwise(lowered)
    )


# Capitalised words before a surname that are no first name: sentence words, titles, trades
# and relations ("Kontakt Petersen", "Ifølge Jensen", "Advokat Nielsen").
_NOT_FIRST_NAMES = (
    _NOT_NAMES
    | _NOT_STREET_WORDS
    | frozenset(
        (
            *("kontakt", "ifølge", "spørg", "ring", "skriv", "hilsen", "tak", "familien"),
            *("firmaet", "firma", "butikken", "bageriet", "brødrene", "søstrene", "ægteparret"),
            *("direktør", "advokat", "læge", "tandlæge", "dr", "professor", "formand"),
            *("minister", "borgmester", "pastor", "præst", "kaptajn", "mr", "mrs", "ms", "miss"),
            *("contact", "call", "ask", "email", "mail", "sms", "mor", "far", "onkel", "tante"),
            *("bror", "søster", "nabo", "naboen", "kollega", "kollegaen", "sagsbehandler"),
            *("datteren", "sønnen", "moren", "faren", "manden", "konen", "hustruen", "kæresten"),
            *("barnebarnet", "svigersønnen", "svigerdatteren", "enken", "boet", "afdøde"),
            *("rådgiver", "medarbejder", "mester", "murer", "tømrer", "maler", "el", "auto"),
            *("hej", "kære", "dear", "mvh", "vh", "hi", "hello", "navn", "name"),
            # pii58: "Kære" written without its "æ" ("Kaere Poul Kragh").
            "kaere",
            *_ROLE_WORDS,
        )
    )
)
# After one word under a speaker or field label: a sentence going on ("Kunde: Pengene gik",
# "Kunde: Ja, det er …", "Kunde: Nummeret 4700 …", "Kunde: Reg.nr. …") or another label
# ("Navn: ⏎Beskrivelse: …"), not a name.
_UTTERANCE_AFTER: Final = re.compile(r",? [a-zæøå]|[!:]|\.(?:\S| \d)| \d| [A-Z]{2}\d")
# pii85: but a record's next field after the comma ("Chauffør: Hamza, bil SJ 39 799",
# "Medarb.: Gry, kl. 10.15", "Opkald fra: Line, tlf. 51936785"): the name ends its field.
_NEXT_FIELD: Final = r", (?:kl\.|tlf\.|tlf|bil|mobil|født|f\.) "
_NEXT_FIELD_AFTER: Final = re.compile(_NEXT_FIELD)
_FROM_UNIT_AFTER: Final = re.compile(r" fra [A-ZÆØÅ]")
# A name's lower-case particles ("Mohammad Ali bin Omar", "Jose Miguel de los Santos",
# "Mary Grace dela Rosa", "Ahmad al-Hassan").
_NAME_PARTICLE: Final = (
    r"(?:bin|ibn|binti|dela|de los|de la|van der|von|van|de|la|le|da|di|du|al|el)"
)
# A chat export's time stamp before its speaker: "[21:22] ", WhatsApp's "[14.03.26,
# 10:22:31] ", and a marketplace's or Messenger's "28. mar. 14.20 · ".
_CHAT_STAMP: Final = (
    r"\[\d\d[:.]\d\d\] |\[\d\d?[./-]\d\d?[./-]\d\d(?:\d\d)?,? \d\d?[:.]\d\d(?:[:.]\d\d)?\] "
    r"|\d\d?\. [a-zæøå]{3,4}\.? \d\d?[:.]\d\d · "
    # pii34: an exported DM thread's date and time before a dash or a bar ("05.01.26 15:45 —
    # Merle 🌸: …", "2026-02-10 19:51 | Kofi 🌸: …").
    r"|\d\d?\.\d\d\.\d\d(?:\d\d)? \d\d?:\d\d [—–] |\d{4}-\d\d-\d\d \d\d?:\d\d \| "
    # pii60: Android WhatsApp's and Signal's export, date, comma, time and a hyphen
    # ("21.02.26, 16:19 - Nini: …", "13/09/2023, 16:39 - Jojo: …"), as a family-law case
    # file encloses an ex-partners' chat.
    r"|\d\d?[./]\d\d?[./]\d\d(?:\d\d)?, \d\d?[:.]\d\d - "
)
# An emoji a display name carries between it and the colon ("Mette 🌸: …"): the emoji is no
# part of the name.
_EMOJI_AFTER_NAME: Final = r"(?: [^\w\s:.,;!?()\[\]'\"-]{1,4})?"
_SPEAKER_TAG: Final = re.compile(
    rf"(?:> )?({_CHAT_STAMP})?((?:[A-ZÆØÅŁ]\. )?(?>{_NAME_WORD})"
    # pii104: a middle initial between ("[19:29] Hodan K. Yilmaz: Han udgav sig …").
    rf"(?: (?:{_NAME_PARTICLE} |[{_LATIN_CAPITALS}]\. )?(?>(?:(?:al|el)-)?{_NAME_WORD})){{0,3}}"
    # pii79: a support agent's surname's initial ("[08:07] Aage L.: Hej, du skriver med …"),
    # pii88: in any Latin capital ("[10:17] Signe Ć.: nyt kort …").
    rf"(?: [{_LATIN_CAPITALS}]\.)?)"
    # After the speaker: a colon, or a middle dot and a time (not a listing's price).
    rf"(?={_EMOJI_AFTER_NAME}(?:: | · [0-2]?\d[:.][0-5]\d(?!\d)))"
)
_EMOJI_GAP: Final = re.compile(_EMOJI_AFTER_NAME)


# A work chat's message header on a line of its own: Teams' time, "Surname, Given name" and
# the team in brackets ("[22:13] Heilmann, Kwame (Svindelteam)"), Slack's display name and
# time after two spaces ("Mai Le  12:29").
_TEAMS_HEADER: Final = re.compile(
    rf"(?m)^\[[0-2]?\d[:.][0-5]\d\] ({_NAME_WORD}(?: {_NAME_WORD})?, {_NAME_WORD}"
    rf"(?: {_NAME_WORD})?) \([^()\n]{{2,40}}\)[ \t]*$"
)
_SLACK_HEADER: Final = re.compile(
    rf"(?m)^({_NAME_WORD}(?: {_NAME_WORD}){{0,3}})[ \t]{{2,}}[0-2]?\d[:.][0-5]\d[ \t]*$"
)


# What a Teams header ends with (its team's bracket) and opens its line with, and the gap
# before a Slack header's time.
_TEAMS_END, _TEAMS_END_OF_TEXT, _LINE_OPENING_BRACKET, _DOUBLE_SPACE = map(
    _needle, (") ", ")\n", "\n[", "  ")
)


def _message_headers(scan: Scan) -> Iterator[Finding]:
    """The author of each message header in a Teams or Slack paste (_TEAMS_HEADER,
    _SLACK_HEADER): a name of two words at least, or a listed first name alone; none a
    role's, team's or firm's word."""
    source, holds = scan.source, scan.holds
    for pattern, mark in ((_TEAMS_HEADER, _TEAMS_END), (_SLACK_HEADER, _DOUBLE_SPACE)):
        if not holds(mark) and (mark != _TEAMS_END or not holds(_TEAMS_END_OF_TEXT)):
            continue
        # A Teams header opens its line with "[" (its "^" is tried at every position).
        if mark == _TEAMS_END and not (source.startswith("[") or holds(_LINE_OPENING_BRACKET)):
            continue
        for match in pattern.finditer(source):
            words = match.group(1).replace(",", "").split(" ")
            if any(map(_no_speaker_word, words)):
                continue
            if len(words) == 1 and _normal(words[0]) not in gazetteer()["first"]:
                continue
            if not any(map(_listed_name_part, words)):
                continue  # "[10:00] Møde, Aarhus (Kontor)"
            yield Finding("PERSON", *match.span(1), 0.85, "person")


def _listed_name_part(word: str) -> bool:
    """Whether a capitalised word is a listed given name or surname, or a Danish-looking
    surname, in each of its hyphen's parts."""
    names = gazetteer()
    return all(
        part in names["first"]
        or part in names["ambiguous"]
        or part in names["surname"]
        or _SURNAME_ENDING.fullmatch(part) is not None
        for part in _normal(word).split("-")
    )


# A chat's speaker typed in lower case ("[08:01] rasmus: mor har du fået …", "ellen: …"):
# one word, a name only if the lists know it (_lowercase_speaker). pii39: or more after a
# time stamp ("[15:08] bilal rahimi-damgaard: …", "[08:05] le thi ngoc: …"); pii40: up to
# four ("[22:15] jørgen krarup storm: hi i need a loan").
# pii49: with the letters of names from elsewhere ("kerem doğan", "björn").
_LOWER_SPEAKER_WORD: Final = (
    r"[a-zß-öø-ÿ][a-zß-öø-ÿ\u0100-\u017f]+(?:-[a-zß-öø-ÿ][a-zß-öø-ÿ\u0100-\u017f]+)?"
)
_LOWERCASE_SPEAKER_TAG: Final = re.compile(
    rf"(?:> )?({_CHAT_STAMP})?({_LOWER_SPEAKER_WORD}(?: {_LOWER_SPEAKER_WORD}){{0,3}})"
)


def _speaker_tag_matches(source: str) -> Iterator[re.Match[str]]:
    """_SPEAKER_TAG at the start of the lines whose speaker ends at a ": " or " · " at most
    80 characters in: found from those marks (str.find), not by trying every line; its
    words are atomic, so a line of sentence words fails without backtracking."""
    for mark in (": ", " · ") if "·" in source else (": ",):
        at = source.find(mark)
        while at >= 0:
            line = source.rfind("\n", 0, at) + 1
            # At most a quote mark, a time stamp (a marketplace's takes four spaces) and
            # five words before it.
            if at - line <= 80 and source.count(" ", line, at) <= 9:
                match = _SPEAKER_TAG.match(source, line, at + 9)
                # A lowercase tag opens its line with a lowercase letter, "> " or a time
                # stamp, never a capital (redspeed18: most lines' first word has one).
                if match is None and mark == ": " and not _upper_at(source, line):
                    match = _LOWERCASE_SPEAKER_TAG.match(source, line, at)
                if match is not None and (
                    match.end(2) == at or _EMOJI_GAP.fullmatch(source, match.end(2), at)
                ):
                    yield match
            at = source.find(mark, at + 2)


# Speaker tags that name a role, not a person (the roles of chats, calls and marketplaces)
# and labels of forms and letters written the same way.
_SPEAKER_ROLES: Final = frozenset(
    (
        *("kunde", "kunden", "medarbejder", "rådgiver", "opkalder", "sælger", "køber", "agent"),
        *("svindelafdelingen", "banken", "support", "system", "bot", "chat", "anmelder"),
        *("klager", "modtager", "afsender", "fra", "til", "emne", "sendt", "dato", "adresse"),
        *("beskrivelse", "navn", "telefon", "mobil", "beløb", "kortnummer", "vidner", "bilag"),
        *("cc", "re", "sv", "vs", "fw", "note", "notat", "svar", "spørgsmål", "tidsrum"),
        # An English form's or CRM export's field labels ("Contact Name: …", "Case Owner:").
        *("name", "number", "owner", "address", "desk", "status", "category", "amount"),
        # pii110: a log's contact field after its time stamp ("2026-03-01 09:05 | Kontakt:
        # navn@example.dk / …").
        *("kontakt", "contact"),
    )
)
# A team's channel or an integration posting in a chat ("[12:24] Overvågning: …",
# "[09:10] Vagttelefon: …"): one word with a common noun's ending, not a listed name
# ("Henning").
_NOUN_ENDINGS: Final = (
    *("ning", "ningen", "telefon", "telefonen", "vagt", "vagten", "else", "elsen", "hed"),
    *("heden", "tion", "tionen", "skab", "skabet", "alarm", "alarmen", "bot", "botten"),
    # pii100: a clinic's notes on where to park and meet ("Parkering: brug P-huset …",
    # "Mødested: klinikken på …"), each twice in a booking's mail.
    *("ering", "eringen", "sted", "stedet"),
)


# A log's entry after its time stamp ("[14:30] Udleveret: kontooplysninger …", "[09:02]
# Modtaget: …", "Godkendt:"): a past participle's ending, not a listed name.
_PARTICIPLE_ENDINGS: Final = ("eret", "aret", "taget", "ttet", "kket", "endt", "afvist", "ført")


def _noun_speaker(word: str) -> bool:
    lowered = word.lower()
    return (
        lowered.endswith(_NOUN_ENDINGS) or lowered.endswith(_PARTICIPLE_ENDINGS)
    ) and lowered not in _lowercase_names()


# A role's speaker tag typed with two letters swapped ("Kundseervice", "Knude"): the same
# letters as a role's, and no listed name.
_ROLE_LETTERS: Final = frozenset(
    "".join(sorted(role)) for role in (*_SPEAKER_ROLES, "kundeservice") if len(role) >= 5
)


def _misspelt_role(word: str) -> bool:
    lowered = word.lower()
    letters = "".join(sorted(lowered))
    return (letters in _ROLE_LETTERS or letters in _kin_letters()) and (
        lowered not in _lowercase_names()
    )


@cache
def _kin_letters() -> frozenset[str]:
    """pii60: the letters of the relatives' speaker tags (_KIN_SPEAKERS) of five letters or
    more, so a typo's "Farfra: …" beside "Farfar: …" in a family's chat export is no name."""
    return frozenset("".join(sorted(kin)) for kin in _KIN_SPEAKERS if len(kin) >= 5)


_HEADER_LABELS: Final = frozenset(("From", "To", "Cc", "Fra", "Til"))
# No speaker counted (fewer than three tags): read only, never updated.
_NO_SPEAKERS: Final[Counter[str]] = Counter()
# An e-mail's display name before its address ("Fra: Ayesha Qureshi <ayeshaqureshi@…>",
# "Deltagere⏎Jintana Wongsawat <jwongsawat@…>", "YILMAZ, Huseyin <huseyinyilmaz@…>"):
# capitalised words with lower-case particles ("Ahmad al-Hassan", "Mary Grace dela Rosa"),
# or the register's "Surname, Given name", taken when one of its words stands in the
# address's own part: the mailbox is named after its owner, which no role's or shop's
# display name before a personal address is.
_DISPLAY_PARTICLE: Final = (
    r"(?:al|el|bin|ibn|abu|dela|de los|de la|van der|von|van|de|la|le|da|di|du)"
)
_DISPLAY_WORD: Final = rf"(?:(?:al|el|El|Al)-)?{_NAME_WORD}"
_DISPLAY_NAME: Final = re.compile(
    rf"(?:{_DISPLAY_WORD},[ \t]+{_DISPLAY_WORD}(?: {_DISPLAY_WORD})?"
    rf"|{_DISPLAY_WORD}(?: (?:{_DISPLAY_PARTICLE} )?{_DISPLAY_WORD}){{1,4}})"
)
_ADDRESS_OPENS: Final = re.compile(r"[ \t]*<(?:mailto:)?([\w.+-]+)@")
# pii76: or written in capitals, as a pharmacy's system prints a customer's name ("Fra:
# INGEFRED THYGESEN <ingefredthy@example.dk>"): two to four words, one of them in the mailbox.
_CAPITALS_DISPLAY_NAME: Final = re.compile(
    r"[A-ZÆØÅÀ-ÖØ-Þ][A-ZÆØÅÀ-ÖØ-Þ'-]+(?: [A-ZÆØÅÀ-ÖØ-Þ][A-ZÆØÅÀ-ÖØ-Þ'-]+){1,3}"
)
_DISPLAY_CUT: Final = re.compile(r"(?m).*(?:[;>]|^[^\W\d_][\w ()-]{0,30}:)[ \t,]*")
_ASCII_FOLD: Final = str.maketrans("ıİłŁøØæÆåÅđĐ", "iIlLoOaAaAdD")


def _ascii_letters(text: str) -> str:
    """``text`` lowercased with its accents and the letters without one folded to ASCII."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD).lower())
    return "".join(char for char in decomposed if "a" <= char <= "z")


def _display_names(source: str) -> Iterator[Finding]:
    """The persons' display names before e-mail addresses (_DISPLAY_NAME)."""
    at = source.find("<")
    while at >= 0:
        address = _ADDRESS_OPENS.match(source, at - 1 if at and source[at - 1] in " \t" else at)
        if address is not None:
            line = source.rfind("\n", 0, at) + 1
            head = _DISPLAY_CUT.match(source, line, at)
            lo = head.end() if head is not None else line
            while lo < at and source[lo] in " \t":
                lo += 1
            hi = at
            while hi > lo and source[hi - 1] in " \t":
                hi -= 1
            name = _DISPLAY_NAME.fullmatch(source, lo, hi) or _CAPITALS_DISPLAY_NAME.fullmatch(
                source, lo, hi
            )
            if name is not None and _owns_mailbox(name.group(), address.group(1)):
                yield Finding("PERSON", lo, hi, 0.9, "person")
        at = source.find("<", at + 1)


# pii32: a chat's mention of a member ("@karen kan du tage børnene?", "@Signe var det dig
# der skrev?", "@Thi Hoa", "@Ana Lucía Fernández Ruiz"): a listed given name right after an
# "@" that opens a word (an e-mail address's "@" follows its mailbox), the "@" no part of
# it, with the capitalised words after it (Danish capitalises no common noun). Not a handle
# that goes on ("@karen.holm", "@karen_dk") nor a word that is no name ("@alle").
_MENTION: Final = re.compile(r"@([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w@-]|[.'’]\w)")
_CAPITAL_WORD_AFTER: Final = re.compile(
    r" ([^\W\d_a-zß-öø-ÿ][^\W\d_]*(?:-[^\W\d_]+)?)(?![\w@-]|[.'’]\w)"
)


def _mentioned(word: str) -> bool:
    """Whether a word after "@" is a listed given name, in any case."""
    if word.casefold() in _NOT_NAMES or word.casefold() in _ROLE_WORD_SET:
        return False
    names = gazetteer()
    return all(p in names["first"] or p in names["ambiguous"] for p in _normal(word).split("-"))


def _mentions(source: str) -> Iterator[Finding]:
    """The persons a chat mentions with "@" (_MENTION)."""
    at = source.find("@")
    while at >= 0:
        if at == 0 or not (source[at - 1].isalnum() or source[at - 1] in "._-+@"):
            match = _MENTION.match(source, at)
            if match is not None and _mentioned(match.group(1)):
                end = match.end(1)
                for _ in range(3):
                    word = _CAPITAL_WORD_AFTER.match(source, end)
                    if word is None or (
                        len(word.group(1)) < 2
                        or word.group(1).casefold() in _NOT_NAMES
                        or word.group(1).casefold() in _ROLE_WORD_SET
                        or _organisation_word(word.group(1))
                    ):
                        break
                    end = word.end(1)
                yield Finding("PERSON", match.start(1), end, 0.7, "person")
        at = source.find("@", at + 1)


# pii41: a person's name before their e-mail address in brackets, alone or after a role
# ("rettes til Ida Holm (ida.h@…)", "Ole Bak (sælger, olebak@…, tlf. …)"): two or three
# capitalised words right before the bracket, one of which the mailbox holds (_owns_mailbox).
_BRACKET_MAIL_OPEN: Final = re.compile(r"\([^()\n@]{0,30}\Z")
_NAME_BEFORE_BRACKET: Final = re.compile(
    rf"(?<![\w-])((?>{_NAME_WORD})(?: (?>{_NAME_WORD})){{1,2}}) \Z"
)
_MAILBOX_START: Final = re.compile(r"[\w.+-]+\Z")


def _bracketed_mail_names(source: str) -> Iterator[Finding]:
    """The names before e-mail addresses in brackets (_NAME_BEFORE_BRACKET)."""
    at = source.find("@")
    while at >= 0:
        local = _MAILBOX_START.search(source, max(0, at - 40), at)
        if local is not None:
            bracket = _BRACKET_MAIL_OPEN.search(source, max(0, local.start() - 31), local.start())
            if bracket is not None:
                opens = bracket.start()
                name = _NAME_BEFORE_BRACKET.search(source, max(0, opens - 70), opens)
                if name is not None:
                    words = name.group(1).split(" ")
                    # The first of three words only when the mailbox holds it too ("Kontakt
                    # Ida Holm (ida.holm@…)" names Ida Holm).
                    if len(words) == 3 and not _owns_mailbox(words[0], local.group()):
                        words = words[1:]
                    text = " ".join(words)
                    if _owns_mailbox(text, local.group()):
                        end = name.end(1)
                        yield Finding("PERSON", end - len(text), end, 0.8, "person")
        at = source.find("@", at + 1)


# pii76: a name of two or three words, then a comma and the person's own e-mail address, as
# a case's user line or a signature lists them ("Bruger: ida bundgaard, bundgaard_ida@…",
# "Fra: Brugtbasen Trust & Safety, Signe Juul, signe.j@example.dk"): the name opens its line,
# follows a label's colon or a comma.
_NAME_BEFORE_COMMA_MAIL: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=: )|(?<=, ))([^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*){1,2}), \Z"
)


def _comma_mail_names(source: str) -> Iterator[Finding]:
    """pii76: the names right before ", " and an e-mail address whose mailbox holds one of
    their words (_owns_mailbox), one of them a listed name."""
    names = gazetteer()
    at = source.find("@")
    while at >= 0:
        local = _MAILBOX_START.search(source, max(0, at - 40), at)
        if local is not None and source.startswith(", ", local.start() - 2):
            name = _NAME_BEFORE_COMMA_MAIL.search(source, max(0, local.start() - 60), local.start())
            if name is not None:
                text = name.group(1)
                # All its words capitalised or all in lower case: a lowercase word before
                # capitalised ones is a role ("Kontaktperson: databeskyttelsesrådgiver Magnus
                # Gregersen, …"), which the name recogniser leaves out.
                cases = {word[0].isupper() for word in text.split(" ")}
                listed = len(cases) == 1 and any(
                    _normal(word) in names["first"] or _normal(word) in names["surname"]
                    for word in re.split(r"[ -]+", text)
                )
                if listed and _owns_mailbox(text, local.group()):
                    yield Finding("PERSON", name.start(1), name.end(1), 0.8, "person")
        at = source.find("@", at + 1)


def _owns_mailbox(name: str, local: str) -> bool:
    """Whether a word of ``name`` (three letters or more) stands in the address's ``local``
    part, and none is an organisation's, a role's or a word that is no name."""
    words = [word for word in re.split(r"[ ,-]+", name) if word]
    if any(
        word.casefold() in _NOT_NAMES
        or word.casefold() in _SPEAKER_ROLES
        or word.casefold() in _ROLE_WORD_SET
        or _organisation_word(word)
        for word in words
    ):
        return False
    mailbox = _ascii_letters(local)
    return any(len(folded) >= 3 and folded in mailbox for folded in map(_ascii_letters, words))


_HEADER_NAME: Final = re.compile(
    rf"((?>{_NAME_WORD})(?: (?>{_NAME_WORD})){{1,2}})(?=[ \t]*(?:<|\n|$))"
)
# A chat's greetings and slang after a lowercase name ("yo hiba hej du har vundet", "yo luka
# wanna trade?", "yo mila yo bro"): the name ends before them (pii34).
_CHAT_WORDS: Final = frozenset(("hej", "hey", "hi", "yo", "bro", "wanna", "hejsa", "hallo"))
_LOWERCASE_NAME_RUN: Final = re.compile(
    r"((?:[a-zæøåéü]+(?:-[a-zæøåéü]+)?)(?: [a-zæøåéü]+(?:-[a-zæøåéü]+)?){0,3}?)"
    # pii70: or a quotation's end (a quality log's engine words: "mit navn er lone bonde"").
    r"(?=[ \t]*(?:[\n,.;:!?\"”]|$| og | and | \+?\d"
    # A transcript's sentence going on ("mit navn er anker pedersen født …", "det er tage
    # pilgaard jeg ringer …"), a speaker's filler after the name ("det er bent sådan jeg
    # ringer", "det er leif øhm", "hvad hedder det") or a signature's phone ("mvh emil tlf …").
    r"| (?:født|jeg|der|som|fra|ringer|i dag|han|hun|mit|min|venlig"
    r"|siger|sagde|skriver|på|vi|du|sådan|øh|øhm|altså|ikke|hvad|tlf|telefon|mobil"
    # pii112: a chat's "hej det er omar her, …", "hi, tariq bak here, …": no name's part.
    r"|her|here)(?![\w])))"
)
# pii83: a verb's past tense after the name ends it ("Medarbejderen troels ulriksen klikkede
# fra RM-PC-…"): a word of five letters or more ending in "ede", as no later name part does.
_PAST_TENSE: Final = re.compile(r"[a-zæøå]{2,}ede")
_TITLE_BEFORE: Final = re.compile(r"(?i:\bhr\.|\bfru|\bmr\.|\bmrs\.|\bms\.) $")
# Name particles ("Julie von Eyben", "Piotr van der Berg", "Magnus de la Cour", Faroese
# "Bjørg av Reyni", "Rannvá á Rógvu"): counted only
# before a capitalised word, at most two in a row.
_PARTICLES: Final = frozenset(
    (
        *("von", "van", "der", "den", "de", "la", "le", "du", "da", "di", "del", "ter", "av"),
        # Faroese "við" and "úr" too ("Turið við Á", "Jógvan úr Dímun").
        *("á", "í", "við", "úr"),
    )
)
_PARTICLE_WORDS: Final = "|".join(sorted(_PARTICLES))
_NAME_AFTER_LEAD: Final = re.compile(
    # pii41: whose word the name is, between the lead and it ("Kontohaveren hedder ifølge
    # banken Ole Bak", "Kontohaver ifølge kvitteringen: Ole Bak"), and a numbered label's
    # number ("Vidne 2: Ole Bak").
    r"(?:[ \t]+ifølge[ \t]+[a-zæøå]+|[ \t]\d{1,2}(?=:))?"
    # An initial before an unlisted surname ("ved navn G. Nørskov").
    # pii34: a label's role in brackets before its colon ("Indberetter (forælder): …").
    rf"(?:[ \t]+(?:er|is)[ \t]+|(?:[ \t]\((?:forælder|værge|mor|far)\))?"
    rf"[ \t]*[:,]?[ \t]*\n?[ \t]*\n?[ \t]*)((?:[A-ZÆØÅ]\. )?{_NAME_WORD}"
    # A surname with an apostrophe after a capital ("O'Brien", "D'Angelo").
    rf"(?: (?:(?:{_PARTICLE_WORDS}) ){{0,2}}(?:[A-Z]['’])?{_NAME_WORD}){{0,2}})(?![\w-])"
)
# Leads that are verbs too: a name's lead only before a colon ("Betaler: Kaj Fenger").
_VERB_LEADS: Final = (
    *("betaler", "Betaler", "BETALER", "behandler", "Behandler", "BEHANDLER"),
    # pii48: "regarding" names a person only as a letter's label ("Vedrørende: Ib Kragh"), not
    # in a sentence ("vedrørende Elvion Trade").
    *("vedrørende", "Vedrørende", "VEDRØRENDE"),
    # pii85: a phone note's caller ("Opkald fra: Line, tlf. …"), not a call from a firm
    # ("opkald fra Danske Bank").
    *("opkald fra", "Opkald fra", "OPKALD FRA"),
)


def _verb_lead(source: str, lead_end: int) -> bool:
    """Whether the lead ending at ``lead_end`` is one of _VERB_LEADS as a word of its own
    ("Din sagsbehandler er …" ends in one but is a role's noun)."""
    for verb in _VERB_LEADS:
        if source.endswith(verb, 0, lead_end):
            begin = lead_end - len(verb)
            return begin == 0 or not source[begin - 1].isalpha()
    return False


# A courtesy title with its full stop between a greeting and a name ("Dear Mr. Fairfax").
_COURTESY_TITLES: Final = ("Mr.", "Mrs.", "Ms.", "Dr.", "Hr.", "Fru.", "Frk.", "MR.", "MRS.", "MS.")
# Lowercase ASCII letters other than "e" and "i" (the first of "er" and "is").
_LOWER_NOT_E_OR_I: Final = frozenset("abcdfghjklmnopqrstuvwxyz")
_SAINT_BEFORE: Final = ("Sankt ", "Skt. ", "Skt ", "St. ")
_CLOSINGS: Final = ("hilsen", "mvh", "vh", "regards")
# Words that make a name before them an organisation's ("Peter Larsen Kaffe", "Lars Larsen
# Group", "Carl Hansen & Søn", "Georg Jensen A/S") and banks' names after a signature.
_ORGANISATION_WORDS: Final = frozenset(
    (
        *("group", "holding", "kaffe", "copenhagen", "denmark", "danmark", "design", "invest"),
        *("consult", "consulting", "aps", "international", "shop", "fonden", "fond", "skole"),
        *("nykredit", "lunar", "spar", "arbejdernes", "sparekassen", "vestjysk", "landsbank"),
        *("handelsbanken", "merkur", "totalkredit", "realkredit", "mobilepay", "postnord"),
        # Brothers' firm ("Brdr. Kjærsgaard A/S", "Brødrene Hansen").
        *("brdr", "brødrene"),
        # A fake investment platform signing its mail ("Med venlig hilsen⏎Zenith FX
        # Markets", "Bluewave Crypto Desk", "… Capital", "… Trading").
        *("fx", "markets", "crypto", "desk", "trading", "capital", "exchange"),
        # pii48: and its trade, its wealth and its legal form abroad ("en platform ved navn
        # Elvion Trade", "Beneficiary: Northgate Wealth Ltd").
        *("trade", "wealth", "ltd", "limited", "inc", "llc", "plc", "gmbh"),
        # pii34: a shop's or platform's service desk ("Svar fra Spilkælderen kundeservice").
        *("kundeservice", "kundeservicen", "support"),
        # pii76: a marketplace's trust-and-safety team signing or receiving mail ("Til:
        # Brugtbasen Tryghed <t***@…>", "Trust & Safety").
        *("tryghed", "trygheden", "sikkerhed", "sikkerheden", "safety", "trust"),
        # pii69: a fake helpdesk a scammer claims to call from ("[NAVN] fra Visa Help").
        "help",
        # pii47: a parish's council after the parish, in lowercase ("Kasserer, Skovby
        # menighedsråd").
        *("menighedsråd", "menighedsrådet", "menighedsrådets"),
        # pii55: a police district that took down a report ("Rapport optaget af Fyns
        # Politi").
        *("politi", "politikreds"),
        # pii85: a chain's shop where a SIM was swapped ("skiftet i Kystnet Butik Nørrebro").
        *("butik", "butikken"),
    )
)
_ORGANISATION_AFTER: Final = re.compile(
    r" (?:& ?(?:Co|Søn|Sønner|Døtre)\b|&|A/S|ApS|I/S|K/S|P/S|IVS|(?i:"
    + "|".join(sorted(_ORGANISATION_WORDS))
    + r")(?![\w/]))"
)
# Danish businesses and institutions named after a person, as merchants and senders of
# statements write them ("hos Harald Nyborg", "Forhandler: Georg Jensen").
_NAMED_ORGANISATIONS: Final = frozenset(
    (
        *("harald nyborg", "georg jensen", "ole lynggaard", "carl hansen", "lars larsen"),
        *("peter larsen", "louis poulsen", "kay bojesen", "mads nørgaard", "peter beier"),
        *("jacob jensen", "malene birger", "henrik vibskov", "niels brock", "anders and"),
        "irma",  # a supermarket chain and parcel shop
        "a.p. møller",  # A.P. Møller - Mærsk, A.P. Møller Holding
    )
)
_INITIAL_STREET: Final = re.compile(
    r" [A-ZÆØÅ]\. (?:[^\W\d_]+ ){1,2}(?i:" + "|".join(sorted(_STREET_WORDS | {"gade"})) + r")(?!\w)"
)


# pii56: the last word of a church's, a mosque's, a homework café's, a scout group's or a
# warm room's name, which is often a person's or a place's ("Ansgar Kirke", "Imam Ali
# Moskéen", "Niels Bohr Lektiecafé", "Spejdergruppen Tordenskjold", "Varmestuen Fyrtårnet",
# "Grønlandske Venner Aalborg"): a name with one of them is the community's.
_COMMUNITY_ENDINGS: Final = (
    *("kirke", "kirken", "kirkes", "moské", "moskéen", "moske", "moskeen", "synagoge"),
    *("synagogen", "menighed", "menigheden", "lektiecafé", "lektiecaféen", "lektiecafe"),
    *("café", "caféen", "varmestue", "varmestuen", "spejdergruppe", "spejdergruppen"),
    *("venner", "vennerne", "madbank", "madbanken", "kloster", "klostret"),
)


# Endings of banks' and firms' names and of words for a firm ("Advokatfirmaet Larsen",
# "Sparekassen Kronjylland").
_ORGANISATION_ENDINGS: Final = (
    *("bank", "banken", "kredit", "kasse", "kassen", "firma", "firmaet"),
    # Departments and units that sign letters ("Med venlig hilsen" / "Sekretariatet",
    # "HR-afdelingen", "Borgerservice") and institutions named after a person ("Niels Bohr
    # Institutet", "Karen Blixen Museet", "H.C. Andersen Airport"), Danish and English.
    *("sekretariat", "sekretariatet", "afdeling", "afdelingen", "kontor", "kontoret"),
    *("team", "teamet", "center", "centret", "centeret", "service", "enhed", "enheden"),
    *("ledelse", "ledelsen", "direktion", "direktionen", "bestyrelse", "bestyrelsen"),
    *("redaktion", "redaktionen", "administration", "administrationen", "forvaltning"),
    *("forvaltningen", "udvalg", "udvalget", "nævn", "nævnet", "styrelse", "styrelsen"),
    *("ministerium", "ministeriet", "kommune", "kommunen", "regionen", "selskab", "selskabet"),
    *("forening", "foreningen", "hospital", "hospitalet", "sygehus", "sygehuset", "klinik"),
    *("klinikken", "institut", "institutet", "instituttet", "museum", "museet", "skole"),
    *("skolen", "gymnasium", "gymnasiet", "universitet", "universitetet", "bibliotek"),
    *("biblioteket", "teater", "teatret", "lufthavn", "lufthavnen", "airport", "kirke"),
    *("kirken", "kollegium", "kollegiet", "akademi", "akademiet", "planetarium", "stadion"),
    *("hotel", "hotellet", "institute", "university", "school", "college", "foundation"),
    *("department", "office", "centre", "forsikring", "observatorium", "observatoriet"),
    # A pension fund ("Sydhavn Pension: Din engangskode …") and a letter's signing role
    # compounded ("Med venlig hilsen" / "Databeskyttelsesrådgiveren, …").
    *("pension", "pensionskasse", "pensionskassen", "rådgiveren", "ansvarlige"),
    # The bookkeeping that signs a reminder ("Med venlig hilsen" / "Debitorbogholderiet").
    *("bogholderi", "bogholderiet"),
    # pii86: an estate agent's firm that signs its mail ("Venlig hilsen" / "Boligmægleren
    # Fjordhus", "Mæglerhuset Ådalen").
    *("mægler", "mægleren", "mæglerhus", "mæglerhuset"),
    # pii49: a pharmacy and a GP's practice ("Apoteket Nord ringer", "Lægehuset Vest").
    *("apotek", "apoteket", "lægehus", "lægehuset", "praksis", "praksissen"),
    # An English unit's name ("Fraud Operations | Fyrtårn Tele") and a function that
    # approves ("Godkendt af Compliance").
    *("operations", "compliance"),
    # pii59: a supervisory authority a complaint greets ("Kære Dansk Spiltilsyn",
    # "Finanstilsynet", "Spillemyndigheden").
    *("tilsyn", "tilsynet", "myndighed", "myndigheden"),
    # A sports club that is the injured party of a fraud ("Forurettet: Boldklubben Vestby
    # IF", "Golfklubben", "Tennisklub Øst").
    *("klub", "klubben"),
    # pii97: a housing association, a photographer's studio, a manor or depot named as a
    # place in the definite ("Herregården …", "Depotgården"), a coach or car hire and a
    # venue's rooms, as a complaint greets them or a booking's mail is sent to them
    # ("Kære Vestbo Almene Boliger", "Til: Lysbilledet Foto <booking@…>", "Festbussen
    # Nord", "Veteranbiler Syd", "Holm & Co Selskabslokaler"). No surname ends so: a
    # farm's surname is "-gård"/"-gaard", never "-gården".
    *("boliger", "foto", "gården", "bussen", "busser", "biler", "lokaler"),
    # pii100: a lawyers' firm named as a house or as its lawyers, as an estate's account
    # and a lawyer's mail sign it ("Bobestyrer: Advokathuset Arvegaarden", "Boadvokaterne
    # Vest, tlf. …"): no name ends in "-huset" (pii49's "Lægehuset", pii86's "Mæglerhuset"
    # were two of them).
    *("huset", "advokater", "advokaterne"),
    # pii47: a parish signs a church's mail ("Kasserer, Lyngå Sogns menighedsråd", "skrev
    # til Vor Frelsers Sogn").
    *("sogn", "sogns", "sognet"),
    # pii56: churches, mosques, homework cafés and other communities named after a person
    # or a place (_COMMUNITY_ENDINGS).
    *_COMMUNITY_ENDINGS,
)


# The same capitalised words come back in every text: their answers are kept (a trie regex
# of the endings would be as fast per word but cost a millisecond of every start).
@lru_cache(maxsize=4096)
def _organisation_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in _ORGANISATION_WORDS or lowered.endswith(_ORGANISATION_ENDINGS)


# A company's legal form one or two capitalised words after a name ("Ole Krogh Transport
# ApS", "ANDERS KOFOED REVISION APS", "Bent Nielsen Biler A/S") on the same line; pii94: a
# word with a hyphen too ("Skyd E-løbehjul ApS").
_FORM_AFTER_WORDS: Final = re.compile(
    r"(?: [A-ZÆØÅ](?:[^\W\d_]+|-[^\W\d_]+)+){1,2} (?:A/S|ApS|APS|I/S|IVS|K/S|P/S)(?![\w/])"
)
_NEXT_WORD: Final = re.compile(r" [^\W\d_]+")


def _named_with_next_word(source: str, start: int, end: int) -> bool:
    """Whether a name and the word after it make a listed business or institution named
    after a person ("NIELS BROCK" on a receipt, where only "NIELS" was found)."""
    following = _NEXT_WORD.match(source, end)
    return following is not None and source[start : following.end()].lower() in _NAMED_ORGANISATIONS


# Cars whose make reads as a given name and whose model as a surname, as a seller, a dealer's
# chat and a witness name them ("Til salg: Kia Niro, 2017", "prøvekøre en Kia Niro EV", "en
# mørk Mercedes Vito", "Alfa Romeo Giulia"): a make, then one of the models by name (pii42's
# "Mercedes C 220" with a designation: _product_name). A make alone stays a possible name
# ("Kia skrev i går"). (pii79: the list of pii56's and pii76's cars and pii77's variants.)
_MODEL_MAKES: Final = frozenset(
    (
        *("kia", "tesla", "toyota", "nissan", "mazda", "hyundai", "skoda", "škoda", "ford"),
        *("mercedes", "volvo", "renault", "dacia", "opel", "peugeot", "citroën", "citroen"),
        *("honda", "suzuki", "seat", "cupra", "fiat", "volkswagen", "vw", "audi", "porsche"),
        *("alfa", "aston", "rolls"),
    )
)
_MODEL_NAMES: Final = frozenset(
    (
        *("niro", "ceed", "sportage", "picanto", "rio", "stonic", "sorento", "xceed", "soul"),
        *("optima", "venga", "carens"),
        *("yaris", "corolla", "aygo", "rav4", "leaf", "micra", "juke", "qashqai", "ioniq"),
        *("kona", "tucson", "octavia", "fabia", "kodiaq", "enyaq", "superb", "focus"),
        *("fiesta", "kuga", "puma", "mustang", "vito", "sprinter", "clio", "zoe", "captur"),
        *("megane", "mégane", "duster", "sandero", "jogger", "corsa", "astra", "mokka"),
        *("jazz", "civic", "swift", "vitara", "leon", "ibiza", "arona", "ateca", "born"),
        *("golf", "polo", "passat", "tiguan", "touran", "taycan", "macan", "cayenne"),
        # The makes' second words ("Mercedes Benz Sprinter", "Alfa Romeo", "Aston Martin").
        *("benz", "romeo", "martin", "royce"),
    )
)


def _car_model(source: str, start: int, end: int) -> bool:
    """Whether the name found is a car's make and model (_MODEL_MAKES, _MODEL_NAMES): its
    first two words, a trim or variant after them ("Kia Niro EV", "Kia Ceed SW"), or its one
    word and the word after it ("Kia" found in "en Kia Niro")."""
    words = source[start:end].casefold().split()
    if len(words) == 1:
        following = _NEXT_WORD.match(source, end)
        if following is None:
            return False
        words.append(following.group()[1:].casefold())
    return len(words) >= 2 and words[0] in _MODEL_MAKES and words[1] in _MODEL_NAMES


_CVR_AFTER: Final = re.compile(r",? \(?(?i:cvr)(?![^\W\d_])")


# pii82: an address line with its postcode ("Kalvebod Plads 12, 1560 København V").
_ADDRESS_LINE: Final = re.compile(r"[^\n]{2,50} \d{1,3}[^\n]{0,20}, [1-9]\d{3} [^\n]{2,30}")


def _firm_over_its_address(source: str, start: int, end: int) -> bool:
    """pii82: whether the name fills its line over an address line whose organisation's CVR
    or 70/80 number follows it (_COMPANY_NUMBER_AFTER): a signature's firm over its own
    address ("Mvh" ⏎ "Bilglas Syd" ⏎ "Kalvebod Plads 12, 1560 København V" ⏎ "Tlf. 70 …")."""
    if not source.startswith("\n", end) or (start > 0 and source[start - 1] != "\n"):
        return False
    line = _ADDRESS_LINE.match(source, end + 1)
    return line is not None and _COMPANY_NUMBER_AFTER.match(source, line.end()) is not None


def _given_name_in(name: str) -> bool:
    """Whether a word of the name is a listed given name (or one that is also a word)."""
    names = gazetteer()
    return any(
        _normal(word) in names["first"] or _normal(word) in names["ambiguous"]
        for word in name.split()
    )


def _organisation(source: str, start: int, end: int) -> bool:
    """Whether the name found is a business's or an institution's (_NAMED_ORGANISATIONS, or
    a firm's or institution's word after it: "Niels Bohr Institutet") or begins a street's
    after an initial ("Thomas B. Thriges Gade")."""
    # Its first two words may name it, a branch's or a line's name after them ("hos Harald
    # Nyborg Odense").
    if " ".join(source[start:end].lower().split(" ", 2)[:2]) in _NAMED_ORGANISATIONS:
        return True
    if _car_model(source, start, end):
        return True
    # pii77: a firm's registration number right after it ("Forsikringstager: Kattegat
    # Linjen, CVR-nr. 24668230", "Lagerhuset Taulov (CVR 38785775)"), unless a given name
    # is in it: a sole trader's firm is its owner's name ("Ole Hansen, CVR …", "Ansøger:
    # Landmand Kaj Holm (CVR-nr. …)"). pii82: or its address and numbers under it
    # (_firm_over_its_address); a doctor's name over the surgery's is the doctor's.
    if (
        _CVR_AFTER.match(source, end) is not None or _firm_over_its_address(source, start, end)
    ) and not _given_name_in(source[start:end]):
        return True
    # Every pattern below begins with a space after the name: a name that ends its line,
    # clause or sentence asks none of them (redspeed12: five regex calls).
    if not source.startswith(" ", end):
        return False
    # _FORM_AFTER_WORDS, _INITIAL_STREET and _CAPITALISED_AFTER need a capital after the
    # space (the last one after one more space too): most names go on in lower case
    # (redspeed14: three regex calls fewer).
    capital = source[end + 1 : end + 2] in _DANISH_CAPITALS
    if (
        _named_with_next_word(source, start, end)
        or _ORGANISATION_AFTER.match(source, end) is not None
        or (
            capital
            and (
                _FORM_AFTER_WORDS.match(source, end) is not None
                or _INITIAL_STREET.match(source, end) is not None
            )
        )
    ):
        return True
    if not capital and not (
        source.startswith("  ", end) and source[end + 2 : end + 3] in _DANISH_CAPITALS
    ):
        return False
    after = _CAPITALISED_AFTER.match(source, end)
    # pii69: a payment service is a person's too ("Bents MobilePay er også misbrugt").
    return (
        after is not None
        and _organisation_word(after.group(1))
        and after.group(1).casefold() not in _SERVICE_WORDS
    )


def _monarch(source: str, end: int) -> bool:
    """Whether a regnal number follows the name: a monarch's, and the streets and buildings
    named after one ("Christian IX's Gade", "Frederik VII's Gade")."""
    # (The pattern begins with a space: a regex call only where one follows.)
    return source.startswith(" ", end) and _REGNAL_AFTER.match(source, end) is not None


# "I" alone is also the pronoun ("Hej Mette I er velkomne"): only with "'s" or a full stop.
_REGNAL_AFTER: Final = re.compile(r" (?:(?:[IVX]{2,5}|V|X)(?:'s|s|\.)?|I(?:'s|\.))(?![\w'])")


# (A scan may double the space: "Sagsbehandler, Nordhavn  Sparekasse".)
_CAPITALISED_AFTER: Final = re.compile(r" {1,2}([A-ZÆØÅ][^\W\d_]*(?:-[^\W\d_]+)*)")
# The capitals of "[A-ZÆØÅ]".
_DANISH_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


# The ranks and titles a romance scammer's alias carries ("Sgt. James Walker", "Major Mark
# Bradley", "Lt. Col. Grace Mercer", "Engr. Frank Holloway", "Kaptajn …") and honorifics: no
# part of the name, and a given name and a surname after one are a name even where the lists
# know neither ("Grace Caldwell") or the given name is also a word ("Mark", "Frank").
_ALIAS_TITLE: Final = (
    r"(?:Lt\. Col\.|Major|General|Captain|Capt\.|Colonel|Col\.|Lt\.|Lieutenant|Sergeant"
    r"|Sgt\.|Engr\.|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Kaptajn|Oberst|Sergent|Løjtnant"
    # pii33: an "inheritance from abroad" mail's lawyer and the deceased it names ("I am
    # Barrister James Ashby", "the late Engineer Asta Overby").
    r"|Barrister|Engineer|Solicitor|Attorney)"
)
_TITLE_AT: Final = re.compile(rf"{_ALIAS_TITLE} (?=[A-ZÆØÅ])")
# (No look-behind first: the title's first letters let the engine skip to where one stands;
# the character before it is tested after the match.)
_TITLED_NAME: Final = re.compile(rf"{_ALIAS_TITLE} ({_NAME_WORD} {_NAME_WORD})(?![\w'-]| [A-ZÆØÅ])")
_TITLE_MARKS_ALL: Final = (
    *("Major ", "General ", "Capt. ", "Captain ", "Col. ", "Colonel ", "Lt. ", "Lieutenant "),
    *("Sergeant ", "Sgt. ", "Engr. ", "Dr. ", "Mr. ", "Mrs. ", "Ms. ", "Prof. ", "Kaptajn "),
    *("Oberst ", "Sergent ", "Løjtnant ", "Barrister ", "Engineer ", "Solicitor "),
    "Attorney ",
)
# Looked for in the scan's one keyword pass (casefolded), not once more per text.
_TITLE_MARKS: Final = Words(mark.casefold() for mark in _TITLE_MARKS_ALL)
_KEYWORDS.update(_TITLE_MARKS.words)


# pii58: a given name in capitals that is also a word ("AAGE", "SIGNE", "KIM") right before a
# surname found in capitals ("…;AAGE HUSSAIN;210740-…", "rapporteret af SIGNE HUSSAIN (…"),
# not inside a line written in capitals (the word before it no capitals' word).
_CAPITAL_GIVEN_BEFORE: Final = re.compile(r"(?<![\w'-])([A-ZÆØÅ]{2,}) \Z")
_CAPITALS_WORD_BEFORE: Final = re.compile(r"[A-ZÆØÅ]{2,}[ \t]*\Z")


def _with_capital_given(source: str, finding: Finding) -> Finding:
    """The finding in capitals widened to a listed or ambiguous given name in capitals
    before it (_CAPITAL_GIVEN_BEFORE), unless capitals' words go on before that."""
    start = finding.start
    if start < 3 or source[start - 1] != " " or not source[start : finding.end].isupper():
        return finding  # most names: one look
    before = _CAPITAL_GIVEN_BEFORE.search(source, max(0, start - 20), start)
    if before is None:
        return finding
    names, given = gazetteer(), _normal(before.group(1))
    if given not in names["ambiguous"] and given not in names["first"]:
        return finding
    if _CAPITALS_WORD_BEFORE.search(source, max(0, before.start(1) - 20), before.start(1)):
        return finding  # "RING TIL KIM HUSSAIN": a line in capitals
    return Finding(finding.entity, before.start(1), finding.end, finding.score, finding.recognizer)


def _with_chat_initial(source: str, finding: Finding) -> Finding:
    """pii57: a chat speaker's surname's initial after the given name, both in lowercase as
    a parents' group chat shows them ("[15:28] bente e: Tak."): part of the name."""
    end = finding.end
    if not source.startswith(":", end + 2) or not source.startswith(" ", end):
        return finding  # most names: two looks
    initial = source[end + 1]
    if not (initial.isalpha() and initial.islower()) or not source.startswith(
        "] ", finding.start - 2
    ):
        return finding
    return Finding(finding.entity, finding.start, end + 2, finding.score, finding.recognizer)


def _without_title(source: str, finding: Finding) -> Finding:
    """The finding without a rank or title it begins with ("Major Michael Pemberton")."""
    if not source.startswith(_TITLE_MARKS_ALL, finding.start):
        return finding  # most names: one look
    title = _TITLE_AT.match(source, finding.start)
    if title is None or title.end() >= finding.end:
        return finding
    return Finding(finding.entity, title.end(), finding.end, finding.score, finding.recognizer)


# pii36: a trade's party named before the name, capitalised at a paragraph's start ("Køber
# Duc Riis (…@example.net) skriver:", "Køber Nadia Nørskov skrev fra …"). Not in _ROLE_WORDS:
# there the words would lead a lowercase name ("køber mikkel gade betalte aldrig") and a chat
# speaker's ("Sælger: Produktkode …").
# pii76: a workshop's trade before a speaker's name ("Mekaniker Malou: Nøglen er kodet om"),
# as a car dealer's case notes quote their staff.
_PARTY_MARKS: Final = (
    *("Køber ", "Køberen ", "Sælger ", "Sælgeren "),
    *("Mekaniker ", "Mekanikeren ", "Værkfører ", "Værkføreren "),
)


_PARTY_WORDS: Final = frozenset(mark.strip().casefold() for mark in _PARTY_MARKS)


def _without_party(source: str, finding: Finding) -> Finding:
    """The finding without a trade's party it begins with ("Køber Nadia Nørskov"), or the
    trade a note's writer signs with (_signs_with_trade: "Dyrlæge Ulrik Dam")."""
    if not source.startswith(_PARTY_MARKS, finding.start) and not (
        _firm_title(source[finding.start : finding.end].split(" ", 1)[0])
        and _signs_with_trade(source, finding.start, finding.end)
    ):
        return finding  # most names: one look
    start = source.index(" ", finding.start) + 1
    if start >= finding.end:
        return finding
    return Finding(finding.entity, start, finding.end, finding.score, finding.recognizer)


def _titled_names(source: str, scan: Scan) -> Iterator[Finding]:
    """A given name and a surname right after a rank or title (_ALIAS_TITLE), neither a
    firm's, street's or everyday word ("General Motors Company" names no one)."""
    if not scan.has_keyword(_TITLE_MARKS):
        return  # most texts: the keyword pass found no title
    names = gazetteer()
    for match in _TITLED_NAME.finditer(source):
        at = match.start()
        if at and (_is_word_char(source[at - 1]) or source[at - 1] in ".-"):
            continue  # inside a word ("FooMajor …")
        words = match.group(1).split(" ")
        if any(_no_speaker_word(word) or word.casefold() in _GREETING_WORDS for word in words):
            continue
        # A rank spelled out is also a word ("General Motors", "Major League"): only before a
        # listed given name; an abbreviated one ("Sgt.", "Dr.") before any.
        if "." not in source[match.start() : match.start(1)] and not (
            _normal(words[0]) in names["first"] or _normal(words[0]) in names["ambiguous"]
        ):
            continue
        yield Finding("PERSON", *match.span(1), 0.7, "person")


# A name in capitals as the value a label gives, in text not in capitals: a money transfer's
# or platform's payee ("Navn: GREGORY MERCER", "beneficiary GRACE REDFORD.", "name GRACE
# CALDWELL"), an account's holder ("Kontohaver: PHAM VAN LONG · Konto …"), a report's party
# ("Anmelder: PHAM VAN LONG, CPR …"); or before the role a list gives it ("2. MARK BRADLEY,
# modtager af overførsel til …"). Two or three words to the line's, field's or sentence's end.
# pii35: a Spanish or Portuguese name's accented capitals too ("LUCÍA FERRER IBÁÑEZ").
# pii90: in any Latin capital, and the surname first before its comma ("ŞAHIN, MEHMET",
# "PETROVIĆ, ANDRÉS").
_CAPITALS_WORD: Final = rf"[{_LATIN_CAPITALS}]{{2,}}(?:-[{_LATIN_CAPITALS}]{{2,}})?"
_CAPITALS_NAME: Final = rf"{_CAPITALS_WORD},?(?: {_CAPITALS_WORD}){{1,2}}"
_CAPITALS_END: Final = r"(?=[ \t]*(?:[,(\n\u00b7]|\.(?:\s|$)|$))"
# Matched at a label the keyword pass found.
_LABELLED_CAPITALS: Final = re.compile(
    r"(?i:navn|name|beneficiary|kontohaver|account holder|anmelder|afsender|modtager"
    # pii35: a card dispute's, a claim's and a complaint's party ("Kortholder: NGUYEN THI HOA").
    r"|kortholder|forsikringstager|klager|kontoinhaber"
    # pii77: the name an ID check read off the document ("Navn på kørekortet: TRINE FALK,").
    # pii90: a gaming account's ID check beside its profile ("Navn på ID: KAJ BAK").
    r"|navn (?:på|i) (?:kørekortet|passet|id-kortet|sundhedskortet|legitimationen|id)):[ \t]*"
    rf"({_CAPITALS_NAME}){_CAPITALS_END}"
    # pii35: a German host's account holder without a colon ("Kontoinhaber FIONA MCCRAE,"),
    # pii90: whom a power of attorney acts for ("på vegne af KAJ BAK (CPR …)").
    rf"|(?i:name|beneficiary|kontoinhaber|på vegne af) ({_CAPITALS_NAME}){_CAPITALS_END}"
)
# Searched before a role the keyword pass found, back to the line's start.
_LISTED_CAPITALS: Final = re.compile(rf"(?:^|\n)\d{{1,2}}\. ({_CAPITALS_NAME}), \Z")
_LISTED_ROLES: Final = ("modtager", "afsender", "kontohaver")
# The labels, looked for in the scan's one keyword pass (casefolded).
_LABELLED_CAPITALS_MARKS: Final = Words(
    (
        *("navn:", "name ", "name:", "beneficiary", "kontohaver", "account holder"),
        *("anmelder:", "afsender", "modtager"),
        *("kortholder:", "forsikringstager:", "klager:", "kontoinhaber"),
        *("navn på kørekortet:", "navn i passet:", "navn på id-kortet:"),
        *("navn på sundhedskortet:", "navn på legitimationen:", "navn på id:", "på vegne af "),
    )
)
_KEYWORDS.update(_LABELLED_CAPITALS_MARKS.words)
# A firm's legal form in capitals ("NORDIC TRADE LTD") and a mask ("XXXX XXXX"): no person.
_FIRM_FORMS: Final = frozenset(
    ("ltd", "llc", "inc", "gmbh", "ab", "as", "oy", "plc", "sa", "bv", "corp")
)


def _labelled_capitals(source: str, scan: Scan) -> Iterator[Finding]:
    """Names in capitals after a payee's, holder's or party's label (_LABELLED_CAPITALS) or
    before such a role in a numbered list (_LISTED_CAPITALS), whose words are no firm's,
    bank's, mask's or everyday word's."""
    # Two words of two capitals or more in a row (the case shape's "AA AA", one bytes.find),
    # and a label: most texts have neither.
    if (
        scan.case_shape().find(b"AA AA") < 0
        or source.isupper()
        or not scan.has_keyword(_LABELLED_CAPITALS_MARKS)
    ):
        return
    found = scan.keywords()
    for word in _LABELLED_CAPITALS_MARKS.words:
        for at in found.get(word, ()):
            if at and (_is_word_char(source[at - 1]) or source[at - 1] == "-"):
                continue  # inside a word ("Betalingsmodtager", "Kundenavn")
            match = _LABELLED_CAPITALS.match(source, at)
            group = 0
            if match is not None:
                group = 1 if match.group(1) is not None else 2
            elif word in _LISTED_ROLES and source.startswith(", ", at - 2):
                match = _LISTED_CAPITALS.search(source, max(0, at - 60), at)
                group = 1
            if match is None:
                continue
            words = match.group(group).split(" ")
            if any(
                _no_speaker_word(part) or part.casefold() in _FIRM_FORMS or not part.strip("X")
                for part in words
            ):
                continue
            yield Finding("PERSON", *match.span(group), 0.7, "person")


# pii77: an identity document's name fields as a scan or a copy renders them, the value in
# capitals on the line under its label (a passport's "Efternavn / Surname⏎NØRGAARD RIBER⏎
# Fornavne / Given names⏎SOL SANNE"), or a driving licence's numbered fields 1 and 2 before
# field 3's birth date ("1. VINTHER⏎2. ASK⏎3. 10.06.1966 RINGKØBING").
_ID_WORD: Final = r"[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*"
_ID_VALUE: Final = rf"{_ID_WORD}(?: {_ID_WORD}){{0,3}}"
_ID_FIELD_NAME: Final = re.compile(
    r"(?m)^[ \t]*(?:Efternavn|Fornavne|Fornavn|Surname|Given names?)"
    r"(?: / (?:Surname|Given names?))?[ \t]*\r?\n"
    rf"[ \t]*({_ID_VALUE})[ \t]*\r?$"
)
_LICENCE_NAME: Final = re.compile(
    rf"(?m)^1\. ({_ID_VALUE})[ \t]*\r?\n2\. ({_ID_VALUE})[ \t]*\r?\n"
    r"3\. \d\d?[./-]\d\d?[./-]\d\d(?:\d\d)?(?!\d)"
)


def _id_document_names(source: str) -> Iterator[Finding]:
    """The names of an identity document's fields (_ID_FIELD_NAME, _LICENCE_NAME), in
    capitals and none of them an everyday or a firm's word."""
    spans: list[tuple[int, int]] = []
    if "Surname" in source or "navn" in source:
        spans += [m.span(1) for m in _ID_FIELD_NAME.finditer(source)]
    if "\n2. " in source:
        for match in _LICENCE_NAME.finditer(source):
            spans += [match.span(1), match.span(2)]
    for start, end in spans:
        value = source[start:end]
        if value.isupper() and not any(
            _no_speaker_word(word) or word.casefold() in _FIRM_FORMS for word in value.split(" ")
        ):
            yield Finding("PERSON", start, end, 0.7, "person")


# pii33: the deceased an estate's papers name in capitals, in either order ("Boet efter
# SVEND VINTHER, CPR …", "Boet efter PHAM, DUC, CPR-nr. …"), to a comma, bracket or line end.
_CAPS_WORD: Final = r"[A-ZÆØÅÄÖÜĆČŠŽ]{2,}(?:-[A-ZÆØÅÄÖÜĆČŠŽ]{2,})?"
_ESTATE_CAPITALS: Final = re.compile(
    rf"(?i:boet|dødsbo|dødsboet) efter ({_CAPS_WORD}(?:,? {_CAPS_WORD}){{1,2}})"
    r"(?=[ \t]*(?:[,(\n]|$))"
)
_ESTATE_MARKS: Final = Words(("boet efter", "dødsbo efter", "dødsboet efter"))
_KEYWORDS.update(_ESTATE_MARKS.words)


def _estate_capitals(source: str, scan: Scan) -> Iterator[Finding]:
    """The deceased in capitals after an estate's lead (_ESTATE_CAPITALS), a listed given
    name among the words (not "boet efter DØDSBOET X")."""
    if not scan.has_keyword(_ESTATE_MARKS):
        return
    names = gazetteer()
    listed = (names["first"], names["ambiguous"])
    for word in _ESTATE_MARKS.words:
        for at in scan.keywords().get(word, ()):
            match = _ESTATE_CAPITALS.match(source, at)
            if match is None:
                continue
            parts = match.group(1).replace(",", "").split(" ")
            if any(_normal(part) in kind for part in parts for kind in listed) and not any(
                map(_no_speaker_word, parts)
            ):
                yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii35: an airline's passenger in its "SURNAME/GIVEN NAMES" form ("1. FOGH/YUSUF HOLGER MR,",
# "MINH DUC/BENT CHD"): one name to the comma or line's end, the title after it left out. A
# title or a listed given name must follow the slash ("CPH/AMS", "TCP/IP" are no person).
_AIRLINE_TITLES: Final = r"MRS|MR|MS|MISS|MSTR|CHD|INF|DR"
_AIRLINE_GIVEN: Final = re.compile(
    rf"/([A-ZÆØÅ]{{2,}}(?: [A-ZÆØÅ]{{2,}}){{0,2}}?)( (?:{_AIRLINE_TITLES}))?(?=[ \t]*(?:[,\n]|$))"
)
_AIRLINE_SURNAME_BEFORE: Final = re.compile(r"(?<![\w/.-])[A-ZÆØÅ]{2,}(?:[- ][A-ZÆØÅ]{2,}){0,2}\Z")


def _slash_before_capital(source: str) -> bool:
    """Whether a "/" stands before one of _AIRLINE_GIVEN's capitals."""
    at = source.find("/")
    while at >= 0:
        if source[at + 1 : at + 2] in _AIRLINE_CAPITALS:
            return True
        at = source.find("/", at + 1)
    return False


_AIRLINE_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _airline_names(source: str) -> Iterator[Finding]:
    """Passengers written "SURNAME/GIVEN" in capitals (_AIRLINE_GIVEN after the slash, the
    surname searched back from it), with a title after them or a listed given name."""
    if not _slash_before_capital(source):
        return  # (the pattern's "/" and capital: redspeed16)
    first = gazetteer()["first"]
    for match in _AIRLINE_GIVEN.finditer(source):
        at = match.start()
        surname = _AIRLINE_SURNAME_BEFORE.search(source, max(0, at - 40), at)
        if surname is None:
            continue
        given = match.group(1).split(" ")
        if match.group(2) is None and not any(_normal(word) in first for word in given):
            continue
        yield Finding("PERSON", surname.start(), match.end(1), 0.8, "person")


def _outside(found: list[Finding], names: list[Finding]) -> list[Finding]:
    """``found`` without what overlaps one of ``names`` (an airline passenger's halves and
    title: "HAIDARI", "ZAINAB MR" read apart), then ``names``."""
    if not names:
        return found
    kept = [f for f in found if not any(f.start < n.end and n.start < f.end for n in names)]
    return sorted([*kept, *names], key=lambda f: f.start)


# pii35: whom a victim says asked for more money ("Bagefter bad Lucía Ferrer Ibáñez om et
# ekstra depositum"): two or three capitalised words between "bad" and "om" and a further sum
# asked for (one word may be a firm's: "bad Booking om"; "bad Nordic Travel om en kvittering"
# asks a firm for a receipt).
_ASKED_BY: Final = re.compile(
    rf"bad ((?>{_NAME_WORD})(?: (?>{_NAME_WORD})){{1,2}}) om "
    r"(?:et |en )?(?:ekstra|yderligere|mere|nyt|ny)\b"
)
_BAD: Final = _needle(" bad ")


def _asked_by(scan: Scan) -> Iterator[Finding]:
    """Names between "bad" and "om" (_ASKED_BY) that hold no firm's or sentence word."""
    if scan.holds(_BAD):
        for match in _ASKED_BY.finditer(scan.source):
            words = match.group(1).split(" ")
            if not any(_organisation_word(word) or _not_a_name_word(word) for word in words):
                yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii39: the name a caller or a fake technician gave, in quotes after "kaldte sig", "kaldt
# sig" or "præsenterede sig som" ("Den ene kaldte sig 'Kofi'.", "havde kaldt sig 'Line fra
# Kystmobil'", "præsenterede sig som 'Aage fra Dansk Energiskifte'"), or opening a call's
# quoted alias with its firm ("opkald fra 'Kaj fra Hedebankens sikkerhedsafdeling'"): a name
# however rare or everyday ("Kaj", "Line"), no firm's or role's word.
# (Matched right after each lead, found by str.find: an alternation of words first gives the
# engine no literal to skip to.)
_QUOTED_ALIAS: Final = re.compile(
    rf"['‘\"“]((?>{_NAME_WORD})(?: (?>{_NAME_WORD}))?)(?=['’\"”]| fra [A-ZÆØÅ])"
)
_CALLER_ALIAS: Final = re.compile(rf"['‘\"“]((?>{_NAME_WORD})) fra [A-ZÆØÅ]")
# pii83: a possessive before a relative in lower case is no given name ("tilhører hans mor",
# "Hans" is one): the lower-case names below may not start with one.
_NO_POSSESSIVE: Final = r"(?!(?:hans|hendes|min|mit|din|dit|sin|sit|vores|jeres|deres) )"
# pii83: a phone note's caller before the number in brackets ("Indgående opkald fra Kai
# (52.55.61.34).", "… fra I. Høj (38 64 37 67)"): a listed given name first or an initial,
# as a firm calling ("opkald fra Skat (70 …)") has neither; a whole name typed in lower case
# or in capitals too ("fra malene rytter ((+45) …)", "fra LINE FROST (33 69 00 12)").
_CALLER_BEFORE_PHONE: Final = re.compile(
    rf"((?:[A-ZÆØÅ]\. )?(?>{_NAME_WORD})(?: (?>{_NAME_WORD}))?"
    rf"|{_NO_POSSESSIVE}[a-zæøå]{{2,}} [a-zæøå]{{2,}}(?:-[a-zæøå]{{2,}})?"
    r"|[A-ZÆØÅ]{2,} [A-ZÆØÅ]{2,}(?:-[A-ZÆØÅ]{2,})?)"
    r" \((?=\(?\+?\d)"
)
# pii83: who forwarded a message, before their phone, as a forwarded SMS's footer writes it
# ("-- videresendt af Lauridsen, tlf +45 …", "… af bettina meldgaard - mobil: …", "… af
# Egholm (+45 38624173)"): a surname alone too, as the phone tells a person; inverted
# ("Clausen, Lise - mobil"); in lower case only with a listed given name first.
_LOWER_NAME_WORD: Final = r"[^\W\d_A-ZÀ-ÖØ-Þ]{2,}"
_FORWARDER_BEFORE_PHONE: Final = re.compile(
    rf"((?:[A-ZÆØÅ]\. )?(?>{_NAME_WORD})(?:,? (?>{_NAME_WORD})){{0,2}}"
    rf"|{_NO_POSSESSIVE}{_LOWER_NAME_WORD}(?: {_LOWER_NAME_WORD}){{1,2}})"
    r"(?=,? (?i:tlf|mobil)|[ \t]+[\u2013-] (?i:mobil|tlf)|[ \t]+\(\(?[+\d])"
)
# pii83: the driver after a car in apposition, as a claim names the other party's ("Modpartens
# bil YV42701, fører samir refslund.", "…, fører S. Sommer."): the name ending the clause, a
# listed given name first or an initial ("Linket fører til …" has no comma before it). And
# whom a profile or account belongs to ("Sælgerprofil tilhører samira just.").
_DRIVER_NAMED: Final = re.compile(
    rf"((?:[A-ZÆØÅ]\. )?(?>{_NAME_WORD})(?: (?>{_NAME_WORD}))?"
    rf"|{_NO_POSSESSIVE}[a-zæøå]{{2,}} [a-zæøå]{{2,}}(?:-[a-zæøå]{{2,}})?)"
    # pii104: or a bracket's end ("Ny adresse: …, 3400 Hillerød (tilhører Y. Vinther)").
    r"(?=[.,;)]|[ \t]*(?:\n|\Z))"
)
# pii104: a log note's writer before the colon ("BOOK-097594  note fra L. Celik: kunden
# ringede …"): the same reading, a listed given name first or an initial.
_NOTE_WRITER: Final = re.compile(rf"((?:[A-ZÆØÅ]\. )?(?>{_NAME_WORD})(?: (?>{_NAME_WORD}))?)(?=: )")
# pii58: the name a romance scammer goes by, in quotes after whom the victim writes with or
# what the victim calls them ("har i 8 måneder skrevet med "Frank", der …", "Han kalder hende
# "Grace Mensah""): only a listed given name first (_listed_partner), as a dating profile's
# placeholder ("skrevet med "Profil B"") and a support desk ("skrevet med "Support"") are none.
_QUOTED_PARTNER: Final = re.compile(rf"['‘\"“]((?>{_NAME_WORD})(?: (?>{_NAME_WORD}))?)(?=['’\"”])")
_ALIAS_LEADS: Final = (
    *((_needle(lead), _QUOTED_ALIAS) for lead in ("kaldte sig ", "kaldt sig ")),
    *((_needle(f"{verb} sig som "), _QUOTED_ALIAS) for verb in ("præsenterede", "introducerede")),
    (_needle("opkald fra "), _CALLER_ALIAS),
    (_needle("opkald fra "), _CALLER_BEFORE_PHONE),
    (_needle(", fører "), _DRIVER_NAMED),
    (_needle("tilhører "), _DRIVER_NAMED),
    *((_needle(lead), _NOTE_WRITER) for lead in ("note fra ", "notat fra ")),
    (_needle("videresendt af "), _FORWARDER_BEFORE_PHONE),
    *(
        (_needle(lead), _QUOTED_PARTNER)
        for lead in ("skrevet med ", "kalder hende ", "kalder ham ")
    ),
)
# pii39: a reply's thanks to whom it answers, the name ending the sentence ("Tak, Abena.
# Svindlerne nåede …", "Tak, Line. Kvitteringen går til …"): one capitalised word.
_THANKED: Final = re.compile(rf"((?>{_NAME_WORD}))(?=[.!] )")
_THANKS: Final = _needle("Tak, ")
# The leads as the keyword pass reports them (casefolded).
_ALIAS_LEAD_WORDS: Final = Words(lead.casefold() for lead, _ in (*_ALIAS_LEADS, (_THANKS, None)))
# pii85: a listed given name in lower case as a field's value before the record's next field
# (_NEXT_FIELD: "Chauffør: palle, bil HU 91 712", "Opkald fra: tanja, tlf. …"), as a driver's
# handheld or a phone note types it; with its surname before a log line's bar ("kunde: jan
# meldgaard | cpr …").
_LOWER_FIELD_NAME: Final = re.compile(
    rf":[ \t]*({_LOWER_NAME_WORD}(?={_NEXT_FIELD}| \|)"
    rf"|{_LOWER_NAME_WORD} {_LOWER_NAME_WORD}(?= \|))"
)


# A noun's definite or plural ending, which a name the lists lack may not have ("kaldte sig
# 'Teknikeren'").
_DEFINITE_ENDINGS: Final = ("en", "et", "ne", "erne")


# pii55: a person's whole name as a contact line, an ID check, a board's minutes or a site
# log write it, with what follows it: a phone or CPR number after a comma ("Kontakt til
# bestyrelsen:⏎Rowena Tran, tlf. 0045 …", "ny mand fra Skov Stillads ApS, Semhar Mohamud, CPR
# 04 09 91 1442") or a role in brackets ("Til stede: …, Jun Vu (næstformand), …", "kl. 09.22
# Ibrahim, Maryam (stilladsmontør, …) mødte"). Found from those literals; the name is read
# back from them: two or three capitalised words (any letters: "Ayşe Kaya", "Rūta
# Kazlauskas"), an initial and a surname, or (before a role) a surname, a comma and a given
# name, after a line's start, a comma, a colon or a log's double space. A firm's, street's
# or role's word is none (_not_a_name_word).
_CONTACT_AFTERS: Final = tuple(map(_needle, (", tlf.", ", tlf:", ", CPR")))
# pii55: the name a mail was signed with, quoted in a note ("Mailen er underskrevet "Wei
# Mølgaard", og …", "Afsenderen skrev under med "Hiwet Bech, økonomi"").
_SIGNED_WITH: Final = tuple(map(_needle, ('underskrevet "', 'under med "')))
_QUOTED_NAME: Final = re.compile(
    r"((?:[A-ZÆØÅ]\. )?[A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÆØÅ][^\W\d_A-ZÀ-ÖØ-Þ]+){0,2}"
    r"(?: [A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÆØÅ][^\W\d_A-ZÀ-ÖØ-Þ]+){0,2}){1,2})(?=[\"”,])"
)
_ROLE_IN_BRACKET: Final = re.compile(r"\(([^\W\d_]+(?:'er)?)[,)]")
# Roles a bracket holds beside those of _ROLE_WORDS and _BUSINESS_ROLES.
# pii60: or a sibling's ("S. Vinther (søskende) har ringet"), which as a form's label lists
# children whose given names only the older sets label ("Søskende:⇥Gry Kirk").
_BRACKET_ROLES: Final = frozenset(("vvs'er", "stilladsmontør", "kloakmester", "søskende"))
_CAPITAL_WORD: Final = r"[A-ZÆØÅÄÖÜ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÆØÅ][^\W\d_A-ZÀ-ÖØ-Þ]+){0,2}"
# A name (an initial, then up to three capitalised words) ending where the text ends, after a
# line start, ": " or two spaces, and in a contact list after ", " too.
_NAME_AT_END: Final = rf"((?:[A-ZÆØÅ]\. )?{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{0,2}})\Z"
_CONTACT_NAME_BEFORE: Final = re.compile(
    rf"(?:(?<=\n)|(?<=^)|(?<=, )|(?<=: )|(?<=  )){_NAME_AT_END}"
)
# Before a phone number only a line's own name: a signature's firm comes after its comma
# ("Ida Fabricius, reception, Havnehostel Nordkaj, tlf. …").
_LINE_NAME_BEFORE: Final = re.compile(rf"(?:(?<=\n)|(?<=^)|(?<=: )|(?<=  )){_NAME_AT_END}")
_INVERTED_NAME_BEFORE: Final = re.compile(
    rf"(?:(?<=\n)|(?<=^)|(?<=: )|(?<=  ))({_CAPITAL_WORD}, {_CAPITAL_WORD}(?: {_CAPITAL_WORD})?)\Z"
)


def _bracket_role(source: str, at: int) -> bool:
    """Whether a role's word opens the bracket at ``at`` ("(næstformand)", "(tømrer, …")."""
    match = _ROLE_IN_BRACKET.match(source, at)
    if match is None:
        return False
    word = match.group(1).casefold()
    return word in _ROLE_WORD_SET or word in _BUSINESS_ROLES or word in _BRACKET_ROLES


def _contact_and_board_names(scan: Scan) -> Iterator[Finding]:
    """Names before a contact's phone or CPR number (_CONTACT_AFTERS) or a role in
    brackets (_bracket_role), and those a mail was signed with (_SIGNED_WITH)."""
    source = scan.source
    for signed in _SIGNED_WITH:
        # (Scan.may_hold: the keyword pass knows most texts lack each; redspeed16.)
        at = source.find(signed) if scan.may_hold(signed) else -1
        while at >= 0:
            quoted = _QUOTED_NAME.match(source, at + len(signed))
            at = source.find(signed, at + 1)
            if quoted is not None and not any(
                _not_a_name_word(word) for word in quoted.group(1).split(" ")
            ):
                yield Finding("PERSON", *quoted.span(1), 0.7, "person")
    for after in (*_CONTACT_AFTERS, " ("):
        at = source.find(after) if after == " (" or scan.may_hold(after) else -1
        while at >= 0:
            hit = at
            at = source.find(after, at + 1)
            if after == " (" and not _bracket_role(source, hit + 1):
                continue
            if after == " (":
                inverted = _INVERTED_NAME_BEFORE.search(source, max(0, hit - 60), hit)
                if inverted is not None:
                    if not any(
                        _not_a_name_word(word.rstrip(",")) for word in inverted.group(1).split(" ")
                    ):
                        yield Finding("PERSON", *inverted.span(1), 0.7, "person")
                    continue
            before = _LINE_NAME_BEFORE if after.startswith(", tlf") else _CONTACT_NAME_BEFORE
            match = before.search(source, max(0, hit - 60), hit)
            if match is None:
                continue
            words = match.group(1).split(" ")
            # Two words at least, or an initial and a surname.
            if len(words) < 2 or any(_not_a_name_word(word) for word in words[1:]):
                continue
            if not words[0].endswith(".") and _not_a_name_word(words[0]):
                continue
            yield Finding("PERSON", *match.span(1), 0.7, "person")


def _named_aliases(scan: Scan) -> Iterator[Finding]:
    """Names a caller gave in quotes (_QUOTED_ALIAS) and the one a reply thanks (_THANKED),
    no firm's, role's, greeting's or everyday word; thanked, a listed given name only ("Tak,
    Kystmobil." thanks a firm); quoted, a word the lists lack not with a noun's ending."""
    # Most texts hold no lead: one look at the keyword pass's words for all of them.
    if not scan.has_keyword(_ALIAS_LEAD_WORDS):
        return
    source = scan.source
    names = gazetteer()
    for lead, pattern in (*_ALIAS_LEADS, (_THANKS, _THANKED)):
        if not scan.holds(lead):
            continue
        at = source.find(lead)
        while at >= 0:
            after = at + len(lead)
            match = (
                None
                # (A lead opening with its comma may follow a word's last letter or digit.)
                if at and lead[0].isalnum() and (source[at - 1].isalnum() or source[at - 1] in "_-")
                else pattern.match(source, after)
            )
            at = source.find(lead, after)
            if match is None:
                continue
            words = match.group(1).split(" ")
            if any(_organisation_word(word) or _not_a_name_word(word) for word in words):
                continue
            first = _normal(words[0])
            listed = first in names["first"] or first in names["ambiguous"]
            # A forwarder's listed surname alone ends as a definite noun may ("Lauridsen").
            if pattern is _FORWARDER_BEFORE_PHONE and not listed:
                listed = _normal(words[0].rstrip(",")) in names["surname"]
            if not listed and (
                pattern is _THANKED
                or pattern is _QUOTED_PARTNER
                or (
                    (
                        pattern is _CALLER_BEFORE_PHONE
                        or pattern is _DRIVER_NAMED
                        or pattern is _NOTE_WRITER
                    )
                    and not words[0].endswith(".")
                )
                or (pattern is _FORWARDER_BEFORE_PHONE and words[0].islower())
                or words[-1].endswith(_DEFINITE_ENDINGS)
            ):
                continue
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii35: a foreign street's word before its name ("på Rua do Sol", "Calle Mayor", "Via Roma",
# "Rue de la Paix"): the words after it are the street's, no person ("Rua" is a listed name).
_FOREIGN_STREET_WORDS: Final = tuple(
    f"{word} "
    for word in ("Rua", "Calle", "Carrer", "Via", "Viale", "Rue", "Avenida", "Avenue", "Piazza")
)
_STREET_NAME_AFTER: Final = re.compile(
    r"(?:(?:do|dos|da|das|de|del|della|di|du|des|la|le) )?[A-ZÆØÅ]"
)


def _foreign_street(source: str, finding: Finding) -> bool:
    """Whether the finding opens with a foreign street's word before a capitalised word or a
    particle ("Rua do Sol"; one ``startswith`` for most findings)."""
    start = finding.start
    if not source.startswith(_FOREIGN_STREET_WORDS, start):
        return False
    after = source.index(" ", start) + 1
    return _STREET_NAME_AFTER.match(source, after) is not None


# pii33: a numbered list's entry that opens with a person, as an estate inventory lists heirs
# ("ARVINGER⏎1) Iris Quist-Overgaard, Sivsangervej 99B, CPR …", "2) Wandall, Kaj, Store
# Tårnbygade 113"): a listed given name (an ambiguous one too: "Ib", "Kaj", "Iris") and
# capitalised words, or "Surname, Given name", to the entry's first comma or bracket.
# pii49: also a bulleted list's entry ("- Krogh, Trine, tlf. …", "- Ngozi Mensah, f. …") and
# a log line's caller after its time ("2026-05-08 09:11  Kristoffersen, Kaj ringer fra …",
# "08:55  Ngozi Sjöberg ringer:"), with the letters of names from elsewhere ("Paweł").
_ENTRY_WORD: Final = r"[A-ZÆØÅ][a-zæøåöüéćčšžłşğı]+(?:-[A-ZÆØÅ][a-zæøåöüéćčšžłşğı]+)?"
# pii49: and a paragraph that opens with a person and a bracket, as a clinic's note names
# the patient who rang ("⏎⏎Hviid, Svend (patient-id PA-1629-360) ringede").
# pii67: and a list numbered "1." whose entry inverts the name, one to three given names
# and the person's phone, CPR number or birth date after ("2. Yilmaz, Kasper Mads, tlf. …",
# "2. Abdi, Nguyen Thi, tlf. …"); "2. Sal, Mette og Jens" is an agenda's item.
# pii92: or the person's street and house number, as a police overview lists the victims
# ("Forurettede:⏎1. Hviid, Jens, Lærkevang 99, 3400 Hillerød, tlf. …").
_DOT_ENTRY_RECORD: Final = (
    rf"{_ENTRY_WORD}, {_ENTRY_WORD}(?: {_ENTRY_WORD}){{0,2}}, (?:(?:tlf\.|CPR|f\.|født) "
    r"|[A-ZÆØÅ][^\W\d_]+(?: [^\W\d_]+)? \d{1,3}[A-Z]?,)"
)
_NUMBERED_ENTRY: Final = re.compile(
    r"\n(?:(?:\d{1,2}\)|[-\u2022*]|(?:\d{4}-\d\d-\d\d )?\d\d:\d\d ) "
    rf"|\d{{1,2}}\. (?={_DOT_ENTRY_RECORD})"
    r"|\n(?=[A-ZÆØÅ][^\n(]{2,40} \())"
    rf"(?:({_ENTRY_WORD}(?: {_ENTRY_WORD}){{1,3}})"
    rf"|({_ENTRY_WORD}), ({_ENTRY_WORD}(?: {_ENTRY_WORD}){{0,2}}))"
    r"(?=,| \(|[ \t]*\n| ring(?:er|ede)\b)"
)


_FIRST_ENTRY: Final = _needle("\n1) ")
_FIRST_DOT_ENTRY: Final = _needle("\n1. ")
_BULLET: Final = _needle("\n- ")
_LOG_TIME_THEN_NAME: Final = re.compile(r"\n(?:\d{4}-\d\d-\d\d )?\d\d:\d\d  [A-ZÆØÅ]")


def _numbered_entries(scan: Scan) -> Iterator[Finding]:
    """The person of a numbered list's entry (_NUMBERED_ENTRY): its given name listed, no
    word a street's, firm's or everyday word ("1) Ring til banken, …" names no one)."""
    source = scan.source
    if not (
        scan.holds(_FIRST_ENTRY)
        or scan.holds(_FIRST_DOT_ENTRY)
        or scan.holds(_BULLET)
        or scan.holds(_BLANK_LINE)
        # (Every _LOG_TIME_THEN_NAME holds two spaces: redspeed16.)
        or (scan.holds(_DOUBLE_SPACE) and _LOG_TIME_THEN_NAME.search(source) is not None)
    ):
        return  # most texts: no numbered or bulleted list, no log
    names = gazetteer()
    listed = (names["first"], names["ambiguous"])
    for match in _NUMBERED_ENTRY.finditer(source):
        if match.group(1) is not None:
            words = match.group(1).split(" ")
            given, span = words[0], match.span(1)
        else:
            words = [match.group(2), *match.group(3).split(" ")]
            given, span = words[1], (match.start(2), match.end(3))
        # pii49: a log's caller who rings needs no listed given name ("09:34  Ananya Sharma
        # ringer fra …"): the verb says a person; nor does a listed surname inverted before
        # its given name ("Patel, Vikram (pt.-id …)").
        if not (
            any(_normal(given) in kind for kind in listed)
            or (source.startswith(" ring", span[1]) and ":" in match.group())
            or (match.group(2) is not None and _normal(match.group(2)) in names["surname"])
            # pii67: nor a Vietnamese given name with its middle ("2. Long, Nguyen Thi, tlf.").
            or (match.group(2) is not None and words[-1] in _MIDDLES and len(words) == 3)
        ):
            continue
        if any(
            _no_speaker_word(word) or street_word(word) or _organisation_word(word)
            for word in words
        ):
            continue
        yield Finding("PERSON", *span, 0.7, "person")


# pii50: a list entry's person before a birth date in brackets, the name in any order and
# case, listed or not, as an agency lists the guests of a fake listing ("2. Nagy, Eszter (f.
# 03.08.1957)", "1. VESTERGAARD-ULRIKSEN, BENT DAM (f. …)", "1. van Dijk, Daan (f. …)"):
# the birth date says a person.
_BORN_WORD: Final = r"(?:(?:van|von|de|der|da|el|al) )?[A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)*"
_BORN_ENTRY: Final = re.compile(
    r"(?:^|\n)(?:\d{1,2}[.)]|[-\u2022*])[ \t]+"
    rf"({_BORN_WORD}(?:,? {_BORN_WORD}){{1,3}}) \((?:f\.|født) \d"
)


# pii50: a partner-support chat's guest typed in lower case before the guest's booking
# ("[07:17] Bodil: bilal khan, booking 2.914.271.384"): two to four words, one a listed given
# name, then a comma and a booking's or a room's label.
_CHAT_GUEST: Final = re.compile(
    r"\] [^:\n]{1,40}: ([a-zæøå][^\W\d_]+(?:[ -][a-zæøå'][^\W\d_']+){1,3})"
    r", (?:booking|bookingnr|reservation|res\.|værelse|vær\.|room|pnr)\b"
)


# pii104: a chat's speaker written surname first, as a marketplace's export or a club's
# thread shows a member's display name ("[09:49] Hussein, Signe: ja den er solgt",
# "[10:02] Yilmaz, Per-Ove: …"): after a time stamp, a capitalised word, a comma and one or
# two more, then the colon; the given name after the comma listed.
_INVERTED_SPEAKER: Final = re.compile(
    rf"(?m)^(?:> )?(?:{_CHAT_STAMP})({_NAME_WORD}, {_NAME_WORD}(?: {_NAME_WORD})?)(?=: )"
)


def _inverted_speakers(scan: Scan) -> Iterator[Finding]:
    """A chat's speaker as "Surname, Given name" (_INVERTED_SPEAKER), its given name listed
    and no word a role's, street's or firm's ("[10:01] Kunde, Sælger: …" is none)."""
    source = scan.source
    if ", " not in source or not scan.holds(_BRACKET_THEN_SPACE):
        return
    for match in _INVERTED_SPEAKER.finditer(source):
        surname, given = match.group(1).split(", ", 1)
        words = [surname, *given.split(" ")]
        # (An ambiguous given name too: the comma and the speaker's place tell it a name.)
        if all(_listed_given(p) for p in given.split(" ")[0].split("-")) and not any(
            _no_speaker_word(word) or _organisation_word(word) or _role_word(word) for word in words
        ):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


def _chat_guests(scan: Scan) -> Iterator[Finding]:
    """A chat's guest in lower case before a booking (_CHAT_GUEST)."""
    source = scan.source
    if not scan.holds(_BRACKET_THEN_SPACE):
        return
    names = gazetteer()
    for match in _CHAT_GUEST.finditer(source):
        words = re.split(r"[ -]", match.group(1))
        if any(_normal(word) in names["first"] for word in words) and not any(
            _no_speaker_word(word) for word in words
        ):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


def _born_entries(scan: Scan) -> Iterator[Finding]:
    """The person of a list entry before "(f. <date>" (_BORN_ENTRY), no word a street's,
    firm's or everyday word."""
    source = scan.source
    if not scan.holds(_BORN_BRACKET):
        return
    for match in _BORN_ENTRY.finditer(source):
        start, name = match.start(1), match.group(1)
        # A relative or a role before the name is no part of it ("- Ægtefællen Ali Mahmoud
        # (f. …)"): the name starts after it.
        first = name.split(" ", 1)[0]
        if _role_word(first) or first.casefold() in _KIN_SPEAKERS:
            start += len(first) + 1
            name = name[len(first) + 1 :]
        words = name.replace(",", "").split(" ")
        if len(words) < 2 or any(
            _no_speaker_word(word) or street_word(word) or _organisation_word(word)
            for word in words
        ):
            continue
        yield Finding("PERSON", start, match.end(1), 0.7, "person")


# pii56: who wrote a parish office's log entry, after its time ("KK-26/104 · 21.04.26 kl.
# 08.21 · W. Kidane⏎"), who sends minutes round or deleted a file ("Referatet rundsendes af
# U. Mahalingam.", "Filen er slettet hos modtageren ifølge L. Mansour."), and who signed a
# mail above a quoted one ("N. Iqbal⏎⏎-----"): an initial and a surname.
_INITIAL_AND_SURNAME: Final = rf"[A-ZÆØÅ]\. {_CAPITAL_WORD}"
_LOG_WRITER: Final = re.compile(rf"kl\. \d\d[.:]\d\d · ({_INITIAL_AND_SURNAME})[ \t]*(?:\n|\Z)")
# pii100: or who booked, noted or made a call, as a clinic's booking and a utility's phone
# note write it ("Booket af A. Vinther.", "Opkald fra U. Qureshi, tlf. …").
_SENT_ROUND_BY: Final = re.compile(
    r"(?:rundsendes af|sendes rundt af|ifølge|[Bb]ooket af|[Bb]estilt af|[Nn]oteret af"
    rf"|[Oo]prettet af|[Uu]dfyldt af|[Oo]pkald fra) ({_INITIAL_AND_SURNAME})"
    r"(?=[.,]?(?:[ \t\n]|\Z))"
)
_INITIAL_SURNAME_LINE: Final = re.compile(rf"{_INITIAL_AND_SURNAME}")
_MIDDLE_DOT: Final = _needle(" · ")
_SENT_ROUND_LEADS: Final = tuple(
    map(
        _needle,
        (
            *("rundsendes af ", "sendes rundt af ", "ifølge ", "ooket af ", "estilt af "),
            *("oteret af ", "prettet af ", "dfyldt af ", "pkald fra "),
        ),
    )
)
_QUOTE_RULE: Final = _needle("\n-----")


def _initialled_writers(scan: Scan) -> Iterator[Finding]:
    """An initial and a surname as a log entry's writer (_LOG_WRITER), as who sends round or
    deleted (_SENT_ROUND_BY) and alone on the line above a quoted mail's rule and header."""
    source = scan.source
    if scan.holds(_MIDDLE_DOT):
        for match in _LOG_WRITER.finditer(source):
            yield Finding("PERSON", *match.span(1), 0.7, "person")
    if any(scan.holds(lead) for lead in _SENT_ROUND_LEADS):
        for match in _SENT_ROUND_BY.finditer(source):
            yield Finding("PERSON", *match.span(1), 0.7, "person")
    if scan.holds(_QUOTE_RULE):
        at = source.find("\n-----")
        while at >= 0:
            end = at
            while end and source[end - 1] == "\n":
                end -= 1
            start = source.rfind("\n", 0, end) + 1
            # Only above a quoted mail's header ("-----⏎Fra: …"), no agenda's rule.
            header = source.find("\n", at + 1) + 1
            if (
                header
                and source.startswith(("Fra:", "From:"), header)
                and _INITIAL_SURNAME_LINE.fullmatch(source, start, end)
            ):
                yield Finding("PERSON", start, end, 0.7, "person")
            at = source.find("\n-----", at + 6)


# pii100: who did what in a dated log's entry, first after its date and colon, as a funeral
# home's log of fake bills lists them ("- 15.10.2026: H. Sønderby-Kahr så en mand …",
# "- 24.01.2026: Kudsk, Tage så …", "- 05.05.2026: Signe, Mosevangen 62, …"): an initial and
# a surname, a surname and a given name, or one to three capitalised words, then a verb in
# the past tense or an address's street and number.
_LOGGED_WORD: Final = r"[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?"
_DATED_ENTRY: Final = re.compile(
    r"\n[-•*] (?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d): "
    rf"((?:[A-ZÆØÅ]\. )?{_LOGGED_WORD}(?:,? {_LOGGED_WORD}){{0,2}})"
    r"(?= (?:så|fik|kom|ringede|skrev|modtog|betalte|overførte|meldte|oplyste|fortalte"
    r"|opdagede|fandt|mistede|hørte|sagde|henvendte|anmeldte|blev) |, [A-ZÆØÅ][^\W\d_]+ \d)"
)
_DATED_ENTRY_START: Final = _needle("\n- ")
# pii100: a listed given name that calls back ("Skriv dit nummer, så ringer Signe tilbage").
_CALLS_BACK: Final = re.compile(r"ringer ([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) tilbage")
_BACK: Final = _needle(" tilbage")
# pii100: a name typed in lowercase after a label, a caller's lead or a list's number, or in
# capitals in a text that is not, then a comma and what identifies the person: a birth date,
# a phone, a CPR number or an address's street and number ("Beboer: josefine, Hyldevang
# 148", "Opkald fra hiba hussain, tlf. …", "[20:41] Amina: signe, født 20-07-1943", "1.
# SVEND LYKKE, CPR …"), as forms, phone notes and chats answering "Hvad hedder afdøde?" write
# them.
_IDENTIFIED_AFTER: Final = r", (?=(?:født|f\.) \d|tlf|CPR|[A-ZÆØÅ][^\W\d_]+ \d)"
_LOWER_ENTRY: Final = re.compile(
    r"(?::|fra|\n\d{1,2}\.|\n  \d{1,2}\.) "
    rf"([a-zæøå]{{2,15}}(?:[ -][a-zæøå]{{2,15}}){{0,3}}){_IDENTIFIED_AFTER}"
)
_UPPER_ENTRY: Final = re.compile(
    r"(?::|\n\d{1,2}\.|\n  \d{1,2}\.) "
    rf"([A-ZÆØÅ]{{2,15}}(?:[ -][A-ZÆØÅ]{{2,15}}){{1,3}})(?:{_IDENTIFIED_AFTER}|[ \t]*\n(?=CPR))"
)
# redspeed26: what _IDENTIFIED_AFTER's look-ahead asks after its ", ", and how far before the
# end of its name an entry's match can begin: a lead of up to seven characters ("\n  12. ")
# and four words of up to 15 letters with three separators.
_IDENTIFIED_HERE: Final = re.compile(r"(?:født|f\.) \d|tlf|CPR|[A-ZÆØÅ][^\W\d_]+ \d")
_ENTRY_REACH: Final = 70
_DANISH_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyzæøå")
# The letters _IDENTIFIED_HERE's match begins with.
_IDENTIFIED_FIRST: Final = frozenset("ftABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")


def _entry_name_ends(source: str) -> tuple[list[int], list[int]]:
    """redspeed26: where the names of _LOWER_ENTRY's and _UPPER_ENTRY's matches can end
    (ascending): at a ", " that _IDENTIFIED_HERE follows, after a lowercase or a capital
    letter; or (capitals only) before spaces and a line break that "CPR" opens."""
    lower: list[int] = []
    upper: list[int] = []
    at = source.find(", ", 1)
    while at >= 0:
        before = source[at - 1]
        if (
            (before in _DANISH_LOWER or before in _DANISH_CAPITALS)
            and source[at + 2 : at + 3] in _IDENTIFIED_FIRST
            and _IDENTIFIED_HERE.match(source, at + 2) is not None
        ):
            (lower if before in _DANISH_LOWER else upper).append(at)
        at = source.find(", ", at + 1)
    at = source.find("\nCPR")
    if at >= 0:
        while at >= 0:
            end = at
            while end and source[end - 1] in " \t":
                end -= 1
            if end and source[end - 1] in _DANISH_CAPITALS:
                upper.append(end)
            at = source.find("\nCPR", at + 1)
        upper.sort()
    return lower, upper


def _matches_ending_at(
    source: str, pattern: re.Pattern[str], ends: list[int]
) -> list[re.Match[str]]:
    """redspeed26: ``pattern.finditer(source)``'s matches, for a pattern whose every match
    begins at most _ENTRY_REACH characters before the end of its name and has that end among
    ``ends`` (ascending): searched from that far before each end only, from the last
    match's end on. The same matches in the same order: a match that begins earlier ends its
    name at an earlier end, where it was found; the same end is asked again after a match
    that ends before it (another may end there)."""
    found: list[re.Match[str]] = []
    pos = 0
    i = 0
    count = len(ends)
    while i < count:
        end = ends[i]
        if end > pos:
            match = pattern.search(source, max(pos, end - _ENTRY_REACH))
            if match is None:
                break
            found.append(match)
            pos = match.end()
            if pos < end:
                continue
        i += 1
    return found


def _entry_words_named(words: list[str]) -> bool:
    """pii100: whether an entry's words are a name's: none an everyday, role's, street's or
    firm's word, and one a listed given name or surname or shaped like one."""
    return not any(
        _no_speaker_word(word) or street_word(word) or _role_word(word) for word in words
    ) and any(_listed_name_part(word) for word in words)


def _logged_people(scan: Scan) -> Iterator[Finding]:
    """pii100: who a dated log's entry names first (_DATED_ENTRY), who calls back
    (_CALLS_BACK), and a name in lowercase or in capitals before what identifies the person
    (_LOWER_ENTRY, _UPPER_ENTRY), its first word a listed given name."""
    source = scan.source
    names = gazetteer()
    if scan.holds(_DATED_ENTRY_START):
        for match in _DATED_ENTRY.finditer(source):
            words = match.group(1).replace(",", "").split(" ")
            # After an initial the surname need not be listed ("H. Sønderby-Kahr").
            initialled = words[0].endswith(".") and not any(
                _no_speaker_word(word) or street_word(word) or _role_word(word)
                for word in words[1:]
            )
            if initialled or _entry_words_named(words):
                yield Finding("PERSON", *match.span(1), 0.7, "person")
    if scan.holds(_BACK):
        for match in _CALLS_BACK.finditer(source):
            if _listed_given(match.group(1)):
                yield Finding("PERSON", *match.span(1), 0.7, "person")
    if source.islower() or source.isupper():
        return
    lower_ends, upper_ends = _entry_name_ends(source)
    for match in _matches_ending_at(source, _LOWER_ENTRY, lower_ends):
        words = match.group(1).split(" ")
        first = words[0]
        if first in _NOT_NAMES or any(w in _NOT_NAMES for w in words[1:]):
            continue
        # A given name that is also a word only before a surname, a birth date or a CPR
        # number ("signe, født …"; not "ring, Hovedgaden 4").
        if _lowercase_given(first) or (
            _normal(first) in names["ambiguous"]
            and (
                (len(words) > 1 and _lowercase_surname(words[-1]))
                or source.startswith((", født", ", f.", ", CPR"), match.end(1))
            )
        ):
            yield Finding("PERSON", *match.span(1), 0.7, "person")
    for match in _matches_ending_at(source, _UPPER_ENTRY, upper_ends):
        words = match.group(1).split(" ")
        if _listed_given(words[0].split("-")[0]) and not any(
            _no_speaker_word(word) or _organisation_word(word) for word in words
        ):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii56: the people of a charity's, a parish office's and a board's records, whose given
# names the lists often lack: a parent and child in a board's list ("- Ubah (forælder til
# Per), …"), a letter's addressee ("Att.: Kannan Sharma⏎"), who is informed ("Orientering af
# menighedsrådet: Said Jama orienteres …"), who sent a register by mistake ("Sendt ved en
# fejl som bilag til …@… af Hodan Abdullahi Warsame kl. 15.36"), a caller's mother ("for
# sin mor, Hodan Nur, født …"), who a fake approval named ("med Selam Rahel Gebremedhins
# navn som godkender") and who calls or asks in a log's entry, first on its line after the
# entry's time and writer ("… kl. 09.42 · K. Mortensen⏎Nirosha Mahalingam, Tingvej 24, …").
_RECORD_NAME: Final = rf"{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{1,3}}"
_RECORD_PEOPLE: Final = (
    (
        _needle("(forælder til "),
        re.compile(rf"\n- ({_CAPITAL_WORD}) \(forælder til ({_CAPITAL_WORD})\)"),
    ),
    # A board's list of members who were hit, with an address or a member number after the
    # name ("- Meron Gebremedhin, Havnegade 65, st. tv., tlf. …", "- Hibo Warsame,
    # medlemsnr. 2344, bor i …", "- Berhane, Winta (medlemsnr. 380), …").
    (
        _needle("\n- "),
        re.compile(
            rf"\n- ({_RECORD_NAME}|{_CAPITAL_WORD}, {_CAPITAL_WORD})"
            r"(?:,? \(?medlemsnr\. \d"
            r"|, [A-ZÆØÅ][^\W\d_]+(?: [A-ZÆØÅ][^\W\d_]+){0,2} \d{1,3}[A-Z]?, )"
        ),
    ),
    (_needle("Att.: "), re.compile(rf"Att\.: ({_RECORD_NAME})[ \t]*(?:\n|\Z)")),
    (_needle(" orienteres "), re.compile(rf": ({_RECORD_NAME}) orienteres ")),
    (_needle("som bilag til "), re.compile(rf"som bilag til \S+ af ({_RECORD_NAME}) kl\. \d")),
    (
        _needle("for sin "),
        re.compile(
            r"for sin (?:mor|far|søster|bror|datter|søn|mand|kone), "
            rf"({_RECORD_NAME}), (?:f\.|født) "
        ),
    ),
    (
        _needle(" navn som "),
        re.compile(rf"med ({_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{0,3}}s) navn som "),
    ),
    (
        _MIDDLE_DOT,
        re.compile(
            rf"kl\. \d\d[.:]\d\d · {_INITIAL_AND_SURNAME}\n({_RECORD_NAME})"
            r"(?=, | ringede | spurgte | skrev )"
        ),
    ),
)


def _record_people(scan: Scan) -> Iterator[Finding]:
    """The people of a charity's, a parish office's and a board's records (_RECORD_PEOPLE),
    no word of them a role's, a firm's or a street's."""
    source = scan.source
    for needle, pattern in _RECORD_PEOPLE:
        if not scan.holds(needle):
            continue
        for match in pattern.finditer(source):
            for group in range(1, (match.lastindex or 0) + 1):
                words = match.group(group).split(" ")
                # (A role's genitive is no one's: "med Formandens navn som godkender".)
                if not any(
                    _no_speaker_word(word)
                    or street_word(word)
                    or _organisation_word(word)
                    or _role_word(word.removesuffix("s"))
                    for word in words
                ):
                    yield Finding("PERSON", *match.span(group), 0.7, "person")


# pii33: who did what in a log, in brackets after the entry's time ("2026-03-03 13:09
# [Hvidberg-Kjær] søgt på CPR …"): a surname the lists know or one that looks Danish, or a
# double surname of two capitalised parts.
_LOG_ACTOR: Final = re.compile(
    r"\d\d[:.]\d\d \[([A-ZÆØÅ][a-zæøåöüéćčšž]+(?:-[A-ZÆØÅ][a-zæøåöüéćčšž]+)?)\] [a-zæøå]"
)


_BRACKET_THEN_SPACE: Final = _needle("] ")


def _log_actors(scan: Scan) -> Iterator[Finding]:
    """The actor of a log's entry (_LOG_ACTOR) that is a surname by the lists or its form."""
    if not scan.holds(_BRACKET_THEN_SPACE):
        return
    source = scan.source
    for match in _LOG_ACTOR.finditer(source):
        word = match.group(1)
        if ("-" in word or _listed_name_part(word)) and not _no_speaker_word(word):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii34: a list's second person after the first one's bracket, with a bracket of their own
# ("(CPR …, tlf. …) og H. Dang (tlf. …)", "… og Tran, Hung (CPR …)", "… og Kojo
# Osei-Çelik (tlf. …)"): an initial and a surname, "Surname, Given name" or two or three
# capitalised words, then "(CPR" or "(tlf.".
_PARTNER: Final = re.compile(
    rf"\) og ((?:[A-ZÆØÅ]\. {_INVERTED_WORD}|{_INVERTED_WORD}, {_INVERTED_WORD}"
    rf"(?: {_INVERTED_WORD})?|{_INVERTED_WORD}(?: {_INVERTED_WORD}){{1,2}})) \((?:CPR|tlf\.) "
)
_BRACKET_AND: Final = _needle(") og ")


def _bracketed_partners(scan: Scan) -> Iterator[Finding]:
    """A list's next person between its previous bracket and its own CPR or phone bracket
    (_PARTNER), no role's or firm's word in it."""
    if not scan.holds(_BRACKET_AND):
        return
    for match in _PARTNER.finditer(scan.source):
        words = match.group(1).replace(",", "").split(" ")
        if not any(_no_speaker_word(word) or _organisation_word(word) for word in words):
            yield Finding("PERSON", *match.span(1), 0.75, "person")


# pii34: a friend a young person names at a chat message's end ("min ven esi ⚽", "jeg
# spørger lige @Kofi 😭", "skal lige snakke med deniz 😳"): one word in any case, an emoji
# at most after it, not a relative or a pronoun ("spørger lige mor").
_FRIEND_LEADS: Final = tuple(
    map(_needle, ("min ven ", "min veninde ", "spørger lige ", "snakke med "))
)
_FRIEND_NAME: Final = re.compile(r"@?([^\W\d_]{2,15})(?=[ \t]*[^\w\s]{0,4}[ \t]*(?:\n|\Z))")
_NO_FRIENDS: Final = frozenset(
    (
        *("mor", "far", "min", "mine", "bror", "søster", "mormor", "farmor", "morfar"),
        *("farfar", "moster", "faster", "onkel", "kusine", "fætter", "dem", "ham", "hende"),
        *("os", "jer", "dig", "mig", "læreren", "lærer", "politiet", "banken", "support"),
        *("han", "hun", "de", "barnet", "sønnen", "datteren"),
    )
)


# pii40: a chat line that asks for a name ("Hvad er dit fulde navn og CPR-nummer?") and the
# next line's answer: after its speaker (a time stamp and at most four words), two to four
# words before a number or the line's end ("[19:17] Ruth: ruth storm 19 01 72 0413").
# pii43: or an English chat's ("What is your full name?"), and the answer after "det er" or
# "it's" ("[12:38] Tove: det er tove krogh vinther").
_NAME_ASKED: Final = _needle("navn")
_NAME_ASKED_EN: Final = _needle("name")
_NAME_ANSWER: Final = re.compile(
    rf"\n(?:{_CHAT_STAMP})[^\W\d_][\w.-]*(?: [\w.-]+){{0,3}}:[ \t]+"
    r"(?:(?i:det er|it's|it is) )?"
    r"([^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?: [^\W\d_]{2,}(?:-[^\W\d_]{2,})?){1,3})"
    # pii88: or a comma or a dash before the number, a "+" or bracket opening it ("thit krogh
    # – +46 70 174 06 80", "Andrés Demir, +44 7700 900990"), as a name and a phone are asked.
    r"(?=,?[ \t]+(?:[–-][ \t]+)?[+(]?\d|[ \t]*(?:\n|\Z))"
)


def _names_on_request(scan: Scan) -> Iterator[Finding]:
    """pii40: the name a chat's writer gives on the line after a question for it
    (_NAME_ANSWER), in any case: a listed given name or surname first, or a Vietnamese
    middle name second ("tran thi huong"); not a sentence ("ja det er mig")."""
    for asked, word in ((_NAME_ASKED, "navn"), (_NAME_ASKED_EN, "name")):
        if scan.may_hold(asked):
            yield from _names_answered(scan, word)


def _names_answered(scan: Scan, word: str) -> Iterator[Finding]:
    """_names_on_request's answers to the questions that hold ``word``."""
    source = scan.source
    lowered = scan.lowered
    names = gazetteer()
    at = lowered.find(word)
    while at >= 0:
        line_end = source.find("\n", at)
        if line_end < 0:
            return
        if "?" in source[at:line_end]:
            answer = _NAME_ANSWER.match(source, line_end)
            if answer is not None:
                words = answer.group(1).split(" ")
                head = _normal(words[0])
                known = (
                    all(part in names["first"] for part in head.split("-"))
                    or head in names["ambiguous"]
                    or head in names["surname"]
                    or _normal(words[1]) in _MIDDLES
                )
                if known and not any(word.casefold() in _NOT_NAME_PARTS for word in words):
                    yield Finding("PERSON", *answer.span(1), 0.7, "person")
        at = lowered.find(word, line_end)


# pii40: a court's formula for whose account of events it believes ("Retten lægger Nguyens
# forklaring til grund"): the capitalised words between, with a genitive's "s" or without it,
# as a hasty clerk writes it ("Retten lægger Storm-Lauridsen forklaring til grund").
_ACCOUNT_BELIEVED: Final = _needle(" forklaring til grund")
# A capitalised word, or two with a hyphen ("Storm-Lauridsen").
_CAPITALISED: Final = r"[A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?"
_BELIEVED_NAME: Final = re.compile(
    rf"lægger(?<![\w-]lægger) ({_CAPITALISED}(?: {_CAPITALISED}){{0,2}}) forklaring til grund"
)


def _believed_accounts(scan: Scan) -> Iterator[Finding]:
    """pii40: the person whose account a court believes (_BELIEVED_NAME)."""
    if not scan.may_hold(_ACCOUNT_BELIEVED):
        return
    source = scan.source
    at = source.find(" forklaring til grund")
    while at >= 0:
        match = _BELIEVED_NAME.search(source, max(0, at - 80), at + 21)
        if match is not None and match.end() == at + 21:
            yield Finding("PERSON", *match.span(1), 0.7, "person")
        at = source.find(" forklaring til grund", at + 1)


# pii40: the name a caller gave, in quotes after who called ("Han er blevet ringet op af
# "Hodan Yilmaz" fra …", "at en venlig mand, "Kaj", ringede fra …"): one to three
# capitalised words, none a role's or firm's ("ringet op af "Banken"" is none).
_CALLER_LEADS: Final = tuple(map(_needle, ('op af "', 'mand, "', 'kvinde, "')))
_QUOTED_CALLER: Final = re.compile(rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,2}})\"")
# pii48: a scammer's alias in quotes as a relative or guardian retells the calls ("Min mor
# fortæller, at en "Mark" fra Coinvesta 360 ringer", "Birgit har forklaret, at "Mark
# Feldman" ringede fra +44 …"): quoted capitalised words, then a caller's verb or "fra".
# (Words of their own: "Sælgerprofilen "Cykelkongen" skrev" ends a noun in "en".)
_ACTOR_LEADS: Final = tuple(map(_needle, (' at "', ' en "')))
_QUOTED_ACTOR: Final = re.compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{0,2}})\" (?=ringede |ringer |skrev |sagde |fra )"
)

# pii49: a caller who named a firm in quotes ("Dagen efter ringede Karla "fra Apoteket"", "skrev
# Jonas "fra sundhed.dk""): the quotes doubt the firm, not the name before them.
_CLAIM_LEADS: Final = tuple(map(_needle, ("ringede ", "ringer ", "skrev ")))
_CLAIMING_FIRM: Final = re.compile(rf"({_CAPITALISED}(?: {_CAPITALISED})?) [\"“„](?i:fra|from) ")
# pii100: or a caller's alias and the firm claimed, both inside the quotes ("efter et opkald
# fra "Hamza fra høreklinikken""): a listed given name first.
_FIRM_ALIAS_LEADS: Final = tuple(map(_needle, ('fra "', 'af "', "fra “", "af “")))
_QUOTED_CALLER_FIRM: Final = re.compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED})?) (?:fra|hos) [^\"”\n]{{2,40}}[\"”]"
)


# pii41: a marketplace's profile named in quotes ("Køberprofilen "Ada Lind" skrev …"): two
# or three capitalised words (a shop's one-word name is none), none a role's or firm's.
# pii79: or a report's indefinite "profil", and an initial before the surname ("Indberettet
# sælger: profil "D. Balslev"").
_PROFILE_LEADS: Final = (_needle('profilen "'), _needle('profil "'))
_QUOTED_PROFILE: Final = re.compile(
    rf"((?:[A-ZÆØÅ]\. |{_CAPITALISED} )(?:{_CAPITALISED} ){{0,1}}{_CAPITALISED})\""
)
# pii41: who made a log's entry, after its date and time ("Oprettet 03.03.26 kl. 16.20 af Ib
# Lund⏎"): two or three capitalised words that end the line or the sentence.
# pii79: or approved it, by a name or an initial and a surname ("Godkendt 13.05.26 af Z.
# Tang", a pharmacy's refund note's last line).
_LOGGED_LEADS: Final = tuple(map(_needle, ("Oprettet ", "oprettet ", "Godkendt ", "godkendt ")))
_LOGGED_BY: Final = re.compile(
    r"(?:den )?\d[\d./-]{3,9}(?: (?:kl\. )?\d\d?[.:]\d\d)? af "
    rf"((?:[A-ZÆØÅ]\. |{_CAPITALISED} )(?:{_CAPITALISED} )?{_CAPITALISED})"
    r"(?=[ \t]*(?:[\n.,(]|$))"
)


def _quoted_words_named(words: list[str]) -> bool:
    """Whether no word of a quoted or logged name is a role's, a firm's or no name's, and the
    first no definite noun's genitive ("Politiets Anklagemyndighed")."""
    return not words[0].endswith(("ets", "ernes")) and not any(
        _not_a_name_word(word)
        or _no_speaker_word(word)
        or _organisation_word(word)
        or word.casefold() in _pseudonym_nouns()
        or word.casefold() in _NOT_NAMES
        for word in words
    )


def _listed_word(words: list[str]) -> bool:
    """Whether a word of a name, or a part of a hyphened one, is a listed name."""
    names = _lowercase_names()
    return any(part.casefold() in names for word in words for part in word.split("-"))


# pii48: who forwarded a mail to a bank's team, as the forward's stamp names them ("[Videresendt
# til Hedebo Banks seniorteam af Signe Bøgh, 26.06.26]"): two or three capitalised words
# before the comma and the date.
_FORWARDED_LEADS: Final = tuple(map(_needle, ("Videresendt til ", "videresendt til ")))
_FORWARDED_BY: Final = re.compile(
    rf"[^\n\]]{{1,60}}? af ({_CAPITALISED}(?: {_CAPITALISED}){{1,2}}), \d"
)


# pii49: a label's person with the birth date after the name ("Køber: Chinedu Kolding Mensah,
# f. 19. november 1997, har bestilt …"), as a case note names a buyer: two or three
# capitalised words, the date saying a person whether the lists know them or not.
_LABEL_LEADS: Final = (_needle(": "), _BULLET)
_BORN_MARK: Final = _needle(", f")
_BORN_NAMED: Final = re.compile(
    rf"({_CAPITALISED}(?: {_CAPITALISED}){{1,2}}), (?:født|f\.) "
    r"\d\d?(?:[./-]\d\d?[./-]\d\d|\. [a-zæøå]{3})"
)


def _profiles_and_loggers(scan: Scan) -> Iterator[Finding]:
    """pii41: a profile's name in quotes (_QUOTED_PROFILE) and a log entry's author
    (_LOGGED_BY), the author with a listed name among its words (an office may make the
    entry: "oprettet … af Kundeservice Nord"); pii49: a label's person before a birth date
    (_BORN_NAMED)."""
    for leads, pattern in (
        (_PROFILE_LEADS, _QUOTED_PROFILE),
        (_LOGGED_LEADS, _LOGGED_BY),
        (_FORWARDED_LEADS, _FORWARDED_BY),
        (_LABEL_LEADS, _BORN_NAMED),
    ):
        if pattern is _BORN_NAMED and not scan.holds(_BORN_MARK):
            continue
        capitals = None if pattern is _LOGGED_BY or pattern is _FORWARDED_BY else _DANISH_CAPITALS
        for match in _after_leads(scan, leads, pattern, capitals):
            words = match.group(1).split(" ")
            if _quoted_words_named(words) and (
                pattern is _QUOTED_PROFILE or pattern is _BORN_NAMED or _listed_word(words)
            ):
                yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii41: a letter's or a delivery's address block ("leveret her:⏎⏎Ida Holm⏎Enghaven 4B⏎7100
# Vejle"): a line of two or three capitalised words, one of them a listed name, after a blank
# line or a label's colon, over a street's line with its number and a postcode's line.
# pii48: or in capitals, as a debt collector's letter addresses its debtor ("TAGE BØGH⏎
# Solsikkevej 4, 4. mf.⏎3300 Frederiksværk").
_BLOCK_CAPITALS: Final = r"[A-ZÆØÅÄÖÜ]{2,}(?:-[A-ZÆØÅÄÖÜ]{2,})?"
# pii67: or inverted, as a fee note addresses its client ("SALÆRNOTA nr. 26-9906⏎⏎Lykke,
# Agnes⏎Tranekærgade 92B⏎2630 Taastrup"), one to three given names after the comma.
_BLOCK_NAME: Final = re.compile(
    rf"((?>{_NAME_WORD})(?: (?>{_NAME_WORD})){{1,2}}"
    rf"|(?>{_NAME_WORD}), (?>{_NAME_WORD})(?: (?>{_NAME_WORD})){{0,2}}"
    rf"|{_BLOCK_CAPITALS}(?: {_BLOCK_CAPITALS}){{1,2}}"
    # pii97: or an initial and a surname, as an invoice or a letter addresses its customer
    # ("FAKTURA nr. …⏎⏎K. Dam⏎Lærkevej 4⏎7100 Vejle").
    rf"|[A-ZÆØÅ]\. (?:(?>{_NAME_WORD})|{_BLOCK_CAPITALS}))[ \t]*\n"
)
_BLOCK_STREET: Final = re.compile(
    r"[A-ZÆØÅ][^\W\d_]+(?:[ -][^\W\d_]+){0,3} \d{1,3}[A-Z]?(?:,[^\n]{1,20})?[ \t]*\n"
)


def _address_block_names(scan: Scan) -> Iterator[Finding]:
    """The person's name that heads an address block (_BLOCK_NAME), found from the postcode
    lines among the text's digit clusters (a postcode's four digits at a line's start)."""
    source = scan.source
    for start, end, digits in scan.clusters():
        if digits < 4:
            continue
        at = start if start and source[start - 1] == "\n" else source.find("\n", start, end) + 1
        while 0 < at < end:
            if source[at : at + 4].isdigit() and source.startswith(" ", at + 4):
                street_start = source.rfind("\n", 0, at - 1) + 1
                street = _BLOCK_STREET.match(source, street_start)
                name_start = source.rfind("\n", 0, street_start - 1) + 1
                name = _BLOCK_NAME.match(source, name_start) if street_start > 1 else None
                if (
                    street is not None
                    and street.end() == at
                    and name is not None
                    and name.end() == street_start
                    and (name_start == 0 or source[name_start - 2] in "\n:")
                ):
                    words = name.group(1).replace(",", "").split(" ")
                    # pii97: an initial's surname need not be listed: no firm is so named.
                    initial = len(words) == 2 and len(words[0]) == 2 and words[0][1] == "."
                    if (initial or _listed_word(words)) and _quoted_words_named(words):
                        span = name.span(1)
                        if not _organisation(source, *span):
                            yield Finding("PERSON", *span, 0.7, "person")
            at = source.find("\n", at, end) + 1


def _after_leads(
    scan: Scan,
    leads: tuple[str, ...],
    pattern: re.Pattern[str],
    first: frozenset[str] | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern`` matched right after each occurrence of each of ``leads`` (needles of the
    keyword pass) in the text; with ``first`` (the characters its match can begin with),
    asked only where one of them follows the lead (redspeed15: "ringede " and ": " stand in
    most texts before a lowercase word)."""
    source = scan.source
    for lead in leads:
        if not scan.holds(lead):
            continue
        at = source.find(lead)
        while at >= 0:
            after = at + len(lead)
            if first is None or source[after : after + 1] in first:
                match = pattern.match(source, after)
                if match is not None:
                    yield match
            at = source.find(lead, at + 1)


def _quoted_callers(scan: Scan) -> Iterator[Finding]:
    """pii40: a caller's name in quotes after a call's or a caller's word (_QUOTED_CALLER);
    pii48: a scammer's alias in quotes before what they did (_QUOTED_ACTOR); pii49: a
    caller's name before the firm they claimed in quotes (_CLAIMING_FIRM); pii100: a caller's
    alias with the firm inside the quotes (_QUOTED_CALLER_FIRM), a listed given name first."""
    for match in chain(
        _after_leads(scan, _CALLER_LEADS, _QUOTED_CALLER, _DANISH_CAPITALS),
        _after_leads(scan, _ACTOR_LEADS, _QUOTED_ACTOR, _DANISH_CAPITALS),
        _after_leads(scan, _CLAIM_LEADS, _CLAIMING_FIRM, _DANISH_CAPITALS),
        (
            match
            for match in _after_leads(
                scan, _FIRM_ALIAS_LEADS, _QUOTED_CALLER_FIRM, _DANISH_CAPITALS
            )
            if _listed_given(match.group(1).split(" ")[0])
        ),
    ):
        if not any(
            _not_a_name_word(word)
            or _no_speaker_word(word)
            or word.casefold() in _pseudonym_nouns()
            or word.casefold() in _NOT_NAMES
            or _organisation_word(word)
            for word in match.group(1).split(" ")
        ):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


def _chat_friends(scan: Scan) -> Iterator[Finding]:
    """A friend named at a chat message's end after "min ven", "spørger lige" or "snakke
    med" (_FRIEND_NAME)."""
    for match in _after_leads(scan, _FRIEND_LEADS, _FRIEND_NAME):
        if match.group(1).casefold() not in _NO_FRIENDS:
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii69: an English complaint's flatmate and the name a scammer gave himself ("My flatmate
# Bích Tanaka paid her share", "my flatmate tariq paid", "The 'landlord' called himself Villum
# Haddad and said …"), and an adviser's call log's caller after the time ("kl. 07.06 Juul,
# Oluwaseun called from 33.06.12.45"): up to three capitalised words, no firm's, role's or
# everyday word (those before the first that is not), or a listed given name in lower case.
_HOUSEMATE_LEADS: Final = tuple(
    map(
        _needle,
        (
            *("My flatmate ", "my flatmate ", "My roommate ", "my roommate "),
            *("My housemate ", "my housemate ", "called himself ", "called herself "),
        ),
    )
)
_NAME_RUN: Final = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_HOUSEMATE: Final = re.compile(rf"({_NAME_RUN}(?: {_NAME_RUN}){{0,2}})(?![\w'’-])")
# pii86: or in Danish after a date and the time's colon, in lower case too ("27.08.2026 kl.
# 18.14: milica ringer fra 62.45.75.82 og opdager svindlen").
_CALLED_FROM: Final = tuple(map(_needle, (" called from ", " ringer fra ", " ringede fra ")))
_LOG_CALLER: Final = re.compile(
    rf"(?m)(?:^|(?<=\d ))kl\. \d\d[.:]\d\d:? ({_NAME_RUN}(?:,? {_NAME_RUN}){{0,2}})"
    r" (?:called from|ringer fra|ringede fra) "
)


def _capitalised_name(words: list[str]) -> bool:
    """Whether each word is capitalised and none a firm's, role's or everyday word."""
    return all(
        word[:1].isupper()
        and not _not_a_name_word(word)
        and not _organisation_word(word)
        and word.casefold() not in _NOT_NAMES
        for word in words
    )


def _housemates_and_log_callers(scan: Scan) -> Iterator[Finding]:
    """A flatmate or a scammer's own name after its lead (_HOUSEMATE_LEADS, _HOUSEMATE) and a
    call log's caller (_LOG_CALLER)."""
    source = scan.source
    for match in _after_leads(scan, _HOUSEMATE_LEADS, _HOUSEMATE):
        words = match.group(1).split(" ")
        taken = 0
        while taken < len(words) and _capitalised_name(words[taken : taken + 1]):
            taken += 1
        if not taken and words[0].islower() and _lowercase_given(words[0]):
            taken = 1
        if taken:
            end = match.start(1) + len(" ".join(words[:taken]))
            yield Finding("PERSON", match.start(1), end, 0.7, "person")
    if any(map(scan.holds, _CALLED_FROM)):
        for match in _log_caller_matches(source):
            words = match.group(1).replace(",", "").split(" ")
            if _capitalised_name(words) or (
                match.group(1).islower() and _listed_name(words[0]) and words[0] not in _NOT_NAMES
            ):
                yield Finding("PERSON", *match.span(1), 0.7, "person")


def _log_caller_matches(source: str) -> list[re.Match[str]]:
    """``_LOG_CALLER.finditer(source)``'s matches, the pattern tried only at each "kl. "
    (redspeed24): its opening look-behind (a line's start, or a digit and a space) gave the
    engine no character to look for, so a search tried every position of the text (2 % of the
    dense bench's instructions). A match begins at its "kl. "; tried there left to right, not
    overlapping, as one search finds them."""
    found: list[re.Match[str]] = []
    at = source.find("kl. ")
    while at >= 0:
        match = _LOG_CALLER.match(source, at)
        if match is not None:
            found.append(match)
            at = source.find("kl. ", match.end())
        else:
            at = source.find("kl. ", at + 1)
    return found


# pii69: a name as a delimited row's field right before the person's CPR number, as a list
# exported from a spreadsheet gives each person ("2687; Chen, Siobhán; 18 01 42 2452; …",
# "2631; FATUMA O'BRIEN; 230376-0259; …"): two to four words, capitalised or in capitals, an
# inverted name's comma after the first; no firm's, role's or everyday word.
_ROW_NAME: Final = re.compile(
    rf"(?m)(?:^|; )({_NAME_RUN}(?:,? {_NAME_RUN}){{1,3}}); "
    r"(?=(?:\d{6}[- ]?\d{4}|\d\d \d\d \d\d \d{4})[ ]?;)"
)
_FIELD_SEPARATOR: Final = _needle("; ")


def _row_name_matches(source: str) -> list[re.Match[str]]:
    """``_ROW_NAME.finditer(source)``'s matches, the pattern tried only where one can begin
    (redspeed19): its "(?:^|; )" gave the engine no character to look for, so a search
    tried every position (5.3 M of the dense bench's 150 M instructions). A match holds no
    line break and a "; " after its name, so it begins at such a "; " or at the start of
    its line; tried there left to right, not overlapping, as one search finds them."""
    found: list[re.Match[str]] = []
    done = 0
    line = -1
    at = source.find("; ")
    while at >= 0:
        start = source.rfind("\n", 0, at) + 1
        for begin in (start, at) if line < start < at else (at,):
            if begin >= done:
                match = _ROW_NAME.match(source, begin)
                if match is not None:
                    found.append(match)
                    done = match.end()
        line = start
        at = source.find("; ", at + 1)
    return found


# pii86: a name as the field after a record's ID in a report's numbered list of cases
# ("2. KH-26-39371 · Abdi, Preben · overtaget konto, …", "4. PF-386342 · amira · …"): one to
# four words, an inverted name's comma after the first, between the field separators "·" or
# "|", maybe in the genitive; capitalised (no firm's, role's or everyday word) or in lower
# case from a listed name ("· overtaget konto ·" tells what happened).
_RECORD_ID_NAME: Final = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+)?[A-Z]{2,4}-[\d-]{4,12}[ \t]+[·|][ \t]+"
    # Or a time stamp's field between, as a complaints log writes it ("KL-26-7933 |
    # 2026-03-22 09:34 | Tholstrup, Ulrikke | brev | …").
    r"(?:[\d.:/ -]{8,20}[ \t]+[·|][ \t]+)?"
    rf"({_NAME_RUN}(?:,? {_NAME_RUN}){{0,3}}['’]?)[ \t]+[·|][ \t]"
)


def _record_id_names(source: str) -> Iterator[Finding]:
    """The name field after a record's ID (_RECORD_ID_NAME)."""
    for match in _RECORD_ID_NAME.finditer(source):
        words = match.group(1).replace(",", "").rstrip("'’").split(" ")
        # A case's kind is one word too ("SAG-473618 · Kontoovertagelse · prioritet høj"):
        # one word only as a listed name or its genitive ("· Rikkes ·", "· Villads' ·").
        if len(words) == 1 and not (
            _listed_name(words[0]) or (words[0][-1:] == "s" and _listed_name(words[0][:-1]))
        ):
            continue
        if _capitalised_name(words) or (
            words[0].islower() and _listed_name(words[0]) and words[0] not in _NOT_NAMES
        ):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii86: the customer an alert is about after a log's bare "Bruger:" label ("Bruger: Ali
# Mortensen (kunde-nr. …)", "Bruger: IVANA SLOTH-ABDI (…", "Bruger: Bruun, Birgit (…"): a
# name of several capitalised words (display_name_after_label), none a firm's, role's or
# everyday word nor a placeholder's lone letter or number ("Bruger: Anmelder A (…"); a user
# ID typed into MitID is one token (the MitID recogniser's).
_USER_LABEL: Final = _needle("Bruger: ")
_FIRST_TOKEN: Final = re.compile(r"[^\W\d_][\w'’-]*")


def _user_label_names(scan: Scan) -> Iterator[Finding]:
    """The display name after "Bruger: " at a line's start (_USER_LABEL)."""
    source = scan.source
    if not scan.holds(_USER_LABEL):
        return
    at = source.find("Bruger: ")
    while at >= 0:
        token = _FIRST_TOKEN.match(source, at + 8)
        if (at == 0 or source[at - 1] == "\n") and token is not None:
            rest = _NAME_REST_AFTER_LABEL.match(source, token.end())
            if rest is not None and display_name_after_label(source, *token.span()):
                words = source[token.start() : rest.end(1)].replace(",", " ").split()
                if all(len(word) > 1 for word in words) and _capitalised_name(words):
                    yield Finding("PERSON", token.start(), rest.end(1), 0.7, "person")
        at = source.find("Bruger: ", at + 8)


# pii86: an inverted name before the person's birth date in brackets, as a debt collector's
# note and list write the debtor ("Skyldner Krogh, Gorm (f. 10/3-1962) bestrider …", "3.
# Ćosić-Şahin, Liva (født 2. september 1943)"): the surname, a comma and one or two given
# names, each capitalised and no firm's, role's or everyday word, one of them a listed name
# or the surname with a Danish surname's ending ("Aarhus, Midtbyen (f. 2020)" is none); one
# name, not two.
_BIRTH_BRACKET: Final = (" (f. ", " (født ")
_INVERTED_BEFORE: Final = re.compile(rf"(?<![\w'’-])({_NAME_RUN}, {_NAME_RUN}(?: {_NAME_RUN})?)\Z")


# pii86: or opening a log's line after its time and a dash, before the person's phone or
# e-mail, as an estate agent's viewing log writes who came ("13.38 – Rytter, Ebbe, +45 …",
# "10.24 – Mahmoud, Ebbe (ebbe.mahmoud@…) kom i …").
_TIMED_INVERTED: Final = re.compile(
    rf"(?m)^\d\d[.:]\d\d – ({_NAME_RUN}, {_NAME_RUN}(?: {_NAME_RUN})?)(?=, | \()"
)


def _inverted_row_name(match: re.Match[str] | None) -> Finding | None:
    """The inverted name of ``match``'s group, each word capitalised and no firm's, role's
    or everyday word, one of them a listed name or the surname a Danish one's ending."""
    words = [] if match is None else match.group(1).replace(",", "").split(" ")
    if (
        match is not None
        and _capitalised_name(words)
        and (any(map(_listed_name, words)) or _SURNAME_ENDING.fullmatch(words[0]) is not None)
    ):
        return Finding("PERSON", *match.span(1), 0.7, "person")
    return None


def _inverted_before_birth(source: str) -> Iterator[Finding]:
    """The inverted name right before " (f. " or " (født " (_INVERTED_BEFORE) or after a
    log line's time (_TIMED_INVERTED)."""
    for bracket in _BIRTH_BRACKET:
        at = source.find(bracket)
        while at >= 0:
            found = _inverted_row_name(_INVERTED_BEFORE.search(source, max(0, at - 60), at))
            if found is not None:
                yield found
            at = source.find(bracket, at + 1)
    if " – " in source:
        for match in _TIMED_INVERTED.finditer(source):
            found = _inverted_row_name(match)
            if found is not None:
                yield found


# redspeed27: a record's cell marks, asked of the keyword pass (_row_names).
_DOT_CELL: Final = _needle("· ")
_BAR_CELL: Final = _needle("| ")


def _row_names(scan: Scan) -> Iterator[Finding]:
    """A name field before a CPR field in a ";"-delimited row (_ROW_NAME), and (pii86) the
    name field after a record's ID (_record_id_names)."""
    if scan.holds(_DOT_CELL) or scan.holds(_BAR_CELL):
        yield from _record_id_names(scan.source)
    if not scan.holds(_FIELD_SEPARATOR):
        return
    for match in _row_name_matches(scan.source):
        words = match.group(1).replace(",", "").split(" ")
        if _capitalised_name(words):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii45: a friend a chat names in lowercase in text that has capitals ("My friend mariam lives
# close by", "sorry, mariam says the real owner …"): after "my friend"/"min veninde" or before
# a verb of saying, a listed given name only ("ellen says" but no "han siger").
_FRIEND_WORD_LEADS: Final = tuple(
    map(
        _needle,
        (
            *("My friend ", "my friend ", "Min ven ", "min ven ", "Min veninde ", "min veninde "),
            # pii47: a volunteer's note to self ("- ring til mette igen i morgen om bøssen").
            *("ring til ", "Ring til "),
            # pii97: a relative a chat names in lowercase after "min" and the kin word ("min
            # søster ida har også betalt", "min bror kim bor der"); a listed given name only,
            # so the sentence's verb is none ("min mor har").
            *(
                f"{mine} {kin} "
                for mine in ("min", "Min")
                for kin in ("søster", "bror", "mor", "far", "datter", "søn", "kone", "mand")
            ),
        ),
    )
)
_SAYING_VERBS: Final = tuple(map(_needle, (" says ", " said ", " siger ", " sagde ")))
_LOWER_SURNAME_AFTER: Final = re.compile(r" ([a-zæøå]{2,15}(?:-[a-zæøå]{2,15})?)(?![\w'’-])")


def _lowercase_surname(word: str) -> bool:
    """pii97: whether ``word`` in lowercase is a listed surname (a part of a double one),
    no everyday word."""
    surnames = gazetteer()["surname"]
    return word not in _NOT_NAMES and any(part in surnames for part in _normal(word).split("-"))


_LOWER_GIVEN: Final = re.compile(r"([a-zæøå]{2,15}(?:-[a-zæøå]{2,15})?)(?![\w'’-])")


def _lowercase_given(word: str) -> bool:
    """Whether ``word`` in lowercase is a listed given name (each part of a double one)."""
    first = gazetteer()["first"]
    return all(part in first for part in _normal(word).split("-"))


# pii65: a relative's name in lower case before the CPR number in brackets, as a relative
# writing for a citizen gives it ("hej jeg skriver for min svigermor yasmin sommer (cpr 28 07
# 90 3890)"): the first word a listed given name, up to two more words of the name after it.
_RELATIVE_WITH_CPR: Final = re.compile(
    r"(?<![\w-])(?:min|mit|hans|hendes|vores|deres) (?:mor|far|søn|datter|bror|søster|mand"
    r"|kone|mormor|morfar|farmor|farfar|bedstemor|bedstefar|svigermor|svigerfar|moster"
    r"|faster|tante|onkel|nevø|niece) "
    r"([a-zæøå]{2,}(?:[ -][a-zæøå]{2,}){0,2}) (?=\(cpr[ .:])"
)
_CPR_IN_LOWER_BRACKET: Final = _needle(" (cpr")


def _relatives_with_cpr(scan: Scan) -> Iterator[Finding]:
    """A relative's lower-case name before its CPR number in brackets (_RELATIVE_WITH_CPR),
    its first word a listed given name, one that is also a word included ("mai")."""
    if not scan.holds(_CPR_IN_LOWER_BRACKET):
        return
    for match in _relative_matches(scan.source):
        first = _normal(match.group(1).split(" ")[0])
        if first in gazetteer()["first"] or first in gazetteer()["ambiguous"]:
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# The words every _RELATIVE_WITH_CPR match begins with.
_RELATIVE_POSSESSIVES: Final = ("min ", "mit ", "hans ", "hendes ", "vores ", "deres ")


def _relative_matches(source: str) -> list[re.Match[str]]:
    """``_RELATIVE_WITH_CPR.finditer(source)``'s matches, the pattern tried only where one of
    its possessives starts on a line _relative_lines gives, left to right, not overlapping
    (redspeed18: its look-behind first, a search tried every position of a text holding
    " (cpr", 4 M instructions in the dense bench)."""
    found: list[re.Match[str]] = []
    for lo, hi in _relative_lines(source):
        starts: list[int] = []
        for word in _RELATIVE_POSSESSIVES:
            at = source.find(word, lo, hi)
            while at >= 0:
                starts.append(at)
                at = source.find(word, at + 1, hi)
        done = lo
        for at in sorted(starts):
            if at >= done and (match := _RELATIVE_WITH_CPR.match(source, at, hi)) is not None:
                found.append(match)
                done = match.end()
    return found


def _relative_lines(source: str) -> list[Span]:
    """The lines _RELATIVE_WITH_CPR can match in, whole: a match holds no line break and ends
    before " (cpr" and a space, "." or ":"."""
    lines: list[Span] = []
    at = source.find(_CPR_IN_LOWER_BRACKET)
    while at >= 0:
        end = source.find("\n", at)
        if end < 0:
            end = len(source)
        if source.startswith((" ", ".", ":"), at + 5):
            lines.append((source.rfind("\n", 0, at) + 1, end))
            at = source.find(_CPR_IN_LOWER_BRACKET, end)
        else:
            at = source.find(_CPR_IN_LOWER_BRACKET, at + 1)
    return lines


def _friends_in_lowercase(scan: Scan) -> Iterator[Finding]:
    """A listed given name in lowercase after "my friend" or before "says" (_FRIEND_WORD_LEADS,
    _SAYING_VERBS); a text all in lowercase finds its names by the list anyway."""
    source = scan.source
    if source.islower():
        return
    for match in _after_leads(scan, _FRIEND_WORD_LEADS, _LOWER_GIVEN):
        if _lowercase_given(match.group(1)):
            end = match.end(1)
            # pii97: with a surname in lowercase after it ("min mor lis holm-berg har …").
            after = _LOWER_SURNAME_AFTER.match(source, end)
            if after is not None and _lowercase_surname(after.group(1)):
                end = after.end(1)
            yield Finding("PERSON", match.start(1), end, 0.7, "person")
    for verb in _SAYING_VERBS:
        if not scan.holds(verb):
            continue
        at = source.find(verb)
        while at >= 0:
            start = at
            while start and (source[start - 1].isalpha() or source[start - 1] == "-"):
                start -= 1
            word = source[start:at]
            if (
                word.islower()
                and (start == 0 or source[start - 1] in " \t\n,")
                and _LOWER_GIVEN.fullmatch(word)
                and _lowercase_given(word)
            ):
                yield Finding("PERSON", start, at, 0.7, "person")
            at = source.find(verb, at + 1)


# pii60: where a family-law note names a person by one word, a surname the lists may lack:
# in apposition to a relative, the sentence going on after it ("Børnenes mor, Kjærsgaard,
# kan bekræfte det", "…, E. Nygaard-Lykke, kan …"), and as the subject of what a party
# reported, a verb after it ("Mette har skriftligt oplyst, at Winther siden bruddet har
# tømt …", "Amina oplyste på mødet, at Krogh har ændret adgangen", "forklarede, at Bo har
# låst hende ude"). A reported subject must look like a name (_listed_name_part: "oplyst, at
# Netflix har" is none); in apposition any capitalised word does ("Frost", "Vinther").
_SLOT_LEADS: Final = tuple(
    map(_needle, (*(f" {kin}, " for kin in ("mor", "far", "søn", "datter", "bror")), ", at "))
)
_SLOT_NAME: Final = re.compile(
    r"((?:[A-ZÆØÅ]\. )?[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)"
    r"(?=, [a-zæøå]| (?:har|havde|er|var|siden|vil|skal|bad|nægter|bestrider|ønsker)(?![\w]))"
)
_REPORTED_AT_BEFORE: Final = re.compile(
    r"(?<![\w])(?:oplyst|oplyste|oplyser|forklaret|forklarede|forklarer|fortalt|fortalte"
    r"|fortæller|sagt|sagde|siger|anført|anførte|bekræftet|bekræftede)"
    r"(?: [a-zæøå]+){0,3}, at \Z"
)


def person_slot(source: str, match: re.Match[str]) -> bool:
    """pii60: whether _SLOT_NAME's word stands where a person does: after a relative in
    apposition (_KIN_APPOSITION_BEFORE) with a comma after it, or after a reporting verb's
    "…, at" (_REPORTED_AT_BEFORE) before a verb, a name's word each part."""
    start, end = match.span(1)
    word = match.group(1).rsplit(" ", 1)[-1]
    if word.casefold() in _NOT_NAMES or _organisation_word(word):
        return False
    lo = start - 45 if start > 45 else 0
    if source.startswith(",", end):
        return _KIN_APPOSITION_BEFORE.search(source, lo, start) is not None
    return _listed_name_part(word) and _REPORTED_AT_BEFORE.search(source, lo, start) is not None


def _slot_names(scan: Scan) -> Iterator[Finding]:
    """pii60: a name by one word (or an initial and a surname) in a person's slot
    (_SLOT_LEADS, _SLOT_NAME, person_slot)."""
    for match in _after_leads(scan, _SLOT_LEADS, _SLOT_NAME):
        if person_slot(scan.source, match):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii75: a listed given name, a middle initial and a capitalised surname ("/Hamza S.
# Hussaini, kontrollant", "Kontrollant: Svend P. Dalsgaard", "Modtaget af: Ana K. Haahr"):
# the initial between them is how a name is written, whatever words stand around it, also
# where the given name is an everyday word (Svend, Liv, Ana). The given name must begin its
# word and be listed; a surname that is a sentence's, role's, firm's or street's word, or
# one a street word follows ("Hans C. Andersens Boulevard", "Thomas B. Thriges Gade"), is
# none.
_GIVEN_INITIAL_SURNAME: Final = re.compile(
    r" [A-ZÆØÅ]\. ([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?)(?![\w'’.-]|\.\w)"
)


def _initial_surname_matches(source: str, shape: bytes) -> list[re.Match[str]]:
    """``_GIVEN_INITIAL_SURNAME.finditer(source)``'s matches, read from the text's capitals
    (Scan.case_shape, made once per text and shared with the other candidates): each begins
    where the shape reads " A. A" (a space, a capital, a full stop, a space and a capital),
    so the pattern is tried there only, in order and from the last match's end, not at
    every space of the text (redspeed22: 2.5 M instructions per 48 dense pieces)."""
    found: list[re.Match[str]] = []
    at = shape.find(b" A. A")
    while at >= 0:
        match = _GIVEN_INITIAL_SURNAME.match(source, at)
        if match is None:
            at = shape.find(b" A. A", at + 1)
        else:
            found.append(match)
            at = shape.find(b" A. A", match.end())
    return found


def _given_before_initial(source: str, at: int) -> int:
    """Where the capitalised word that ends at ``at`` begins, or -1: none there, or one that
    follows a letter, digit, hyphen, apostrophe or full stop (no word's start)."""
    start = at
    while start > 0 and start > at - 20 and source[start - 1].isalpha():
        start -= 1
    if start == at or not source[start].isupper():
        return -1
    if start > 0 and (source[start - 1].isalnum() or source[start - 1] in ".-'’_"):
        return -1
    return start


def _middle_initial_names(scan: Scan) -> Iterator[Finding]:
    """pii75: a listed given name, a middle initial and a surname (_GIVEN_INITIAL_SURNAME)."""
    source = scan.source
    if ". " not in source:
        return
    for match in _initial_surname_matches(source, scan.case_shape()):
        start = _given_before_initial(source, match.start())
        if start < 0 or not _listed_given(source[start : match.start()]):
            continue
        surname = match.group(1)
        if (
            surname.casefold() in _NOT_NAMES
            or _not_a_name_word(surname)
            or _organisation_word(surname)
            or street_word(surname)
            or _street_word_next(source, match.end())
        ):
            continue
        yield Finding("PERSON", start, match.end(), 0.7, "person")


def _street_word_next(source: str, end: int) -> bool:
    """Whether a street's word follows ``end`` ("Thomas B. Thriges Gade", "… Vej")."""
    after = _NEXT_WORD.match(source, end)
    if after is None:
        return False
    word = after.group()[1:].casefold()
    return word in _STREET_WORDS or word in _STREET_WORD_ENDINGS or street_word(word)


# pii60: a grandchild or sibling named last in a list of children with their birth dates
# ("morfar til Ewa Holm (født 27-08-2014) og Signe.", "… (født 13. juni 2017) og Bo. Siden
# skilsmissen …"): a listed given name, also one that is a word, before the sentence's end.
_CHILD_LIST_LEADS: Final = tuple(map(_needle, (") og ",)))
_LAST_CHILD: Final = re.compile(r"([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)(?=[.,;](?:\s|$))")
_BORN_BRACKET_BEFORE: Final = re.compile(r"\((?:født|f\.) [^()\n]{4,30}\) og \Z")


def _last_listed_children(scan: Scan) -> Iterator[Finding]:
    """pii60: a listed given name after a child's birth date in brackets and "og"
    (_CHILD_LIST_LEADS, _LAST_CHILD, _BORN_BRACKET_BEFORE)."""
    source = scan.source
    for match in _after_leads(scan, _CHILD_LIST_LEADS, _LAST_CHILD):
        start = match.start(1)
        if _listed_given(match.group(1)) and _BORN_BRACKET_BEFORE.search(
            source, max(0, start - 40), start
        ):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii60: a child a parent is to collect or drop off at a time or a place ("kan du hente svend
# kl 16 i morgen", "jeg henter Dung i børnehaven"), as separated parents' chats arrange
# contact: a listed given name, also one that is a word, before "kl" and a time, a child's
# institution or a day; "hente pakken kl 16" names no one.
_PICK_UP_LEADS: Final = tuple(
    map(_needle, (" hente ", " henter ", " afhente ", " aflevere ", " afleverer "))
)
_PICKED_UP: Final = re.compile(
    r"([A-ZÆØÅa-zæøå][a-zæøå]{1,14}(?:-[A-ZÆØÅa-zæøå][a-zæøå]{1,14})?)"
    r"(?= (?:kl\.? ?\d|(?:i|fra) (?:børnehaven|vuggestuen|skolen|sfo|sfo'en|klubben"
    r"|dagplejen|fritidsordningen|fodbold|træning)(?![\w'])"
    # pii92: or a day, as a school portal's chat asks ("Og hvem henter Storm i dag?").
    r"|i (?:dag|morgen|eftermiddag)(?![\w'])))"
)


def _picked_up_children(scan: Scan) -> Iterator[Finding]:
    """pii60: a listed given name picked up or dropped off (_PICK_UP_LEADS, _PICKED_UP)."""
    for match in _after_leads(scan, _PICK_UP_LEADS, _PICKED_UP):
        if _listed_given(match.group(1)):
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii45: an Irish surname with its "O'" ("Sean O'Connell", "Siobhan Lykke O'Brien"), which no
# other language writes: one to three capitalised given names before it, back to a title,
# greeting, role or sentence word ("Ring O'Connell Ltd": none).
# pii69: and a West African "N'" or an Italian or Goan "D'" ("Bích N'Diaye", "A. D'Souza"),
# after an initial too ("H. N'Diaye"), or first with a capitalised given name after its comma
# ("O'Brien, Guðrún"); given names with any letters ("Guðrún", "Małgorzata", "Jean-Luc").
# (The letter first, then the look-behind: test_pattern_cost.)
# An English genitive may follow ("Villum O'Neill's laptop": _with_english_genitive).
_O_SURNAME: Final = re.compile(
    r"[ODN](?<![\w'’.-][ODN])['’][A-Z][^\W\d_]+(?![\w-]|['’](?!s(?!\w)))"
)
_GIVEN_BEFORE_O: Final = re.compile(
    r"(?<![\w'’.-])(?:(?:[A-ZÆØÅ]\.|[^\W\d_]+(?:-[^\W\d_]+)?) ){1,3}\Z"
)
_GIVEN_AFTER_O: Final = re.compile(r", ([^\W\d_]+(?:-[^\W\d_]+)?)(?![\w'’-])")
_TITLES_BEFORE_O: Final = frozenset(("mr", "mrs", "ms", "miss", "dr", "hr", "fru", "frk"))


def _o_surname_matches(source: str) -> list[re.Match[str]]:
    """``_O_SURNAME.finditer(source)``'s matches, tried only at an "O", "D" or "N" before an
    apostrophe, where each begins (redspeed19: the search tried every such capital of the
    text, 1.6 M of the dense bench's 150 M instructions); left to right, not overlapping."""
    marks = [at for mark in "'’" for at in _all_at(source, mark) if at]
    if len(marks) > 1:
        marks.sort()
    found: list[re.Match[str]] = []
    done = 0
    for at in marks:
        if at - 1 >= done and source[at - 1] in "ODN":
            match = _O_SURNAME.match(source, at - 1)
            if match is not None:
                found.append(match)
                done = match.end()
    return found


def _all_at(source: str, mark: str) -> list[int]:
    """Every offset of ``mark`` in ``source``."""
    found: list[int] = []
    at = source.find(mark)
    while at >= 0:
        found.append(at)
        at = source.find(mark, at + 1)
    return found


def _irish_names(scan: Scan) -> Iterator[Finding]:
    """Given names and a surname in O', D' or N' (_O_SURNAME, _GIVEN_BEFORE_O), or the
    surname first and a given name after its comma (_GIVEN_AFTER_O)."""
    source = scan.source
    if "'" not in source and "’" not in source:
        return
    for match in _o_surname_matches(source):
        before = _GIVEN_BEFORE_O.search(source, max(0, match.start() - 60), match.start())
        start = match.start()
        for word in reversed(before.group().split()) if before is not None else ():
            folded = word.casefold()
            if (
                not word[0].isupper()
                or folded in _NOT_NAMES
                or folded in _GREETING_WORDS
                or folded in _TITLES_BEFORE_O
                or folded in _NOT_STREET_WORDS
                or _role_word(folded)
                or _organisation_word(folded)
            ):
                break
            start = source.rfind(word, 0, start)
        if start < match.start():
            yield Finding("PERSON", start, match.end(), 0.7, "person")
            continue
        after = _GIVEN_AFTER_O.match(source, match.end())
        if (
            after is not None
            and after.group(1)[0].isupper()
            and not after.group(1)[1:2].isupper()
            and after.group(1).casefold() not in _NOT_NAMES
            and not _organisation_word(after.group(1))
        ):
            yield Finding("PERSON", match.start(), after.end(), 0.7, "person")


# pii34: a child a parent's or a note's line names by age or class right after a label
# ("Note fra forælder: Vy er 13 år.", "…: Kwame går i 8. klasse"): one capitalised word,
# no role's, pseudonym's or everyday word ("Pigen er 15 år" says who, but names no one).
_AGED: Final = re.compile(r": ([A-ZÆØÅ][a-zæøå]+) (?:er \d{1,2} år|går i \d{1,2}\. klasse)")
_YEARS_OLD, _SCHOOL_CLASS = map(_needle, (" år", ". klasse"))


def _aged_children(scan: Scan) -> Iterator[Finding]:
    """A child named with an age or class after a label's colon (_AGED)."""
    if not (scan.holds(_YEARS_OLD) or scan.holds(_SCHOOL_CLASS)):
        return
    for match in _AGED.finditer(scan.source):
        word = match.group(1).casefold()
        if word not in _NOT_NAMES and word not in _ROLE_WORD_SET and word not in _NO_FRIENDS:
            yield Finding("PERSON", *match.span(1), 0.7, "person")


# pii74: a middle initial between a given name and a surname each found alone ("Med venlig
# hilsen⏎Vigga E. Juhl", "Medarbejder: Nadia S. Öztürk"): one name over the initial.
_MIDDLE_INITIAL: Final = re.compile(r" [A-ZÆØÅ]\. ")


# pii97: a given name with its surname's initial and dot, as a board's minutes list members
# ("Til stede: Anna K.; Bo Lund; …") and a note signs them ("Ring til Mette B. (kasserer)"):
# the initial ends the name only before a list's or line's end or an office in brackets,
# not before a capitalised word (a middle initial, _joined_over_initial).
# pii106: or before a lowercase word, as a note goes on after the name ("Mette R. oplyser,
# at …"), and a sentence's full stop ("oprettet i navnet Trine B..").
_SURNAME_INITIAL_AFTER: Final = re.compile(r" [A-ZÆØÅ]\.(?=[;,.)]| \(| [a-zæøå]|[ \t]*(?:\n|\Z))")


def _with_surname_initial(source: str, finding: Finding) -> Finding:
    """pii97: a listed given name found alone widened over its surname's initial
    (_SURNAME_INITIAL_AFTER)."""
    end = finding.end
    if source[end : end + 1] != " " or source[end + 3 : end + 4] == "":
        return finding  # most names: one look
    word = source[finding.start : end]
    if " " in word or not word.istitle():
        return finding
    names, norm = gazetteer(), _normal(word)
    # pii106: a double given name too ("Per-Ole S. oplyser").
    if norm not in names["first"] and not (
        "-" in norm and _double_given_name(norm.split("-"), names)
    ):
        return finding
    after = _SURNAME_INITIAL_AFTER.match(source, end)
    if after is None:
        return finding
    return Finding(finding.entity, finding.start, after.end(), finding.score, finding.recognizer)


def _joined_inverted(source: str, found: list[Finding]) -> list[Finding]:
    """pii97: a surname and a given name found apart that a comma joins, surname first, as
    a removal note, a police report and a chat's note name staff and parties ("Chauffør
    Lund, Mette, tlf. …", "udleveret af skadebehandler Lund, Mette.", "Notat: Lund, Mette
    anmeldte chatten"): one name, where the first word is no given name only and the second
    is one, and no further name of a list follows ("Lund, Mette, Karen og Bo")."""
    if len(found) < 2 or ", " not in source:
        return found
    ordered = sorted(found, key=lambda f: f.start)
    names = gazetteer()
    joined: list[Finding] = []
    for finding in ordered:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.entity == finding.entity == "PERSON"
            and source[last.end : finding.start] == ", "
        ):
            surname, given = source[last.start : last.end], source[finding.start : finding.end]
            norm = _normal(surname)
            follows = source[finding.end : finding.end + 2]
            if (
                " " not in surname
                and " " not in given
                and surname.istitle()
                and given.istitle()
                and (
                    norm in names["surname"]
                    or norm in names["ambiguous"]
                    or norm not in names["first"]
                )
                and _normal(given) in names["first"]
                and not (follows in (", ", " o") and _NAME_LIST_GOES_ON.match(source, finding.end))
            ):
                joined[-1] = Finding(
                    last.entity,
                    last.start,
                    finding.end,
                    max(last.score, finding.score),
                    last.recognizer,
                )
                continue
        joined.append(finding)
    return joined


# pii100: a surname before a comma at a line's, a list entry's or a label's start ("2.
# Demir, Tariq, …", "1. HJORT, PALLE", "Svigersønnen Mikkelsen, Villads (…", "- 23.04.2026:
# Vestergaard, Signe så …"), or a given name after one ("3. YILMAZ, MAI, …").
_LEADING_SURNAME_COMMA: Final = re.compile(
    r"(?:(?<=\n)|(?<=^)|(?<=\. )|(?<=: )|(?<=– )|(?<=\w ))"
    r"([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?), \Z"
)
_SURNAME_THEN_COMMA: Final = re.compile(r"(?<=, )([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?), \Z")
_INVERTED_GIVEN_AFTER: Final = re.compile(
    r", ([A-ZÆØÅ][^\W\d_]+(?:-[A-ZÆØÅ][^\W\d_]+)?)(?![\w'’-])"
)


def _inverted_surname(word: str, names: dict[str, frozenset[str]]) -> bool:
    """pii100: whether a capitalised word is a surname, no given name only, no firm's or
    everyday word: listed, ending like one (-sen, -gaard) or a double one with a listed part."""
    norm = _normal(word)
    if word.casefold() in _NOT_NAMES or _organisation_word(word) or street_word(word):
        return False
    if norm in names["first"] and norm not in names["surname"]:
        return False
    return any(
        part in names["surname"] or _COMMON_SURNAME.search(part) is not None
        for part in norm.split("-")
    )


def _same_case(first: str, second: str) -> bool:
    """pii100: whether two words are written alike: both capitalised or both in capitals."""
    return (first.istitle() and second.istitle()) or (first.isupper() and second.isupper())


_CAPITALISED_NEXT_WORD: Final = re.compile(r" [A-ZÆØÅ]")
_WORD_RIGHT_BEFORE: Final = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?) \Z")


def _name_right_before(source: str, start: int) -> bool:
    """pii100: whether a capitalised word that is a listed name or ends like a surname stands
    right before ``start``: the surname there ends a name that goes before it ("Holdet:
    Merete Pedersen, Mikkel", "Vibeke Overgaard, Alma Frost Brix, Frederik⏎"), no inverted
    name's first part."""
    before = _WORD_RIGHT_BEFORE.search(source, max(0, start - 30), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    return _listed_name_part(before.group(1))


def _widened_inverted(source: str, found: list[Finding]) -> list[Finding]:
    """pii100: an inverted name found in part, widened over the other part a comma joins
    (_joined_inverted joins two found parts): a listed given name found alone over the
    surname before its comma (_LEADING_SURNAME_COMMA), or a surname found alone over the
    listed given name after it, both written alike, and no further name of a list after
    them ("Lund, Mette, Karen og Bo": _NAME_LIST_GOES_ON)."""
    if not found or ", " not in source:
        return found
    names = gazetteer()
    out: list[Finding] = []
    for finding in found:
        word = source[finding.start : finding.end]
        if finding.entity != "PERSON" or " " in word:
            out.append(finding)
            continue
        norm = _normal(word)
        start, end = finding.start, finding.end
        if source[max(0, start - 2) : start] == ", " and norm in names["first"]:
            before = _LEADING_SURNAME_COMMA.search(source, max(0, start - 40), start)
            # Or after a comma where the given name ends its line, as a subject line ends
            # with its customer ("Emne: Sag … – falsk SMS, Al-Sayed, Solveig⏎").
            if before is None and source.startswith("\n", end):
                before = _SURNAME_THEN_COMMA.search(source, max(0, start - 40), start)
            if (
                before is not None
                and _same_case(before.group(1), word)
                and _inverted_surname(before.group(1), names)
                and not _name_right_before(source, before.start(1))
            ):
                start = before.start(1)
        if (
            start == finding.start
            and source.startswith(", ", end)
            and _inverted_surname(word, names)
            and not _name_right_before(source, start)
        ):
            after = _INVERTED_GIVEN_AFTER.match(source, end)
            # The given name ends the name: a list's next name may go on after it ("Omar,
            # Ellen Munk Lindholm (kasserer)").
            if (
                after is not None
                and _same_case(word, after.group(1))
                and not _CAPITALISED_NEXT_WORD.match(source, after.end(1))
            ):
                given = _normal(after.group(1))
                if given in names["first"] or (word.isupper() and given in names["ambiguous"]):
                    end = after.end(1)
        # Not into another name found ("Alma Frost Brix, Frederik⏎": "Brix" ends hers); a
        # part found on its own inside is taken in ("YILMAZ" and "NOAH").
        if (
            (start, end) != (finding.start, finding.end)
            and not (source.startswith((", ", " o"), end) and _NAME_LIST_GOES_ON.match(source, end))
            and not any(
                other.start < end
                and start < other.end
                and not start <= other.start < other.end <= end
                for other in found
            )
        ):
            finding = Finding(finding.entity, start, end, finding.score, finding.recognizer)
        out.append(finding)
    return out


# pii100: a lowercase word and a word in capitals after or before a name found, as a chat
# types a name ("gerda damgaard, født …") and a list or a subject writes one in capitals
# ("1. NGUYEN THI RAVN, CPR …", "Dødsbo efter AKSEL AAGAARD MUNCH").
_UPPER_WORD_AFTER: Final = re.compile(r" ([A-ZÆØÅ]{2,15}(?:-[A-ZÆØÅ]{2,15})?)(?![\w'’-])")
_UPPER_WORD_BEFORE: Final = re.compile(r"(?:(?<=[\s.:])|(?<=^))([A-ZÆØÅ]{2,15}) \Z")


def _widened_by_case(source: str, found: list[Finding]) -> list[Finding]:
    """pii100: two PERSON findings one space apart joined ("aksel" and "hussain"), a name
    in lowercase found alone widened over a surname in lowercase after it, listed
    (_lowercase_surname) or ending like one ("ida ulriksen fik", "gerda damgaard,"), and a
    name in capitals in a text that is not widened over a listed name in capitals right
    before or after it."""
    if not found:
        return found
    ordered = sorted(found, key=lambda f: (f.start, -f.end))
    names = gazetteer()
    mixed = not (source.isupper() or source.islower())
    out: list[Finding] = []
    for finding in ordered:
        last = out[-1] if out else None
        if (
            last is not None
            and last.entity == finding.entity == "PERSON"
            and source[last.end : finding.start] == " "
            and _same_case_or_lower(
                source[last.start : last.end], source[finding.start : finding.end]
            )
        ):
            out[-1] = Finding(last.entity, last.start, finding.end, last.score, last.recognizer)
            continue
        if finding.entity == "PERSON" and mixed:
            word = source[finding.start : finding.end]
            start, end = finding.start, finding.end
            if word.islower() and " " not in word:
                after = _LOWER_SURNAME_AFTER.match(source, end)
                if after is not None and (
                    _lowercase_surname(after.group(1))
                    or (
                        len(after.group(1)) > 5
                        and after.group(1) not in _NOT_NAMES
                        and _COMMON_SURNAME.search(after.group(1)) is not None
                    )
                ):
                    end = after.end(1)
            elif word.isupper() and len(word) > 2:
                while (
                    after := _UPPER_WORD_AFTER.match(source, end)
                ) is not None and _capitals_name(after.group(1), names):
                    end = after.end(1)
                while (
                    before := _UPPER_WORD_BEFORE.search(source, max(0, start - 20), start)
                ) is not None and _capitals_name(before.group(1), names):
                    start = before.start(1)
            if (start, end) != (finding.start, finding.end):
                finding = Finding(finding.entity, start, end, finding.score, finding.recognizer)
        out.append(finding)
    return out


def _same_case_or_lower(first: str, second: str) -> bool:
    """pii100: whether two words are written alike (_same_case) or both in lowercase."""
    return _same_case(first, second) or (first.islower() and second.islower())


def _capitals_name(word: str, names: dict[str, frozenset[str]]) -> bool:
    """pii100: whether a word in capitals is a listed given name or surname, no everyday or
    firm's word."""
    norm = _normal(word)
    return (
        word.casefold() not in _NOT_NAMES
        and not _organisation_word(word)
        and (
            norm in names["first"]
            or norm in names["surname"]
            or _COMMON_SURNAME.search(norm) is not None
        )
    )


# pii97: a note's author with the role in brackets, as a caterer's or a venue's case note
# signs it ("Note fra Bo (chauffør): parret oplyser …"), and a couple a booking's label names
# ("Brudepar: K. Dam og Anna Holm⏎", "Ægtepar: Holm, Bo og Eva Lund⏎"): an initial and a
# surname, a given name with a middle initial, a surname and a given name after a comma, or
# two or three capitalised words, the pair ending its line.
_NOTE_AUTHOR_LEADS: Final = ("Note fra ", "Notat fra ")
_NOTE_AUTHOR: Final = re.compile(rf"({_CAPITAL_WORD}) \([a-zæøå]{{3,25}}\):")
_COUPLE_LEADS: Final = ("Brudepar: ", "Brudeparret: ", "Ægtepar: ", "Ægteparret: ")
# pii97: and a case note's subject, surname first, as the note opens ("Notat: Holm, Karen
# anmeldte chatten"): a listed given name after the comma, a verb in lowercase after it.
_NOTE_SUBJECT_LEADS: Final = ("Notat: ", "Note: ")
_NOTE_SUBJECT: Final = re.compile(rf"({_CAPITAL_WORD}, {_CAPITAL_WORD}) (?=[a-zæøå]{{3,}})")
_COUPLE_ITEM: Final = (
    rf"(?:[A-ZÆØÅ]\. {_CAPITAL_WORD}|{_CAPITAL_WORD}, {_CAPITAL_WORD}"
    rf"|{_CAPITAL_WORD}(?: [A-ZÆØÅ]\.)?(?: {_CAPITAL_WORD}){{1,2}})"
)
_COUPLE: Final = re.compile(rf"({_COUPLE_ITEM}) og ({_COUPLE_ITEM})[ \t]*(?:\n|\Z)")


def _note_authors_and_couples(source: str) -> Iterator[Finding]:
    """pii97: a note's author before a role in brackets (_NOTE_AUTHOR) and the two names of a
    couple's label (_COUPLE), none of their words a firm's, street's or role's; an author
    the lists lack not a noun in the definite ("Note fra Lageret (depot)")."""
    names = gazetteer()
    for leads, pattern in (
        (_NOTE_AUTHOR_LEADS, _NOTE_AUTHOR),
        (_COUPLE_LEADS, _COUPLE),
        (_NOTE_SUBJECT_LEADS, _NOTE_SUBJECT),
    ):
        for lead in leads:
            at = source.find(lead)
            while at >= 0:
                match = pattern.match(source, at + len(lead))
                if (
                    match is not None
                    and not (
                        pattern is _NOTE_AUTHOR
                        and match.group(1).endswith(("en", "et", "erne"))
                        and not any(_normal(match.group(1)) in names[kind] for kind in names)
                    )
                    and not (
                        pattern is _NOTE_SUBJECT
                        and _normal(match.group(1).split(", ")[1]) not in names["first"]
                        and _normal(match.group(1).split(", ")[1]) not in names["ambiguous"]
                    )
                ):
                    for group in range(1, (match.lastindex or 0) + 1):
                        words = match.group(group).replace(",", "").split(" ")
                        if not any(
                            _not_a_name_word(word) for word in words if not word.endswith(".")
                        ):
                            yield Finding("PERSON", *match.span(group), 0.6, "person")
                at = source.find(lead, at + 1)


def _genitive_partners(source: str, found: list[Finding]) -> Iterator[Finding]:
    """pii97: a listed given name in the genitive joined by "og" to a name found, as a gift
    list or an invitation names a couple ("Annas og Peter Holms bryllup", "Liste: Annas og
    Bo Lund bryllup"), and one alone in brackets after a thing of theirs ("Anden bil
    (Annas) holder …"): the name with its s."""
    first = gazetteer()["first"]
    starts = {f.start for f in found}
    for f in found:
        if f.start < 6 or not source.startswith(" og ", f.start - 4):
            continue
        end = f.start - 4
        start = end
        while start and source[start - 1].isalpha():
            start -= 1
        word = source[start:end]
        if (
            len(word) > 2
            and word[-1] == "s"
            and word.istitle()
            and start not in starts
            and (start == 0 or not source[start - 1].isalnum())
            and _normal(word[:-1]) in first
        ):
            yield Finding("PERSON", start, end, 0.6, "person")
    at = source.find("s)")
    while at >= 0:
        start = at
        while start and source[start - 1].isalpha():
            start -= 1
        word = source[start : at + 1]
        if (
            start
            and source[start - 1] == "("
            and len(word) > 2
            and word.istitle()
            and _normal(word[:-1]) in first
        ):
            yield Finding("PERSON", start, at + 1, 0.6, "person")
        at = source.find("s)", at + 2)


# pii97: a list that goes on after a name with another capitalised word.
# pii100: not a street and its number after the comma ("2. Demir, Tariq, Fasanvej 137C"), as
# a witness list gives each witness's address.
_NAME_LIST_GOES_ON: Final = re.compile(r"(?:, | og )[A-ZÆØÅ](?![^\W\d_]*(?:-[^\W\d_]+)? \d)")


def _joined_over_initial(source: str, found: list[Finding]) -> list[Finding]:
    """pii74: PERSON findings that a middle initial alone parts (_MIDDLE_INITIAL) joined:
    the first one word, the second its initial's surname (or the initial and surname)."""
    if len(found) < 2 or ". " not in source:
        return found
    ordered = sorted(found, key=lambda f: f.start)
    joined: list[Finding] = []
    for finding in ordered:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.entity == finding.entity
            and " " not in source[last.start : last.end]
        ):
            gap = source[last.end : finding.start]
            if _MIDDLE_INITIAL.fullmatch(gap) or (
                gap == " " and _MIDDLE_INITIAL.match(" " + source[finding.start : finding.end])
            ):
                joined[-1] = Finding(
                    last.entity,
                    last.start,
                    finding.end,
                    max(last.score, finding.score),
                    last.recognizer,
                )
                continue
        joined.append(finding)
    return joined


def _longest_readings(found: list[Finding]) -> list[Finding]:
    """The findings without those inside a longer one, which takes the best score of the
    parts it holds: "Mohammad Ali bin Omar" read whole wins over its listed "Mohammad Ali"."""
    if len(found) < 2:
        return found
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Finding] = []
    for f in found:
        if kept and kept[-1].start <= f.start and f.end <= kept[-1].end:
            if f.score > kept[-1].score:
                last = kept[-1]
                kept[-1] = Finding(last.entity, last.start, last.end, f.score, last.recognizer)
            continue
        kept.append(f)
    return kept


# A particle and a capitalised word right after a name ("Rania [bin Salem]", "Jose Miguel
# [de los Santos]", "Nour El Houda [Abu Rashid]"), or before it ("Yousef bin [Salem]").
_PARTICLE_THEN_NAME: Final = re.compile(
    rf" (?:{_NAME_PARTICLE}|Abu|Bin|Ibn|El|Al) (?:(?:al|el|Al|El)-)?{_NAME_WORD}(?![\w'-])"
)
_NAME_THEN_PARTICLE: Final = re.compile(
    rf"(?<![\w'.-]){_NAME_WORD} (?:(?:{_NAME_PARTICLE}|Abu|El|Al) )?"
    rf"(?:{_NAME_PARTICLE}|Abu|El|Al) \Z"
)


# The particles' words, for a cheap test before the patterns ("de los" starts with "de").
_PARTICLE_STARTS = frozenset(
    ("bin", "ibn", "binti", "dela", "de", "la", "van", "von", "der", "le", "da", "di", "du"),
) | frozenset(("al", "el", "abu", "los"))
_PARTICLE_LETTERS: Final = frozenset("bidlveaBIDLVEA")
# ASCII characters no particle ends with, in any case: the word before a name that ends in
# one is no particle (most words; the test below slices and folds).
_NO_PARTICLE_END: Final = frozenset(map(chr, range(128))) - frozenset("niaerlusNIAERLUS")


# A Faroese particle and place after a given name ("Turið við Á", "Sjúrður í Líð", "Jógvan
# úr Dímun"): the place may be one capital ("Á", a river).
_FAROESE_PARTICLE_THEN_NAME: Final = re.compile(
    r" (?:við|úr|av|á|í) [^\W\d_a-zß-öø-ÿ][^\W\d_A-ZÀ-ÖØ-Þ]*(?![\w'-])"
)
_FAROESE_PARTICLE_LETTERS: Final = frozenset("vúaáí")
# pii59: the same typed in lower case after a name in lower case, as a call's transcript
# writes it ("jeg hedder sunniva á lakjuni og …"); not "av", an exclamation too, nor a time
# ("í dag", "í morgin", "í kvøld").
_LOWER_FAROESE_PLACE: Final = re.compile(
    r" (?:við|úr|á|í) (?!morgin|kvøld|kveld)[a-zæøåðáíóúý]{4,}(?![\w'-])"
)


def lowercase_faroese_place(source: str, start: int, end: int) -> int:
    """pii59: the end of a Faroese particle and place in lower case after the lowercase name
    ``source[start:end]`` (_LOWER_FAROESE_PLACE), or ``end`` when none follows or the name
    is not in lower case ("Sunniva á Lakjuni" is read by _FAROESE_PARTICLE_THEN_NAME)."""
    if not source[start:end].islower():
        return end
    after = _LOWER_FAROESE_PLACE.match(source, end)
    return end if after is None else after.end()


def _with_particles(source: str, finding: Finding) -> Finding:
    """``finding`` widened over the particles and names around it (_PARTICLE_THEN_NAME)."""
    start, end = finding.start, finding.end
    # Cheap look first: the word right after or before must be a particle.
    after = (
        _PARTICLE_THEN_NAME.match(source, end)
        if source.startswith(" ", end)
        and source[end + 1 : end + 2] in _PARTICLE_LETTERS
        and source[end + 1 : end + 7].split(" ", 1)[0].casefold() in _PARTICLE_STARTS
        else None
    )
    if after is None and source[end + 1 : end + 2] in _FAROESE_PARTICLE_LETTERS:
        after = _FAROESE_PARTICLE_THEN_NAME.match(source, end)
    if after is not None and not _organisation_word(after.group().rsplit(" ", 1)[-1]):
        end = after.end()
    elif after is None and source[end + 1 : end + 2] in _FAROESE_PARTICLE_LETTERS:
        end = lowercase_faroese_place(source, start, end)
    before = (
        _NAME_THEN_PARTICLE.search(source, max(0, start - 30), start)
        if start > 1
        and source[start - 1] == " "
        and source[start - 2] not in _NO_PARTICLE_END
        and source[start - 7 if start > 7 else 0 : start - 1].rsplit(" ", 1)[-1].casefold()
        in _PARTICLE_STARTS
        else None
    )
    if before is not None and before.group().split(" ", 1)[0].casefold() not in _NOT_NAMES:
        start = before.start()
    if (start, end) == (finding.start, finding.end):
        return finding
    return Finding(finding.entity, start, end, finding.score, finding.recognizer)


# A register's "SURNAME SURNAME, Given Given" as a field's whole value ("Lejer: CHAUDHARY
# JENSEN, Bilal", "Borger: bin Omar, Rania – CPR …", "Lejer: Zieliński, Anna Maria"): one
# name, of which the lists know a half at most.
_REGISTER_NAME: Final = re.compile(
    rf"{_FIELD_LABEL}((?:(?:{_NAME_PARTICLE}|BIN|AL|EL|ABU|Abu) )?"
    # The given names after the comma shaped as names ("IT-sikkerhed" is not), and no
    # list going on after them ("Deltagere: Fraud Operations, IT-sikkerhed, Kundeservice").
    rf"{_INVERTED_WORD}(?: {_INVERTED_WORD})?, "
    rf"{_NAME_WORD}(?: {_NAME_WORD})?)(?=[ \t]*(?:[<|\n–]|,(?! ?[A-ZÆØÅ])|$)"
    # Or the person's particulars or a relation in brackets after it ("Skyldner: Ravn,
    # Svend, CPR …", "Klagerens repræsentant: Bak, Kaj (datter)").
    r"|, (?:CPR|cpr|f\.|født)(?![\w])| \([a-zæøå]+\))"
)


def _comma_on_line(source: str, line: int) -> bool:
    """Whether ", " stands on the line that begins at ``line``."""
    end = source.find("\n", line)
    return source.find(", ", line, end if end >= 0 else len(source)) >= 0


def _register_names(source: str) -> Iterator[Finding]:
    """Names in register form as a field's value (_REGISTER_NAME)."""
    # A field's label first: the first ": " at or after a line's start stands in its first
    # 33 characters and a letter follows it. Found from the ": " marks (fewer than the
    # lines with a comma, which the pattern needs too): the line starts up to 31
    # characters before a mark and after the mark before it, each tried once.
    before = -1
    colon = source.find(": ")
    while colon >= 0:
        if source[colon + 2 : colon + 3].isalpha():
            lowest = before + 1 if before + 1 > colon - 31 else colon - 31
            line = source.rfind("\n", 0, colon) + 1
            if line >= lowest:
                lines = [line]
                while line > lowest:
                    line = source.rfind("\n", 0, line - 1) + 1
                    if line < lowest:
                        break
                    lines.append(line)
                for line in reversed(lines):
                    # The label and the inverted name before its ", " hold no line break:
                    # without ", " on the line nothing matches (redspeed16).
                    if not _comma_on_line(source, line):
                        continue
                    match = _REGISTER_NAME.match(source, line)
                    if match is not None and _register_name(match):
                        yield Finding("PERSON", *match.span(1), 0.9, "person")
        before = colon
        colon = source.find(": ", colon + 2)


# pii58: an inverted name whose only given name is also a word ("Signe", "Tage", "Kim", "Svend")
# where an inverted name's lead stands before it (_inverted_lead: a quoted CSV cell, a
# bracket, "Sønnen", a label's colon): '"Nørskov, Signe";', "(Winther, Svend, sw@…)",
# "Sønnen Brix-Nielsen, Kaj, efter aftale". Its surname is listed or ends as a Danish one.
# Read from each ", ": the given name after it, then the surname in a window before it.
_AMBIGUOUS_GIVEN_AFTER: Final = re.compile(
    r'([A-ZÆØÅ][a-zæøå]+)(?=[ \t]*(?:[,.;()|<\n]|"(?![^;,\t\n])|$))'
)
_INVERTED_SURNAME_BEFORE: Final = re.compile(
    r"(?<![\w'-])([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+){0,2})\Z"
)


def _upper_at(source: str, at: int) -> bool:
    """``source[at : at + 1].isupper()`` for ``at`` >= 0, from the character's code where it
    is ASCII (redspeed18: the slice and its method, a call through Python's convention from
    compiled code, at every ", " of a text)."""
    if at >= len(source):
        return False
    code = ord(source[at])
    return 65 <= code <= 90 if code < 128 else source[at].isupper()


def _inverted_ambiguous_names(source: str) -> Iterator[Finding]:
    """Inverted names of a surname and one ambiguous given name after a lead
    (_AMBIGUOUS_GIVEN_AFTER, _INVERTED_SURNAME_BEFORE, _inverted_lead)."""
    at = source.find(", ")
    if at < 0:
        return
    names = gazetteer()
    while at >= 0:
        comma, at = at, source.find(", ", at + 2)
        if not _upper_at(source, comma + 2):
            continue  # most commas: one look
        given = _AMBIGUOUS_GIVEN_AFTER.match(source, comma + 2)
        if given is None or _normal(given.group(1)) not in names["ambiguous"]:
            continue
        before = _INVERTED_SURNAME_BEFORE.search(source, max(0, comma - 50), comma)
        if before is None:
            continue
        surname = before.group(1)
        known = [
            p in names["surname"] or _COMMON_SURNAME.search(p) is not None
            for p in _normal(surname).split("-")
        ]
        if not (all(known) or (len(known) > 1 and any(known))):
            continue
        if _normal(surname) in names["first"] or not _inverted_lead(
            source, before.start(1), surname, given.group(1)
        ):
            continue
        yield Finding("PERSON", before.start(1), given.end(1), 0.6, "person")


_REGISTER_SPLIT: Final = re.compile(r",? ")


def _register_name(match: re.Match[str]) -> bool:
    """Whether _REGISTER_NAME's ``match`` is a person's name in register form."""
    words = _REGISTER_SPLIT.split(match.group(1))
    names = gazetteer()
    surname, given = match.group(1).split(", ", 1)
    if surname.split(" ")[0] in names["first"] and given.split(" ")[0] not in names["first"]:
        return False  # a name in natural order and a place after it ("Maria Overgaard, Huset")
    return not any(
        word.casefold() in _NOT_NAMES
        or word.casefold() in _pseudonym_nouns()
        or _organisation_word(word)
        or street_word(word)
        for word in words
    )


_NAME_TOKEN: Final = re.compile(r"[^\W\d_a-zß-öø-ÿ][^\W\d_A-ZÀ-ÖØ-Þ]{2,}")


# pii31: a staff member's initials as case files and letters sign with them, taken only where
# they cannot be an abbreviation: the initials of a name found just before ("Sagsbehandler:
# Kenneth Aksel Tran (KAT)", "Ayşe Damgaard / AD", the unit's line under the signed name:
# "Borgerservice, Esbjerg Kommune (HBB)"), and who made a record at a time ("Oprettet:
# 2026-02-08 kl. 09.38 af EVQ"). A bare "/ALB" in a ticket note and "(EU)", "(SMS)" after a
# word stay abbreviations.
_INITIALS: Final = re.compile(r"[A-ZÆØÅÄÖÜ]{2,4}(?![\w-])")
# The characters an _INITIALS match starts with.
_INITIAL_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÄÖÜ")
_INITIALS_END: Final = re.compile(r"\)|[ \t]*(?:\n|$|\()")
_TIME_BY_BEFORE: Final = re.compile(r"(?:\d[.:]\d\d|\d{4}-\d\d-\d\d|\d\.\d\d\.\d{2,4}) af \Z")
_INITIALS_REACH: Final = 80


def at_line_start(source: str, at: int) -> int:
    """Where the line holding ``at`` begins."""
    return source.rfind("\n", 0, at) + 1


def _name_initials(source: str, finding: Finding) -> set[str]:
    """The initials of a found name: of its words, and of their hyphenated parts too."""
    words = source[finding.start : finding.end].replace(",", " ").split()
    if "," in source[finding.start : finding.end] and len(words) > 1:
        words = words[1:] + words[:1]  # "Juhl, Karen" signs KJ
    whole = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p)
    return {whole.upper(), parts.upper()}


_BY: Final = _needle(" af ")


# pii79: a note's signature, its writer's given name after a "/" on a line of its own, as a
# call log ends ("Samtalen varede 33 min.⏎/Svend"): a listed given name, one that is also a
# word ("Svend", "Trine") too. Not a word that is no given name ("⏎/Slut").
# pii83: or after the line's last sentence, a full stop and a space before the "/"
# ("Videre til IT-sikkerhed (J.nr. 2026-47974). /Signe⏎"), the name ending the line.
# pii85: or before a comma and the writer's workplace ("⏎/Hakon, Fjordbanken, afd. …").
_SLASH_SIGNATURE: Final = re.compile(rf"/({_NAME_WORD})(?:[ \t]*(?:\n|\Z)|, [A-ZÆØÅ])")
_LINE_SLASH: Final = _needle("\n/")
_SENTENCE_SLASH: Final = _needle(". /")


# pii79: a surname alone after a courtesy title, as a counter's chat names a customer ("ny sag
# ved kasse 2, fru Høj vil hæve 71.000 kr.", "hr. Vinther-Søndergaard vil hæve …"): a name,
# whatever word it is too. Not a role or a firm's word ("fru Kunde A"), and not the first of
# more capitalised words, which the name rules read whole ("hr. Mohammed Hussein").
_COURTESY_TITLES_DA: Final = ("fru ", "Fru ", "hr. ", "Hr. ")
_TITLED_SURNAME: Final = re.compile(
    r"[A-ZÆØÅ][^\W\d_A-ZÆØÅ]+(?:-[A-ZÆØÅ][^\W\d_A-ZÆØÅ]+)?(?![\w-]| [A-ZÆØÅ])"
)


# redspeed27: "hr. " and "Hr. " asked of the keyword pass; "fru " and "Fru " (a context word
# of other recognisers, so no needle: the keyword pass would find it for them too) of the
# lowercased text, one look for both.
_HR_TITLES: Final = tuple(map(_needle, ("hr. ", "Hr. ")))


def _titled_surnames(scan: Scan) -> Iterator[Finding]:
    """Surnames alone after "fru" or "hr." (_TITLED_SURNAME)."""
    source = scan.source
    fru = "fru " in scan.lowered
    for title in _COURTESY_TITLES_DA:
        if not (scan.holds(title) if title in _HR_TITLES else fru):
            continue
        at = source.find(title)
        while at >= 0:
            match = (
                _TITLED_SURNAME.match(source, at + len(title))
                if not at or not source[at - 1].isalnum()
                else None
            )
            if match is not None and not (
                _no_speaker_word(match.group()) or _role_word(match.group())
            ):
                yield Finding("PERSON", match.start(), match.end(), 0.7, "person")
            at = source.find(title, at + 1)


# pii79: a person named before a bracket that says whose relative they are, as a police
# intake note writes who came along ("mødte op sammen med rikke fog (hendes søn)", "med L.
# Damgaard (hans datter)"): up to four words in any case after "med", "af" or "og", the first
# a listed given name or an initial. Not words without one ("sammen med sin fætter (hans
# ven)"), nor after a town ("5000 Odense C. Thanh Ebbesen (hendes datter)": the address's).
_KIN_BRACKETS: Final = tuple(map(_needle, (" (hans ", " (hendes ")))
_KIN_BRACKET: Final = re.compile(
    r" \((?:hans|hendes) (?:søn|datter|nevø|niece|svigersøn|svigerdatter|barnebarn|bror"
    r"|søster|mand|kone|far|mor|ven|veninde|kæreste)\)"
)
_NAME_BEFORE_KIN: Final = re.compile(
    r"(?<![\w.-])(?:med|af|og) ((?:[A-ZÆØÅ]\. )?[^\W\d_]+(?:-[^\W\d_]+)*"
    r"(?: [^\W\d_]+(?:-[^\W\d_]+)*){0,3})\Z"
)


def _kin_bracketed_names(scan: Scan) -> Iterator[Finding]:
    """Names before a relative's bracket (_KIN_BRACKET)."""
    source, names = scan.source, gazetteer()
    for mark in _KIN_BRACKETS:
        if not scan.holds(mark):
            continue
        at = source.find(mark)
        while at >= 0:
            match = _NAME_BEFORE_KIN.search(source, max(0, at - 70), at)
            if match is not None and _KIN_BRACKET.match(source, at):
                parts = match.group(1).split(" ")
                first = parts[0]
                # One name: a given name or an initial first, its words all in lower case or
                # all capitalised, none a sentence's ("… og Ole Hansen" names two).
                if (
                    (
                        (len(first) == 2 and first.endswith("."))
                        or _normal(first) in names["first"]
                        or _normal(first) in names["ambiguous"]
                    )
                    and len({part[0].isupper() for part in parts}) == 1
                    and not any(part.casefold() in _NOT_NAMES for part in parts)
                ):
                    yield Finding("PERSON", match.start(1), at, 0.7, "person")
            at = source.find(mark, at + 1)


# pii85: whom a scam SMS says to call, a given name before "på" and the number ("Kontakt
# Svend på 25 38 00 51", "kontakt Ebbe på +4528013151"): a listed given name only (not
# "Kontakt Danske Bank på …", "Kontakt os på …").
_CONTACT_MARK: Final = _needle("ontakt ")
_CONTACT_BY_PHONE: Final = re.compile(rf"[Kk]ontakt ({_NAME_WORD}) på (?=[+(]|\d)")


def _contacts_by_phone(source: str) -> Iterator[Finding]:
    """Listed given names to call on a number (_CONTACT_BY_PHONE)."""
    names = gazetteer()
    at = source.find(_CONTACT_MARK)
    while at >= 0:
        match = _CONTACT_BY_PHONE.match(source, at - 1) if at else None
        if match is not None and (at < 2 or not source[at - 2].isalnum()):
            given = _normal(match.group(1))
            if given in names["first"] or given in names["ambiguous"]:
                yield Finding("PERSON", match.start(1), match.end(1), 0.7, "person")
        at = source.find(_CONTACT_MARK, at + 1)


def _slash_signatures(source: str) -> Iterator[Finding]:
    """Given names signed after a "/" on a line of their own or after its last sentence
    (_SLASH_SIGNATURE)."""
    names = gazetteer()
    for mark in (_LINE_SLASH, _SENTENCE_SLASH):
        at = source.find(mark)
        while at >= 0:
            match = _SLASH_SIGNATURE.match(source, at + len(mark) - 1)
            if match is not None:
                given = _normal(match.group(1))
                if given in names["first"] or given in names["ambiguous"]:
                    yield Finding("PERSON", match.start(1), match.end(1), 0.7, "person")
            at = source.find(mark, at + len(mark))


def _staff_initials(scan: Scan, found: list[Finding]) -> Iterator[Finding]:
    """Initials in brackets or after "/" that repeat a name found just before, on its line
    or the one above; initials after "af" and a time or date."""
    source = scan.source
    persons = [f for f in found if f.entity == "PERSON"]
    for mark in ("(", "/"):
        at = source.find(mark)
        while at >= 0:
            start = at + 1
            if mark == "/" and source.startswith(" ", start):
                start += 1
            # Its first capital looked at first: most "(" and "/" (a URL's) have none after
            # them (redspeed14).
            initials = (
                _INITIALS.match(source, start)
                if source[start : start + 1] in _INITIAL_CAPITALS
                else None
            )
            # A "/" glued to a word joins two words ("retshjælp/ID-tyveri", "og/ELLER").
            glued = mark == "/" and at > 0 and source[at - 1].isalnum()
            at = source.find(mark, at + 1)
            if initials is None or glued:
                continue
            end = initials.end()
            if mark == "(" and not source.startswith(")", end):
                continue
            if mark == "/" and _INITIALS_END.match(source, end) is None:
                continue
            text = initials.group()
            if len(set(text)) == 1:
                continue  # a placeholder's "NN", "XX", "XXX", no one's initials
            if mark == "/" and source[at_line_start(source, start) : start].strip() == "/":
                # A signature's line of its own ("⏎/LSM", "⏎/SU (Sanne Ussing)").
                yield Finding("PERSON", initials.start(), end, 0.6, "person")
                continue
            for person in persons:
                gap = source[person.end : start]
                if (
                    0 <= start - person.end <= _INITIALS_REACH
                    and gap.count("\n") <= 1
                    and text in _name_initials(source, person)
                ):
                    yield Finding("PERSON", initials.start(), end, 0.6, "person")
                    break
    at = source.find(_BY) if scan.may_hold(_BY) else -1
    while at >= 0:
        initials = _INITIALS.match(source, at + 4)
        if (
            initials is not None
            and _INITIALS_END.match(source, initials.end()) is not None
            and _TIME_BY_BEFORE.search(source, max(0, at - 12), at + 4) is not None
        ):
            yield Finding("PERSON", initials.start(), initials.end(), 0.6, "person")
        at = source.find(" af ", at + 1)


# pii40: a name of two or three capitalised words joined by "og" to a whole name found
# ("Domsmænd: Leyla Nowak og Vikram Kaya.", "Domsmænd: Vikram Osman og Frederik Bundgaard."):
# the lists need not know it. It ends its clause (a full stop, comma, colon, bracket or the
# line's end) after the found name, and begins one (a label's colon, a comma or the line's
# start) before it.
_NAME_WORDS: Final = rf"{_CAPITALISED}(?: {_CAPITALISED}){{1,2}}"
_AND: Final = _needle(" og ")
_AND_NAME_AFTER: Final = re.compile(rf" og ({_NAME_WORDS})(?=[.,;:)]|[ \t]*(?:\n|\Z))")
_NAME_AND_BEFORE: Final = re.compile(rf"(?:^|\n|[:,] )({_NAME_WORDS}) og \Z")
# pii99: one capitalised word after "og" that ends a list (_coordinated_names).
_AND_GIVEN_AFTER: Final = re.compile(rf" og ({_CAPITALISED})(?=[.,;:)]|[ \t]*(?:\n|\Z))")


def _coordinated_names(source: str, found: list[Finding]) -> Iterator[Finding]:
    """pii40: the names joined by "og" to a whole name found (_AND_NAME_AFTER,
    _NAME_AND_BEFORE) or, pii99, a listed given name ending a list (_AND_GIVEN_AFTER), none
    of whose words is a firm's, street's, role's or sentence's."""
    spans = []
    ends = {f.end for f in found}
    names = gazetteer()
    for f in found:
        if source.startswith(" og ", f.end) and " " in source[f.start : f.end]:
            after = _AND_NAME_AFTER.match(source, f.end)
            if after is not None:
                spans.append(after.span(1))
        # pii99: a listed given name alone that ends a list of names found ("Til stede:
        # Abdi, Ejnar, Karen og Bo."), the name before "og" one after a comma and a name.
        elif (
            source.startswith(" og ", f.end)
            and source.startswith(", ", f.start - 2)
            and f.start - 2 in ends
            and (given := _AND_GIVEN_AFTER.match(source, f.end)) is not None
            and _listed_given(given.group(1))
        ):
            spans.append(given.span(1))
        if (
            f.start >= 4
            and source.startswith(" og ", f.start - 4)
            and " " in source[f.start : f.end]
        ):
            before = _NAME_AND_BEFORE.search(source, max(0, f.start - 60), f.start)
            if before is not None:
                spans.append(before.span(1))
    if not spans:
        return  # most texts: no name beside "og"
    taken = {(f.start, f.end) for f in found}
    # Whole names found: one inside a reading is the name, the word before it a sentence's
    # ("Notat: Ægteparret Egon Thygesen og …").
    whole = sorted((f.start, f.end) for f in found if " " in source[f.start : f.end])
    for start, end in spans:
        words = source[start:end].replace("-", " ").split(" ")
        i = bisect.bisect_left(whole, (end, end))
        if (
            (start, end) in taken
            or (i and whole[i - 1][1] > start)
            or any(
                _not_a_name_word(word) or _no_speaker_word(word) or word.casefold() in _NOT_NAMES
                for word in words
            )
        ):
            continue
        # One word at least a listed name or a Danish surname's ("Region Hovedstaden"
        # is none).
        if any(
            _normal(word) in names["first"]
            or _normal(word) in names["surname"]
            or _normal(word) in names["ambiguous"]
            or _SURNAME_ENDING.fullmatch(word)
            for word in words
        ):
            yield Finding("PERSON", start, end, 0.6, "person")


# pii55: an item of a list after a label's colon, up to the sentence's end ("mødte med 4
# mand: Amir Lewandowski, Sanne Mortensen, K. Bundgaard, Olena Ionescu."): two or three
# capitalised words or an initial and a surname.
# pii56: a board's minutes give a member's office in brackets after the name ("Til stede:
# Camilla Rasmussen (formand), Alma Fisker (kasserer), Lovely Villanueva, Sofie Lund⏎").
_LIST_ITEM: Final = re.compile(
    rf"(?:[A-ZÆØÅ]\. )?{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{0,2}}"
    r"(?=(?: \([a-zæøå]{3,20}\))?(?:, |\.(?:[ \n]|$)|\n|$))"
)


def _colon_list_names(source: str, found: list[Finding]) -> Iterator[Finding]:
    """The other items of a list after a colon of which a whole name found is one
    (_LIST_ITEM), each an initial and a surname or two words at least, none of them a firm's,
    street's or role's."""
    taken = {(f.start, f.end) for f in found}
    lists: set[int] = set()
    for f in found:
        if source[f.start - 2 : f.start] not in (": ", ", ") or " " not in source[f.start : f.end]:
            continue
        colon = source.rfind(": ", source.rfind("\n", 0, f.start) + 1, f.start)
        if colon < 0 or colon in lists:
            continue
        lists.add(colon)
        items = []
        at = colon + 2
        complete = False
        while (item := _LIST_ITEM.match(source, at)) is not None:
            items.append(item.span())
            after = item.end()
            if source.startswith(" (", after):  # an office in brackets (_LIST_ITEM)
                after = source.index(")", after) + 1
            if not source.startswith(", ", after):
                complete = True
                break
            at = after + 2
        # The whole list up to its sentence's or line's end: a line that goes on after a
        # name with its workplace and number ("Henv. læge: K. Gram, Sundhedshuset Nord,
        # ydernr. …") is no list of people.
        if not complete or not any(start <= f.start < end for start, end in items):
            continue
        for start, end in items:
            words = source[start:end].split(" ")
            # A reading found across two items is kept ("Mølgaard, Andreea Mehmedović").
            if len(words) < 2 or any(
                lo < end and start < hi and (lo < start or hi > end) for lo, hi in taken
            ):
                continue
            if any(_not_a_name_word(word) for word in words if not word.endswith(".")):
                continue
            yield Finding("PERSON", start, end, 0.6, "person")


# pii97: an item of a list after a label's colon that semicolons part, as a board's minutes
# list who attended ("Til stede: Bo Lund; K. Holm; Holm, Karen; Anna K. (formand)"): an
# initial and a surname, a given name and a surname's initial, a surname and a given name
# after a comma, or two or three capitalised words, an office in brackets after it.
_SEMICOLON_ITEM: Final = re.compile(
    rf"(?:[A-ZÆØÅ]\. {_CAPITAL_WORD}|{_CAPITAL_WORD}, {_CAPITAL_WORD}|{_CAPITAL_WORD} [A-ZÆØÅ]\."
    rf"|{_CAPITAL_WORD}(?: {_CAPITAL_WORD}){{1,2}})(?: \([a-zæøå]{{3,20}}\))?"
)


def _semicolon_list_names(source: str, found: list[Finding]) -> Iterator[Finding]:
    """pii97: the other items of a list after a colon, parted by semicolons, of which a
    name found is one (_SEMICOLON_ITEM): each whole item a name's shape, none of its words
    a firm's, street's or role's; the office in brackets left out."""
    taken = {(f.start, f.end) for f in found}
    lists: set[int] = set()
    for f in found:
        if source[f.start - 2 : f.start] not in (": ", "; "):
            continue
        line_start = source.rfind("\n", 0, f.start) + 1
        colon = source.rfind(": ", line_start, f.start)
        if colon < 0 or colon in lists:
            continue
        lists.add(colon)
        line_end = source.find("\n", f.end)
        line = source[colon + 2 : len(source) if line_end < 0 else line_end]
        if "; " not in line:
            continue
        at = colon + 2
        for item in line.split("; "):
            start, end = at, at + len(item)
            at = end + 2
            match = _SEMICOLON_ITEM.fullmatch(source, start, end)
            if match is None:
                continue
            if source.endswith(")", start, end):
                end = source.rindex(" (", start, end)
            words = source[start:end].replace(",", "").split(" ")
            if (start, end) in taken or any(
                _not_a_name_word(word) for word in words if not word.endswith(".")
            ):
                continue
            yield Finding("PERSON", start, end, 0.6, "person")


def _repeated_names(source: str, found: list[Finding]) -> Iterator[Finding]:
    """The names found once, where the same text names them again without the greeting,
    label or list that found them ("Sælgeren kaldte sig Jiyan" … "fryse Jiyans konto"):
    the capitalised words of the found names, also in the genitive, with the words of
    those names that follow them."""
    # Only names the lists do not know (those they know are found wherever they stand),
    # and a word the text holds once is only where it was found.
    if not found:
        return
    names = gazetteer()
    first, surnames = names["first"], names["surname"]
    # Each distinct word once, its tokens before the count (most words give none), and the
    # counts of a long text in one pass (a ``str.count`` per word reads the text again).
    words = {
        word
        for f in found
        for word in source[f.start : f.end].split(" ")
        if len(word) > 2 and word not in first and word not in surnames
    }
    named = {word: parts for word in words if (parts := _name_tokens(word))}
    if not named:
        return
    repeated = _repeated(source, named)
    tokens = {token for word in named if word in repeated for token in named[word]}
    if not tokens:
        return
    taken = sorted((f.start, f.end) for f in found)
    # str.find per word: a regex made of this text's names would be compiled per text.
    for start, end in sorted(_occurrences(source, tokens)):
        i = bisect.bisect_left(taken, (end, end))
        if i and taken[i - 1][1] > start:
            continue  # inside or across a name already found
        finding = Finding("PERSON", start, end, 0.6, "person")
        bisect.insort(taken, (start, end))
        if (
            _product_name(source, finding)
            or _pseudonym(source, finding)
            or _calendar_word(source, finding)
        ):
            continue
        if _STREET_NUMBER_AFTER.match(source, end) or _organisation(source, start, end):
            continue
        # Beside another capitalised word the rules did not take ("Tage [Kudsk]", "Peter
        # [Bangs] Vej", "[Jeppesen], Vagn", "[Mustafa] Park"): a name of its own, an
        # inverted one or a street's, which this reading would cut in two.
        if _CAPITALISED_BESIDE.search(source, max(0, start - 30), start) or (
            _CAPITALISED_NEXT.match(source, end)
        ):
            continue
        yield finding


# pii104: a given name found capitalised and written again in lower case in the same text, as
# a chat's writer types fast ("Han kaldte sig Jonas Mikkelsen over for mig, men jonas over
# for min datter"): only a listed given name that is no everyday word (not "ambiguous"), as
# a whole word outside an address or a link ("jonas@…", "/jonas").
_LOWER_REPEAT_EDGE: Final = frozenset("@./_-:'’")


def _lowercase_repeats(source: str, found: list[Finding]) -> Iterator[Finding]:
    """The lower-case repeats of the given names found (_LOWER_REPEAT_EDGE), with the rest of
    the name found when it follows in lower case too ("Tariq Kragelund" … "tak tariq
    kragelund"), or a listed surname after it ("af lærke kirk")."""
    if not found or source.islower():
        return
    names = gazetteer()
    first, surnames = names["first"], names["surname"]
    # Each lower-case given name and the lower-case whole names it opens, longest first.
    given: dict[str, list[str]] = {}
    rest: set[str] = set()  # the other words of the names found, in lower case
    for f in found:
        text = source[f.start : f.end]
        head = text.split(" ", 1)[0]
        # Not a month's name ("18. august 2025" after an "August" found).
        if (
            head[:1].isupper()
            and head[1:].islower()
            and len(head) > 2
            and head in first
            and head.lower() not in _CALENDAR_NAMES
        ):
            wholes = given.setdefault(head.lower(), [])
            if " " in text and "," not in text:
                wholes.append(text.lower())
                rest.update(text.lower().split(" ")[1:])
    if not given:
        return
    taken = sorted((f.start, f.end) for f in found)
    size = len(source)
    for word, wholes in sorted(given.items()):
        wholes.sort(key=len, reverse=True)
        at = source.find(word)
        while at >= 0:
            end = at + len(word)
            for whole in wholes:
                if (
                    source.startswith(whole, at)
                    and not source[at + len(whole) : at + len(whole) + 1].isalnum()
                ):
                    end = at + len(whole)
                    break
            else:
                # Up to three more words, each a word of a name found or a listed surname
                # ("tak magnus juel lauritzen", "ring til sabrina el-amin").
                for _ in range(3):
                    more = _LOWER_REPEAT_WORD_AFTER.match(source, end)
                    if more is None or not (
                        more.group(1) in rest or _normal(more.group(1)) in surnames
                    ):
                        break
                    end = more.end()
                if end == at + len(word):
                    end = _lower_name_tail_end(source, end)
            before = source[at - 1] if at else " "
            after = source[end] if end < size else " "
            i = bisect.bisect_left(taken, (end, end))
            if not (
                before.isalnum()
                or after.isalnum()
                or before in _LOWER_REPEAT_EDGE
                or (after in _LOWER_REPEAT_EDGE and source[end + 1 : end + 2].isalnum())
                or (i and taken[i - 1][1] > at)
            ):
                yield Finding("PERSON", at, end, 0.6, "person")
            at = source.find(word, end)


_LOWER_REPEAT_WORD_AFTER: Final = re.compile(r" ([a-zæøå]{2,}(?:-[a-zæøå]{2,})?)(?![\w@.-])")
# pii104: one lower-case word after a repeated given name that ends its clause (a
# comma, a full stop, the line's end or "og"): the rest of the name, written as the given
# name was ("tak tariq kragelund⏎", "Ringede: torben hove, +45 …", "af gustav ulstrup og
# betalte"); not a sentence's words ("men bjarke over for min kone", _CLAUSE_TAIL_WORDS).
_LOWER_NAME_TAIL: Final = re.compile(
    r"( [a-zæøå]{2,}(?:-[a-zæøå]{2,})?)(?=[ \t]*(?:[,.;:!?)\n]|\Z)| og )"
)
_CLAUSE_TAIL_WORDS: Final = frozenset(
    (
        *("over", "for", "til", "med", "og", "i", "på", "af", "fra", "har", "er", "var", "som"),
        *("der", "den", "det", "ikke", "også", "nu", "så", "jo", "vel", "da", "her", "igen"),
        *("mig", "dig", "ham", "hende", "os", "jer", "dem", "sig", "selv", "bare", "lige"),
        *("tak", "hej", "ja", "nej", "ok", "okay", "godt", "nok", "mere", "altså"),
        # A verb after the name ("… og så kom erik."): the commonest past and modal forms.
        *("kom", "gik", "sagde", "skrev", "fik", "tog", "så", "ville", "kunne", "skulle"),
        *("vil", "kan", "skal", "må", "gør", "gjorde", "viste", "svarede", "ringede"),
    )
)


def _lower_name_tail_end(source: str, end: int) -> int:
    """Where a lower-case name goes on after its given name at ``end`` (_LOWER_NAME_TAIL),
    or ``end``."""
    tail = _LOWER_NAME_TAIL.match(source, end)
    # (A past tense in "-ede" is a verb too: "… da lone ringede.")
    if (
        tail is None
        or (word := tail.group(1).strip()) in _CLAUSE_TAIL_WORDS
        or word.endswith("ede")
    ):
        return end
    return tail.end(1)


# A chat's or mail's writer addresses a colleague by given name in lower case ("ja hvad så
# ulla 👍", "jep grethe 😅", "hjørdis," above a mail's first line): a word of letters that ends its
# clause (a comma, "?", "!", an emoji or the line's end follows).
# pii40: or a full stop that ends the sentence ("Don't listen to them lisbeth. Trust me.").
_ADDRESSEE_END: Final = re.compile(r"[ \t]*(?:[,?!\n]|\Z|\.(?=[ \t\n]|\Z)|[^\w\s.,@/_'’-])")
# A given name that is also a word ("rose", "anker", "kaj") only before an emoji or the line's
# end: "en rose, fin" is no one.
# Or whom the writer tells the reader to ask ("ps. spørg torben om MitID-brugeren …").
_ASK_BEFORE: Final = ("spørg ", "spørge ")
_WORD_ADDRESSEE_END: Final = re.compile(r"[ \t]*(?:,?[ \t]*(?:\n|\Z)|[^\w\s.,?!@/_'’-])")


def _lowercase_addressees(source: str, found: list[Finding]) -> Iterator[Finding]:
    """The given names of the people found with a whole name ("Ulla Steffensen  9.35", "Fra:
    Hjørdis Juhl <…>") where the text writes them again in lower case, as a chat or a short
    mail addresses them: a whole lowercase word that ends its clause (_ADDRESSEE_END), not
    inside a name already found, an address or a user ID ("torben86", "torben@…")."""
    given = {
        word.lower()
        for f in found
        if (
            (word := source[f.start : f.end].split(" ", 1)[0]) != source[f.start : f.end]
            # pii40: or a chat's speaker found alone ("[20:38] Hiba: …"), a listed name.
            or (source.startswith(": ", f.end) and word in gazetteer()["first"])
        )
        and len(word) > 2
        # "Ulla", "Anne-Mette"; pii40: or typed in lower case ("[20:21] solveig holm: …")
        and (word.istitle() or (word.isalpha() and word.islower()))
    }
    given -= {word for word in given if word in _NOT_NAMES}
    if not given or source.islower():
        return
    taken = sorted((f.start, f.end) for f in found)
    ambiguous = gazetteer()["ambiguous"]
    for word in given:
        ends = _WORD_ADDRESSEE_END if word.capitalize() in ambiguous else _ADDRESSEE_END
        at = source.find(word)
        while at >= 0:
            end = at + len(word)
            if (
                (at == 0 or not (source[at - 1].isalnum() or source[at - 1] in "@.-_'’/"))
                and (ends.match(source, end) or source[max(0, at - 7) : at].endswith(_ASK_BEFORE))
                and not (end < len(source) and source[end].isalnum())
            ):
                i = bisect.bisect_left(taken, (end, end))
                if not (i and taken[i - 1][1] > at):
                    yield Finding("PERSON", at, end, 0.6, "person")
            at = source.find(word, end)


def _name_tokens(word: str) -> list[str]:
    """The capitalised tokens of a found name's word that may name someone elsewhere."""
    return [
        token
        for token in _NAME_TOKEN.findall(word)
        if token.casefold() not in _NOT_NAMES
        and token.casefold() not in _pseudonym_nouns()
        and token.lower() not in _STREET_WORDS
        and not _organisation_word(token)
    ]


# From this length on a text's words are looked for in one Aho-Corasick pass rather than a
# ``str.find`` or ``str.count`` per word, each of which reads the whole text again.
_ONE_PASS_FROM: Final = 8_000


def _starts(source: str, words: Iterable[str]) -> dict[str, list[int]]:
    """Where each of ``words`` occurs in ``source`` without overlapping its own occurrence
    before it, left to right: the occurrences ``str.count`` counts and a ``str.find`` from
    the end of the one before finds."""
    finder = ahocorasick.Automaton()
    for word in words:
        finder.add_word(word, word)
    finder.make_automaton()
    every: dict[str, list[int]] = {}
    for end, word in finder.iter(source):
        every.setdefault(word, []).append(end + 1 - len(word))
    starts: dict[str, list[int]] = {}
    for word, ats in every.items():
        kept: list[int] = []
        free = 0
        for at in sorted(ats):
            if at >= free:
                kept.append(at)
                free = at + len(word)
        starts[word] = kept
    return starts


def _repeated(source: str, words: Iterable[str]) -> set[str]:
    """The words that ``source`` holds twice or more (``str.count(word) > 1``)."""
    if len(source) < _ONE_PASS_FROM:
        return {word for word in words if occurs_twice(source, word)}
    return {word for word, ats in _starts(source, words).items() if len(ats) > 1}


def _occurrences(source: str, tokens: set[str]) -> Iterator[Span]:
    """Where each of ``tokens`` stands as a whole word, with a genitive's "s" or the
    capitalised words after it (_name_words_after)."""
    size = len(source)
    if size >= _ONE_PASS_FROM:
        every = _starts(source, tokens)
        found: Iterable[tuple[str, int]] = (
            (token, at) for token in tokens for at in every.get(token, ())
        )
    else:
        found = _finds(source, tokens)
    for token, at in found:
        end = at + len(token)
        if not (at and _is_name_char(source[at - 1])):
            if end == size or not _is_name_char(source[end]):
                yield at, _name_words_after(source, end)
            elif (
                source[end] == "s"
                and (end + 1 == size or not _is_name_char(source[end + 1]))
                # pii40: a Vietnamese middle name has no genitive ("Tran Thi Thu: This is …").
                and token not in _MIDDLES
            ):
                yield at, end + 1


def _finds(source: str, tokens: set[str]) -> Iterator[tuple[str, int]]:
    for token in tokens:
        at = source.find(token)
        while at >= 0:
            yield token, at
            at = source.find(token, at + len(token))


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "_'-"


_STREET_NUMBER_AFTER: Final = re.compile(r" \d{1,3}[A-Za-z]?(?![\d.,:/-])")
_CAPITALISED_BESIDE: Final = re.compile(r"(?<![\w'-])[A-ZÆØÅ](?:[^\W\d_]+,?|\.) \Z")
_CAPITALISED_NEXT: Final = re.compile(r",? [A-ZÆØÅ](?:[^\W\d_]|\.)")
_NAME_WORD_AFTER: Final = re.compile(
    rf" (?:{_NAME_PARTICLE} )?((?:(?:al|el)-)?{_NAME_WORD})(?![\w'-])"
)


def _name_words_after(source: str, end: int) -> int:
    """Where a name ends that goes on after ``end`` with up to three capitalised words no
    list or rule says are not a name's ("der tilhører Hamse [Egal Mohamud]")."""
    for _ in range(3):
        match = _NAME_WORD_AFTER.match(source, end)
        if match is None:
            break
        word = match.group(1)
        if (
            word.casefold() in _NOT_NAMES
            or word.casefold() in _pseudonym_nouns()
            or word.lower() in _STREET_WORDS
            or _organisation_word(word)
        ):
            break
        end = match.end()
    return end


# Who a chat's speaker is to the writer ("Mor: …", "Mig: …"): no name.
_KIN_SPEAKERS: Final = frozenset(
    (
        *("mig", "jeg", "du", "me", "you", "mor", "far", "søn", "datter", "bror", "søster"),
        *("mormor", "morfar", "farmor", "farfar", "onkel", "moster", "faster", "tante"),
        *("kæreste", "mand", "kone", "svigermor", "svigerfar", "barnebarn", "ven", "veninde"),
    )
)
# pii92: the relatives (and a neighbour) a list names in brackets after a person.
_BRACKET_KIN: Final = (_KIN_SPEAKERS - {"mig", "jeg", "du", "me", "you"}) | {"nabo", "naboen"}


def _message_start(source: str, match: re.Match[str]) -> int:
    """Where a speaker tag's message starts: after its ": ", or (pii53) on the next line
    after a middle dot and a time, as an SMS thread shows it ("Svend · 15:16⏎far, har du …")."""
    end = match.end(2)
    if source.startswith(" · ", end):
        return source.find("\n", end) + 1 or end
    return end + 2


def _in_conversation(
    word: str, speakers: Counter[str], chatting: set[str] | frozenset[str]
) -> bool:
    """Whether ``word`` speaks on two lines or more of a chat with another speaker, once in
    lower case at least, and is no one's relation or role."""
    return (
        speakers[word] >= 2
        and len(speakers) >= 2
        and word in chatting
        and word[1:].islower()
        and word.casefold() not in _KIN_SPEAKERS
        and word.casefold() not in _pseudonym_nouns()
    )


# A chat writer who names himself and his firm without "er" ("yo mai 👋 det Jay fra CashCrew
# her"): one capitalised word in lower-case chat text, then "fra" and a capitalised word.
# "det " first and the look-behind after it (the same condition: no word character or "@"
# before "det"), so sre searches for the literal instead of trying the look-behind at every
# position of the text (a tenth of the dense bench's instructions).
_CHAT_INTRODUCTION: Final = re.compile(r"det (?<![\w@]det )([A-ZÆØÅ][a-zæøå]{1,11}) fra [A-ZÆØÅ]")


# pii33: a chat exported as text, one message after another: Messenger's "name kl. 18.03"
# on a line of its own, an SMS thread's "Fra name: …", WhatsApp's "[14.03.26, 19:42:10]
# Name: …"; the speaker's words (one to three) in any case.
_THREAD_SPEAKER: Final = re.compile(
    r"(?:Fra |\[[^\]\n]{1,24}\] )?(([^\W\d_]+)(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*){0,2})"
    r"(?: kl\. [0-2]?\d[.:][0-5]\d[ \t]*(?:\r?\n|$)|: )"
)
_THREAD_MARKS: Final = tuple(map(_needle, (" kl. ", "Fra ", "] ")))
# A lower-case word, its letters only (what stands around it is tested after).
_LOWER_WORD: Final = re.compile(r"[a-zæøå]{3,}")


def _thread_speakers(source: str) -> tuple[set[str], list[tuple[int, int]]]:
    """The first words of a chat export's speakers, lowercased, and the speakers' spans and
    where each message's text begins (an empty span) (_THREAD_SPEAKER at a line's start),
    when two lines or more of the text open so: a thread, not a form's label."""
    speakers: set[str] = set()
    stamped: Counter[str] = Counter()
    starts: list[tuple[int, int]] = []
    at = 0
    while at >= 0:
        match = _THREAD_SPEAKER.match(source, at)
        # A form's "Navn: …" is no speaker's line: only Messenger's time, "Fra " or a stamp.
        if match is not None and (
            not match.group(0).endswith(": ") or source.startswith(("Fra ", "["), at)
        ):
            # A stamped log's lower-case label ("[14:30] status: ok") speaks as no one: a
            # stamped lower-case speaker only when listed and on two lines ("[18:04] signe:").
            if (
                not match.group(0).endswith(": ")
                or source.startswith("Fra ", at)
                or match.group(2)[0].isupper()
            ):
                speakers.add(match.group(2).lower())
            else:
                stamped[match.group(2)] += 1
            starts.append(match.span(1))
            starts.append((match.end(), match.end()))
        at = source.find("\n", at)
        at = at + 1 if at >= 0 else -1
    if stamped:
        # A given name that is also a word ("signe", "server") only beside a speaker whom the
        # lists know as a person or who is the writer's relative ("mor"), as
        # _lowercase_speaker takes it.
        names = gazetteer()
        person = any(
            _normal(word) in names["first"] or word.lower() in _KIN_SPEAKERS
            for word in (*speakers, *stamped)
        )
        speakers.update(
            word
            for word, lines in stamped.items()
            if lines >= 2
            and (
                _normal(word) in names["first"]
                or (person and _normal(word) in names["ambiguous"])
                # pii59: or a pet name no list knows ("[18:31] tobbe: …") beside a person.
                or (person and pet_name(word) and _normal(word) not in names["surname"])
            )
        )
    return (speakers, starts) if len(starts) >= 4 else (set(), [])


def _thread_speaker_names(
    source: str, starts: list[tuple[int, int]], speakers: set[str]
) -> Iterator[Finding]:
    """A thread's speakers named in capitals or with a capital ("Fra Sanne: …", "Holger
    Quist-Overgaard kl. 17.24"), a listed given name first, no role; and a nickname that
    speaks on two lines or more ("Fra valde: …"), lowercase and no listed word."""
    names = gazetteer()
    listed = (names["first"], names["ambiguous"])
    counts = Counter(source[a:b].lower() for a, b in starts if a != b)
    for begin, end in starts:
        if begin == end:
            continue
        text = source[begin:end]
        head = text.split(" ", 1)[0]
        lowered = head.lower()
        if lowered in _NOT_NAMES or lowered in _KIN_SPEAKERS or lowered in _pseudonym_nouns():
            continue
        if text.islower():
            if (
                " " not in text
                and counts[text] >= 2
                # An SMS thread's or Messenger's, not a log's "[14:30] status: ok".
                and (source.endswith("Fra ", 0, begin) or source.startswith(" kl. ", end))
                and not any(_normal(text) in kind for kind in listed)
                and lowered in speakers
            ):
                yield Finding("PERSON", begin, end, 0.6, "person")
            continue
        if (text.istitle() or text.isupper()) and any(_normal(head) in kind for kind in listed):
            yield Finding("PERSON", begin, end, 0.7, "person")


# After an addressee at a message's start: what is said to them ("naja du skal ikke svare
# ham", "ellen kan du tjekke …"); after a name that ends a clause: an emoji, a mark or the
# line's end ("godt gået zeynep 😭", "tak mik 🙏 for …"), not a surname or a year.
_ADDRESSED_THEN: Final = re.compile(r" (?:du|kan|har|skal|ring|tjek|se|husk|hvad|er|vil)\b")
_CLAUSE_END_AFTER: Final = re.compile(r" ?(?:[!?,;]|[^\w\s.,:;!?()\[\]'\"@/-]|[ \t]*(?:\r?\n|$))")


def _thread_names(scan: Scan) -> Iterator[Finding]:
    """pii33: names a family's chat types in lower case, in a thread (_thread_speakers): a
    speaker of one word ("Fra sanne: …", "emil kl. 18.43"), an addressee at a message's
    start ("naja du skal ikke svare ham") and a name that ends a clause ("godt gået zeynep
    😭"); a listed given name that is no everyday word ("emil", "inger"; not "kaj"), or one
    that speaks in the thread ("kaj kl. 11.55"); not a user ID's or an address's part
    ("sanne86", "sanne@…"), an abbreviation ("ang. min …"), a relation or a role."""
    # A thread has two speaker lines at least: two of one mark (one C count each, where the
    # keyword pass found the mark).
    source = scan.source
    if not any(scan.may_hold(mark) and source.count(mark) >= 2 for mark in _THREAD_MARKS):
        return
    speakers, starts = _thread_speakers(source)
    if not speakers:
        return
    first = gazetteer()["first"]
    yield from _thread_speaker_names(source, starts, speakers)
    opening = {begin for begin, _ in starts}
    lines = {begin for begin, end in starts if begin == end}
    size = len(source)
    for match in _LOWER_WORD.finditer(source):
        start, end = match.span()
        before = source[start - 1] if start else "\n"
        if before.isalnum() or before in "@.-_'’/":
            continue
        if end < size and (
            source[end].isalnum()
            or source[end] in "@_-'’"
            or (source[end] == "." and not source.startswith((". ", ".\n"), end))
            or (source.startswith(". ", end) and source[end + 2 : end + 3].islower())
        ):
            continue
        word = match.group()
        if word in _NOT_NAMES or word in _KIN_SPEAKERS or word in _pseudonym_nouns():
            continue
        norm = _normal(word)
        if not (norm in first or word in speakers):
            continue
        speaker = start in opening and source[end : end + 1] in (":", " ")
        message_start = (before == "\n" or start in lines) and _ADDRESSED_THEN.match(source, end)
        # A wish's noun after "god" ("god weekend!", "god faten!" typed for "god fornøjelse")
        # ends a clause too, but names no one.
        if (
            speaker
            or message_start
            or (_CLAUSE_END_AFTER.match(source, end) and not source.endswith("god ", 0, start))
        ):
            yield Finding("PERSON", start, end, 0.6, "person")


def _chat_introductions(source: str) -> Iterator[Finding]:
    """The name a chat writer gives himself ("det Mo fra Nordic Payouts her"): one word right
    before "fra" ("det Kongelige Teater fra …" has two), none of _NOT_NAMES, a firm's or a
    street's word."""
    for match in _CHAT_INTRODUCTION.finditer(source):
        word = match.group(1)
        if (
            word.casefold() in _NOT_NAMES
            or _organisation_word(word)
            or word.lower() in _STREET_WORDS
        ):
            continue
        yield Finding("PERSON", match.start(1), match.end(1), 0.7, "person")


def _greeted_speaker(source: str, match: re.Match[str]) -> bool:
    """Whether a time-stamped speaker tag in lower case that no list knows is a person the
    chat greets by that word ("[11:40] @bigbro_money: yo hodan 👋 …" / "[11:48] hodan: …");
    not a log's label ("[14:30] status: ok")."""
    word = match.group(2)
    if match.group(1) is None or " " in word or word in _NOT_NAMES or word in _KIN_SPEAKERS:
        return False
    greeting = rf"(?<![\w@])(?i:yo|hej|hejsa|hey|hi|hello) {re.escape(word)}\b"
    return re.search(greeting, source) is not None


# pii59: a Danish pet name's shape, a doubled consonant and a closing e or i ("tobbe", "nille",
# "jakke", "basse", "sussi"), as an esports or family chat tags its speakers; not the everyday
# words of that shape a stamped line might open with.
_PET_NAME: Final = re.compile(r"[a-zæøå]{1,4}([bdfgklmnprstv])\1[ei]")
_PET_NAME_WORDS: Final = frozenset(
    ("alle", "lille", "ville", "kunne", "skulle", "mellem", "helle", "hvide", "pille", "lidt")
)


def pet_name(word: str) -> bool:
    """pii59: whether a lowercase speaker's tag no list knows has a pet name's shape
    (_PET_NAME), not one of _PET_NAME_WORDS ("alle")."""
    return _PET_NAME.fullmatch(word) is not None and word not in _PET_NAME_WORDS


def _lowercase_speaker(
    match: re.Match[str],
    matches: list[re.Match[str]],
    speakers: Counter[str],
    chatting: set[str] | frozenset[str],
) -> bool:
    """Whether a chat's speaker tag in lower case names a person ("[08:01] rasmus: …"): a
    listed first name that is no everyday word, after a time stamp or speaking in a
    conversation (_in_conversation); a first name that is also a word ("signe", "kaj") only
    when it speaks on two time-stamped lines of a chat with a speaker the lists know as a
    person ("emil"), then on its other lines too. A log's or a form's lower-case label
    ("[14:30] status: ok", "[14:31] server: …", "note: …") is no listed first name."""
    word = match.group(2)
    stamped = match.group(1) is not None
    if " " in word:
        return stamped and _lowercase_full_name(word.split(" "), match, matches)
    if word in _KIN_SPEAKERS or word in _NOT_NAMES or word in _pseudonym_nouns():
        return False
    names, norm = gazetteer(), _normal(word)
    # pii49: a double given name with one part also a word ("[12:13] hans-henrik: …").
    if all(part in names["first"] for part in norm.split("-")) or (
        stamped and "-" in norm and _double_given_name(norm.split("-"), names)
    ):
        return stamped or _in_conversation(word, speakers, chatting)
    if norm not in names["ambiguous"] and not (
        stamped and pet_name(word) and norm not in names["surname"]
    ):
        return False
    lines = [m.group(2) for m in matches if m.group(1) is not None]
    # pii46: or a capitalised full name whose given name is listed, also as a word ("[21:42]
    # Mia van Dijk: …" chatting with "[21:36] mai: …").
    return lines.count(word) >= 2 and any(
        other != word
        and (
            _normal(other) in names["first"]
            or (" " in other and other[0].isupper() and _listed_given(other.split(" ")[0]))
        )
        for other in lines
    )


def _listed_given(word: str) -> bool:
    """Whether ``word`` is a listed given name, also one that is an everyday word."""
    names, norm = gazetteer(), _normal(word)
    return norm in names["first"] or norm in names["ambiguous"]


# Words of a sentence, not of a name, that a lower-case line may open with before a colon
# ("[14:30] mette skriver: …", "[09:12] anna og jens: …").
_NOT_NAME_PARTS: Final = frozenset(
    (
        *("og", "eller", "i", "på", "til", "fra", "med", "er", "har", "skriver", "siger"),
        *("sagde", "skrev", "svarer", "svarede", "and", "or", "the", "says", "said", "wrote"),
    )
)


def _lowercase_full_name(
    words: list[str], match: re.Match[str], matches: list[re.Match[str]]
) -> bool:
    """pii39: whether a time-stamped chat's lower-case speaker of several words is a full
    name: a listed given name that is no everyday word (or a Vietnamese family name) first,
    then names the lists know or Danish surnames, in a double surname one part at least
    ("bilal rahimi-damgaard", "le thi ngoc"); "[14:30] anna skriver:" has a verb after the
    name. pii40: a listed given name first and any words after it that are no sentence's
    ("[22:15] jørgen krarup storm: …"); one that is also a word ("kaj", "line") before a
    listed or Danish-looking surname or as the tag of two lines or more."""
    if any(
        word in _NOT_NAME_PARTS
        or word in _NOT_NAMES
        or word in _KIN_SPEAKERS
        or word in _pseudonym_nouns()
        for word in words
    ):
        return False
    first = _normal(words[0])
    names = gazetteer()
    if first in names["ambiguous"]:
        # A given name that is also a word ("line", "signe") before surnames only ("line
        # nørgaard-kjeldsen"), listed or Danish-looking in each part, or a surname last
        # ("line hjort-vad"), or speaking on two lines ("kaj stampe").
        last = _normal(words[-1])
        return (
            all(
                part in names["surname"] or _SURNAME_ENDING.fullmatch(part) is not None
                for word in words[1:]
                for part in _normal(word).split("-")
            )
            or last in names["surname"]
            or _SURNAME_ENDING.fullmatch(last) is not None
            or "-" in last
            or sum(m.group(2) == match.group(2) for m in matches) >= 2
        )
    if all(part in names["first"] for part in first.split("-")):
        return True
    if first not in _FAMILY_FIRST:
        return _answers_named_agent(match, matches)
    # A double surname with one part the lists lack ("rahimi-damgaard"): the other names it.
    return all(any(map(_listed_name_part, word.split("-"))) for word in words[1:])


def _answers_named_agent(match: re.Match[str], matches: list[re.Match[str]]) -> bool:
    """pii49: whether a lower-case speaker of several words the lists lack ("[16:18] ngozi
    okafor: …", "[09:48] can erdem: …") speaks on two time-stamped lines or more of a chat
    that a staff member named by a capitalised listed given name opens ("[16:17] Josefine:
    Velkommen …"), as a pharmacy's or shop's chat export writes the customer's typed name; a
    log's lower-case fields ("[14:30] backup job: …") open no such chat."""
    tag = match.group(2)
    stamped = [m.group(2) for m in matches if m.group(1) is not None]
    if stamped.count(tag) < 2:
        return False
    opener = stamped[0]
    return " " not in opener and opener[0].isupper() and _normal(opener) in gazetteer()["first"]


@cache
def _pseudonym_nouns() -> frozenset[str]:
    """Role and speaker words and the nouns pseudonymised texts label parties with."""
    return frozenset((*_ROLE_WORD_SET, *_SPEAKER_ROLES, *PSEUDONYM_WORDS))


# pii39: a telco's subscriber and its staff member as pseudonymised parties ("til Abonnent
# B. Klagegebyret på 160 kr.", "Tak, Medarbejder A. Svindlerne nåede …").
_PARTY_NOUNS: Final = frozenset(
    (
        *PSEUDONYM_WORDS,
        *("lejer", "udlejer", "sælger", "køber", "abonnent", "medarbejder"),
        # pii110: a driver's or fitter's stand-in ("Chauffør As telefon", "Montør Bs bil").
        *("chauffør", "montør", "driver"),
    )
)
# A label's letter or number, also in the genitive ("Arving B's advokat").
_LABEL_LETTER_AFTER: Final = re.compile(r" (?:[A-ZÆØÅ]|\d{1,2})(?:['’]s)?(?![\w'’-])")
# pii33: a capitalised word and a label's letter or number, the whole of a finding.
_LABEL_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
_PARTY_LABEL: Final = re.compile(r"([A-ZÆØÅ][a-zæøå]+) (?:[A-ZÆØÅ]|\d{1,2})")


def _unlisted_word(word: str) -> bool:
    """Whether a capitalised ``word`` is no listed given name or surname (nor an ambiguous
    one): a noun, not a person's name, stands before a label's letter."""
    names, norm = gazetteer(), _normal(word)
    return (
        norm not in names["first"]
        and norm not in names["surname"]
        and (norm not in names["ambiguous"])
    )


def party_label(source: str, start: int, end: int) -> bool:
    """pii33: whether ``source[start:end]`` is a pseudonymised party's label read as a name:
    a capitalised word that no list knows as a name, and a capital letter or a number of one
    or two digits after it before no further letter ("Arving A", "Bobestyrer B",
    "Gerningsperson 1", "Efterlevende C's søn"). The noun needs no list; "Jens H. Smed" (a
    given name) and "Vidnet H. Smed" (a letter with a full stop before a capitalised word,
    an initial) stay names."""
    text = source[start:end]
    space = text.find(" ")
    if space >= 0:
        # The label's letter or number is the last one or two characters (redspeed15).
        if len(text) - space > 3:
            return False
        match = _PARTY_LABEL.fullmatch(text)
        return match is not None and _unlisted_word(match.group(1))
    if not text.istitle() or not text.isalpha():
        return False
    after = _LABEL_LETTER_AFTER.match(source, end) if _may_label_letter(source, end) else None
    if after is None:
        return False
    if source.startswith(". ", after.end()) and source[after.end() + 2 : after.end() + 3].isupper():
        return False  # an initial before a surname ("Vidnet H. Smed")
    return _unlisted_word(text)


def _may_label_letter(source: str, end: int) -> bool:
    """Whether _LABEL_LETTER_AFTER can match at ``end``: a space, then a capital of its class
    or a decimal digit (redspeed15)."""
    after = source[end + 1 : end + 2]
    return source.startswith(" ", end) and (after in _LABEL_CAPITALS or after.isdecimal())


_PSEUDONYM_BEFORE: Final = re.compile(r"(?<![\w-])([^\W\d_]+) \Z")


def _pseudonym_genitive(source: str, finding: Finding) -> bool:
    """Whether ``finding`` is a stand-in's letter with a genitive "s" after a party's noun
    ("værge for Borger [As] økonomi", "Kære Borger [As]"): the letter stands for a name."""
    text = source[finding.start : finding.end]
    # pii69: also with the word after it read into the name ("Kunde [As Visa]/Dankort").
    if len(text) < 2 or not text[0].isupper() or text[1] != "s" or text[2:3] not in ("", " "):
        return False
    before = _PSEUDONYM_BEFORE.search(source, max(0, finding.start - 30), finding.start)
    return before is not None and before.group(1).casefold() in _PARTY_NOUNS


def _pseudonym(source: str, finding: Finding) -> bool:
    """Whether ``finding`` is a pseudonym's noun ("Kære [Lejer] A", "Lejer: [Part] C") or
    the letter of one read as an initial ("Borger [B. Bagefter] bad han …"), or its genitive
    ("Borger [As]")."""
    if source[finding.start + 1 : finding.start + 2] == "s" and _pseudonym_genitive(
        source, finding
    ):
        return True
    # The whole label read as a name ("Beboer B" in a list: a noun and a capital).
    if source.find(" ", finding.start, finding.end) > 0 and pseudonym_label(
        source[finding.start : finding.end]
    ):
        return True
    if party_label(source, finding.start, finding.end):
        return True
    # Cheap look first: most names have neither a label's letter after them nor an initial.
    if source[finding.start + 1 : finding.start + 2] != "." and (
        not _may_label_letter(source, finding.end)
        or _LABEL_LETTER_AFTER.match(source, finding.end) is None
    ):
        return False
    text = source[finding.start : finding.end]
    nouns = _pseudonym_nouns()
    if text.casefold() in nouns:
        return _LABEL_LETTER_AFTER.match(source, finding.end) is not None
    if len(text) > 2 and text[1] == "." and text[0].isupper() and " " in text:
        # Only a party's noun ("Sagsbehandler: politiassistent E. Yde" names a person),
        # and a word after the letter that no list knows as a name ("Borger B. Bagefter").
        before = _PSEUDONYM_BEFORE.search(source, max(0, finding.start - 30), finding.start)
        word = text.split(" ", 1)[1].split(" ", 1)[0]
        names = gazetteer()
        return (
            before is not None
            and before.group(1).casefold() in _PARTY_NOUNS
            and word not in names["surname"]
            and word not in names["first"]
            # pii39: nor one shaped as a Danish surname ("Medarbejder K. Bisgaard").
            and _COMMON_SURNAME.search(word) is None
            # pii106: nor one a bracket follows, as the person's e-mail or phone does
            # ("Kunden K. Skovbo (k***@example.dk) fik …"): a sentence's next word has
            # its verb after it.
            and source[finding.end : finding.end + 2] != " ("
            # pii110: nor one the person's phone follows ("Chauffør A. Brøndum-Kirk, tlf. …").
            and _PHONE_LABEL_AFTER.match(source, finding.end) is None
        )
    return False


# Goods a marketplace names after a person, as furniture and clothes makers do ("Stefan
# stol", "Ivar reol", "Oskar børnecykel", "kjolen Amira", "model Leila"): the noun right
# after the given name, or the product's noun or "model" right before it.
_PRODUCT_NOUN: Final = (
    r"[a-zæøå]*(?:stol|reol|bord|sofa|seng|lampe|skab|kommode|hylde|cykel|vogn|taske|jakke"
    r"|kjole|frakke|støvler|bukser|nederdel|bluse|trøje|tæppe|pude|spejl|abaya|sandaler"
    r"|rygsæk|gardin|puf|lænestol)(?:en|et|n|e|er|erne)?"
)
_PRODUCT_WORD: Final = re.compile(rf"{_PRODUCT_NOUN}|model|modellen")


# A compound with a person's name as its first part: Danish joins it with a hyphen and writes
# the noun in lower case ("Ingrid Marie-æbler", "Anton Berg-chokolade", "H.C. Andersen-
# eventyr"): the name's last word ends in "-" and a lowercase noun, no given name
# ("Anne-marie" typed in haste).
_NAMED_COMPOUND: Final = re.compile(r"-([a-zæøå]{3,})\Z")


def _named_compound(source: str, finding: Finding) -> bool:
    """Whether a finding ends in a compound noun named after a person ("Karen Volf-småkager")."""
    if source.find("-", finding.start, finding.end) < 0:
        return False
    tail = _NAMED_COMPOUND.search(source, finding.start, finding.end)
    return (
        tail is not None
        and source[finding.start].isupper()
        and tail.group(1) not in gazetteer()["first"]
    )


_CAR_MAKES: Final = frozenset(word.strip() for word in _CAR_WORDS)
# A car model's designation after its make: letters and a number ("C 220", "GLC 300",
# "XC60"), a class ("A-Klasse").
_CAR_MODEL_AFTER: Final = re.compile(r" (?:[A-Z]{1,3}[ -]?\d{1,3}(?![\w])|[A-Z]-?(?i:klasse)\b)")


def _product_name(source: str, finding: Finding) -> bool:
    """Whether a single given name is a product's ("Ivar reol", "kjolen Amira"), or a name
    is the first part of a compound noun ("Anton Berg-chokolade")."""
    start, end = finding.start, finding.end
    if _named_compound(source, finding):
        return True
    if source.find(" ", start, end) >= 0:
        return False
    if source.startswith(" ", end):
        following = source[end + 1 : end + 25].split(" ", 1)[0].rstrip(".,;:!?\"'")
        if following.islower() and _product_word(following):
            return True
        # pii42: a car make that is a given name too, before its model ("Mercedes C 220").
        if _CAR_MODEL_AFTER.match(source, end) and source[start:end].casefold() in _CAR_MAKES:
            return True
    if start and source[start - 1] == " ":
        before = source[max(0, start - 25) : start - 1].rsplit(" ", 1)[-1]
        # pii94: a car's model after its make, a given name too ("Renault Zoe", "Kia Ceed").
        if before.casefold() in _CAR_MAKES:
            return True
        # A quoted field's product ("'Spisestol Sølvi'" in an SQL dump or a CSV line).
        return _product_word(before.lstrip("\"'([«„“‘").lower())
    return False


# pii92: an animal's name, as a buyer's complaint and a vet's journal write it: in brackets or
# right after the animal ("Hvalpen (Molly) skulle have chip …", "hunden Bamse"), or a journal's
# patient before its breed ("Patient: Kiki, dværgpuddel, ca. 9 uger"), never a person.
_ANIMAL_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:hvalpen|hunden|katten|killingen|hesten|kaninen|marsvinet|føllet|puppy"
    r"|the dog|the cat)[ \t]+\(?\Z"
)
_PATIENT_BEFORE: Final = re.compile(r"(?:^|\n)(?i:patient|dyr|dyrets navn|kæledyr):[ \t]*\Z")
# redspeed27: the last letters of _ANIMAL_BEFORE's words, in either case (none equals another
# character to the engine's IGNORECASE).
_ANIMAL_LAST: Final = frozenset("ntygNTYG")
_BREED_AFTER: Final = re.compile(
    r",[ \t]+(?:[a-zæøå]+[ \t]+)?[a-zæøå]*(?:hund|hvalp|kat|killing|bulldog|retriever|puddel"
    r"|terrier|spaniel|schæfer|collie|pomeranian|chihuahua|maltipoo|mops|cavalier|beagle|husky"
    r"|havaneser|bichon|labrador|doodle|poo|malteser|rottweiler|boxer|corgi|perser|maine coon"
    r"|ragdoll|bengal|siameser|korthår|blanding)(?![\w-])"
)


def _animal_named(source: str, finding: Finding) -> bool:
    """Whether a one-word name is an animal's (_ANIMAL_BEFORE, _PATIENT_BEFORE and
    _BREED_AFTER)."""
    start, end = finding.start, finding.end
    if source.find(" ", start, end) >= 0:
        return False
    # redspeed27: each pattern searched only where what it ends in stands before the name:
    # an animal's word's last letter, spaces or tabs and a "(" at most; a label's ":" and
    # spaces or tabs. Most names stand after neither (the searches tried every position of
    # the 14 or 16 characters before each one-word name).
    bracket = start - 1 if start and source[start - 1] == "(" else start
    gap = bracket
    while gap and source[gap - 1] in " \t":
        gap -= 1
    before = (
        _ANIMAL_BEFORE.search(source, max(0, start - 14), start)
        if 0 < gap < bracket and source[gap - 1] in _ANIMAL_LAST
        else None
    )
    if before is not None:
        return not before.group().endswith("(") or source.startswith(")", end)
    gap = start
    while gap and source[gap - 1] in " \t":
        gap -= 1
    return (
        gap > 0
        and source[gap - 1] == ":"
        and _PATIENT_BEFORE.search(source, max(0, start - 16), start) is not None
        and _BREED_AFTER.match(source, end) is not None
    )


# pii104: a breed named after a person, as a vet's journal and a puppy ad write it ("Cavalier
# King Charles Spaniel", "Jack Russell Terrier", "Gordon Setter"): the breed's last word is a
# kind of dog, which no surname is.
_BREED_WORD: Final = re.compile(
    r"(?i:[a-zæøå]*(?:spaniel|terrier|retriever|setter|collie|pointer|schnauzer|pinscher"
    r"|puddel|poodle|hound|spitz|bulldog|sheepdog|shepherd|schæfer))"
)
_BREED_WORD_AFTER: Final = re.compile(r"[ \t]+([^\W\d_]+)")
# redspeed27: the letters a _BREED_WORD ends in (each kind's last, in either case; no other
# character equals one of them to the engine's IGNORECASE): a word ending otherwise is
# settled without the pattern, which tried its sixteen kinds at each of the word's letters.
_BREED_LAST: Final = frozenset("lredzgLREDZG")


def _breed_named(source: str, finding: Finding) -> bool:
    """pii104: whether a name is a dog breed's: its last word or the word after it a breed's
    kind (_BREED_WORD)."""
    start, end = finding.start, finding.end
    last = source.rfind(" ", start, end)
    if (
        last >= 0
        and source[end - 1] in _BREED_LAST
        and _BREED_WORD.fullmatch(source, last + 1, end) is not None
    ):
        return True
    # The word after it (_BREED_WORD_AFTER's group), read without a regex call.
    size = len(source)
    at = end
    while at < size and source[at] in " \t":
        at += 1
    if at == end:
        return False
    word_end = at
    while word_end < size and _is_letter(source[word_end]):
        word_end += 1
    return (
        word_end > at
        and source[word_end - 1] in _BREED_LAST
        and _BREED_WORD.fullmatch(source, at, word_end) is not None
    )


# pii104: a harbour, a marina or a boat guild, as a marina's letters and a boat club's mail
# sign them ("Med venlig hilsen Hundested Havn", "Sønderborg Lystbådehavn", "Bådelauget
# Nordstjernen"): a word of the name ends as a harbour's or a guild's, which no surname does.
_HARBOUR_ENDINGS: Final = ("havn", "havnen", "havns", "laug", "lauget", "laugets")
# "Marina" is a given name too: only after a capitalised word that is no given name and does
# not open its line or sentence ("Afsender: Svendborg Marina", "BÅDPLADS – SVENDBORG
# MARINA"); "Hej Marina", "Anne Marina" stay names.
_MARINA_WORDS: Final = frozenset(("marina", "marinaen", "marinas"))
# pii104: or a heading in capitals that opens its line ("SVENDBORG MARINA – HÆNDELSESLOG").
_PLACE_BEFORE_MARINA: Final = re.compile(
    r"(?:(?<=[^\n.!?\s])[ \t]+([A-ZÆØÅ][^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|(?:^|(?<=\n))([A-ZÆØÅ]{4,}(?:-[A-ZÆØÅ]+)*))[ \t]+\Z"
)


def _harbour_named(source: str, finding: Finding) -> bool:
    """pii104: whether a name is a harbour's, a marina's or a boat guild's (_HARBOUR_ENDINGS,
    _MARINA_WORDS after a place)."""
    start, end = finding.start, finding.end
    words = source[start:end].casefold().split()
    if any(word.endswith(_HARBOUR_ENDINGS) for word in words):
        return True
    if not words or words[-1] not in _MARINA_WORDS:
        return False
    names = gazetteer()
    if len(words) > 1:
        # "Svendborg Marina" found whole: a place's, unless a given name opens it.
        head = _normal(source[start:end].split()[0])
        return head not in names["first"] and head not in names["ambiguous"]
    before = _PLACE_BEFORE_MARINA.search(source, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1) or before.group(2)
    if before.group(2) and not source[start:end].isupper():
        return False
    return (
        word.casefold() not in _GREETING_WORDS
        and _normal(word) not in names["first"]
        and _normal(word) not in names["ambiguous"]
    )


@lru_cache(maxsize=4096)
def _product_word(word: str) -> bool:
    """Whether ``word`` is a product's noun or "model" (_PRODUCT_WORD), remembered: the
    same words stand beside names again and again."""
    return _PRODUCT_WORD.fullmatch(word) is not None


# A month's or a weekday's name that is also a given name, in a date: after a day's number
# ("forfalder den 6 august", "SENEST 29. AUGUST 2024") or, abbreviated in English, before
# one ("Thu, 12 Nov 2026" in a mail header).
_DAY_BEFORE: Final = re.compile(r"(?<![\d.,])\d{1,2}\.? \Z")
_CALENDAR_NAMES: Final = frozenset(("august", "maj", "june", "april", "july"))
# pii45: or after an English preposition of time, where English capitalises the month ("I
# start at Aarhus Universitet in August", "since April"); "from August" may be a sender.
_MONTH_LEAD_BEFORE: Final = re.compile(
    r"(?<![\w-])(?:in|since|until|till|during|early|late|mid|next|last|this) \Z"
)
_WEEKDAY_ABBREVIATIONS: Final = frozenset(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
_DATE_AFTER_WEEKDAY: Final = re.compile(r", \d{1,2} [A-Z][a-z]{2} \d{4}")
_MONTH_ABBREVIATIONS: Final = frozenset(("jan", "mar", "jun", "jul", "sep", "nov", "dec"))
_YEAR_AFTER: Final = re.compile(r" (?:19|20)\d\d(?!\d)")


def _calendar_word(source: str, finding: Finding) -> bool:
    """Whether a one-word name is a month after a day's number or an English weekday's
    abbreviation before a date: a date's word, not a person."""
    word = source[finding.start : finding.end].casefold()
    if word in _CALENDAR_NAMES:
        return (
            _DAY_BEFORE.search(source, max(0, finding.start - 4), finding.start) is not None
            or _MONTH_LEAD_BEFORE.search(source, max(0, finding.start - 8), finding.start)
            is not None
        )
    if word in _WEEKDAY_ABBREVIATIONS:
        return _DATE_AFTER_WEEKDAY.match(source, finding.end) is not None
    # pii68: a mail header's month between day and year ("Fri, 18 Sep 2026 08:58:49"), "Jan"
    # and "Sep" being given names too.
    if word in _MONTH_ABBREVIATIONS:
        return (
            _DAY_BEFORE.search(source, max(0, finding.start - 4), finding.start) is not None
            and _YEAR_AFTER.match(source, finding.end) is not None
        )
    # pii40: a judgement's closing formula, "Thi kendes for ret:" ("thi": therefore), where
    # "Thi" is no Vietnamese middle name.
    return word == "thi" and source.startswith(" kendes for ret", finding.end)


_WORDS_AFTER: Final = re.compile(r"(?: [^\W\d_]+(?![\w-])){1,2}")


def _institution_after(source: str, end: int) -> bool:
    """Whether a genitive's noun is capitalised, an institution's word, in mixed case: the
    school named after a person ("Sankt Knuds Skole", "Marie Kruses Skole", "Niels Steensens
    Gymnasium"), where "Sigrids skole" is a child's (pii57)."""
    if not source[end + 1 : end + 2].isupper() or source[end + 2 : end + 3].isupper():
        return False  # most genitives: a lowercase noun, one look
    after = _CAPITALISED_AFTER.match(source, end)
    return after is not None and _organisation_word(after.group(1))


def _street_after(source: str, end: int) -> bool:
    """pii92: whether a genitive's noun is a street's word in capitals, the street named after
    a person ("Karen Blixens Plads"), where "Ottos plads" is a child's place."""
    if not source[end + 1 : end + 2].isupper():
        return False  # most genitives: a lowercase noun, one look
    noun = _WORD_RUN.match(source, end + 1)
    return noun is not None and noun.group().casefold() in _STREET_WORDS


def _genitive_may_lead(source: str, finding: Finding) -> bool:
    """Whether named_business's words between the first and the last (the finding's and the
    up to two _WORDS_AFTER reads after it) can hold one ending in "s" or "S" (or an empty
    one, which ``in "sS"`` counts): one of the finding's words after its first, or the word
    after it when another follows, which ends at the next space (redspeed15: the match was
    made for every name)."""
    if any(word[-1:] in "sS" for word in source[finding.start : finding.end].split(" ")[1:]):
        return True
    space = source.find(" ", finding.end + 1)
    return space > 0 and source[space - 1] in "sS"


def named_business(source: str, finding: Finding) -> bool:
    """Whether a name is a business's named after a person in the genitive ("Peter Lunds
    Vinhandel", "Lene Mortensens Rengøring"): a word ending in "s" whose stem is a listed
    surname (the word itself is no listed name) and then a capitalised word that is neither a
    listed name nor shaped like a surname."""
    # Words right after it count too: capitals find the given name alone ("PETER LUNDS
    # VINHANDEL").
    if not _genitive_may_lead(source, finding):
        return False
    rest = _WORDS_AFTER.match(source, finding.end)
    words = source[finding.start : rest.end() if rest else finding.end].split(" ")
    if len(words) < 3 or not any(w[-1:] in "sS" for w in words[1:-1]):
        return False
    names = gazetteer()
    for word, following in pairwise(words[1:]):
        following = following.rstrip(".,;:")
        # The noun in the name's own case: a title's word or a line in capitals, letters only.
        if not following.isalpha() or not (
            following.istitle() or (following.isupper() and word.isupper())
        ):
            continue
        word, following = word.title(), following.title()
        if (
            word.endswith("s")
            and word not in names["first"]
            and word not in names["surname"]
            and word[:-1] in names["surname"]
            and following[:1].isupper()
            and following not in names["first"]
            and following not in names["surname"]
            and _COMMON_SURNAME.search(following) is None
        ):
            return True
    return False


# Trades a one-person business is named by, written with a capital before the owner's name
# ("Malerfirma Lene Dahl", "Vognmand Ulla Rytter", "tæt på Tandlæge Karen Bisgaard"); in
# lower case they are a person's role ("tandlæge Karen Bisgaard sagde").
_FIRM_TITLES: Final = frozenset(
    (
        *("vognmand", "frisør", "tandlæge", "kiosk", "tømrermester", "murermester"),
        *("malermester", "blikkenslager", "dyrlæge", "kiropraktor", "fysioterapeut"),
    )
)
_TITLE_BEFORE_NAME: Final = re.compile(r"(?<![\w-])([A-ZÆØÅ][a-zæøå]+) \Z")
# A name followed by its business's registration number ("(Frisør Hanne, CVR-nr. 16 38 69
# 87)", "Lars Skov, SE-nr. 73261643").
_REGISTRATION_AFTER: Final = re.compile(r",? \(?(?:CVR|SE)(?:-nr\.?| nr\.?|-nummer)?:? ?\d")


# pii53: farm machinery whose make reads as a name, before its model ("John Deere 6R 185",
# "Claas Lexion 760 ser.nr. …", "Massey Ferguson 5S.135"), as a dealer's invoice names it.
_MACHINE_MAKES: Final = (
    *("john deere", "claas", "fendt", "valtra", "massey ferguson", "new holland"),
    *("deutz-fahr", "kverneland", "krone", "kuhn", "lemken", "horsch", "joskin"),
)
_MODEL_AFTER: Final = re.compile(r" [A-Z]{0,3}\d")
# A fishing vessel's name in quotes after its harbour mark and number ("HG 467 "Karen
# Margrethe"", "(L 245 "Vestkysten")"), as a harbour's log writes a boat: no one's name.
_VESSEL_MARK_BEFORE: Final = re.compile(r"(?<![\w-])[A-ZÆØ]{1,3} \d{1,4} [\"“]\Z")


def _model_after(source: str, end: int) -> bool:
    """``_MODEL_AFTER.match(source, end) is not None``, asked only where a space and an ASCII
    capital or a decimal digit stand after ``end`` (redspeed15)."""
    after = source[end + 1 : end + 2]
    if not source.startswith(" ", end) or not ("A" <= after <= "Z" or after.isdecimal()):
        return False
    return _MODEL_AFTER.match(source, end) is not None


def _machine_or_vessel(source: str, finding: Finding) -> bool:
    """Whether a name is a machine's make before its model (_MACHINE_MAKES), a car's make
    and model (_car_model) or a vessel's name in quotes after its mark
    (_VESSEL_MARK_BEFORE)."""
    start, end = finding.start, finding.end
    if _car_model(source, start, end):
        return True
    if source[end : end + 1] in ('"', "”") and _VESSEL_MARK_BEFORE.search(
        source, max(0, start - 14), start
    ):
        return True
    if not _model_after(source, end):
        return False
    name = source[start:end].casefold()
    return any(name == make or name.startswith(make + " ") for make in _MACHINE_MAKES)


def _role_alone(source: str, finding: Finding) -> bool:
    """Whether a one-word name is a role alone: a pseudonymised signature's or card holder's
    label ("Venlig hilsen⏎Kortholder", "Jeg hedder Kortholder") names no one (pii34)."""
    return source[finding.start : finding.end].casefold() in _ROLE_WORD_SET


def _community_named(source: str, finding: Finding) -> bool:
    """Whether one of a name's words is a community's (_COMMUNITY_ENDINGS): "Ansgar Kirke",
    "Niels Bohr Lektiecafé" and "Spejdergruppen Tordenskjold" name no one (pii56)."""
    if source.find(" ", finding.start, finding.end) < 0:
        return False  # most one-word names: nothing to split
    # The span casefolded once (a slice of the text's casefolded copy: folded_between), then
    # split: casefolding makes no space and keeps one (redspeed16).
    text = folded_between(source, finding.start, finding.end)
    return any(word.endswith(_COMMUNITY_ENDINGS) for word in text.split(" "))


def _organisation_elsewhere(source: str, finding: Finding) -> bool:
    """Whether a name is a business's, the text naming it so elsewhere ("Hej
    Spilkælderen" where a reply signs "Svar fra Spilkælderen kundeservice") (pii34)."""
    start, end = finding.start, finding.end
    word = source[start:end]
    # (The lists first, then the pattern after the name: both only say no; redspeed15.)
    if source.find(" ", start, end) >= 0:
        # pii42: a name of words no list knows, the firm's in its own "From:" line elsewhere
        # ("Til: Parkér Let <…>" and "Fra: Parkér Let Kundeservice <…>").
        names = gazetteer()
        lists = (names["first"], names["ambiguous"], names["surname"])
        if any(_normal(part) in known for part in word.split() for known in lists):
            return False
    elif _normal(word) in gazetteer()["first"]:
        return False  # most one-word names: a listed given name, no shop's
    if _ORGANISATION_AFTER.match(source, end) is not None:
        return False
    at = source.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not source[at - 1].isalnum()) and _ORGANISATION_AFTER.match(source, after):
            return True
        at = source.find(word, after)
    return False


# Danish letters as a domain name spells them ("Fyrtårn" in "fyrtaarn.example.dk") or drops
# their marks ("bolgen").
_DOMAIN_SPELLINGS: Final = (
    str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe", "ä": "ae"}),
    str.maketrans({"æ": "a", "ø": "o", "å": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a"}),
)


# An e-mail address's host after its "@" ("kystmobil.example.dk").
_HOST_AFTER: Final = re.compile(r"[\w.-]{1,80}")
# A signature's department before its firm's name ("Kundeservice, Nordtele · 80 30 20 10").
_DEPARTMENT_BEFORE: Final = re.compile(
    r"(?<![\w-])(?i:kundeservice|kundecenter|kundesupport|customer service)[,:]? \Z"
)


# pii90: a letterhead's line, the firm's name first and its address and CVR number after
# middle dots ("Ingo · Lautrupbjerg 14, 2750 Ballerup · CVR-nr. 13893032").
_LETTERHEAD_AFTER: Final = re.compile(r"[ \t]*·[^\n·]*\d[^\n·]*·[ \t]*CVR")


_LETTERHEAD_MARK: Final = "CVR"


def _firm_of_letterhead(source: str, finding: Finding) -> bool:
    """pii90: whether a name is the firm's whose letterhead line it opens (_LETTERHEAD_AFTER),
    there or wherever else the letter writes it ("Chargeback-ansvarlig, Ingo" over its
    sender's mail): a given name can be a firm's too."""
    if _LETTERHEAD_MARK not in source:  # most texts: no letterhead
        return False
    name = source[finding.start : finding.end]
    at = source.find(name)
    while at >= 0:
        if (not at or source[at - 1] == "\n") and _LETTERHEAD_AFTER.match(source, at + len(name)):
            return True
        at = source.find(name, at + 1)
    return False


# pii90: a card dispute's row of a payment, its date, the merchant and the amount in columns
# ("  19.09.26  Ingo                EUR 528,21"); a card pays a shop, not a person.
_PAYMENT_ROW_BEFORE: Final = re.compile(
    r"(?:^|\n)[ \t]*\d\d?[./-]\d\d?[./-]\d\d(?:\d\d)?[ \t]{2,}\Z"
)
_PAYMENT_ROW_AFTER: Final = re.compile(r"[ \t]{2,}(?:EUR|DKK|USD|SEK|NOK|GBP|kr\.?|\d)")
_CARD_FORM: Final = re.compile(r"(?i)kortnummer|korttype|kortbetaling")


def _card_payment_payee(source: str, finding: Finding) -> bool:
    """pii90: whether a name is the payee of a card payment's row (_PAYMENT_ROW_BEFORE,
    _PAYMENT_ROW_AFTER) in a text about a card (_CARD_FORM): a merchant."""
    start, end = finding.start, finding.end
    return (
        _PAYMENT_ROW_AFTER.match(source, end) is not None
        and _PAYMENT_ROW_BEFORE.search(source, max(0, start - 30), start) is not None
        and _CARD_FORM.search(source) is not None
    )


# pii90: a place's name after a postcode ("Postboks 9402, 8643 Ans By") or a street's after
# "ved" ("en bil … ved Solvej."), given names though they are.
_POSTCODE_BEFORE: Final = re.compile(r"(?:^|[\n,])[ \t]*\d{4} \Z")
_PREPOSITION_VED_BEFORE: Final = re.compile(r"(?<![\w])(?i:ved) \Z")


def _place_named(source: str, finding: Finding) -> bool:
    """pii90: whether a name is a town's after its postcode or one word ending in a street's
    word after "ved" (street_word)."""
    start = finding.start
    # redspeed27: each pattern searched only where its last characters stand before the name
    # (a postcode's last digit and a space; "d" and a space), as before few names.
    spaced = start > 1 and source[start - 1] == " "
    if (
        spaced
        and source[start - 2].isdecimal()
        and _POSTCODE_BEFORE.search(source, max(0, start - 8), start) is not None
    ):
        return True
    name = source[start : finding.end]
    return (
        spaced
        and source[start - 2] in "dD"
        and " " not in name
        and _PREPOSITION_VED_BEFORE.search(source, max(0, start - 4), start) is not None
        and street_word(name)
    )


def _firm_signed(source: str, finding: Finding) -> bool:
    """pii39: whether a name whose words no list knows is an organisation's, by the text:
    an e-mail domain or host that spells it written together ("Hej Kystmobil" in a mail to
    "sikkerhed@kystmobil.example.dk", "Hej Fyrtårn Telecom" and "support@fyrtaarntelecom…"),
    or a signature's department before it ("Kundeservice, Nordtele"). A listed name stays
    one ("Hej Karen Dahl" from karen@karendahl.dk)."""
    text = source[finding.start : finding.end]
    # Cheap looks first: most names begin with a listed word, most texts have neither an "@"
    # nor the name twice.
    names = gazetteer()
    first, ambiguous, surnames = names["first"], names["ambiguous"], names["surname"]
    words = text.split()
    norm = _normal(words[0])
    if norm in first or norm in ambiguous or norm in surnames:
        return False
    mail = "@" in source
    if not mail and (
        source.find(text, finding.end) < 0 and source.rfind(text, 0, finding.start) < 0
    ):
        return False
    for word in words[1:]:
        norm = _normal(word)
        if norm in first or norm in ambiguous or norm in surnames:
            return False
    if mail:
        joined = "".join(words).replace("-", "").casefold()
        spellings = {joined.translate(table) for table in _DOMAIN_SPELLINGS}
        # The hosts after each "@" (few), not the whole text casefolded for each name.
        at = source.find("@")
        while at >= 0:
            host = _HOST_AFTER.match(source, at + 1)
            if host is not None and not spellings.isdisjoint(
                host.group().casefold().split(".")[:-1]
            ):
                return True
            at = source.find("@", at + 1)
    at = source.find(text)
    while at >= 0:
        if at != finding.start and _DEPARTMENT_BEFORE.search(source, max(0, at - 20), at):
            return True
        at = source.find(text, at + 1)
    return False


# pii38: nouns of a trade a firm ends its name with ("Bakkegaard Logistik", "Skibsted
# Revision", "Grøn Linje Transport"); after a person's name they are no part of it.
_TRADE_NOUNS: Final = frozenset(
    (
        *("logistik", "revision", "transport", "spedition", "rengøring", "regnskab"),
        *("rådgivning", "entreprise", "ejendomme", "revisorer", "advokater", "vvs"),
        # pii112: an estate agent's trades ("Nordkyst Bolig", "Havnens Erhverv", "… Deponering",
        # the escrow of a purchase price).
        *("bolig", "boliger", "erhverv", "deponering", "ejendomshandel", "ejendomsformidling"),
    )
)


def _trade_named(source: str, finding: Finding) -> bool:
    """Whether a name of two words or more ends with a trade's noun in a title's case, as a
    firm's does ("Anmelder: Bakkegaard Logistik"); "Birthe Revsbech" ends with none."""
    name = source[finding.start : finding.end]
    head, _, last = name.rpartition(" ")
    return bool(head) and last.istitle() and last.casefold() in _TRADE_NOUNS


def _firm_title(word: str) -> bool:
    """Whether a capitalised word names a firm by its trade ("Malerfirma", "Vognmand")."""
    if not word[:1].isupper():
        return False
    folded = word.casefold()
    return folded in _FIRM_TITLES or folded.endswith(("firma", "firmaet"))


# What a word _firm_title accepts ends with (the longest 13 characters).
_FIRM_TITLE_ENDINGS: Final = (*_FIRM_TITLES, "firma", "firmaet")
_FIRM_TITLE_REACH: Final = 1 + max(map(len, _FIRM_TITLE_ENDINGS))


# pii53: the word before a name and its label's colon ("Ansøger: Landmand Anne Jakobsen (CVR-nr.
# …, CHR-nr. …)"): a farmer's sole proprietorship has his CVR number, and he is its person.
_ROLE_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+):?[ \t]+\Z")


def _role_lead_before(source: str, start: int) -> bool:
    """Whether a person's role (_role_word) stands right before ``start``, its colon after
    it or not."""
    before = _ROLE_WORD_BEFORE.search(source, max(0, start - 30), start)
    return before is not None and _role_word(before.group(1))


def _registration_after(source: str, end: int) -> bool:
    """``_REGISTRATION_AFTER.match(source, end) is not None``, asked only where its "CVR" or
    "SE" stands one to three characters after ``end`` (redspeed15)."""
    if source.find("CVR", end + 1, end + 6) < 0 and source.find("SE", end + 1, end + 5) < 0:
        return False
    return _REGISTRATION_AFTER.match(source, end) is not None


def _firm_named(source: str, finding: Finding) -> bool:
    """Whether a name is a one-person firm's: a capitalised trade before it or as its first
    word (_FIRM_TITLES), or its CVR or SE number right after it (not after a person's role:
    _role_lead_before)."""
    if _registration_after(source, finding.end) and not _role_lead_before(source, finding.start):
        return True
    start = finding.start
    first = source[start : finding.end].split(" ", 1)[0]
    if _firm_title(first):
        return not _signs_with_trade(source, start, finding.end)
    # Most names have no trade's word right before them: one look at the characters before
    # the space (casefolding goes character by character, so a word the pattern finds
    # there ends as they do) settles them without the pattern's search.
    lo = start - 1 - _FIRM_TITLE_REACH
    if start < 3 or not folded_between(source, lo if lo > 0 else 0, start - 1).endswith(
        _FIRM_TITLE_ENDINGS
    ):
        return False
    before = _TITLE_BEFORE_NAME.search(source, max(0, start - 30), start)
    return (
        before is not None
        and _firm_title(before.group(1))
        and not _signs_with_trade(source, before.start(), finding.end)
    )


# pii92: a note's last line, its writer's trade and name after a sentence's end ("… betalt med
# kort.⏎Dyrlæge Ulrik Dam⏎"): the person signing, where a firm's name heads a letter or stands
# inside a sentence ("tæt på Tandlæge Karen Bisgaard").
_SENTENCE_LINE_BEFORE: Final = re.compile(r"[.!?][ \t]*\n\Z")
_TEXT_END_AFTER: Final = re.compile(r"\s*\Z")


def _signs_with_trade(source: str, title: int, end: int) -> bool:
    """Whether the trade at ``title`` and the name ending at ``end`` are the text's last line
    after a sentence's end (_SENTENCE_LINE_BEFORE, _TEXT_END_AFTER)."""
    return (
        _TEXT_END_AFTER.match(source, end) is not None
        and _SENTENCE_LINE_BEFORE.search(source, max(0, title - 4), title) is not None
    )


REGISTRY: Final[list[Recognizer]] = [
    CprRecognizer(),
    CardRecognizer(),
    cvv_recognizer(),
    expiry_recognizer(),
    card_dump_cvv_recognizer(),
    EmailRecognizer(),
    spoken_email_recognizer(),
    ChatAnswerRecognizer(),
    mitid_table_row_recognizer(),
    otp_typed_recognizer(),
    PhoneRecognizer(),
    phone_query_recognizer(),
    IbanRecognizer(),
    bank_account_recognizer(),
    statement_account_recognizer(),
    mitid_user_recognizer(),
    login_log_user_recognizer(),
    otp_recognizer(),
    SpokenNumberRecognizer(),
    passport_recognizer(),
    driving_licence_recognizer(),
    PersonNameRecognizer(),
    spelt_name_recognizer(),
    record_inverted_name_recognizer(),
    AddressRecognizer(),
    north_atlantic_address_recognizer(),
    north_atlantic_local_phone_recognizer(),
    postal_address_recognizer(),
    birth_date_recognizer(),
    marked_birth_date_recognizer(),
    listed_birth_date_recognizer(),
    number_plate_recognizer(),
]


def register(recognizer: Recognizer) -> None:
    REGISTRY.append(recognizer)
