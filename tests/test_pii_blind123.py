"""The hundred-and-twenty-fourth blind PII set (bench/pii_blind123.py, a car-repair workshop
chain with a tyre hotel and roadside assistance, and the fraud it meets) is what its docstring
says: seeded and reproducible, with the committed JSONL equal to ``generate()``; spans are
exact, disjoint slices of known types; CPR numbers are synthetic, cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is
labelled; job, invoice and case numbers, tyre sizes, rack places, chassis numbers, mileages,
amounts, CVR numbers, timestamps, masked values, the chain's lines and addresses and pseudonyms
never are; negatives are pseudonymised and unlabelled; the chat's speakers are labelled, the
police report's complainant is written in capitals and a scammer's alias is labelled by its
name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind123 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind123.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
NEVER = {
    "job, invoice or case number": r"\bOR-\d{6}\b|\bFAK-\d{6}\b|\bSAG-26-\d{5}\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "tyre size": r"\b\d{3}/\d\d R\d\d\b",
    "tyre-hotel rack": r"\bReol [A-H]-\d\d-\d\b",
    "chassis number": r"\bstelnr\. [A-Z0-9]{17}\b",
    "mileage": r"\b\d{1,3}\.\d{3} km\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:Kunde [AB]|Medarbejder [AB]|Vidne [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"udgav sig for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")
ANMELDER = r"(?m)^Anmelder: ([^\n]+)$"

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
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS + "|" + NEVER["tyre-hotel rack"], 500),
    least_whole_plates=150,
    cpr_per_document=("formular", 1),
    capitals_name=("politianmeldelse", ANMELDER),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)

POSITIVES = [d for d in SET if d["kind"] == "positive"]


def test_org_streets_are_not_private_streets() -> None:
    org_streets = {a.rsplit(" ", 1)[0] for a in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    for street in org_streets:
        assert not any(street in v for v in SPEC.by_type["ADDRESS"])


def test_org_addresses_in_positives_and_negatives() -> None:
    for kind in ("positive", "negative"):
        docs = [d for d in SET if d["kind"] == kind]
        share = sum(bool(re.search(ORG_ADDRESS, d["text"])) for d in docs) / len(docs)
        assert share >= 0.4, (kind, share)


def test_tyre_hotel_and_chassis_never_touch_a_plate() -> None:
    pattern = NEVER["tyre size"] + "|" + NEVER["chassis number"] + "|" + NEVER["mileage"]
    found, touched = c.lookalikes(POSITIVES, pattern)
    assert found >= 300
    assert not touched


def test_fake_tow_call_names_the_caller_and_the_plate() -> None:
    calls = [d for d in POSITIVES if d["genre"] == "opkaldsnotat"]
    assert len(calls) >= 30
    for doc in calls:
        kinds = {s["type"] for s in doc["spans"]}
        assert {"PERSON", "PHONE", "NUMBER_PLATE", "ADDRESS"} <= kinds, doc["id"]
