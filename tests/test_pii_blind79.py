"""The eightieth blind PII set (bench/pii_blind79.py, a bank's real-time fraud-monitoring team)
is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic
(real date, fitting century digit, failing modulus 11) in five written forms, cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed
ranges and forms (dashes too); birth dates follow a cue; no loose run of ten digits; every
unmasked e-mail address is labelled; alert, case, customer and journal numbers, device ids,
amounts, CVR numbers, timestamps, masked values, the banks' and the police's addresses and
lines and pseudonyms never are; negatives are pseudonymised and unlabelled; the chat's
speakers are labelled, a scammer's alias by its name only, the beneficiary's name in capitals;
after its own cue only the account number is labelled, never the reg.nr."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind79 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind79.jsonl"
SET = c.committed(FILE)
# this set adds "DD.MM.YY-SSSS" to the usual CPR forms and "20-30-40-50" to the phone forms
CPR_FORMS_79 = CPR_FORMS + r"|\d\d\.\d\d\.\d\d-\d{4}"
PHONE_FORMS_79 = PHONE_FORMS + r"|(\d\d-\d\d-\d\d-\d\d)"
CHECKS = c.identifier_checks(g, CPR_FORMS_79, PHONE_FORMS_79, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = (
    r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?|"
    r"EUR \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
)
DEVICE = r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"

SHAPES = {
    **USUAL_SHAPES,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])(?:/(?:20)?|-20)(?:2[6-9]|3[01])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d{1,2}[A-C]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ.']",
    **CHECKS,
}

NEVER = {
    "alert, case, customer or journal number": r"FM-26-\d{5}|ALR-\d{7}|KUN-\d{6}|"
    r"\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.(?:20)?26(?![\d.])",
    "device id": DEVICE,
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"(?:xxxx ){3}\d{4}|\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS + tuple(b for b, _ in g.FOREIGN_BANKS))
    ),
    "organisation address": "|".join(map(re.escape, g.ORG_ADDRESSES)),
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "family word": r"\b(?:" + "|".join(g.FAMILY) + r")\b",
    "street without number": r"\bautomaten på (?:" + "|".join(g.STREETS) + r")(?= i | kl\.)",
}

ALIAS = re.compile(r"kaldte sig (\S+) fra (?:" + "|".join(g.UNITS) + ")")
# a reg.nr. with its own cue, then the account with its own: only the account is labelled
CUED_ACCOUNT = re.compile(
    r"(?:reg\.nr\.|reg\.|Reg\.nr\.:) (\d{4}),? (?:kontonr\.|konto|Konto:) (\d{7,10})"
)

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
    plan=(1000, 350, 30, 150),
    exact_spans=True,
    checks=CHECKS,
    validity=[
        *USUAL_VALIDITY,
        ("CPR", "12.03.65-2419", "12.03.65-2417"),
        ("PHONE", "27-11-20-33", "80-11-20-33"),
    ],
    shapes=SHAPES,
    forms=Forms(
        cpr=(*CPR_WRITTEN, "00.00.00-0000"),
        phone=(*PHONE_WRITTEN, "00-00-00-00"),
    ),
    birth_cue=r"(?:født|f\.|[Ff]ødselsdato:|DOB:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS, stand_ins=g.STAND_INS),
    name_forms={**USUAL_NAME_FORMS, "first name alone": 300},
    least_chat_speakers=300,
    chat=("chat", 1000),
    alias=(ALIAS, 30),
    untouched=("|".join(map(re.escape, g.ORG_ADDRESSES)) + "|" + DEVICE, 500),
    least_whole_plates=150,
    cpr_per_document=("politi", 1),
    capitals_name=("frys_mail", r"Beneficiary name: ([^\n]+)\n"),
)


def test_after_its_own_cue_only_the_account_is_labelled() -> None:
    hits = [
        (doc, hit)
        for doc in SET
        if doc["kind"] == "positive"
        for hit in CUED_ACCOUNT.finditer(doc["text"])
    ]
    assert len(hits) >= 60
    for doc, hit in hits:
        assert not c.types_touching(doc, *hit.span(1)), hit.group()
        account = {"type": "BANK_ACCOUNT", "start": hit.start(2), "end": hit.end(2)}
        assert account in doc["spans"], hit.group()


def test_letters_and_signatures_carry_the_bank_s_own_address() -> None:
    """A letter's letterhead and a freeze request's signature give the address of the bank
    that sends it, next to its name, and that address is never labelled."""
    signed = 0
    for doc in SET:
        if doc["genre"] not in ("brev", "frys_mail"):
            continue
        for bank, address in zip(g.BANKS, g.ORG_ADDRESSES, strict=False):
            for hit in re.finditer(re.escape(f"{bank}\n{address}"), doc["text"]):
                signed += 1
                assert not c.types_touching(doc, *hit.span())
    assert signed >= 200


def test_dashed_phones_and_expiries_are_labelled_whole() -> None:
    by_type = c.values_by_type(doc for doc in SET if doc["kind"] == "positive")
    dashed_phones = [v for v in by_type["PHONE"] if re.fullmatch(r"\d\d(?:-\d\d){3}", v)]
    dashed_expiries = [v for v in by_type["CARD_EXPIRY"] if "-" in v]
    assert len(dashed_phones) >= 10 and len(dashed_expiries) >= 30
