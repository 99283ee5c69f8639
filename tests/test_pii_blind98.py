"""The ninety-ninth blind PII set (bench/pii_blind98.py, a municipality's daycare and school
administration after its parent portal was phished) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11) and children's are only ever masked, cards pass Luhn with a test prefix, IBANs
carry valid check digits and length, phones keep to the allowed ranges and forms; birth dates
follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled;
institution, class, case, journal, debtor and ticket numbers, amounts, timestamps, masked
values, phishing links, organisations' lines and addresses and pseudonyms never are; negatives
are pseudonymised and unlabelled; the chat's speakers are labelled and a caller's alias is
labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind98 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind98.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
ORG_ADDRESS = "|".join(map(re.escape, sorted(g.ORG_ADDRESSES, key=len, reverse=True)))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅć.,' -]*[\wæøåÆØÅć.]",
    **CHECKS,
}

NEVER = {
    "institution number": r"institutionsnr\. \d{6}",
    "class": r"(?<![\d.])\d\.[A-D]\b",
    "case, journal, debtor, invoice or ticket number": r"sag 26/\d{5}|J\.nr\. [\d.]+-G01-\d+-26|"
    r"debitornr\. \d{6}|FB-2026-\d{4}|INC-\d{6,7}|Journalnr\. 3700-\d{5}-\d{5}-26",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\b[A-Z]{2}\d\dX{6,}\d{4}|reg\. \*{4} konto \*{4}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "phishing link": "|".join(map(re.escape, g.PHISHING_LINKS)),
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES[:4], "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(
        map(re.escape, (*(name for name, _ in g.INSTITUTIONS), *g.COMPANIES, *g.BANKS))
    ),
    "organisation address": ORG_ADDRESS,
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "family word": r"\b(?:" + "|".join(g.FAMILY[:4]) + r")\b",
}

ALIAS = re.compile(r"præsenterede sig som (\S+) fra (?:" + "|".join(g.ALIAS_UNITS) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(98, 40),
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
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 300),
    alias=(ALIAS, 50),
    untouched=(ORG_ADDRESS, 500),
    least_whole_plates=100,
    capitals_name=("indskrivning", r"Barnets navn: ([^\n]+)\n"),
)

CHILD_CPR = re.compile(r"CPR: (\d{6}-xxxx)")


def test_children_have_no_cpr_number_but_a_labelled_birth_date() -> None:
    enrolments = [d for d in SET if d["genre"] == "indskrivning" and d["kind"] == "positive"]
    assert enrolments
    for doc in enrolments:
        masked = CHILD_CPR.search(doc["text"])
        assert masked and not c.types_touching(doc, *masked.span(1))
        births = [s for s in doc["spans"] if s["type"] == "DATE_OF_BIRTH"]
        assert len(births) == 1
        assert not [s for s in doc["spans"] if s["type"] == "CPR"]


def test_phishing_links_hold_no_labelled_address_or_mail() -> None:
    found = 0
    for doc in SET:
        for link in re.finditer(NEVER["phishing link"], doc["text"]):
            found += 1
            assert not c.types_touching(doc, *link.span())
    assert found >= 100
