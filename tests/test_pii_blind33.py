"""The thirty-fourth blind PII set (bench/pii_blind33.py, marketplaces, webshops and parcel
delivery fraud) is what its docstring says: seeded and reproducible, with the committed JSONL
equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is
labelled; order, advert, case, report, journal, customer, tracking and CVR numbers, locker
codes, timestamps, amounts, masked values, numbers read out in words and pseudonyms never are;
negatives are pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind33 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind33.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*-]+@[\w.]+\w"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[BD]?(?:, (?:st\.|\d\.) \w+\.)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_cvv_only_after_a_cue() -> None:
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []


NEVER = {
    "order number": r"#[A-Z]{2}-\d{6}",
    "advert, case, report or journal number": r"A-\d{6}|TS-26-\d{5}|PB-26-\d{5}|26/\d{5}|"
    r"\d{4}-\d{5}-\d{5}-26|sag \d{6}",
    "customer number": r"kundenr\. \d{7}",
    "tracking number": r"\b[A-Z]{2}\d{9}DK\b",
    "locker code": r"skab \d{1,2}, kode \d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\[00:\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|\d{1,2}\. [a-z]+ 2026",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "114")))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "family word": "|".join(g.FAMILY),
    "pseudonym": r"\b(?:Køber|Sælger|Kunde|Vidne|Modtager|Klager|Anmelder) (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


def test_numbers_read_out_in_words_are_unlabelled() -> None:
    words = r"\b(?:nul|en|to|tre|fire|fem|seks|syv|otte|ni)(?: (?:nul|en|to|tre|fire|fem|seks|"
    words += r"syv|otte|ni)){3,}\b"
    count, touched = c.lookalikes([d for d in SET if d["kind"] == "positive"], words)
    assert count >= 30 and touched == []


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert not {p for p in names if re.search(r"\b(?:Køber|Sælger|Kunde|Vidne) [ABC\d]\b", p)}


VALIDITY = [
    ("CPR", "160483-3498", "160483-3503"),  # the second passes modulus 11
    ("CPR", "16 06 02 4701", "16 06 08 4701"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("PHONE", "(+45) 42 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+44 7700 900025", "+44 7700 800025"),
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
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=("Køber A", "Sælger 2", "Kunde B")),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
