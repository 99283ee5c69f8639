"""The forty-second blind PII set (bench/pii_blind41.py, health and pharmacy fraud and data leaks)
is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates and CVVs
follow a cue; staff titles stay outside names; no loose run of ten digits; every unmasked e-mail
address is labelled; prescription, patient, appointment, case and CVR numbers, ICD and ATC codes,
drugs with strengths, item numbers, timestamps, amounts, masked values and pseudonyms never are;
negatives are pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind41 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind41.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
TITLES = (
    "læge", "overlæge", "tandlæge", "sygeplejerske", "klinikassistent", "farmaceut", "apoteker",
    "lægesekretær", "Dr.",
)  # fmt: skip


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\.) \w+\.)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_birth_dates_and_cvvs_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvv|cvc|CVC|kontrolcifre) $") == []


def test_titles_stay_outside_names() -> None:
    title = "|".join(map(re.escape, TITLES))
    inside = [v for v in BY_TYPE["PERSON"] if re.match(rf"(?i)(?:{title})\s", v)]
    before = c.uncued(SET, "PERSON", rf"(?:{title}) $")
    assert inside == [] and len(BY_TYPE["PERSON"]) - len(before) >= 100


NEVER = {
    "prescription number": r"(?:Receptnr\.|recept-id) R\d{3}-\d{5}",
    "patient id": r"(?:patient-id|pt\.-id) PA-\d{4}-\d{3}",
    "appointment number": r"(?:bookingnr|aftalenr)\. B-26-\d{5}",
    "icd code": r"\bD[A-Z]\d\d\.\d\b",
    "atc code": r"\b[A-NP-V]\d\d[A-Z]{2}\d\d\b",
    "drug and strength": "|".join(re.escape(f"{name} {strength}") for name, strength, _ in g.DRUGS),
    "item number or ean": r"varenr\. \d{6}|EAN \d \d{6} \d{6}",
    "case, claim, member or provider number": r"sagsnr\. 26/\d{5}|skadenr\. S-2026-\d{5}|"
    r"medlemsnr\. \d{4}-\d{4}|ydernr\. \d{6}|journalnr\. \d{4}-\d{5}-\d{5}-26|SR-26-\d{4}|"
    r"(?:PK|HÆN)-26-\d{3}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Patient|Kunde|Medarbejder|Medlem|Borger|Vidne) (?:[A-D]|\d)\b",
    "street without number": r"ved (?:" + "|".join(map(re.escape, g.STREETS)) + r")\.",
}


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "GB82WEST12345698765432", "GB82WEST1234569876543"),  # one character short
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
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
    negatives=Negatives(
        pseudonyms=("Patient A", "Kunde 2", "Medarbejder B", "Medlem 1", "Borger A", "Vidne 1")
    ),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
