"""The hundred-and-fourth blind PII set (bench/pii_blind103.py, a ferry line's booking and
customer-service fraud team) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is
labelled; booking references, departure codes, case, refund, customer and journal numbers,
amounts, CVR numbers, timestamps, masked values, the ferry line's lines and addresses, vessels,
products and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled and a scammer's alias is labelled by its name only; passenger lists give
names in capitals, surname first."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from bench import pii_blind103 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind103.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*,\d\d kr\b|\d{1,3}(?:\.\d{3})* kroner|kr\. \d{1,3}(?:\.\d{3})*,\d\d|"
AMOUNT += r"DKK \d{1,3}(?:\.\d{3})*,\d\d"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-C]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅć,.' -]*[\wæøåÆØÅć.]",
    **CHECKS,
}

NEVER = {
    "booking reference": r"\bMF-[A-Z0-9]{6}\b",
    "departure code": r"\b(?:" + "|".join(g.ROUTES) + r") \d{4}\b",
    "case, refund, customer or journal number": r"SAG-2026-\d{5}|REF-\d{6}|"
    r"[Kk]undenr\. \d{7}|4400-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"(?:\*{4} |xxxx ){3}\d{4}|\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|"
    r"f\. xx\.xx\.xxxx",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank, vessel or product": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.VESSELS + g.PRODUCTS)
    ),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "lane number": r"kørebane \d+",
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
    least_chat_speakers=300,
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=400,
    capitals_name=("passagerliste", r"\n1\. ([^\n]+?)  f"),
)

ORG_STREETS = {a.split(" ")[0] for a in g.ORG_ADDRESSES}


def test_private_addresses_use_private_streets_and_organisations_keep_theirs() -> None:
    labelled = SPEC.by_type["ADDRESS"]
    assert labelled
    assert all(a.startswith(g.STREETS) for a in labelled)
    assert not ORG_STREETS & {a.split(" ")[0] for a in labelled}
    phrasings = {
        m.group(1)
        for d in SET
        for m in re.finditer(r"(\w+)(?:,| på| i terminalen,) (?:" + ORG_ADDRESS + ")", d["text"])
    }
    assert len(phrasings) >= 6, phrasings


def test_a_passengers_ticket_fits_the_labelled_birth_date() -> None:
    rows = [
        (int(m.group(1)), m.group(2))
        for d in SET
        if d["genre"] == "passagerliste" and d["kind"] == "positive"
        for m in re.finditer(r"(?:f\.|født) .*?(\d{4})  billet (\w+)\n", d["text"])
    ]
    assert len(rows) > 200
    assert all(g.ticket(date(year, 1, 1)) == kind for year, kind in rows)
