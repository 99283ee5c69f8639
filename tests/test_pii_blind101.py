"""The hundred-and-second blind PII set (bench/pii_blind101.py, a consumer complaints service's
cases of door-to-door sellers of heat pumps, solar panels and insulation) is what its docstring
says: seeded and reproducible, with the committed JSONL equal to ``generate()``; spans are exact,
disjoint slices of known types; CPR numbers are synthetic (real date, fitting century digit,
failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and
length, phones keep to the allowed ranges and forms; birth dates follow a cue; no loose run of
ten digits; every unmasked e-mail address is labelled; case, contract, financing, customer and
journal numbers, amounts, CVR numbers, timestamps, power ratings, masked values, organisations'
lines and addresses, streets without a number, family words and pseudonyms never are; negatives
are pseudonymised and unlabelled; the chat's speakers are labelled, a seller's alias is labelled
by its name only, and each contract names its customer in capitals with one CPR number."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind101 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind101.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-C]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, contract, financing, customer or journal number": r"FH-2026-\d{5}|KT-\d{6}|"
    r"FA-\d{7}|kundenr\. \d{7}|\d{4}-\d{5}-\d{5}-26|S-\d{3}\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "power rating": r"\b\d+ (?:kW|kWp|kWh|m²)",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "street without number": r"\bpå (?:" + "|".join(g.STREETS) + r")(?=[.,])",
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
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    least_chat_speakers=500,
    chat=("chat", 500),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 1000),
    least_whole_plates=150,
    cpr_per_document=("kontrakt", 1),
    capitals_name=("kontrakt", r"KUNDE: ([^\n]+)\n"),
)

NAMES = {*g.WOMEN, *g.MEN, *g.SURNAMES, *(part for who in g.STAFF for part in who[:2])}
NAME = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(NAMES, key=len, reverse=True)) + r")(?!\w)")
PRIVATE_STREET = re.compile(r"(?:" + "|".join(g.STREETS) + r") \d+")


def test_negatives_name_nobody() -> None:
    """A pseudonymised copy keeps no first name or surname from the generator's lists."""
    found = [
        (d["id"], m.group())
        for d in SET
        if d["kind"] == "negative"
        for m in NAME.finditer(d["text"])
    ]
    assert found == []
    assert NAME.search("Sælgeren, Inger Thygesen, ringede") and not NAME.search("Kunde A")


def test_every_private_street_with_a_number_starts_an_address() -> None:
    """A private street with its number is always the start of an ADDRESS span; alone it is not."""
    starts = {(d["id"], s["start"]) for d in SET for s in d["spans"] if s["type"] == "ADDRESS"}
    found = [(d["id"], m.start()) for d in SET for m in PRIVATE_STREET.finditer(d["text"])]
    assert len(found) >= 500
    assert set(found) <= starts
    assert not PRIVATE_STREET.search("dør til dør på Vibevej.")
