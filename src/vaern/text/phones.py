"""Phone numbers: found in free text and normalised to E.164 with phonenumbers (Danish
numbers may be written without +45)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers

MAX_TEXT = 20_000  # characters searched for numbers
MAX_TRIES = 50  # candidate numbers phonenumbers may judge per text
_PHONE_CHARS = re.compile(r"[\d\s+().\-/]+")


@dataclass(frozen=True)
class Phone:
    e164: str
    start: int
    end: int


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phones(text: str, region: str = "DK") -> list[Phone]:
    """The phone numbers in ``text`` ("Ring 70 20 70 20" -> +4570207020)."""
    return [
        Phone(_e164(m.number), m.start, m.end)
        for m in phonenumbers.PhoneNumberMatcher(text[:MAX_TEXT], region, max_tries=MAX_TRIES)
    ]


def normalise_phone(raw: str, region: str = "DK") -> str | None:
    """E.164 for something written as a number; None for an alphanumeric sender ID
    ("PostNord", "Post1234") or fewer than three digits."""
    raw = (raw or "").strip()
    if not _PHONE_CHARS.fullmatch(raw) or sum(ch.isdigit() for ch in raw) < 3:
        return None
    try:
        return _e164(phonenumbers.parse(raw, region))
    except phonenumbers.NumberParseException:
        return None


def premium_rate(e164: str) -> bool:
    """Whether a number is premium-rate in its plan (Danish 90 numbers): a call or text to
    it is charged far above an ordinary one."""
    number = phonenumbers.parse(e164)
    return phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.PREMIUM_RATE


@functools.lru_cache(maxsize=65536)
def valid_phone(value: str, region: str = "DK") -> str:
    """E.164 of a number a person enters (a form or API field); ValueError unless it is
    a valid number in the numbering plan. Cached: parsing is the costliest step of bulk
    outbound ingest."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError("not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError("not a valid phone number")
    return _e164(number)
