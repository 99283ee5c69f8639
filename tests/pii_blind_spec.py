"""What the common tests (tests/test_pii_blind_sets.py) need to know about one blind PII set.

A set's test module (tests/test_pii_blind<N>.py) builds one ``BlindSet`` as ``SPEC``; each field
left at its default (None or empty) leaves the set out of the common test that reads it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType

from tests import pii_blind_checks as c

Rule = str | Callable[[str], object]


@dataclass(frozen=True)
class Forms:
    """The written forms a set promises for CPR numbers, phones and plates, and how often each."""

    cpr: tuple[str, ...]
    least_cpr: int
    phone: tuple[str, ...]
    least_phone: int
    least_plate_spaced: int  # "XX 00 000"
    least_plate_compact: int  # "XX00000"


@dataclass(frozen=True)
class Negatives:
    """What the pseudonymised negatives hold: stand-ins and pseudonyms, but no address or number."""

    stand_ins: tuple[str, ...]
    pseudonyms: tuple[str, ...]
    unmasked_mail: str  # finds an address that is not masked
    numbers: str  # finds phone-like numbers
    leads: frozenset[str]  # the only first two digits such a number may have


@dataclass(frozen=True)
class BlindSet:
    """One blind PII set: its documents and the set-specific data of the common tests."""

    gen: ModuleType
    docs: list[dict]
    file: Path
    seeded: tuple[int, int] | None = None  # (seed, size) to reproduce
    plan: tuple[int, int, int, int] | None = None  # SIZE, NEGATIVES, least per cell, per type
    exact_spans: bool = False
    checks: Mapping[str, Callable[[str], bool]] = field(default_factory=dict)
    validity: Sequence[tuple[str, str, str]] = ()  # (type, good value, bad value)
    shapes: Mapping[str, Rule] = field(default_factory=dict)
    forms: Forms | None = None
    birth_cue: str | None = None
    addresses: tuple[int, int] | None = None  # least on two lines, least on one with a comma
    least_ten_digit_runs: int | None = None
    mail: str | None = None
    least_masked_mail: int | None = None
    never: Mapping[str, str] = field(default_factory=dict)
    least_never: tuple[int, int | None] = (30, 10)  # least in the set, least in non-positives
    negatives: Negatives | None = None
    name_forms: Mapping[str, int] = field(default_factory=dict)  # NAME_FORMS key -> least
    least_chat_speakers: int | None = None

    @property
    def name(self) -> str:
        """The generator's module name, e.g. pii_blind49."""
        return self.gen.__name__.rsplit(".", 1)[-1]

    @cached_property
    def by_type(self) -> Mapping[str, list[str]]:
        return c.values_by_type(self.docs)
