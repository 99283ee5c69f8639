"""The hundred-and-thirteenth blind PII set (bench/pii_blind112.py, an optician and hearing-aid
clinic chain's fraud cases) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; booking, invoice, claim and journal numbers, hearing-aid serials, audiogram values,
lens strengths, amounts, CVR numbers, timestamps, masked values, organisations' lines and
addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind112 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind112.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "booking, invoice, claim or journal number": r"\bBK-\d{6}\b|\bFAK-\d{6}\b|HAT-26-\d{5}|"
    r"\b\d{4}-\d{5}-\d{5}-26\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "hearing-aid serial": r"\bSN \d\d[A-F]\d{7}\b",
    "audiogram value": r"\b\d\d dB HL\b",
    "lens strength": r"[+-]\d,\d\d dpt\.",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Patient [AB]|Kunde [12]|Medarbejder [AB]|Vidne [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

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
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)) + "|" + NEVER["hearing-aid serial"], 500),
    least_whole_plates=150,
    cpr_per_document=("tilskud", 1),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)
