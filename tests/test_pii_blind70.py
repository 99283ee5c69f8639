"""The seventy-first blind PII set (bench/pii_blind70.py, a debt collection agency's and a
consumer loan company's fraud team in January) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus
11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep
to the allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every
unmasked e-mail address is labelled; case, loan, complaint and police numbers, amounts, CVR
numbers, tracking and device numbers, timestamps, masked values, organisations' lines and
pseudonyms never are; negatives are pseudonymised and unlabelled; the CSV export keeps its
columns, the chat's speakers are labelled and a scammer's alias is labelled by its name only."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind70 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind70.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅa-zæøåÖş][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}

NEVER = {
    "case, loan, complaint or police number": r"INK-26-\d{5}|LÅN-\d{7}|KLG-26-\d{4}|POL-26-\d{5}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "tracking or device number": r"\bRB\d{9}DK\b|\b35-\d{6}-\d{6}-\d\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ring 112", "på 114", "henvist til 1813")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde [AB]|Debitor [12]|Medarbejder [12])\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:min|hans|hendes) (?:søn|datter|bror|søster|eksmand|ekskone|samlever)\b",
}

ALIAS = re.compile(r"(?:som|af) (\S+) fra (?:" + "|".join(map(re.escape, g.ALIAS_UNITS)) + ")")

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    **USUAL_SPEC,
    checks=CHECKS,
    shapes=SHAPES,
    mail=MAIL,
    never=NEVER,
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    least_chat_speakers=300,
    chat=("chatlog", 1000),
    alias=(ALIAS, 100),
)


def _rows(doc: dict) -> list[tuple[int, str]]:
    """The data rows of a CSV export with their offsets (comment and header left out)."""
    rows, offset = [], 0
    for line in doc["text"].split("\n"):
        if line and not line.startswith("#") and line != g.CSV_HEADER:
            rows.append((offset, line))
        offset += len(line) + 1
    return rows


def test_the_csv_export_keeps_its_columns_and_labels_each_applicant():
    docs = [d for d in SET if d["genre"] == "csv_eksport"]
    assert docs and all(g.CSV_HEADER in d["text"] for d in docs)
    faults, rows = [], 0
    wanted = ["PERSON", "CPR", "PHONE", "EMAIL", "BANK_ACCOUNT"]
    for doc in docs:
        for offset, line in _rows(doc):
            rows += 1
            cells = line.split(";")
            starts = [offset + sum(len(x) + 1 for x in cells[:i]) for i in range(len(cells))]
            if len(cells) != 9 or not re.fullmatch(AMOUNT, cells[7]):
                faults.append((doc["id"], line))
                continue
            amount_at = (starts[7], starts[7] + len(cells[7]))
            if c.types_touching(doc, *amount_at) or c.types_touching(doc, starts[0], starts[2] - 1):
                faults.append((doc["id"], line))
            for column, kind in zip(range(2, 7), wanted, strict=True):
                cell = (starts[column], starts[column] + len(cells[column]))
                exact = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == cell}
                if doc["kind"] == "positive" and exact != {kind}:
                    faults.append((doc["id"], cells[column]))
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_a_debtor_keeps_one_cpr_number_through_a_letter_or_a_chat():
    for doc in SET:
        if doc["kind"] == "positive" and doc["genre"] in ("inkassobrev", "chatlog", "mailtraad"):
            numbers = {
                re.sub(r"\D", "", doc["text"][s["start"] : s["end"]])
                for s in doc["spans"]
                if s["type"] == "CPR"
            }
            assert len(numbers) == 1, doc["id"]
