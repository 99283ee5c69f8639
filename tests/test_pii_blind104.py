"""The hundred-and-fifth blind PII set (bench/pii_blind104.py, a housing association's rental
office and its tenants) is what its docstring says: seeded and reproducible, with the committed
JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
case, listing, lease and journal numbers, amounts, CVR numbers, timestamps, masked values, the
organisations' lines, names and own addresses (in many frames), buildings, job titles and
pseudonyms never are; negatives are pseudonymised and unlabelled; the portal chat's speakers are
labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind104 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind104.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = r"(?<!\w)(?:" + "|".join(map(re.escape, g.ORG_ADDRESSES)) + r")(?![\w])"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

NEVER = {
    "case, listing, lease or journal number": r"SAG-2026-\d{5}|LP-\d{6}|BO-\d{5}|"
    r"lejemålsnr\. \d{3}-\d{4}-\d{3}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|XX \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES[:3], "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "building or job title": r"\b(?:" + "|".join(g.BUILDINGS + g.ROLES) + r")",
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"(?i)\b(?:" + "|".join(g.FAMILY) + r")\b",
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
    chat=("portal_chat", 700),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=200,
    cpr_per_document=("noegleudlevering", 1),
    capitals_name=("noegleudlevering", r"Lejer: ([^,\n]+)\n"),
)


def test_organisations_addresses_are_frequent_and_never_labelled() -> None:
    holding = [doc for doc in SET if re.search(ORG_ADDRESS, doc["text"])]
    assert len(holding) >= 400
    assert sum(doc["kind"] == "negative" for doc in holding) >= 100
    for doc in holding:
        for hit in re.finditer(ORG_ADDRESS, doc["text"]):
            assert not c.types_touching(doc, hit.start() - 1, hit.end() + 1), doc["id"]
