"""The hundred-and-twenty-second blind PII set (bench/pii_blind121.py, a bicycle shop chain's
workshops, web shop and leasing, and the fraud it meets) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11),
cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; order, leasing, case and journal numbers, frame and parcel numbers,
battery and frame sizes, amounts, CVR numbers, timestamps, masked values, the chain's lines and
addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled, a scammer's alias is labelled by its name only, and the police report's
reporter is written in capitals."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind121 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind121.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅıćó.,' -]*[\wæøåÆØÅıćó.]",
    **CHECKS,
}

NEVER = {
    "order, leasing, case or journal number": r"\bORD-\d{7}\b|\bLEA-26-\d{5}\b|"
    r"\bSAG-26-\d{4}\b|\b\d{4}-\d{5}-\d{5}-26\b",
    "frame number": r"\bW[A-Z]{2}\d{3}[A-K]\d{5}\b",
    "parcel number": r"\bPN \d{4} \d{4} \d{4}\b",
    "battery or frame size": r"\b\d{3} Wh\b|\b\d\d cm stel\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
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
REPORTER = r"Anmelder: ([^\n]+)\n"

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
    chat=("chat", 700),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS + "|" + NEVER["frame number"], 500),
    least_whole_plates=150,
    capitals_name=("politianmeldelse", REPORTER),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)

POSITIVES = [doc for doc in SET if doc["kind"] == "positive"]


def _spans(doc: dict, kind: str) -> list[str]:
    return [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == kind]


def test_org_addresses_lie_on_their_own_streets() -> None:
    """No private address is on one of the chain's streets; the chain's sites are in every genre."""
    org_streets = {street.rsplit(" ", 1)[0] for street in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    private = [a for doc in POSITIVES for a in _spans(doc, "ADDRESS")]
    assert not [a for a in private if a.split(" ")[0] in org_streets]
    genres = {doc["genre"] for doc in SET if re.search(ORG_ADDRESS, doc["text"])}
    assert genres == set(g.GENRES)


def test_police_report_cpr_matches_birth_date() -> None:
    """In a police report the birth date after "født" is the date the CPR number encodes."""
    checked = 0
    for doc in POSITIVES:
        if doc["genre"] != "politianmeldelse":
            continue
        (cpr,), (born,) = _spans(doc, "CPR"), _spans(doc, "DATE_OF_BIRTH")
        encoded = c.cpr_birth(cpr)
        assert encoded is not None
        assert born in {
            f"{encoded.day}. {g.MONTHS[encoded.month - 1]} {encoded.year}",
            encoded.strftime("%d.%m.%Y"),
            f"{encoded.day}/{encoded.month}-{encoded.year}",
            encoded.strftime("%d-%m-%Y"),
        }, doc["id"]
        checked += 1
    assert checked >= 50


def test_leasing_form_holds_one_cpr_and_account() -> None:
    """Each positive leasing application holds one CPR number, one account and one MitID user ID."""
    forms = [doc for doc in POSITIVES if doc["genre"] == "leasingansøgning"]
    assert len(forms) >= 50
    for doc in forms:
        assert [len(_spans(doc, k)) for k in ("CPR", "BANK_ACCOUNT", "MITID_USER")] == [1, 1, 1]
