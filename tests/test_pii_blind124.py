"""The hundred-and-twenty-fifth blind PII set (bench/pii_blind124.py, an estate-agent chain's
fraud cases) is what its docstring says: seeded and reproducible, with the committed JSONL equal
to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled; case,
journal and matrikel numbers, living areas, amounts, CVR numbers, timestamps, masked values, the
chain's lines and addresses and pseudonyms never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled, the police report's complainant is written in
capitals, and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind124 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind124.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)*example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
NEVER = {
    "case or journal number": r"\bHN-26-\d{5}\b|\bSAG-\d{6}\b|\b\d{4}-\d{5}-\d{5}-26\b",
    "matrikel number": r"matr\.nr\. \d{1,3}[a-zø]{1,2}\b",
    "living area": r"\b\d{2,3} m²",
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
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
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
    untouched=(ORG_ADDRESS + "|" + NEVER["matrikel number"], 500),
    least_whole_plates=150,
    capitals_name=("police", ANMELDER),
    org_addresses=(ORG_ADDRESS, 0.4, 0.4),
)


def _positives(genre: str | None = None) -> list[dict]:
    return [d for d in SET if d["kind"] == "positive" and (genre is None or d["genre"] == genre)]


def test_every_hacked_thread_has_both_mails_and_a_labelled_account() -> None:
    """Each positive e-mail thread has Fra:/Til:/Emne: twice and a labelled account to pay to."""
    for doc in _positives("email"):
        text = doc["text"]
        assert text.count("\nTil: ") == 2 and text.count("Emne: ") == 2, doc["id"]
        kinds = {s["type"] for s in doc["spans"]}
        assert "BANK_ACCOUNT" in kinds and "EMAIL" in kinds, doc["id"]


def test_the_chains_addresses_are_never_a_private_street() -> None:
    """The organisations' streets and the private ones are disjoint, and no ADDRESS span holds
    the chain's street."""
    org_streets = {a.rsplit(" ", 1)[0] for a in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    addresses = c.values_by_type(SET)["ADDRESS"]
    assert not [a for a in addresses if re.search(ORG_ADDRESS, a)]
    assert all(re.match("|".join(g.STREETS), a) for a in addresses)


def test_letters_start_with_the_letterhead_and_a_two_line_address() -> None:
    """Each positive letter opens with the chain's letterhead (unlabelled) and the customer's
    name and a two-line ADDRESS."""
    for doc in _positives("letter"):
        head = doc["text"].split("\n\n", 2)
        assert re.search(ORG_ADDRESS, head[0]) and not c.types_touching(doc, 0, len(head[0]))
        first = [s["type"] for s in doc["spans"][:2]]
        assert first == ["PERSON", "ADDRESS"], doc["id"]
        assert "\n" in doc["text"][doc["spans"][1]["start"] : doc["spans"][1]["end"]]
