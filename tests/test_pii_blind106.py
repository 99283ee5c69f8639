"""The hundred-and-seventh blind PII set (bench/pii_blind106.py, wedding, event and catering
booking fraud) is what its docstring says: seeded and reproducible, with the committed JSONL
equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
booking, order, customer and case numbers, amounts, CVR numbers, timestamps, masked values,
organisations' lines and addresses, streets without a number and pseudonyms never are;
negatives are pseudonymised and unlabelled; the chat's speakers are labelled and an
impersonator's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind106 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind106.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\."
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\.)(?: (?:th|tv|mf)\.)?)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

NEVER = {
    "booking, order, customer or case number": r"BK-2026-\d{4}|ORD-\d{4}|K-\d{5}|FD-\d{5}|"
    r"\b\d{3}/26\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+\w|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|XX \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
    "job title": r"\b(?:" + "|".join(g.JOBS) + r")\b",
}

ALIAS = re.compile(
    r"præsenterede sig som (\S+) fra (?:" + "|".join(map(re.escape, g.ALIAS_UNITS)) + ")"
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
    least_chat_speakers=300,
    chat=("chat", 300),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=100,
)


def test_organisations_addresses_in_two_fifths_of_documents_negatives_included() -> None:
    pattern = re.compile(ORG_ADDRESS)
    holding = [d for d in SET if pattern.search(d["text"])]
    assert len(holding) >= 0.4 * len(SET)
    assert sum(d["kind"] == "negative" for d in holding) >= 0.4 * g.NEGATIVES


def test_private_and_organisation_addresses_share_postcodes() -> None:
    labelled = {
        m.group()
        for d in SET
        for s in d["spans"]
        if s["type"] == "ADDRESS"
        for m in re.finditer(r"\d{4} [A-ZÆØÅ]", d["text"][s["start"] : s["end"]])
    }
    assert {town[:6] for _, _, town in g.ORGS} <= labelled
