"""The eighty-sixth blind PII set (bench/pii_blind85.py, a region's patient-service desk and IT
security team handling phishing in the name of sundhed.dk, the region and the hospital) is what
its docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11) in five written forms, cards pass Luhn with a test prefix,
IBANs carry valid check digits and length, phones keep to the allowed ranges and forms; birth
dates follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled; case,
ticket and journal numbers, device numbers, amounts, CVR numbers, timestamps, masked values, the
region's lines and addresses and pseudonyms never are; negatives are pseudonymised and
unlabelled; chat speakers are labelled; each letter holds one CPR number."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind85 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind85.jsonl"
SET = c.committed(FILE)
# This set also writes CPR numbers with dots ("01.01.90-1234") and phones with dashes.
CPR_FORMS_85 = CPR_FORMS + r"|\d\d\.\d\d\.\d\d-\d{4}"
PHONE_FORMS_85 = PHONE_FORMS + r"|(\d\d-\d\d-\d\d-\d\d)"
CHECKS = c.identifier_checks(g, CPR_FORMS_85, PHONE_FORMS_85, (g.grouped,))
MAIL = r"[\w.*]+@[\w.-]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z-]+\.)*example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå. ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.]",
    **CHECKS,
}

NEVER = {
    "case, ticket or journal number": r"SAG-\d{5}|INC-\d{6}|J\.nr\. 2026-\d{4,5}|henv\. nr\. \d{6}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|\d\d\.\d\d\.2026",
    "device number": re.escape(g.DEVICE) + r"\d{5}",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"DK71X{10}0932",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation": "|".join(map(re.escape, g.ORGS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Patient [AB]|Pårørende 1|Medarbejder [12])\b",
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 150),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|[Ff]ødselsdato:|DOB:) $",
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
    untouched=(NEVER["organisation address"] + "|" + NEVER["device number"], 500),
    least_whole_plates=150,
    cpr_per_document=("brev", 1),
)


def test_name_lists_are_long_and_distinct() -> None:
    assert min(len(g.WOMEN), len(g.MEN), len(g.SURNAMES)) >= 150
    assert not set(g.WOMEN) & set(g.MEN)


def test_letters_carry_the_organisations_letterhead_unlabelled() -> None:
    letters = [d for d in SET if d["genre"] == "brev"]
    heads = [re.match(r"([^\n]+)\nPatientkontoret\n([^\n]+)\n", d["text"]) for d in letters]
    assert all(heads)
    assert all(head and head.group(1) in g.ORGS for head in heads)
    assert not any(
        s["start"] < len(h.group())
        for d, h in zip(letters, heads, strict=True)
        if h
        for s in d["spans"]
    )


def test_scam_links_hold_no_label() -> None:
    links = [(d, m) for d in SET for m in re.finditer(r"https://\S+", d["text"])]
    assert len(links) >= 100
    assert not [m.group() for d, m in links if c.types_touching(d, *m.span())]
