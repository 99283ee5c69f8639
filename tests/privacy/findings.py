"""What the recognisers find in a text, as the recogniser tests compare it: (entity, the
text found) pairs, the set of entities, and the address model's features of an address."""

from __future__ import annotations

from vaern.privacy.address_context import features
from vaern.privacy.redact import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in analyze(text)]


def kinds(text: str) -> set[str]:
    return {entity for entity, _ in found(text)}


def of(entity: str, text: str) -> list[str]:
    """The values of one entity found in a text, in order."""
    return [value for kind, value in found(text) if kind == entity]


# The names and address the address-model tests (pii105 and on) write their frames with.
NAMES = frozenset({"Jens", "Hansen", "Mette", "Ida", "Lund"})
ADDRESS = "Mågevej 7, 4000 Roskilde"


def features_at(text: str, address: str = ADDRESS, names: frozenset[str] = NAMES) -> list[str]:
    """The address model's features of the first ``address`` in ``text``."""
    start = text.index(address)
    return features(text, start, start + len(address), names)
