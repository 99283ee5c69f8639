"""The hundred-and-eighth blind PII set (bench/pii_blind107.py, a driving school chain and its
students) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled, the office's too;
booking, order and student numbers, amounts, CVR numbers, timestamps, masked values, the schools'
lines and addresses, companies, products, job titles, streets without a number, family words and
pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's speakers are
labelled and a fraudster's alias is labelled by its name only; an enrolment form's birth date is
the one its CPR number encodes."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind107 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind107.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåÆØÅ ]+ \d+[A-C]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "booking, order or student number": r"BK-26-\d{5}|ORD-\d{6}|Elevnr\. \d{5}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{4}-\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, g.ORG_LINES))
    + r")(?![\d.])|Politiet: 114\b",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS + g.ORG_STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
    "job title": r"\b(?:" + "|".join(g.TITLES) + r")\b",
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
    chat=("chat", 800),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=200,
    cpr_per_document=("tilmelding", 1),
    capitals_name=("tilmelding", r"Navn \(blokbogstaver\): ([^\n]+)\n"),
)


def test_organisation_addresses_in_many_documents_of_each_kind() -> None:
    for kind, least in (("positive", 260), ("negative", 140)):
        holding = [d for d in SET if d["kind"] == kind and re.search(ORG_ADDRESS, d["text"])]
        assert len(holding) >= least, kind


def test_an_enrolment_forms_birth_date_is_the_one_its_cpr_number_encodes() -> None:
    forms = [d for d in SET if d["kind"] == "positive" and d["genre"] == "tilmelding"]
    assert forms
    for doc in forms:
        value = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        born = c.cpr_birth(value["CPR"], c.cpr_centuries_up_to(5))
        digits = re.findall(r"\d+", value["DATE_OF_BIRTH"])
        assert born and digits[-1] == str(born.year), doc["id"]
