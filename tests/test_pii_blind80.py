"""The eighty-first blind PII set (bench/pii_blind80.py, a municipality's citizen service and
Digital Post desk helping citizens with fake messages from the authorities) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11) in five written forms, the dotted one too; cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms (dashes too); birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled, a fake sender's too; case, ticket and journal numbers, CVR numbers,
amounts, timestamps, scam links, code display and chip numbers, masked values, the offices' own
addresses and lines, authorities, banks, pseudonyms and family words never are; negatives are
pseudonymised and unlabelled; chat speakers and a caller's alias are labelled by the name only;
a spelled-out name is not labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind80 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    CPR_WRITTEN,
    PHONE_FORMS,
    PHONE_WRITTEN,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind80.jsonl"
SET = c.committed(FILE)
# This set also writes CPR numbers as "DD.MM.YY-SSSS" and phones as "20-30-40-50".
CPR_DOTTED = CPR_FORMS + r"|\d\d\.\d\d\.\d\d-\d{4}"
PHONE_DASHED = PHONE_FORMS + r"|(\d\d-\d\d-\d\d-\d\d)"
CHECKS = c.identifier_checks(g, CPR_DOTTED, PHONE_DASHED, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
DEVICE = r"KV-\d{6}|MC-\d{4}-\d{4}-\d\d"

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])(?:/|/20|-20)(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[ABC]?(?:, (?:st\.|\d\.)(?: (?:th|tv|mf)\.)?)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅé.,' -]*[\wæøåÆØÅé.]",
    **CHECKS,
}

NEVER = {
    "case, ticket or journal number": r"BS-2026-\d{5}|INC\d{7}|J\.nr\. 27\.12\.08-P20-\d+-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "scam link": r"https://[\w.-]+/\w+\?t=\w+",
    "code display or chip": DEVICE,
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|xx/xx|xx\.xx\.xxxx",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "authority, bank or product": "|".join(map(re.escape, g.AUTHORITIES + g.BANKS + g.PRODUCTS)),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:Borger [AB]|Medarbejder [12]|Pårørende C)\b",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
}

ALIAS = re.compile(
    r"(?:præsenterede sig som|sagde han hed|sagde hun hed) (\S+) fra (?:"
    + "|".join(map(re.escape, g.ALIAS_UNITS))
    + ")"
)

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
    forms=Forms(cpr=(*CPR_WRITTEN, "00.00.00-0000"), phone=(*PHONE_WRITTEN, "00-00-00-00")),
    birth_cue=r"(?:[Ff]ødt|f\.|Fødselsdato:|DOB:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat", 700),
    alias=(ALIAS, 50),
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)) + "|" + DEVICE, 500),
    least_whole_plates=150,
    cpr_per_document=("blanket", 1),
    capitals_name=("henvendelse", r"Navn på legitimation: ([^,\n]+),"),
)

SPELLED = re.compile(r"\b[A-ZÆØÅ](?:-[A-ZÆØÅ]){2,}\b")


def test_spelled_names_are_not_labelled() -> None:
    """A name spelled letter by letter on the phone is not PERSON (nor anything else)."""
    found = [(d, hit) for d in SET for hit in SPELLED.finditer(d["text"])]
    assert len(found) >= 10
    assert not [hit.group() for d, hit in found if c.types_touching(d, *hit.span())]


def test_a_scam_messages_call_back_number_is_a_phone() -> None:
    """The fake Motorstyrelsen's foreign call-back number is labelled PHONE like any other."""
    pattern = re.compile(r"Spørgsmål: ring (\+4[46] [\d ]+\d)\"")
    hits = [(d, m) for d in SET if d["kind"] == "positive" for m in pattern.finditer(d["text"])]
    assert len(hits) >= 10
    assert all(c.types_holding(d, *m.span(1)) == {"PHONE"} for d, m in hits)


def test_staff_signatures_sit_under_the_offices_address_unlabelled() -> None:
    """In the e-mails' replies the signature's office address is never part of an ADDRESS."""
    replies = [d for d in SET if d["genre"] == "email"]
    for doc in replies:
        office = next(a for a in g.ORG_ADDRESSES if a in doc["text"])
        start = doc["text"].index(office)
        assert not c.types_touching(doc, start, start + len(office))


READ_OUT = re.compile(r'"((?:nul|et|to|tre|fire|fem|seks|syv|otte|ni)(?:-(?:nul|et|to|tre|fire|'
                      r'fem|seks|syv|otte|ni)){5})"')  # fmt: skip


def test_a_code_read_out_in_words_is_not_labelled() -> None:
    """A code remembered digit by digit in words is no OTP (nor anything else)."""
    found = [(d, hit) for d in SET for hit in READ_OUT.finditer(d["text"])]
    assert len(found) >= 10
    assert not [hit.group() for d, hit in found if c.types_touching(d, *hit.span())]
