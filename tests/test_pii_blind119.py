"""The hundred-and-twentieth blind PII set (bench/pii_blind119.py, a plumbing, heating and bathroom
installer's fraud cases) is what its docstring says: seeded and reproducible, with the committed
JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic, cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones
keep to the allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every
unmasked e-mail address is labelled; invoice, order and case numbers, boiler serials, pressures
and temperatures, amounts, CVR numbers, timestamps, masked values, the organisations' lines and
addresses, pseudonyms and family words never are; negatives are pseudonymised and unlabelled; the
chat's speakers are labelled, a fake technician's alias by its name only, and the police report's
complainant is written in capitals."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind119 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind119.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[A-C]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅć.,' -]*[\wæøåÆØÅć.]",
    **CHECKS,
}

NEVER = {
    "invoice, order or case number": r"\bFAK-\d{6}\b|\bORD-\d{5}\b|\bSAG-26-\d{4}\b|"
    r"\b\d{4}-\d{5}-\d{5}-26\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "boiler serial": r"\bS/N [A-Z]{2}\d{6}\b",
    "pressure or temperature": r"\b\d,\d bar\b|\b\d\d °C",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"gav sig ud for at være (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")
CAPITALS = r"Anmelder: ([A-ZÆØÅĆ][A-ZÆØÅĆ' -]*[A-ZÆØÅĆ])"

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
    untouched=(ORG_ADDRESS + "|" + NEVER["boiler serial"], 500),
    least_whole_plates=150,
    cpr_per_document=("formular", 1),
    capitals_name=("politianmeldelse", CAPITALS),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)


def _positives(genre: str) -> list[dict]:
    return [d for d in SET if d["genre"] == genre and d["kind"] == "positive"]


def test_private_and_organisation_streets_are_disjoint() -> None:
    org_streets = {a.rsplit(" ", 1)[0] for a in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    labelled = c.values_by_type(SET)["ADDRESS"]
    assert not [a for a in labelled if any(a.startswith(s) for s in org_streets)]


def test_every_form_holds_one_birth_date_matching_its_cpr() -> None:
    faults = []
    for doc in _positives("formular"):
        spans = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        birth = c.cpr_birth(spans["CPR"], c.cpr_centuries_up_to(5))
        dob = re.sub(r"\D", "", spans["DATE_OF_BIRTH"])
        if birth is None or str(birth.year) not in dob or str(birth.day) not in dob:
            faults.append(doc["id"])
    assert not faults


def test_service_vans_and_fake_vans_are_whole_plates_in_the_log() -> None:
    logs = _positives("servicelog")
    plates = [s for d in logs for s in d["spans"] if s["type"] == "NUMBER_PLATE"]
    assert len(plates) >= 50
    assert all(not re.search(r"\d{8}", d["text"]) for d in logs if d["kind"] == "negative")
