"""The sixty-fifth blind PII set (bench/pii_blind64.py, an ordinary fortnight of a bank fraud
team's inbox and case notes) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; case and dispute numbers, amounts, CVR numbers, timestamps, masked values, the
organisations' lines, streets without a number and pseudonyms never are; negatives are
pseudonymised and unlabelled; a scammer's alias labels the name and not the department; no
organisation's postal address occurs and the chat logs' speakers are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind64 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind64.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*-]+@[\w.-]+\w"
STREET_NUMBER = r"\b(?:" + "|".join(g.STREETS) + r") \d+"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z-]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}

NEVER = {
    "case or dispute number": r"SAG-26-\d{5}|IND-26-\d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": r"(?<![\d.])\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.-]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=\.)",
    "family word": r"\b(?:min|hans|hendes) (?:mand|kone|søn|datter)\b",
}

VALIDITY = [
    ("CPR", "150387-1006", "150387-1005"),  # the second passes modulus 11
    ("CPR", "020203 4005", "020208 4005"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "5555555555554444", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("PHONE", "(+45) 27 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 04"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 1000),
)

ALIAS = re.compile(r"\b([A-ZÆØÅ]\w+|\[NAVN\]) fra (" + "|".join(g.DEPARTMENTS) + ")")


def test_a_scammers_alias_labels_the_name_and_never_the_department():
    faults, aliases = [], 0
    for doc in SET:
        for hit in ALIAS.finditer(doc["text"]):
            aliases += 1
            name = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)}
            if name != ({"PERSON"} if doc["kind"] == "positive" else set()):
                faults.append((doc["id"], hit.group()))
            if c.types_touching(doc, hit.end(1), hit.end()):
                faults.append((doc["id"], hit.group()))
    assert aliases >= 300 and not faults, faults[:5]


def test_no_organisation_address_occurs_only_persons_addresses():
    faults, addresses = [], 0
    for doc in SET:
        for hit in re.finditer(STREET_NUMBER, doc["text"]):
            addresses += 1
            if doc["kind"] == "negative" or "ADDRESS" not in c.types_holding(doc, *hit.span()):
                faults.append((doc["id"], hit.group()))
    assert addresses >= 300 and not faults, faults[:5]


def test_the_disputed_transactions_list_labels_no_row():
    faults, rows = [], 0
    for doc in (d for d in SET if d["genre"] == "kortindsigelser"):
        for row in re.finditer(r"^2026-\d\d-\d\d .+ kr\.$", doc["text"], re.M):
            rows += 1
            if c.types_touching(doc, *row.span()):
                faults.append((doc["id"], row.group()))
    assert rows >= 300 and not faults, faults[:5]
