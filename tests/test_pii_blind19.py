"""The twentieth blind PII set (bench/pii_blind19.py) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length,
phones keep to the allowed ranges and forms; every written form is used; no loose run of ten
digits; every unmasked e-mail address is labelled; medication, doses, rooms, wards, staff
initials, dates, times, journal numbers, amounts and masked values never are; negatives are
pseudonymised and unlabelled."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind19 as g

from tests import pii_blind_checks as checks
from tests.pii_blind_spec import BlindSet, Negatives

FILE = Path(g.__file__).parent / "data" / "pii_blind19.jsonl"
SET = checks.committed(FILE)
BY_TYPE = checks.values_by_type(SET)

CPR_FORMS = r"\d{6}[- ]?\d{4}|\d\d \d\d \d\d \d{4}"
PHONE_FORMS = (
    r"(?:\+45 ?|\(\+45\) |0045 )?(\d\d)(?:\d{6}|\d\d \d{4}| \d\d \d\d \d\d)"
    r"|(\d\d)(?:\.\d\d){3}"
)
CHECKS = checks.identifier_checks(
    g,
    CPR_FORMS,
    PHONE_FORMS,
    card_layouts=(g.grouped, lambda n: g.grouped(n).replace(" ", "-")),
    card_separators=" -",
)


def test_size_kinds_and_genres() -> None:
    assert checks.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}|\d\d\d \d\d\d",
    "NUMBER_PLATE": r"[A-Z][A-Z](?: \d\d \d\d\d|\d{5})",
    "BANK_ACCOUNT": r"(?:[1-9]\d{3}[ -])?\d{7,10}",
    "MITID_USER": r"[A-Za-z][a-z]*[._]?[A-Za-z]*(?:\d\d|19\d\d|200[0-5])?",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\w. é]+ \d+[A-C]?(?:,? (?:st\.|\d\.) ?(?:tv\.|th\.|mf\.|sal))?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[\w .,'-]+",
} | CHECKS


def shape(v: str) -> str:
    return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v))


def test_every_written_form_is_used() -> None:
    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[form] >= 30, form
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form
    cards = Counter(shape(v) for v in BY_TYPE["CARD"])
    for form in ("0000 0000 0000 0000", "0000-0000-0000-0000", "0000000000000000"):
        assert cards[form] >= 20, form
    for form in (r"\d{1,2}\. [a-z]+ \d{4}", r"\d\d\.\d\d\.\d{4}", r"\d{1,2}/\d{1,2}-\d{4}",
                 r"\d\d-\d\d-\d{4}"):  # fmt: skip
        assert sum(bool(re.fullmatch(form, v)) for v in BY_TYPE["DATE_OF_BIRTH"]) >= 20, form
    plates = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    assert plates["XX 00 000"] >= 30 and plates["XX00000"] >= 10
    otps = Counter(shape(v) for v in BY_TYPE["OTP"])
    assert min(otps["000000"], otps["00000000"], otps["000 000"]) >= 20
    accounts = BY_TYPE["BANK_ACCOUNT"]
    assert sum("-" in a for a in accounts) >= 30 and sum(" " in a for a in accounts) >= 30
    assert sum(a.isdigit() for a in accounts) >= 60  # reg.nr. in its own word
    ibans = BY_TYPE["IBAN"]
    assert sum(" " in i for i in ibans) >= 30 and sum(" " not in i for i in ibans) >= 30
    addresses = BY_TYPE["ADDRESS"]
    assert sum("\n" in a for a in addresses) >= 30
    assert sum(bool(re.fullmatch(r"[^\d,\n]+ \d+[A-C]?", a)) for a in addresses) >= 20


def test_birth_dates_only_after_a_cue() -> None:
    cue = r"(?:født|født den|f\.|f\. d\.|Fødselsdato:) $"
    assert checks.uncued(SET, "DATE_OF_BIRTH", cue) == []


NEVER = {
    "medication and dose": "|".join(map(re.escape, g.MEDS)),
    "room or ward": r"\bbolig \d+\b|" + "|".join(map(re.escape, g.WARDS)),
    "staff initials": "|".join(map(re.escape, g.STAFF_INITIALS)) + r"|spl\. AH|/HN\b",
    "date or clock": r"(?<![\d.])\d\d\.\d\d\.(?:20)?2[56]\b(?!\.\d)|"
    r"\b\d{1,2}\. [a-z]+ 2026\b|kl\. \d\d\.\d\d|\[\d\d:\d\d\]",
    "journal or case number": r"Sagsnr\.: [\d.]+-G01-\d+-26|UTH-2026-\d{4}|Lejemålsnr\. [\d-]+|"
    r"Ekspeditionsnr\. \d{6}|FRH-\d{5}-26",
    "cvr": r"CVR-nr\. \d{8}",
    "amount": r"(?:kr\. |DKK )\d{1,3}(?:\.\d{3})*(?:,\d\d)?|\d{1,3}(?:\.\d{3})*(?:,-)? kr\b",
    "age or blood pressure": r"\b\d\d år\b|BT \d{3}/\d\d",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)) + r"|på 114\b|\(114\)",
    "masked value": r"\*{4} \*{4} \*{4} \d{4}|\*{6}\d{4}|\d{6}-(?:xxxx|\*{4})|"
    r"\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|[A-Z]{2}\d\dX{10}\d{4}",
    "bank or product": "|".join(map(re.escape, g.BANKS + g.PRODUCTS)),
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = checks.lookalikes(SET, NEVER[name])
    negatives = [d for d in SET if d["kind"] == "negative"]
    assert count >= 30 and checks.lookalikes(negatives, NEVER[name])[0] >= 10
    assert touched == []


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(re.search(r"[^\x00-\x7fæøåÆØÅ]", n) is not None for n in names) >= 10


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century digit 4 only up to 2005
    ("CARD", "4111-1111-1111-1111", "4111 1111 1111 1112"),
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    least_ten_digit_runs=200,
    mail=r"[\w.*]+@[\w.]+\w",
    negatives=Negatives(
        pseudonyms=(),
        numbers=r"(?<![\d.-])(?<!CVR-nr\. )\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)",
    ),
    name_forms={
        "lower case": 50,
        "upper case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 100,
        "initial": 20,
    },
)
