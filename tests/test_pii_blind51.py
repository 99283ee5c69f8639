"""The fifty-second blind PII set (bench/pii_blind51.py, gambling, gaming and esports hit by
fraud) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates, CVCs,
codes and MitID user IDs follow their cues; no loose run of ten digits; every unmasked e-mail
address is labelled; player IDs, bet slips, transaction IDs, gamer tags, odds, case and journal
numbers, CVR numbers, merchant codes, IP addresses, timestamps, amounts, masked values,
organisations' lines and pseudonyms never are; negatives are pseudonymised and unlabelled; no
passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench import pii_blind51 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    STAND_INS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind51.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


def test_documents_do_not_depend_on_order_or_size() -> None:
    small = g.generate(size=40)
    assert [d["text"] for d in small[:20]] == [d["text"] for d in SET[:20]]


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\.) \w+\.)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_every_cpr_phone_plate_and_iban_form_is_used() -> None:
    """What this set checks beyond the common test_every_cpr_phone_and_plate_form_is_used."""
    ibans = BY_TYPE["IBAN"]
    assert sum(" " in v for v in ibans) >= 30 and sum(" " not in v for v in ibans) >= 30
    assert {v[:2] for v in ibans} >= {"DK", "MT", "GI", "CY"}


@pytest.mark.parametrize(
    ("kind", "cue"),
    [
        ("CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre):? $"),
        ("OTP", r"(?:kode|koden|engangskode|sms:) $"),
        ("MITID_USER", r"MitID-bruger-ID $"),
    ],
)
def test_cued_values_follow_their_cue(kind: str, cue: str) -> None:
    """Birth dates' cue is checked by the common test_birth_dates_only_after_a_cue."""
    assert c.uncued(SET, kind, cue) == []


def test_accounts_with_and_without_their_reg_number() -> None:
    accounts = BY_TYPE["BANK_ACCOUNT"]
    assert sum(len(v) > 10 for v in accounts) >= 100 and sum(len(v) <= 10 for v in accounts) >= 50


NEVER = {
    "player id": r"spiller-ID \d{7}",
    "bet slip or transaction id": r"kuponnr\. \d{3}-\d{3}-\d{3}|TX\d{9}",
    "case, ticket or journal number": r"AML-26-\d{4}|RF-26-\d{5}|#TK-\d{6}|IS-\d{6}|"
    r"j\.nr\. \d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "merchant code": r"MCC 7995",
    "ip address": r"(?:198\.51\.100|203\.0\.113)\.\d{1,3}",
    "odds": r"odds \d{1,2},\d\d",
    "gamer tag": "|".join(map(re.escape, g.GAMER_TAGS)),
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|\d{1,2}\. [a-z]+ 2026",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?|€ \d+,\d\d",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Spiller|Kunde|Vidne|Forælder|Barn|Bruger|Medarbejder|Person) "
    r"(?:[ABCX]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(n.lower() in {k.lower() for k in g.NICKNAMES} for n in names) >= 20


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "5105105105105100", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MT84 MALT 0110 0001 2345 MTLC AST0 01"),
    ("PHONE", "(+45) 42 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+44 7700 900123", "+44 7700 123456"),
]
NEGATIVES = Negatives(
    pseudonyms=("Spiller A", "Kunde 2", "Vidne 1"),
    stand_ins=(
        *STAND_INS,
        "[kort]",
        "[IBAN]",
        "[MitID-bruger-ID]",
        "[nummerplade]",
        "[fødselsdato]",
        "[udløb]",
        "[kontrolcifre]",
    ),
)

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=NEGATIVES,
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
