"""The seventy-fourth blind PII set (bench/pii_blind73.py, a pharmacy chain's customer service
and its fraud desk) is what its docstring says: seeded and reproducible, with the committed JSONL
equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
case, order, refund and prescription numbers, amounts, CVR and tracking numbers, timestamps,
masked values, organisations' lines and postal addresses, products and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled and a scammer's alias
is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind73 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind73.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅa-zæøåćé][\wæøåÆØÅćé.,' -]*[\wæøåÆØÅćé]\.?",
    **CHECKS,
}

NEVER = {
    "case, order, refund or prescription number": r"SVK-26-\d{5}|WEB-\d{7}|RFD-\d{6}|"
    r"RX-\d{3}-\d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "tracking number": r"\b(?:RB|CC)\d{9}DK\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ring 112", "har 114", "ringe 1813")))
    + r")(?![\d.])",
    "organisation's postal address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde [AB]|Fuldmægtig 1|Medarbejder [12])\b",
    "street without number": r"\bpå (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:min|hans|hendes) (?:mor|far|søn|datter|mand|kone|nabo)\b",
}

ALIAS = re.compile(r"kaldte sig (\S+) fra (?:" + "|".join(map(re.escape, g.ALIAS_UNITS)) + ")")

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
    chat=("chatlog", 1000),
    alias=(ALIAS, 100),
    cpr_per_document=("fuldmagt", 2),
)


def test_organisations_postal_addresses_stay_unlabelled_and_customers_are_labelled():
    org = re.compile("|".join(map(re.escape, g.ORG_ADDRESSES)))
    seen = 0
    for doc in SET:
        for hit in org.finditer(doc["text"]):
            seen += 1
            assert not c.types_touching(doc, *hit.span()), (doc["id"], hit.group())
    labelled = c.values_by_type(SET)["ADDRESS"]
    assert seen >= 100 and not set(labelled) & set(g.ORG_ADDRESSES)


def test_a_refund_labels_the_account_but_not_a_separate_reg_number():
    faults, seen = [], 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        for hit in re.finditer(r"reg(?:\.nr)?\. (\d{4}),? konto(?:nr\.)? (\d{7,10})", doc["text"]):
            seen += 1
            if c.types_touching(doc, *hit.span(1)) or c.types_holding(doc, *hit.span(2)) != {
                "BANK_ACCOUNT"
            }:
                faults.append((doc["id"], hit.group()))
    assert seen >= 50 and not faults, faults[:5]
