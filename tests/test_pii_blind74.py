"""The seventy-fifth blind PII set (bench/pii_blind74.py, a car dealership's and a leasing
company's fraud checks) is what its docstring says: seeded and reproducible, with the committed
JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
application, case, workshop and journal numbers, VINs, tracking numbers, mileage, amounts, CVR
numbers, timestamps, masked values, organisations' lines and addresses and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled and a scammer's
alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind74 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind74.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"(?i)[A-ZÆØÅ][\wæøå ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "application, case, workshop or journal number": r"SAG-26-\d{5}|ANS-\d{6}|LEAS-\d{6}|"
    r"VO-\d{5}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "vin": r"\b[A-Z0-9]{3}ZZZ[A-Z]{2}\d\d[A-Z]\d{6}\b",
    "tracking number": r"\b(?:RR|CC|LX)\d{9}DK\b",
    "mileage": r"\d{1,3}\.\d{3} km\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Kunde [AB]|Sælger [12]|Medarbejder [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    **USUAL_SPEC,
    checks=CHECKS,
    shapes=SHAPES,
    mail=MAIL,
    never=NEVER,
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    least_chat_speakers=300,
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)) + "|" + NEVER["vin"], 500),
    least_whole_plates=500,
    cpr_per_document=("laaneansoegning", 1),
    capitals_name=("laaneansoegning", r"Navn på kørekortet: ([^,\n]+),"),
)

PLATE = re.compile(r"\b[A-Z]{2} ?\d\d ?\d{3}\b")
