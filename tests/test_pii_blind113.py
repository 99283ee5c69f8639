"""The hundred-and-fourteenth blind PII set (bench/pii_blind113.py, a veterinary clinic chain's
fraud cases and pet-sale scams) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; booking, claim, invoice, policy and journal numbers, pets' microchip numbers and
names, weights, amounts, CVR numbers, timestamps, masked values, the organisations' lines and
addresses and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled and a scammer's alias is labelled by its name only; the claim form's
policyholder is written in capitals and holds exactly one CPR number."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind113 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind113.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][\wæøå]+(?: [A-ZÆØÅ][\wæøå]*)?"
ORG_ADDRESS = "|".join(map(re.escape, g.ORG_ADDRESSES))
CHIP = r"\b208 \d{3} \d{3} \d{3} \d{3}\b"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\. (?:th|tv|mf)\.))?"
    rf"(?:(?:, |\n){TOWN})?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.]",
    **CHECKS,
}

NEVER = {
    "booking, claim, invoice, policy or case number": r"\bBOOK-\d{6}\b|\bSKD-26-\d{5}\b|"
    r"\bFAKT 2026-\d{5}\b|\bPV-\d{6}\b|\bSV-26-\d{4}\b",
    "police journal number": r"\b3700-84-\d{5}-26\b",
    "microchip number": CHIP,
    "weight": r"\b\d{1,2},\d kg\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|\+44 7700 900\*{3}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pet's name": r"\b(?:hvalpen|hunden|katten|killingen) (?:" + "|".join(g.PETS) + r")\b",
    "breed": r"\b(?:" + "|".join(map(re.escape, g.BREEDS)) + r")\b",
    "pseudonym": r"\b(?:Kunde [123]|Medarbejder [AB]|Vidne [12]|Sælger X)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(
    r"udgav sig for at være (\S+) fra (?:" + "|".join(map(re.escape, g.ALIAS_UNITS)) + ")"
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
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS + "|" + CHIP, 500),
    least_whole_plates=150,
    cpr_per_document=("forsikring", 1),
    capitals_name=("forsikring", r"Forsikringstager \(blokbogstaver\): ([^\n]+)"),
    org_addresses=(NEVER["organisation address"], 0.4, 0.4),
)


def _names_in(text: str) -> set[str]:
    words = set(re.findall(r"[\wæøåÆØÅ]+", text))
    return words & set(g.WOMEN + g.MEN + g.SURNAMES + g.ALIASES)


def test_negatives_hold_no_name_of_the_lists() -> None:
    leaks = [(d["id"], _names_in(d["text"])) for d in SET if d["kind"] == "negative"]
    assert [leak for leak in leaks if leak[1]] == []


def test_organisations_streets_are_no_private_streets() -> None:
    org_streets = {re.sub(r" \d+.*", "", address) for address in g.ORG_ADDRESSES}
    assert not org_streets & set(g.STREETS)
    assert not any(_names_in(text) for text in (*g.ORG_ADDRESSES, *g.COMPANIES, *g.PRODUCTS))


def test_every_genre_of_the_positives_names_an_organisation_address() -> None:
    shares = Counter(
        d["genre"] for d in SET if d["kind"] == "positive" and re.search(ORG_ADDRESS, d["text"])
    )
    assert set(shares) == set(g.GENRES)
    assert shares["brev"] == sum(1 for d in SET if d["genre"] == "brev" and d["kind"] == "positive")


def test_name_forms_of_the_theme() -> None:
    names = [v for v in SPEC.by_type["PERSON"]]
    assert sum(v.endswith("s") and v[:-1] in g.WOMEN + g.MEN for v in names) >= 30
    assert sum(", " in v for v in names) >= 50
    assert sum(v.islower() for v in names) >= 20
    assert sum(bool(re.search(r"\b[A-ZÆØÅ]\. ", v)) for v in names) >= 20


def test_pets_breeds_and_chips_stay_unlabelled_next_to_names() -> None:
    count, touched = c.lookalikes(SET, r"\b(?:" + "|".join(g.PETS) + r")\b")
    assert count >= 300 and touched == []
