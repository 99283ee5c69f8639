"""Words a PDF or a narrow column broke over a line with a hyphen ("Rosen-" / "vænget 14",
"Sønder-" / "gaard"): the text with those breaks taken out, and the way back to the
original offsets, so a value found in the joined text is marked where it stands."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# A hyphen at a line's end between two lowercase letters: the word goes on under it; or
# inside a word in capitals ("HOLMG-" / "AARD"). A capital after a lowercase letter
# ("Nørre-" / "Sundby", "Hans-" / "Henrik") is a compound's own part and stays as written.
_BREAK = re.compile(
    r"(?:(?<=[a-zæøåäöüéß])-[ \t]*\n[ \t]*(?=[a-zæøåäöüé])"
    r"|(?<=[A-ZÆØÅÄÖÜ]{2})-[ \t]*\n[ \t]*(?=[A-ZÆØÅÄÖÜ]{2}))"
)


@dataclass(frozen=True)
class Joined:
    """``text`` with the hyphenated line breaks taken out; ``starts`` are where the part
    after each break begins in ``text`` and ``removed`` how many characters were taken out
    up to and including that break."""

    text: str
    starts: tuple[int, ...]
    removed: tuple[int, ...]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text of ``text[start:end]``, the breaks inside it
        included."""

        def shift(at: int) -> int:
            index = bisect.bisect_right(self.starts, at) - 1
            return at + (self.removed[index] if index >= 0 else 0)

        return shift(start), shift(end - 1) + 1


def join_hyphenated_lines(text: str) -> Joined | None:
    """The text with its hyphenated line breaks joined, or None when it has none."""
    if "-" not in text or "\n" not in text:
        return None
    parts: list[str] = []
    starts: list[int] = []
    removed: list[int] = []
    cursor = taken = 0
    for match in _BREAK.finditer(text):
        parts.append(text[cursor : match.start()])
        taken += match.end() - match.start()
        cursor = match.end()
        starts.append(cursor - taken)
        removed.append(taken)
    if not starts:
        return None
    parts.append(text[cursor:])
    return Joined("".join(parts), tuple(starts), tuple(removed))
