"""Text normalisation before matching: NFKC, invisible characters, confusables, leet, links."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from confusable_homoglyphs import confusables

# Zero-width, joiners, soft hyphen, BOM and the bidi controls (UTS #9 explicit formatting).
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
_DEOBF = (
    (re.compile(r"\bhxxp(s?)://", re.I), r"http\1://"),
    (re.compile(r"\s*[\[\(\{]\s*(?:\.|dot|punktum)\s*[\]\)\}]\s*", re.I), "."),
    # "postnord punktum dk"; not the registry's name "Punktum dk" (capital P), and only
    # before a lower-case ending
    (re.compile(r"(?<=\w)\s+(?:[dD][oO][tT]|punktum)\s+(?=[a-z]{2,}\b)"), "."),
)
_SPACED = re.compile(r"\b(?:[A-Za-zÆØÅæøå][ .\-_]){2,}[A-Za-zÆØÅæøå]\b")


def strip_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


def deobfuscate_links(text: str) -> str:
    """Recover links written as hxxp, [.] or "dot"."""
    for pattern, repl in _DEOBF:
        text = pattern.sub(repl, text)
    return text


@lru_cache(maxsize=4096)
def _latin_for(char: str) -> str:
    found = confusables.is_confusable(char, greedy=True, preferred_aliases=["latin"])
    if not found:
        return char
    for item in found:
        for homoglyph in item["homoglyphs"]:
            candidate = homoglyph["c"]
            if candidate.isascii() and candidate.isalnum():
                return candidate.lower()
    return char


def skeleton(text: str) -> str:
    """A confusables skeleton (UTS #39 style) mapping look-alike letters to Latin."""
    text = unicodedata.normalize("NFKC", strip_invisible(text))
    table = {ord(c): _latin_for(c) for c in set(text) if not c.isascii() and c not in "æøåÆØÅ"}
    return text.translate(table) if table else text


def unspace(text: str) -> str:
    """Join letters separated to dodge filters ("M i t I D" → "MitID")."""
    return _SPACED.sub(lambda m: re.sub(r"[ .\-_]", "", m.group(0)), text)


def for_matching(text: str) -> str:
    """The lower-cased comparison form: skeleton, joined letters, leet undone.

    Offsets differ from the input; use it for detection, and find evidence spans on the
    input with `locate`.
    """
    return unspace(skeleton(text)).lower().translate(LEET)


def normalise(text: str) -> str:
    """Readable clean text: NFKC, no invisible characters, links recovered."""
    return deobfuscate_links(unicodedata.normalize("NFKC", strip_invisible(text)))
