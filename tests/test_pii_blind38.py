"""The thirty-ninth blind PII set (bench/pii_blind38.py, small-business and sole-trader fraud) is
what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()`` and the same in another process under another hash seed; spans are exact,
disjoint slices of known types; CPR numbers are synthetic (real date, fitting century digit,
failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and
length, phones keep to the allowed ranges and forms; birth dates and CVCs follow a cue; no loose
run of ten digits; every unmasked e-mail address is labelled; CVR, invoice, order, booking, case
and journal numbers, timestamps, amounts, masked values and pseudonyms never are; negatives are
pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from bench import pii_blind38 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind38.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


def test_same_bytes_in_another_process_and_hash_seed() -> None:
    script = "import sys; from bench import pii_blind38 as g; g.main(['', sys.argv[1]])"
    digests = set()
    for hash_seed in ("0", "4711"):
        out = FILE.parent / f".pii_blind38_{hash_seed}.tmp"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(FILE.parents[2])}
        try:
            subprocess.run([sys.executable, "-c", script, str(out)], env=env, check=True)
            digests.add(hashlib.sha256(out.read_bytes()).hexdigest())
        finally:
            out.unlink(missing_ok=True)
    assert digests == {hashlib.sha256(FILE.read_bytes()).hexdigest()}
    first = json.loads(FILE.read_text(encoding="utf-8").splitlines()[0])
    assert first == SET[0]


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-D]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_birth_dates_and_cvcs_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []


def test_addresses_on_two_lines_and_on_one() -> None:
    """What this set checks beyond the common test of this name."""
    assert sum(not re.search(r", \d{4} |\n", v) for v in BY_TYPE["ADDRESS"]) >= 50


def test_bank_accounts_whole_and_after_their_own_words() -> None:
    accounts = Counter(
        ("whole" if re.fullmatch(r"\d{4}[ -]\d+", v) else "alone") for v in BY_TYPE["BANK_ACCOUNT"]
    )
    assert accounts["whole"] >= 50 and accounts["alone"] >= 50
    assert c.uncued(SET, "BANK_ACCOUNT", r"(?:reg\. \d{4} konto|kontonr\.) $|(?<!\d)$") == []


PSEUDONYMS = (
    r"\b(?:Indehaver|Medarbejder|Kunde|Vidne|Revisor|Rådgiver|Leverandør|Medlem|Anmelder|"
    r"Gerningsperson) (?:[ABC]|\d)\b"
)
NEVER = {
    "cvr number": r"CVR-nr\. \d{8}",
    "invoice, order or booking number": r"[Ff]aktura ?nr\. \d{5,6}|ordre #\d{6}|ordrenr\. \d{7}|"
    r"[Bb]ooking-?nr\. \d{6}",
    "case or journal number": r"[Ss]agsnr\. \d{4}/26|CB-26-\d{5}|[Jj]\.nr\. \d{4}-\d{5}-\d{5}-26",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "(114)", "på 114")))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": PSEUDONYMS,
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert not [n for n in names if re.fullmatch(PSEUDONYMS, n)]


VALIDITY = [
    ("CPR", "270863-2606", "270863-2603"),  # the second passes modulus 11
    ("CPR", "12 06 04 4001", "12 06 07 4001"),  # century 4 only up to 2005
    ("CARD", "4242 4242 4242 4242", "4242 4242 4242 4241"),
    ("CARD", "378282246310005", "6011111111111117"),  # not a listed prefix
    ("IBAN", "GB29 NWBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 18"),
    ("PHONE", "(+45) 53 46 42 10", "(+45) 80 46 42 10"),
    ("PHONE", "+44 7700 900824", "+44 7700 901824"),
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
    negatives=Negatives(pseudonyms=("Indehaver A", "Kunde 2", "Vidne 1")),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    # pii78: a craft firm's (ApS) own address under its name in a signature
    # is not personal data and carries no span.
    untouched=(r"(?<=ApS\n)[^\n]+\n[^\n]+(?=\nTlf\. )", 30),
)
