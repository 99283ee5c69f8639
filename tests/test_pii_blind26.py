"""The twenty-seventh blind PII set (bench/pii_blind26.py: young people, gaming and sextortion)
is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, century digit 0-3 or 4 up to 2005, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates, CVVs and MitID user IDs only after their cues; no loose run of ten digits; every unmasked
e-mail address is labelled; gamer tags, handles, pseudonyms ("Elev A"), UNI-Login user names,
gift-card codes, case numbers, timestamps, amounts and masked values never are; negatives are
pseudonymised and unlabelled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench import pii_blind26 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, BlindSet, Forms

FILE = Path(g.__file__).parent / "data" / "pii_blind26.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
NEGATIVE = [d for d in SET if d["kind"] == "negative"]

PHONE_FORMS = "|".join(
    (
        r"\+45 (\d{8})",
        r"\+45 (\d\d \d\d \d\d \d\d)",
        r"\+45 (\d{4} \d{4})",
        r"(\d{4} \d{4})",
        r"\(\+45\) (\d\d \d\d \d\d \d\d)",
        r"0045 (\d{8})",
        r"(\d\d \d\d \d\d \d\d)",
        r"(\d{8})",
        r"\+45(\d{8})",
        r"(\d\d\.\d\d\.\d\d\.\d\d)",
    )
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
EMAIL_PATTERN = r"[\w.*+-]+@[\w-]+(?:\.[\w-]+)+"


def test_size_kinds_genres_and_types() -> None:
    assert c.plan_faults(SET, g, 40, 90) == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} ?\d\d ?\d{3}",
    "BANK_ACCOUNT": r"(?:[1-9]\d{3}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9.]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ 20(?:0\d|1[0-5])|\d\d([.-])\d\d\1\d{4}|"
    r"\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé. ]+ \d{1,3}[A-C]?(?:, (?:st\.|\d\.)(?: (?:tv|th|mf)\.)?)?"
    r"(?:(?:, |\n)\d{4} [A-ZÆØÅ][\wæøåØ ]+)?",
    "PERSON": r"[A-ZÆØÅÖÜÇŞĠa-zæøåöüçş][\wæøåöüçşğıńśąćęłó'., -]*",
    **CHECKS,
}


def test_names_are_never_handles() -> None:
    assert [n for n in BY_TYPE["PERSON"] if re.search(r"[\d_@]", n)] == []


def test_cued_values_follow_their_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []
    assert c.uncued(SET, "MITID_USER", r"(?i)mitid[ -]bruger[- ]id:?(?: er)? $") == []


def test_pupils_born_after_2005_have_no_cpr() -> None:
    births = [c.cpr_birth(v, c.cpr_centuries_up_to(5)) for v in BY_TYPE["CPR"]]
    assert all(b is not None and b.year <= 2005 for b in births)
    assert sum(b is not None and b.year >= 2000 for b in births) >= 20


NEVER = {
    "handle": "|".join(map(re.escape, g.HANDLES)) + r"|\b[a-z]+_(?:k|x|dk|gg)?\d\d\b",
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "case, ticket, order or journal number": r"SSP-2026-\d{4}|INC\d{7}|FR-26-\d{5}|"
    r"CB-26-\d{6}|#\d{7}\b|\b\d{4}-\d{5}-\d{5}-26\b",
    "timestamp": r"\[\d\d\.\d\d\.26, \d\d:\d\d:\d\d\]|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"kl\. \d\d\.\d\d|\b\d\d\.\d\d\.2026\b",
    "amount": r"kr\. \d{1,3}(?:\.\d{3})*|\b\d{1,3}(?:\.\d{3})*(?:,00)? kr\b\.?",
    "masked value": r"\b\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"\*{4} \*{4} \*{4} \d{4}|•••• \d{4}|\*{6}\d{4}|\b[A-Z]{2}\d\dX{8,}\d{4}\b",
    "gift-card code": r"\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\b",
    "UNI-Login user name": r"(?<=UNI-Login: )\w+",
    "MobilePay Box": r"MobilePay Box \d{5}",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)),
    "bank, shop or platform": "|".join(map(re.escape, g.BANKS + g.SHOPS + g.PRODUCTS)),
    "street without a number": r"(?<=flyttet til )[^\n]+?(?= og )",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    found, touched = c.lookalikes(SET, NEVER[name])
    in_negatives, _ = c.lookalikes(NEGATIVE, NEVER[name])
    assert found >= 30 and in_negatives >= 10
    assert touched == []


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in NEGATIVE)
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in text
    for pseudonym in ("Elev A", "Forælder 2", "Gamer B"):
        assert pseudonym in text
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(r"(?<!\d)\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)", text)
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only
    assert not re.search(r"\d{10}", text)


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(bool(re.search(r"\b(?:Thi|Van) ", n)) for n in names) >= 10


def test_mentions_and_emoji_names_keep_their_marks_outside() -> None:
    mentions = emoji = 0
    for d in SET:
        for s in d["spans"]:
            before, after = d["text"][s["start"] - 1], d["text"][s["end"] : s["end"] + 2]
            mentions += s["type"] == "PERSON" and before == "@"
            emoji += s["type"] == "PERSON" and after.strip() in g.EMOJI
    assert mentions >= 20 and emoji >= 100


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century digit 4 only up to 2005
    ("CPR", "280285-1234", "300285-1234"),  # 30 February
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+45 2030 4050", "+45 8020 4050"),
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
    forms=Forms(),
    least_ten_digit_runs=200,
    mail=EMAIL_PATTERN,
    name_forms={
        "lower case": 50,
        "upper case": 50,
        "surname first": 100,
        "genitive": 50,
        "hyphen": 100,
        "three words": 100,
        "initial": 100,
    },
)
