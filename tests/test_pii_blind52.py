"""The fifty-third blind PII set (bench/pii_blind52.py, family law and financial abuse in
families) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; case and journal
numbers, maintenance amounts, child-support rates, CVR numbers, timestamps, masked values,
organisations' lines and pseudonyms never are; negatives are pseudonymised and unlabelled; the
maintenance CSV keeps its columns and the chat export's speakers are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind52 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind52.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
RATE = r"normalbidrag \+ \d{2,3} %"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "case or journal number": r"FRH-26-\d{5}|\d{4}-\d{5}-\d{5}-26|BK-2026-\d{5}|"
    r"j\.nr\. 27\.\d\d\.00-[AGKP]\d\d-\d{4}-26|KL-26-\d{4}",
    "cvr number": r"CVR-nr\. \d{8}",
    "maintenance or other amount": AMOUNT,
    "child-support rate": RATE,
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ring 112", "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Forælder [AB]|Barn [12]|Kunde 2|Borger A)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,]| flere)",
    "family word": r"\b(?:min|hans|hendes) (?:eksmand|ekskone|søn|datter|svigersøn)\b",
}


VALIDITY = [
    ("CPR", "120365-2419", "120365-2417"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4012888888881881", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("PHONE", "(+45) 27 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 04"),
]

SPEAKER = re.compile(r"^(?:\[\d\d:\d\d\] |\d\d\.\d\d\.26, \d\d:\d\d - )([^:\n]+): ", re.M)

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
    negatives=Negatives(pseudonyms=("Forælder A", "Barn 1", "Kunde 2", "Borger A")),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("chat_eksport", 1000),
    speaker=SPEAKER,
)

CSV_HEADER = "dato;betaler;cpr;modtager;tlf;konto;beløb;sats;bemærkning"


def _csv_rows(doc: dict) -> list[tuple[int, str]]:
    """The data rows of a maintenance CSV with their offsets (comments and header left out)."""
    rows, offset = [], 0
    for line in doc["text"].split("\n"):
        if line and not line.startswith("#") and line != CSV_HEADER:
            rows.append((offset, line))
        offset += len(line) + 1
    return rows


def test_the_maintenance_csv_keeps_its_columns_and_never_labels_amount_or_rate():
    docs = [d for d in SET if d["genre"] == "csv_bidrag"]
    assert docs and all(CSV_HEADER in d["text"] for d in docs)
    faults, rows = [], 0
    for doc in docs:
        for offset, line in _csv_rows(doc):
            rows += 1
            cells = line.split(";")
            start = offset + sum(len(cell) + 1 for cell in cells[:6])
            end = start + len(cells[6]) + 1 + len(cells[7])
            if (
                len(cells) != 9
                or not re.fullmatch(AMOUNT, cells[6])
                or not re.fullmatch(RATE, cells[7])
                or c.types_touching(doc, start, end)
            ):
                faults.append((doc["id"], line))
            labelled = {
                s["type"] for s in doc["spans"] if offset <= s["start"] < offset + len(line)
            }
            if doc["kind"] == "positive" and not {"PERSON", "CPR", "PHONE"} <= labelled:
                faults.append((doc["id"], line))
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_a_payer_keeps_one_cpr_number_through_the_csv():
    for doc in (d for d in SET if d["genre"] == "csv_bidrag" and d["kind"] == "positive"):
        numbers = {
            re.sub(r"\D", "", doc["text"][s["start"] : s["end"]])
            for s in doc["spans"]
            if s["type"] == "CPR"
        }
        assert len(numbers) == 1, doc["id"]
