"""Digits that text recognition (OCR) read as look-alike letters: "O" for 0, "l" and "I" for
1, "S" for 5, "B" for 8 ("3OO196-0291", "+4S 4726 73B3", "BB 57 19 42"). ``ocr_digit_fixes``
gives the text with such letters inside a run of digits made digits again, the same length,
so a number's offsets are the original's."""

from __future__ import annotations

import re
from collections.abc import Iterable

_AS_DIGIT = str.maketrans("OIlSB", "01158")
_LOOKALIKE = "OIlSB"
# A run of digits and look-alikes in groups split by one space, hyphen, dash, dot or slash.
# (Its look-behind tested after the first character: the engine skips to one of those.)
_RUN = re.compile(r"[\dOIlSB](?<![\w].)[\dOIlSB]*(?:(?: ?[-\u2013/.] ?| )[\dOIlSB]+)*(?![\w])")
# Where a look-alike touches a digit (or a group of them): the only texts worth a look.
_NEAR_DIGIT = re.compile(r"[OIlSB](?:[ -]?[0-9]|(?<=[0-9][ -][OIlSB])|(?<=[0-9][OIlSB]))")
_RUN_CHARS = frozenset("0123456789OIlSB -\u2013/.")
MIN_DIGITS = 6


def _fixable(run: str) -> bool:
    """A run of at least six digits, at most two look-alikes to three digits, and no
    group of look-alikes alone longer than two ("SOS", "BIOS" stay words) nor a lone one
    first."""
    digits = sum(char.isdigit() for char in run)
    letters = sum(char in _LOOKALIKE for char in run)
    if digits < MIN_DIGITS or letters == 0 or letters * 3 > digits * 2:
        return False
    groups = re.split(r"[ \-\u2013/.]+", run)
    # A lone letter before a hyphen is a reference's prefix ("S-0348966"), no digit.
    if len(groups[0]) == 1 and groups[0] in _LOOKALIKE:
        return False
    # pii42: nor two capitals glued before its digits ("passage nr. OB67-002998", "SB24-…"):
    # a toll passage's or a ticket's lettered prefix, as other letters than look-alikes are.
    first = groups[0]
    if len(first) > 2 and first[:2].isupper() and first[:2].isalpha() and first[2].isdigit():
        return False
    return all(len(group) <= 2 or any(c.isdigit() for c in group) for group in groups)


# (Public: the redaction asks it before calling ocr_digit_fixes, in its compiled code.)
LOOKALIKES = frozenset(_LOOKALIKE)


def _hyphened_to_word(text: str, start: int, end: int) -> bool:
    """pii52: whether the run at ``start:end`` is glued by a hyphen to a word of other
    letters: the middle of a MAC address or a part number ("MAC 3A-BA-B1-27-98-15",
    "30-10-7B-78-ED-06"), whose "B" is a hex digit, no misread 8."""
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalnum()) or (
        text.startswith("-", end) and text[end + 1 : end + 2].isalnum()
    )


# pii81: an ID's capital label right before the run ("TID 76B30175", a card terminal's ID on
# an acquirer's chargeback; "Terminal-ID: 4B21…"): its letters are an ID's own, no misread
# digits.
_ID_LABEL_BEFORE = re.compile(r"(?<![\w-])(?:T|Terminal-?|Terminal )?ID[:.]? \Z")


def ocr_digit_fixes(text: str, clusters: Iterable[tuple[int, int]] | None = None) -> str | None:
    """The text with look-alike letters in digit runs made digits, or None if it has none.
    ``clusters``, where the text's digits cluster (a redaction scan knows them), spare the
    search for look-alikes next to digits: only a cluster with one in or around it is read."""
    if clusters is None:
        spots: Iterable[tuple[int, int]] = map(re.Match.span, _NEAR_DIGIT.finditer(text))
    else:
        spots = [
            (lo, hi)
            for lo, hi in clusters
            if not LOOKALIKES.isdisjoint(text[lo - 2 if lo > 2 else 0 : hi + 2])
        ]
    parts: list[str] = []
    cursor = 0
    # Only the stretch of run characters around each look-alike next to a digit is read.
    for lo, hi in spots:
        if lo < cursor:
            continue
        while lo > cursor and text[lo - 1] in _RUN_CHARS:
            lo -= 1
        while hi < len(text) and text[hi] in _RUN_CHARS:
            hi += 1
        for match in _RUN.finditer(text, lo, hi):
            run = match.group()
            if (
                _fixable(run)
                and not _hyphened_to_word(text, match.start(), match.end())
                and _ID_LABEL_BEFORE.search(text, max(0, match.start() - 13), match.start()) is None
            ):
                parts += (text[cursor : match.start()], run.translate(_AS_DIGIT))
                cursor = match.end()
    if not parts:
        return None
    parts.append(text[cursor:])
    return "".join(parts)
