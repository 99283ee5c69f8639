"""The forty-sixth blind PII set (bench/pii_blind45.py, agriculture, fishing and rural life hit
by fraud) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; CHR, CVR, VAT and P
numbers, field blocks, vessel marks and call signs, ear tags and chips, serials, invoice, case
and journal numbers, quantities, timestamps, amounts, masked values, farm and vessel names and
pseudonyms never are; negatives are pseudonymised and unlabelled; no passport or licence
numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind45 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, BlindSet, Forms, Negatives

FILE = Path(g.__file__).parent / "data" / "pii_blind45.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
PHONE_FORMS = (
    r"\+45 (\d{8})|\+45 (\d\d \d\d \d\d \d\d)|\+45 (\d{4} \d{4})|(\d{4} \d{4})|"
    r"(\d\d \d\d \d\d \d\d)|(\d{8})|0045 (\d{8})|\+45(\d{8})|(\d\d\.\d\d\.\d\d\.\d\d)|"
    r"\(\+45\) (\d\d \d\d \d\d \d\d)"
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"[1-9]\d{5}|[1-9]\d{7}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])?",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå. ]+ \d{1,2}[AB]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:, [A-ZÆØÅ][\wæøå. ]+)?(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ., -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_addresses_on_two_lines_on_one_and_street_only() -> None:
    addresses = BY_TYPE["ADDRESS"]
    assert sum("\n" in v for v in addresses) >= 100
    assert sum(", " in v and "\n" not in v for v in addresses) >= 50
    assert sum(re.fullmatch(r"[^,\n]+ \d+[AB]?", v) is not None for v in addresses) >= 30


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words))


NEVER = {
    "chr number": r"CHR-nr\. \d{5,6}\b",
    "cvr, vat or p number": r"CVR-nr\. \d{8}|(?<![A-Z])DK\d{8}(?!\d)|P-nr\. \d{4} \d{3} \d{3}",
    "field block": r"markblok \d{6}-\d\d",
    "vessel mark and call sign": r'\b[A-Z]{1,2} \d{1,3} "[^"\n]+"|kaldesignal O[UXZ][A-Z]{2}',
    "ear tag or chip": r"DK \d{6} \d{5}|chip \d{3}(?: \d{3}){4}",
    "machine serial": r"ser\.nr\. [A-Z0-9]{8,16}\b",
    "invoice, case or journal number": r"Faktura \d\d-\d{5}|nr\. \d\d-\d{5}\b|Sagsnr\. 26-\d{6}|"
    r"J\.nr\. \d{4}-\d{5}-\d{5}-26",
    "quantity": r"\b\d{1,3}(?:\.\d{3})?(?:,\d)? (?:ha|t|liter|tons|kg)\b",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*,\d\d|"
    r"\d{1,3}(?:\.\d{3})*,-|DKK \d{1,3}(?:\.\d{3})*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:" + _alternatives(g.ORG_LINES) + r")(?![\d.])",
    "company, bank or product": _alternatives(g.COMPANIES + g.BANKS + g.PRODUCTS),
    "farm name": r"(?:gården|ejendommen) (?:" + _alternatives(g.FARMS) + r")\b|"
    r"(?:" + _alternatives(g.FARMS) + r") (?:I/S|Agro ApS)",
    "vessel name": r'"(?:' + _alternatives(g.VESSELS) + r')"',
    "pseudonym": r"\b(?:Landmand|Medlem|Vidne|Kunde|Skipper|Avler) (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + _alternatives(g.STREETS) + r")\.",
}


def test_names_in_many_written_forms() -> None:
    names = BY_TYPE["PERSON"]
    firsts = set(g.WOMEN + g.MEN + g.WORKERS_WOMEN + g.WORKERS_MEN)
    assert sum(n.islower() for n in names) >= 100
    assert sum(n.isupper() for n in names) >= 100
    assert sum(", " in n for n in names) >= 100
    assert sum(n[-1] == "s" and n[:-1] in firsts for n in names) >= 30
    assert sum(n in firsts for n in names) >= 300  # first names alone
    assert sum("-" in n for n in names) >= 100
    assert sum(n.count(" ") == 2 for n in names) >= 100
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+", n)) for n in names) >= 50
    assert (
        sum(n.split()[0].strip(",") in set(g.WORKERS_WOMEN + g.WORKERS_MEN) for n in names) >= 100
    )


def test_farm_surnames_are_labelled_as_people_elsewhere() -> None:
    farm_surnames = set(g.FARMS) & set(g.SURNAMES)
    people = sum(
        any(part in farm_surnames for part in re.split(r"[ ,-]+", n)) for n in BY_TYPE["PERSON"]
    )
    assert len(farm_surnames) >= 5 and people >= 200


def test_sms_headers_keep_the_clock_outside() -> None:
    headers = re.compile(r"^(.+) · \d\d:\d\d$", re.M)
    named = [
        c.types_holding(d, *m.span(1))
        for d in SET
        if d["genre"] == "family_sms" and d["kind"] == "positive"
        for m in headers.finditer(d["text"])
    ]
    assert sum(kinds == {"PERSON"} for kinds in named) >= 200
    assert sum(not kinds for kinds in named) >= 50  # "Far", "Mor"


VALIDITY = [
    ("CPR", "040652-1234", "040652-1230"),  # the second passes modulus 11
    ("CPR", "29 02 04 4000", "29 02 07 4000"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "2223003122003222", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 97 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+44 7700 900123", "+44 7700 800123"),
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
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(
        pseudonyms=("Landmand A", "Medlem 2", "Vidne 1", "Skipper A"),
        numbers=r"(?<!CVR-nr\. )(?<!DK)(?<!\d)\d{8}(?!\d)|(?<![\d.])\d\d \d\d \d\d \d\d(?! ?\d)",
    ),
    least_chat_speakers=300,
)
