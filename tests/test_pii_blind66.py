"""The sixty-seventh blind PII set (bench/pii_blind66.py, an insurance company's and a
car-rental firm's claims and fraud desk) is what its docstring says: seeded and reproducible,
with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known
types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11), cards
pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; claim, policy, contract numbers, amounts, CVR numbers, timestamps,
masked values, organisations' lines, companies, car models and pseudonyms never are; negatives
are pseudonymised and unlabelled; no organisation's postal address occurs; a scammer's alias
("Jonas fra skadeafdelingen") labels the name alone."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind66 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind66.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
STREET = "|".join(g.STREETS)
TOWN = "|".join(town for _, town in g.TOWNS)

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9.]+@(?:(?:post|fjordland|autohuset|karosseri|glasmester|skadeklinikken)\.)?"
    r"example\.(?:dk|com|net)",
    "ADDRESS": rf"(?:{STREET}) \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    rf"(?:(?:, |\n)\d{{4}} (?:{TOWN}))?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅćé., '-]*[\wæøåÆØÅć']",
    **CHECKS,
}

NEVER = {
    "claim, policy or contract number": r"SK-2026-\d{5}|police \d{3}-\d{5}-\d|LK-26-\d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank, product or car": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS + g.CARS)
    ),
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "street without number": rf"\b(?:ved|på) (?:{STREET})(?= kl\.|,)",
    "family word": r"\bmin kone\b",
}


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
)


def test_the_committed_set_is_generate():
    assert c.committed(FILE) == SET


def test_spans_are_exact_and_disjoint():
    faults = [f for doc in SET for f in c.span_faults(doc, g.TYPES)]
    assert not faults, faults[:5]


def test_no_organisation_postal_address_occurs():
    """Every street with a number and every postcode with a town is inside a person's ADDRESS."""
    pattern = rf"(?:{STREET}) \d+|\b\d{{4}} (?:{TOWN})\b|[Pp]ostboks"
    faults = []
    for doc in SET:
        for hit in re.finditer(pattern, doc["text"]):
            if c.types_holding(doc, *hit.span()) != {"ADDRESS"}:
                faults.append((doc["id"], hit.group()))
    assert not faults, faults[:5]


def test_a_scammers_alias_labels_the_name_and_not_the_department():
    aliases = 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        for hit in re.finditer(rf"(\w+) fra ({'|'.join(g.DEPARTMENTS)})", doc["text"]):
            aliases += 1
            assert c.types_holding(doc, *hit.span(1)) == {"PERSON"}, (doc["id"], hit.group())
            assert not c.types_touching(doc, hit.end(1), hit.end()), (doc["id"], hit.group())
    assert aliases >= 100


def test_titles_and_roles_stay_outside_person_spans():
    roles = r"\b(?:Taksator|skadelidte|Vidne|Lejer|Kunden|fører)\b"
    count, touched = c.lookalikes([d for d in SET if d["kind"] == "positive"], roles)
    assert count >= 100 and not touched, touched[:5]
