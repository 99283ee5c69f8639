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

_DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]")  # a dot between letters: a domain
_DIGITS = re.compile(r"\d+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")  # a letter is what this leaves


@lru_cache(maxsize=1)
def _identifier() -> tuple[LanguageIdentifier, list[str], int, int]:
    """The identifier, its label per score column, and the Danish and English columns."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    labels = list(identifier.nb_classes)
    return identifier, labels, labels.index("da"), labels.index("en")


def words_only(text: str) -> str:
    """The text without links, addresses and numbers (what the identifier reads): words
    with a slash, an @ or a dot between letters are left out (linear in the text)."""
    words = [
        w
        for w in text[: MAX_CHARS * 2].split()
        if "/" not in w and "@" not in w and not _DOTTED.search(w)
    ]
    return _DIGITS.sub(" ", " ".join(words))[:MAX_CHARS]


def language(text: str) -> Language:
    """``"da"``, ``"en"`` or ``"other"`` (see the module's docstring)."""
    clean = words_only(text)
    letters = len(_NOT_LETTERS.sub("", clean))
    if not letters:
        return "da"  # nothing to read: the service's own language
    identifier, labels, da, en = _identifier()
    # The raw score of every language (what py3langid's rank() sorts; pinned version).
    scores = identifier._decide(clean)
    best = int(scores.argmax())
    near = max(float(scores[da]), float(scores[en]))
    if (
        labels[best] not in DANISH_LIKE | ENGLISH_LIKE
        and letters >= MIN_LETTERS
        and (float(scores[best]) - near) / letters > MARGIN
    ):
        return "other"
    return "da" if scores[da] >= scores[en] else "en"
