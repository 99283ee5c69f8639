"""What the common tests (tests/test_pii_blind_sets.py) need to know about one blind PII set.

A set's test module (tests/test_pii_blind<N>.py) builds one ``BlindSet`` as ``SPEC``; each field
left at its default (None or empty) leaves the set out of the common test that reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

from tests import pii_blind_checks as c

Rule = str | Callable[[str], object]

# What most sets (the template since pii_blind30) use; a set that differs declares its own.
CPR_FORMS = r"\d{6}-\d{4}|\d{10}|\d\d \d\d \d\d \d{4}|\d{6} \d{4}"
PHONE_FORMS = (
    r"\+45 (\d{8})|\+45 (\d\d \d\d \d\d \d\d)|\+45 (\d{4} \d{4})|(\d{4} \d{4})|"
    r"\(\+45\) (\d\d \d\d \d\d \d\d)|0045 (\d{8})|(\d\d \d\d \d\d \d\d)|(\d{8})|\+45(\d{8})|"
    r"(\d\d\.\d\d\.\d\d\.\d\d)"
)
CPR_WRITTEN = ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000")
PHONE_WRITTEN = ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00")  # fmt: skip
# A chat line's timestamp and speaker: "[14:02] Mette Holm: …" (group 1 is the speaker).
SPEAKER = re.compile(r"^\[\d\d:\d\d\] ([^:\n]+): ", re.M)
STAND_INS = ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]")
UNMASKED_MAIL = r"(?<![\w*])[a-z0-9._]+@"
LOOSE_NUMBERS = r"(?<!CVR-nr\. )(?<!\d)\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)"
# The identifiers' shapes most sets' generators share (their test modules start from these).
USUAL_SHAPES: dict[str, Rule] = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
}
# The validity cases (label, a valid value, an invalid neighbour) most recent sets share.
USUAL_VALIDITY: list[tuple[str, str, str]] = [
    ("CPR", "120365-2419", "120365-2417"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4012888888881881", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("PHONE", "(+45) 27 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 04"),
]
USUAL_NAME_FORMS = {
    "lower case": 20,
    "upper case": 50,
    "surname first": 50,
    "genitive": 30,
    "hyphen": 50,
    "three words": 50,
    "initial": 20,
}


@dataclass(frozen=True)
class Forms:
    """The written forms a set promises for CPR numbers, phones and plates, and how often each."""

    cpr: tuple[str, ...] = CPR_WRITTEN
    least_cpr: int = 30
    phone: tuple[str, ...] = PHONE_WRITTEN
    least_phone: int = 10
    least_plate_spaced: int = 30  # "XX 00 000"
    least_plate_compact: int = 10  # "XX00000"


@dataclass(frozen=True)
class Negatives:
    """What the pseudonymised negatives hold: stand-ins and pseudonyms, but no address or number."""

    pseudonyms: tuple[str, ...]
    stand_ins: tuple[str, ...] = STAND_INS
    unmasked_mail: str = UNMASKED_MAIL  # finds an address that is not masked
    numbers: str = LOOSE_NUMBERS  # finds phone-like numbers
    leads: frozenset[str] = frozenset({"70", "80"})  # the only first two digits they may have


# The fields most sets since the template of pii_blind30 share, the written forms of a name
# included ("SPEC = BlindSet(gen=g, docs=SET, file=FILE, **USUAL_SPEC, ...)").
USUAL_SPEC: dict[str, Any] = {
    "seeded": (11, 40),
    "plan": (1000, 350, 30, 100),
    "exact_spans": True,
    "validity": USUAL_VALIDITY,
    "forms": Forms(),
    "birth_cue": r"(?:født|f\.|Fødselsdato:) $",
    "addresses": (100, 50),
    "least_ten_digit_runs": 200,
    "least_masked_mail": 30,
    "least_never": (30, 10),
    "name_forms": USUAL_NAME_FORMS,
}


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
    # (genre, least speakers): every chat speaker is a PERSON span, in a negative a pseudonym
    chat: tuple[str, int] | None = None
    speaker: re.Pattern[str] = SPEAKER
    # (pattern whose group 1 is a scammer's alias, least in positives): the name is labelled
    # and the unit after it ("fra kortafdelingen") is not
    alias: tuple[re.Pattern[str], int] | None = None
    # (pattern, least hits): what the pattern finds lies next to no span, one character either
    # side (organisations' addresses, device and wallet numbers)
    untouched: tuple[str, int] | None = None
    # (pattern of the organisations' own addresses, least share of all documents and least
    # share of the negatives holding one): the brief of the sets since pii_blind110 (40 %)
    org_addresses: tuple[str, float, float] | None = None
    least_whole_plates: int | None = None  # every plate in a positive is one NUMBER_PLATE span
    # (genre, how many): each positive of the genre holds that many different CPR numbers
    cpr_per_document: tuple[str, int] | None = None
    # (genre, pattern whose group 1 is a name): in each positive of the genre it is written in
    # capitals (as on an ID document) and labelled PERSON
    capitals_name: tuple[str, str] | None = None

    @property
    def name(self) -> str:
        """The generator's module name, e.g. pii_blind49."""
        return self.gen.__name__.rsplit(".", 1)[-1]

    @cached_property
    def by_type(self) -> Mapping[str, list[str]]:
        return c.values_by_type(self.docs)
