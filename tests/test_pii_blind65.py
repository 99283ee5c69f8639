"""The sixty-sixth blind PII set (bench/pii_blind65.py, a regional savings bank's and a pension
fund's member services after identity theft) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11), cards are Luhn-valid test numbers, IBANs carry valid check digits and length,
phones keep to the allowed ranges and forms; birth dates follow a cue; no loose run of ten
digits; every unmasked e-mail address is labelled; case numbers, amounts, CVR numbers,
timestamps, masked values, organisations' lines, streets without a number and pseudonyms never
are; negatives are pseudonymised and unlabelled; a scammer's alias labels only the name; no
organisation's postal address occurs; the SMS log's lines keep their clock times."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind65 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind65.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWNS = "|".join(town for _, town in g.TOWNS)

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+|[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅćĆ.,' -]*[\wæøåÆØÅćĆ]",
    **CHECKS,
}

NEVER = {
    "case number": r"SK-26-\d{5}|PEN-2026-\d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+\w|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ringe 112", "ringe 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(
        map(re.escape, g.BANKS + g.COMPANIES + g.PRODUCTS + g.ORGS)
    ),
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
    "street without number": r"\bparkeret på (?:" + "|".join(g.STREETS) + r")\b(?! \d)",
    "family word": r"\b(?:[Mm]in) (?:mand|søn|datter|søster|bror|nabo)\b",
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

ALIAS = re.compile(r'"(\w+) (fra [^"]+)"')
SMS_LINE = re.compile(r"^\[(\d\d:\d\d)\] ", re.M)


def test_a_scammers_alias_labels_only_the_name():
    found, faults = 0, []
    for doc in SET:
        for hit in ALIAS.finditer(doc["text"]):
            found += 1
            name = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)}
            if doc["kind"] == "positive" and name != {"PERSON"}:
                faults.append((doc["id"], hit.group()))
            if c.types_touching(doc, *hit.span(2)):
                faults.append((doc["id"], hit.group()))
    assert found >= 100 and not faults, faults[:5]


def test_no_organisation_postal_address_occurs():
    """A postcode and town, or a street and number, occur only inside a person's ADDRESS."""
    street_or_town = re.compile(rf"\b\d{{4}} (?:{TOWNS})\b|\b(?:{'|'.join(g.STREETS)}) \d+")
    faults = []
    for doc in SET:
        for hit in street_or_town.finditer(doc["text"]):
            if c.types_holding(doc, *hit.span()) != {"ADDRESS"}:
                faults.append((doc["id"], hit.group()))
        if re.search(r"[Pp]ostboks|Postbox", doc["text"]):
            faults.append((doc["id"], "organisation address"))
    assert not faults, faults[:5]


def test_the_sms_logs_keep_their_clock_times_unlabelled():
    docs = [d for d in SET if d["genre"] == "sms"]
    lines = [(d, m) for d in docs for m in SMS_LINE.finditer(d["text"])]
    assert len(lines) >= 4 * len(docs)
    assert not [d["id"] for d, m in lines if c.types_touching(d, *m.span(1))]
