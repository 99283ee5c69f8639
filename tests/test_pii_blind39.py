"""The fortieth blind PII set (bench/pii_blind39.py, charity, association and church fraud) is
what its docstring says: seeded and reproducible, byte-identical across processes and hash
seeds, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of
known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11),
cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to
the allowed ranges and forms; birth dates follow a cue, security codes follow theirs; no loose
run of ten digits; every unmasked e-mail address is labelled; member, invoice, case and CVR
numbers, MobilePay boxes, collection permits, timestamps, amounts, masked values and
pseudonyms never are; negatives are pseudonymised and unlabelled; no passport or
driving-licence numbers."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bench import pii_blind39 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind39.jsonl"
SET = c.committed(FILE)
ROOT = Path(g.__file__).resolve().parent.parent
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


@pytest.mark.parametrize("hash_seed", ["0", "4711"])
def test_byte_identical_across_processes(tmp_path: Path, hash_seed: str) -> None:
    out = tmp_path / "set.jsonl"
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "bench.pii_blind39", str(out)], env=env, check=True)
    assert out.read_bytes() == FILE.read_bytes()


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_birth_dates_and_security_codes_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []


def test_addresses_on_two_lines_and_on_one() -> None:
    """What this set checks beyond the common test of this name."""
    assert sum(not re.search(r"\d{4} ", v) for v in BY_TYPE["ADDRESS"]) >= 30  # street only


NEVER = {
    "member number": r"[Mm]edlemsnr\. \d{6}",
    "invoice number": r"faktura nr\. 2026-\d{4}|fakturanr\. \d{5}",
    "case or journal number": r"GS-\d{5}|SV-\d{6}|F-2026-\d{4}|sag 2026-\d{3}-\d{4}|"
    r"[Jj]\.nr\. \d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "mobilepay box": r"MobilePay(?:-nr\.| Box)? \d{4,5}",
    "collection permit or box": r"tilladelse nr\. \d\d-700-\d{5}|bøsse nr\. \d{3,4}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|\d\d-\d\d-2026|\d{1,2}\. [a-z]+ 2026",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*|"
    r"£\d[\d,]*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDO_WORDS) + r") (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(n in {f"{a} {b}" for a, b in g.FOREIGN} for n in names) >= 50
    assert sum(n in {f"{a} {b}" for a, b in g.ROOTS} for n in names) >= 50


VALIDITY = [
    ("CPR", "120354-1234", "120354-1208"),  # the second passes modulus 11
    ("CPR", "29 04 00 4293", "29 04 08 4293"),  # century 4 only up to 2005
    ("CARD", "4242 4242 4242 4242", "4242 4242 4242 4241"),
    ("CARD", "5555555555554444", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 33 56 29 32", "+45 80 56 29 32"),
    ("PHONE", "+44 7700 900693", "+44 7700 901693"),
]

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
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(
        stand_ins=(*STAND_INS, "[IBAN]", "[KORT]", "[bruger-id]", "[nummerplade]", "[fødselsdato]"),
        pseudonyms=("Medlem A", "Giver 2", "Vidne 1", "Frivillig B", "Ansøger A"),
    ),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
