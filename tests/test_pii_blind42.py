"""The forty-third blind PII set (bench/pii_blind42.py, hospitality and booking fraud) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates and CVCs follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; booking, PNR,
reservation, room, table, guest, voucher, invoice, order, journal and CVR numbers, timestamps,
amounts in several currencies, masked values and pseudonyms never are; negatives are
pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind42 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind42.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z0-9]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*\w",
    **CHECKS,
}


def test_birth_dates_and_cvcs_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre):? $") == []


NEVER = {
    "booking, pnr or reservation number": r"(?<![\d.])\d\.\d{3}\.\d{3}\.\d{3}(?![\d.])|"
    r"PNR [A-Z0-9]{6}\b|RES-26-\d{5}",
    "room, table or guest number": r"vær(?:else|\.) \d{3}\b|bord \d{1,2}\b|gæste-ID \d{6}\b",
    "voucher, invoice or order number": r"GK-[A-Z0-9]{4}-[A-Z0-9]{4}|faktura (?:nr\. )?2026-\d{5}|"
    r"ordrenr\. \d{6}",
    "journal or case number": r"\d{4}-\d{5}-\d{5}-26|HH-26-\d{4}|lønnr\. \d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|\d\d\.\d\d\.2026",
    "amount": r"\d{1,3}(?:\.\d{3})*,\d\d kr\.|(?:EUR|GBP|USD|SEK) \d{1,3}(?:[.,]\d{3})*"
    r"(?:[.,]\d\d)?|€ \d+",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Gæst|Medarbejder|Kunde|Vidne|Ejer|Lejer|Rådgiver) (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + "|".join(map(re.escape, g.STREETS)) + r")\.",
}


def test_six_digit_guest_ids_beside_six_digit_codes() -> None:
    ids, touched = c.lookalikes(SET, r"(?<=gæste-ID )\d{6}|(?<=\n)\d{6}(?=;)")
    assert ids >= 100 and touched == []
    assert sum(len(v) == 6 for v in BY_TYPE["OTP"]) >= 100


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    family_first = {f"{family} {given}" for given, family, first in g.FOREIGN if first}
    assert sum(n in family_first for n in names) >= 20


VALIDITY = [
    ("CPR", "120387-2215", "120387-2212"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 07 4000"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "2223003122003222", "6011111111111117"),  # not a listed prefix
    ("IBAN", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    ("PHONE", "(+45) 42 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=("Gæst A", "Medarbejder A", "Lejer 2", "Vidne 1")),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
