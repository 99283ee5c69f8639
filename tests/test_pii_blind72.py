"""The seventy-third blind PII set (bench/pii_blind72.py, a police district's fraud intake unit)
is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; journal and intake
numbers, amounts, CVR numbers, tracking numbers and IMEIs, timestamps, masked values,
organisations' lines and postal addresses, pseudonyms, streets without a number and family words
never are; negatives are pseudonymised and unlabelled; a scammer's alias is labelled by its name
only and a suspect's record keeps its fields."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind72 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind72.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅa-zæøåć][\wæøåÆØÅćĆ.,' -]*[\wæøåÆØÅćĆ]",
    **CHECKS,
}

NEVER = {
    "journal or intake number": r"\b\d{4}-\d{5}-\d{5}-26\b|IND-26-\d{5}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"kl\. \d\d\.\d\d|2026-\d\d-\d\d|(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "tracking number or imei": r"\b(?:RB|RR|CP)\d{9}DK\b|\b35-\d{6}-\d{6}-\d\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\w{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ringede ikke 112", "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.TELECOMS + g.PRODUCTS)
    ),
    "organisation's postal address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": "|".join(rf"\b{re.escape(p)}\b" for p in g.PSEUDONYMS),
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:min|hans|hendes) (?:søn|datter|bror|svigersøn|nevø)\b",
}

ALIAS = re.compile(
    r"(?:som|sig|alias:) (\S+) fra (?:" + "|".join(map(re.escape, g.ALIAS_UNITS)) + ")"
)

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
    alias=(ALIAS, 200),
)

FIELDS = ("Navn: ", "CPR-nr.: ", "Adresse: ", "Telefon: ", "E-mail: ", "Køretøj: ", "Konti: ")


def test_a_suspects_record_labels_each_field_value_and_no_field_name():
    docs = [d for d in SET if d["genre"] == "mistaenkt" and d["kind"] == "positive"]
    assert len(docs) >= 100
    for doc in docs:
        for field in FIELDS:
            at = doc["text"].index(field)
            assert not c.types_touching(doc, at, at + len(field)), (doc["id"], field)
            end = doc["text"].index("\n", at)
            assert c.types_touching(doc, at + len(field), end), (doc["id"], field)


def test_a_victim_keeps_one_cpr_number_through_a_phone_report():
    for doc in SET:
        if doc["kind"] == "positive" and doc["genre"] == "telefonanmeldelse":
            numbers = [
                re.sub(r"\D", "", doc["text"][s["start"] : s["end"]])
                for s in doc["spans"]
                if s["type"] == "CPR"
            ]
            assert len(numbers) == 1, doc["id"]


def test_organisations_postal_addresses_stay_unlabelled_in_requests():
    docs = [d for d in SET if d["genre"] == "editionsbegaering"]
    for doc in docs:
        hit = re.search("|".join(map(re.escape, g.ORG_ADDRESSES)), doc["text"])
        assert hit and not c.types_touching(doc, *hit.span()), doc["id"]
