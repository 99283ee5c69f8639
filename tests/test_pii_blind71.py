"""The seventy-second blind PII set (bench/pii_blind71.py, an online marketplace's
trust-and-safety team) is what its docstring says: seeded and reproducible, with the committed
JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
case, listing, payout and journal numbers, amounts, CVR numbers, tracking and IMEI numbers,
timestamps, masked values, organisations' lines and addresses and pseudonyms never are;
negatives are pseudonymised and unlabelled; chat speakers are labelled and a scammer's alias is
labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind71 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind71.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"(?i)[a-zæøå][\wæøå ]+ \d+[abc]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ., -]*[\wæøåÆØÅ]",
    **CHECKS,
}

NEVER = {
    "case, listing, payout or journal number": r"TS-26-\d{5}|annonce-ID \d{7}|UDB-\d{6}|"
    r"\d{4}-80\d{3}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "tracking or imei number": r"\b[A-Z]{2}\d{9}DK\b|IMEI 35-\d{6}-\d{6}-\d\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ring 112", "på 114")))
    + r")(?![\d.])",
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Køber [AB]|Sælger [AB]|Bruger [12]|Medarbejder [12]|Vidne 1)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:min|hans|hendes) (?:bror|søster|mand|kone|søn|datter|kæreste|"
    r"svigermor)\b",
}

UNITS = "|".join(map(re.escape, g.ALIAS_UNITS))
ALIAS = re.compile(r"(?:hed|ringede|op af) (\S+) fra (?:" + UNITS + ")")

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
    chat=("chat", 500),
    alias=(ALIAS, 100),
)


def test_organisations_postal_addresses_are_never_labelled_but_do_occur_in_positives():
    pattern = NEVER["organisation address"]
    positives = [d for d in SET if d["kind"] == "positive"]
    found, touched = c.lookalikes(positives, pattern)
    assert found >= 50 and not touched, touched[:5]


def test_a_birth_date_agrees_with_the_cpr_number_of_the_same_document():
    faults, pairs = [], 0
    for doc in (d for d in SET if d["genre"] in ("id_kontrol", "politinotat")):
        values = c.values_by_type([doc])
        if doc["kind"] != "positive" or not values["CPR"] or not values["DATE_OF_BIRTH"]:
            continue
        pairs += 1
        births = {c.cpr_birth(v, c.cpr_centuries_up_to(5)) for v in values["CPR"]}
        digits = re.findall(r"\d+", values["DATE_OF_BIRTH"][0])
        if len(births) != 1 or int(digits[-1]) != next(iter(births)).year:
            faults.append(doc["id"])
    assert pairs >= 100 and not faults, faults[:5]


def test_the_person_names_include_names_without_a_list_entry():
    given = {v.split()[0].rstrip(",") for v in SPEC.by_type["PERSON"]}
    assert {n for n in g.OTHER_GIVEN if n in given} and not set(g.OTHER_GIVEN) & set(
        g.WOMEN + g.MEN
    )
