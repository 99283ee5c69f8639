"""The seventy-sixth blind PII set (bench/pii_blind75.py, a bank branch's counter staff and its
elderly customers: grandparent and fake-police scams) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus
11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep
to the allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every
unmasked e-mail address is labelled; the branch's case numbers, call-note and journal numbers,
amounts, CVR numbers, timestamps, masked values, the organisations' lines, names and postal
addresses (branches, police stations, firms), streets without a number, pseudonyms and family
words never are; negatives are pseudonymised and unlabelled; the chat's speakers are labelled
and a scammer's alias is labelled by its name only. Special to this set: a birth date and the
CPR number in the same statement agree, and the power of attorney's giver is named in capitals
as in the passport."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from bench import pii_blind75 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind75.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d{1,3}[AB]?(?:, (?:st\.|\d\.)(?: (?:th|tv|mf)\.)?)?"
    r"(?:(?:, |\n)\d{4} [A-ZÆØÅ][\wæøå ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.']",
    **CHECKS,
}

NEVER = {
    "case, call-note or journal number": r"FIL-\d{6}|KS-26-\d{5}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, g.ORG_LINES))
    + r"|(?:på|ring|ringer|viste) 11[24])(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Kunde [AB]|Medarbejder [12]|Pårørende [12]|Betjent 1|Vidne 1)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
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
    name_forms={**USUAL_NAME_FORMS, "first name alone": 100},
    least_chat_speakers=300,
    chat=("chat", 1000),
    alias=(ALIAS, 50),
    untouched=(NEVER["organisation address"], 500),
    least_whole_plates=200,
    capitals_name=("fuldmagt", r"Navn \(som i pas\): ([^\n]+)\n"),
)

PLATE = re.compile(r"\b[A-Z]{2} ?\d\d ?\d{3}\b")
MONTHS = {name: n for n, name in enumerate(g.MONTHS, 1)}


def birth_date(written: str) -> date:
    """A written birth date ("12. marts 1938", "12.03.1938", "12-03-1938", "12/3-1938")."""
    if hit := re.fullmatch(r"(\d{1,2})\. ([a-z]+) (\d{4})", written):
        return date(int(hit.group(3)), MONTHS[hit.group(2)], int(hit.group(1)))
    day, month, year = re.split(r"[.\-/]", written)
    return date(int(year), int(month), int(day))


def test_a_statement_s_birth_date_and_cpr_number_agree():
    checked = 0
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] == "anmeldelse"):
        values = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        born = birth_date(values["DATE_OF_BIRTH"])
        assert c.cpr_birth(values["CPR"], c.cpr_centuries_up_to(5)) == born, doc["id"]
        checked += 1
    assert checked >= 50
