"""The forty-first blind PII set (bench/pii_blind40.py, investment, crypto and pension fraud
against older people) is what its docstring says: seeded and reproducible, with the committed
JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue, CVVs their word; no loose run of ten digits; every unmasked e-mail
address is labelled; customer, depot, policy, case and CVR numbers, ISIN codes, wallet
addresses, transaction and AnyDesk IDs, timestamps, amounts, masked values and pseudonyms never
are; negatives are pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind40 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    STAND_INS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind40.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


TOWN = "|".join(re.escape(f"{code} {town}") for code, town in g.TOWNS)
SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"(?:" + "|".join(g.STREETS) + r") \d+[ABC]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)(?:" + TOWN + "))?",
    "PERSON": r"[^\W\d_][\w.,' -]*\w",
    **CHECKS,
}


def test_birth_dates_and_cvvs_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre):? $") == []


NEVER = {
    "customer, depot or policy number": r"[Kk]undenr\. \d{7}|depotnr\. \d{4}-\d{5}|"
    r"policenr\. \d{3}-\d{5}-\d",
    "case or journal number": r"BR-\d{6}|FRH-26-\d{5}|IP-26-\d{5}|"
    r"[Jj]ournalnr\. \d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "isin code": r"ISIN [A-Z]{2}00B[0-9A-Z]{7}",
    "wallet address": r"\bbc1q[a-z0-9]{38}\b|\b0x[0-9a-f]{40}\b|\bT[1-9A-HJ-NP-Za-km-z]{33}\b",
    "transaction or anydesk id": r"TX(?:-[0-9A-F]{4}){3}|AnyDesk-ID på \w+: (?:\d{3} ?){3}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*|"
    r"\d{1,3}(?:\.\d{3})* (?:EUR|USDT)|\d,\d{4} BTC",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])"
    r"|politiet på 114",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde|Pårørende|Rådgiver|Vidne|Værge|Borger|Beboer|Medarbejder|"
    r"Forurettede|Skyldner|Gerningsperson) (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


VALIDITY = [
    ("CPR", "270835-0153", "270835-0152"),  # the second passes modulus 11
    ("CPR", "03 02 04 4001", "03 02 07 4001"),  # century 4 only up to 2005
    ("CARD", "4242 4242 4242 4242", "4242 4242 4242 4241"),
    ("CARD", "5555555555554444", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "GB29NWBK60161331926819", "GB29NWBK6016133192681"),  # one digit short
    ("PHONE", "(+45) 42 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+44 7700 900412", "+44 7700 901412"),
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
        stand_ins=(*STAND_INS, "[bruger-id]", "[reg.nr.]", "[fødselsdato]"),
        pseudonyms=("Kunde A", "Pårørende B", "Vidne 1", "Gerningsperson 1"),
    ),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
