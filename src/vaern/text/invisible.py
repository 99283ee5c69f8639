"""Characters that do not show: a soft hyphen (U+00AD) and the zero-width space, joiners and
no-break (U+200B-U+200D, U+2060, U+FEFF) inside a word or number ("110239-465\u200b5",
"Ba\u00adlasingam") leave it reading the same to a person while breaking every pattern, and
a no-break space (U+00A0) reads as a space. ``visible`` gives the text as it reads and a
way back to the original's offsets."""

from __future__ import annotations

import bisect
import re

_INVISIBLE_CHARS = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
_INVISIBLE = re.compile(f"[{''.join(_INVISIBLE_CHARS)}]")


class Offsets:
    """Maps spans of the visible text back onto the original: a removed character between
    a span's ends belongs to it, one at its edge does not."""

    def __init__(self, removed: list[int]) -> None:
        # Where each removed character stood in the visible text (before that position).
        self._at = [original - i for i, original in enumerate(removed)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        first = start + bisect.bisect_right(self._at, start)
        last = end - 1 + bisect.bisect_right(self._at, end - 1)
        return first, max(first, last + 1)


def visible(text: str) -> tuple[str, Offsets | None]:
    """``text`` without its invisible characters and with plain spaces for no-break ones,
    and the map back (None when nothing was removed: the offsets are the original's)."""
    if "\xa0" in text:
        text = text.replace("\xa0", " ")
    # Most text has none: a look for each (a fast substring search) costs less than one
    # regex pass over a character class.
    if not any(char in text for char in _INVISIBLE_CHARS):
        return text, None
    removed = [m.start() for m in _INVISIBLE.finditer(text)]
    return _INVISIBLE.sub("", text), Offsets(removed)
