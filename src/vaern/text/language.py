"""Which language a message is written in: Danish, English or another.

py3langid (a maintained fork of langid.py; its naive Bayes model over byte n-grams of 97
languages ships inside the wheel, nothing is downloaded) ranks the languages; this module
reduces that to what the check has models for:

- ``"da"`` or ``"en"``: whichever of the two the text is closer to. Norwegian counts as
  Danish and Nigerian Pidgin and Scots as English (the identifier's usual confusions on
  short Danish messages and English SMS shorthand).
- ``"other"`` only when the text is clearly in another language: its best language is
  neither of those, by more than ``MARGIN`` log-probability per letter, over at least
  ``MIN_LETTERS`` letters. A short or mixed text is always Danish or English.

Links, e-mail addresses and numbers are left out first (they say nothing about the
language), and only the first ``MAX_CHARS`` characters are read, so a check costs tens of
microseconds whatever the length of the message.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from py3langid.langid import MODEL_FILE, LanguageIdentifier

Language = Literal["da", "en", "other"]
LANGUAGES: tuple[Language, ...] = ("da", "en", "other")

MAX_CHARS = 600
MIN_LETTERS = 20
MARGIN = 1.0  # log-probability per letter by which another language must win
DANISH_LIKE = frozenset({"da", "no", "nb", "nn"})
ENGLISH_LIKE = frozenset({"en", "pcm", "sco"})

# Tokens with a slash, an @ or a dot between letters (links, addresses, domains), and digits.
_NOISE = re.compile(r"\S*(?:/|@|[^\W\d_]\.[^\W\d_])\S*|\d+")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


def words_only(text: str) -> str:
    """The text without links, addresses and numbers (what the identifier reads)."""
    return _NOISE.sub(" ", text[: MAX_CHARS * 2])[:MAX_CHARS]


def language(text: str) -> Language:
    """``"da"``, ``"en"`` or ``"other"`` (see the module's docstring)."""
    clean = words_only(text)
    letters = len(_LETTER.findall(clean))
    if not letters:
        return "da"  # nothing to read: the service's own language
    ranked = dict(_identifier().rank(clean))
    danish, english = ranked["da"], ranked["en"]
    best = max(ranked, key=ranked.__getitem__)
    if (
        best not in DANISH_LIKE | ENGLISH_LIKE
        and letters >= MIN_LETTERS
        and (ranked[best] - max(danish, english)) / letters > MARGIN
    ):
        return "other"
    return "da" if danish >= english else "en"
