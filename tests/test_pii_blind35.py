"""The thirty-sixth blind PII set (bench/pii_blind35.py, tax, customs and public-payment fraud) is
what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; CVR, SE and EORI
numbers, customs declarations, parcel, case, assessment and invoice numbers, FI payment lines,
timestamps, amounts, percentages, masked values, numbers read out in words and pseudonyms never
are; negatives are pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind35 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, BlindSet, Forms

FILE = Path(g.__file__).parent / "data" / "pii_blind35.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*-]+@[\w.-]+\w"
DIGIT_WORD = "(?:nul|en|to|tre|fire|fem|seks|syv|otte|ni)"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:[._][a-z]+)?(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z-]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[A-D]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[^\W\d_]",  # "Çelik, Yusuf" starts with a letter too
    **CHECKS,
}


NEVER = {
    "cvr or se number": r"(?:CVR|SE)-nr\. \d{8}",
    "eori number": r"EORI-nr\. DK\d{8}",
    "customs declaration or parcel number": r"26DK[0-9A-Z]{14}|\b[A-Z]{2}\d{9}DK\b",
    "case or assessment number": r"SKST-26-\d{7}|afgørelse nr\. 25-\d{7}|j\.nr\. 26/\d{5}|"
    r"journalnr\. \d{4}-\d{5}-\d{5}-26",
    "invoice number or fi payment line": r"faktura nr\. 2026-\d{5}|\+71< (?:\d{5} ){3}\+8\d{7}<",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?",
    "percentage": r"\d+(?:,\d+)? %",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.-]+|"
    r"[A-Z]{2}\d\dX{10}\d{4}|\d{6}-xxxx",
    "number read out in words": rf"\b{DIGIT_WORD}(?:-{DIGIT_WORD}){{3,}}\b",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "agency, company, bank or product": "|".join(
        map(re.escape, g.AGENCIES + g.COMPANIES + g.BANKS + g.PRODUCTS)
    ),
    "pseudonym": r"\b(?:Borger|Kunde|Revisor|Medarbejder|Sagsbehandler|Rådgiver|Sigtet|Vidne|"
    r"Pårørende|Virksomhed|Person) (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in text
    for pseudonym in ("Borger A", "Kunde 1", "Revisor B", "Sigtet 1", "Vidne 1", "Virksomhed 2"):
        assert pseudonym in text
    assert re.search(r"(?<![\w*])[a-z0-9._-]+@", text) is None  # only masked addresses remain
    numbers = re.findall(
        r"(?<!CVR-nr\. )(?<!SE-nr\. )(?<![\dA-Z+])\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)",
        text,
    )
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only


def test_names_in_many_written_forms() -> None:
    names = BY_TYPE["PERSON"]
    firsts = {*g.WOMEN, *g.MEN, *(r[0].split()[-1] for r in g.ROOTS), *(s[0] for s in g.STAFF)}
    assert sum(n.islower() for n in names) >= 20
    assert sum(n.isupper() for n in names) >= 50
    assert sum(", " in n for n in names) >= 50
    assert sum(n[-1] == "s" and n[:-1] in firsts for n in names) >= 30
    assert sum("-" in n for n in names) >= 50
    assert sum(n.count(" ") == 2 for n in names) >= 50
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+", n)) for n in names) >= 20
    roots = {f"{r[0]} {r[1]}" if not r[2] else f"{r[1]} {r[0]}" for r in g.ROOTS}
    assert sum(n in roots for n in names) >= 50


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "31 12 05 4000", "01 01 07 4000"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "378282246310005", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "0045 42112033", "0045 80112033"),
    ("PHONE", "+44 7700 900417", "+44 7700 800417"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(11, 40),
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
    least_chat_speakers=300,
    # pii78: an accounting firm's (ApS) own address under its name in a signature
    # is not personal data and carries no span.
    untouched=(
        r"(?:(?<=Fjordlys Regnskab ApS\n)|(?<=Kragelund Revision ApS\n))[^\n]+\n[^\n]+"
        r"(?=\nDirekte:)",
        30,
    ),
)
