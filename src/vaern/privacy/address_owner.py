"""addrml: whose address is this, a private person's or an organisation's? (issue 18, pii78)

A small logistic model over an address's context only, the extra signal beside the hand
rules of ``recognizers._address_entity`` (``referred_institution``, the company number): an
address the rules leave personal is an organisation's own (``ORGANISATION_ADDRESS``, not
reported) when the model is confident of it.

*What it reads* (``features``): never the street, which generators reuse. Up to 80 characters
before the address on its line and the line before it, and 30 after it, lowercased with
digits as 0: the words before (a bag, and the last three by position), the words after (the
first three by position), character 4-grams of the 40 characters before, whether the address
opens its line, and for the six words before it whether each is a listed given name or surname
(names_da.tsv: "Kunde: Jens Hansen, <address>" is a person's, "Mæglerhuset Ådalen, <address>"
an organisation's).

*Where it comes from*: ``scripts/train_address_owner.py`` rebuilds ``data/address_owner.json``
deterministically from the labelled development sets bench/data/pii_blind*.jsonl (every address
the recogniser finds: a private one if it matches a labelled ADDRESS span, an organisation's
otherwise, pii78's convention); the features seen in three sets or more and their weights.

*How well it generalises*: leave-sets-out cross-validation grouped by set (docs/privacy.md,
"addrml"); the threshold below keeps the private addresses lost in it under 0.5 %.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Final

MODEL_FILE: Final = Path(__file__).parent / "data" / "address_owner.json"

# Context read around an address (characters): before it on its line and the line above,
# after it.
BEFORE: Final = 80
AFTER: Final = 30
# Character n-grams over the nearest part of the context before.
GRAM: Final = 4
GRAM_SPAN: Final = 40

_TOKEN: Final = re.compile(r"\w+|[^\w\s]|\n")
_DIGIT: Final = re.compile(r"\d")


def _context(source: str, start: int, end: int) -> tuple[str, str]:
    """The text read before (from the line above's start at most) and after an address."""
    line = source.rfind("\n", 0, start)
    above = source.rfind("\n", 0, line) if line > 0 else -1
    before = source[max(above + 1, start - BEFORE) : start]
    return before, source[end : end + AFTER]


def features(source: str, start: int, end: int, names: Mapping[str, frozenset[str]]) -> set[str]:
    """The model's features of the address at ``source[start:end]`` (see the module's text);
    ``names`` is the gazetteer (recognizers.gazetteer)."""
    before, after = _context(source, start, end)
    found: set[str] = set()
    raw = _TOKEN.findall(before)
    words = [_DIGIT.sub("0", w.lower()) for w in raw]
    found.update("b:" + w for w in words)
    for i, w in enumerate(reversed(words[-3:])):
        found.add(f"b{i}:{w}")
    for i, w in enumerate(reversed(raw[-6:])):
        if w[:1].isupper():
            normal = w[:1] + w[1:].lower()
            if normal in names.get("first", ()) or normal in names.get("ambiguous", ()):
                found.add(f"n{i}:first")
            elif normal in names.get("surname", ()):
                found.add(f"n{i}:surname")
    lowered = _DIGIT.sub("0", before[-GRAM_SPAN:].lower())
    found.update("c:" + lowered[i : i + GRAM] for i in range(len(lowered) - GRAM + 1))
    for i, w in enumerate(_TOKEN.findall(after)[:3]):
        found.add(f"a{i}:{_DIGIT.sub('0', w.lower())}")
    if not before or before.endswith("\n"):
        found.add("line-start")
    return found


@cache
def _model() -> tuple[float, float, dict[str, float]]:
    """Threshold, bias and weights of data/address_owner.json."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return float(data["threshold"]), float(data["bias"]), dict(data["weights"])


def organisation_probability(
    source: str, start: int, end: int, names: Mapping[str, frozenset[str]]
) -> float:
    """The model's probability that the address at ``source[start:end]`` is an
    organisation's own."""
    _, bias, weights = _model()
    z = bias + sum(weights.get(f, 0.0) for f in features(source, start, end, names))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def organisations_address(
    source: str, start: int, end: int, names: Mapping[str, frozenset[str]]
) -> bool:
    """Whether the model is confident (its threshold) the address is an organisation's own."""
    return organisation_probability(source, start, end, names) >= _model()[0]
