"""The thirty-fifth blind PII set (bench/pii_blind34.py, vehicles and mobility fraud) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms, plates to theirs; birth dates
follow a cue and CVCs a card cue; no loose run of ten digits; every unmasked e-mail address is
labelled; VIN, case, order, invoice, policy, journal, parking-ticket, toll and CVR numbers,
timestamps, amounts, km readings, masked values, numbers read out in words and pseudonyms never
are; negatives are pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind34 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, STAND_INS, BlindSet, Negatives

FILE = Path(g.__file__).parent / "data" / "pii_blind34.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2}(?: \d\d \d{3}| ?\d{5})|[a-z]{2} ?\d\d ?\d{3}",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:[._][a-z]+)?(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøåü][\wæøåÆØÅśü.,' -]*[\wæøåÆØÅśü]",
    **CHECKS,
}


def test_every_cpr_phone_and_plate_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v)))

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 30, form
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form
    assert plate["XX 00 000"] >= 300 and plate["XX00000"] >= 100 and plate["XX 00000"] >= 100
    assert plate["xx 00 000"] + plate["xx00000"] >= 50


def test_birth_dates_and_cvcs_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|CVC|cvc|kontrolcifre|kontrolcifrene) $") == []


DIGIT_WORD = r"(?:nul|en|to|tre|fire|fem|seks|syv|otte|ni)"
NEVER = {
    "VIN or chassis number": r"stelnr\. [A-HJ-NPR-Z0-9]{17}\b",
    "case, order or journal number": r"sag nr\. [A-Z]{2,3}-26-\d{5}|[Oo]rdre nr\. \d{6}|"
    r"[Jj]ournalnr\. \d{4}-\d{5}-\d{5}-26|(?:kontrakt LK|RR|Skadenr\. TF)-26-\d{4,5}",
    "invoice or policy number": r"[Ff]aktura(?: nr\.)? 26-\d{6}|police nr\. \d{3}-\d{3}-\d{4}",
    "parking-ticket, toll or BroBizz number": r"kontrolafgift nr\. P-\d{3}-\d{4}|"
    r"passage nr\. [A-Z]{2}\d\d-\d{6}|BroBizz nr\. \d{3}-\d{4}-\d{3}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?",
    "km reading": r"\d{1,3}\.\d{3} km\b",
    "masked value": r"(?:\*{4} ){3}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+\w|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx|[A-Z]{2} \d\d \*{3}",
    "number read out in words": rf"\b{DIGIT_WORD}(?:(?:, | |-){DIGIT_WORD}){{5}}\b",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "company, bank, car or product": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS + g.CARS)
    ),
    "pseudonym": r"\b(?:Køber|Sælger|Lejer|Kunde|Vidne|Forsikringstager|Anmelder|Medarbejder|"
    r"Bruger) (?:[ABC]|\d)\b",
    "street without number": r"(?:ved|på) (?:" + "|".join(g.STREETS) + r")\.",
}


def test_negatives_are_pseudonymised() -> None:
    """What this set checks beyond the common test of this name."""
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    plate = r"(?<![\w*])[A-Z]{2} ?\d\d ?\d{3}(?!\w)"
    assert re.search(plate, text) is None  # only masked plates remain


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(n.split()[-1] in g.FOREIGN_SURNAMES for n in names) >= 50


VALIDITY = [
    ("CPR", "130448-3327", "130448-3322"),  # the second passes modulus 11
    ("CPR", "12 07 04 4102", "12 07 07 4102"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4012888888881881", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 52 20 66 27", "(+45) 80 20 66 27"),
    ("PHONE", "+44 7700 900123", "+44 7700 123456"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(
        stand_ins=(*STAND_INS, "[nummerplade]", "[bruger-ID]", "[fødselsdato]"),
        pseudonyms=("Køber A", "Lejer 2", "Vidne 1", "Kunde B", "Forsikringstager A"),
    ),
    name_forms={
        "lower case": 100,
        "upper case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 50,
        "initial": 20,
    },
    least_chat_speakers=300,
)
