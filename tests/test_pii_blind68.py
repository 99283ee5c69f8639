"""The sixty-ninth blind PII set (bench/pii_blind68.py, a webshop's and a payment provider's
chargeback and dispute team after Black Friday) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices
of known types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11),
cards pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; birth dates follow a cue; no loose run of ten digits; every unmasked
e-mail address is labelled; claim, order, ticket and tracking numbers, IMEI-like numbers,
acquirer references, amounts, CVR numbers, timestamps, masked values, organisations' lines,
companies and pseudonyms never are; negatives are pseudonymised and unlabelled; the dispute
export keeps its columns and the chat's speakers are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind68 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind68.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\."

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåÆØÅ ]+ \d+[A-D]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}

NEVER = {
    "claim, order or ticket number": r"CB-26-\d{5}|ORD-\d{7}|TCK-\d{6}",
    "tracking number": r"\b(?:CP|RR|UA|LX)\d{9}DK\b",
    "imei-like number": r"IMEI \d\d-\d{6}-\d{6}-\d",
    "acquirer reference": r"ARN \d{4} \d{4} \d{4} \d{4} \d{4} \d{3}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:" + "|".join(map(re.escape, g.PSEUDONYMS)) + r")\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
}

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
    chat=("chat", 1000),
)

COLUMNS = g.CSV_HEADER.split(";")


def _csv_rows(doc: dict) -> list[tuple[int, str]]:
    """The data rows of a dispute export with their offsets (comments and header left out)."""
    rows, offset = [], 0
    for line in doc["text"].split("\n"):
        if line and not line.startswith("#") and line != g.CSV_HEADER:
            rows.append((offset, line))
        offset += len(line) + 1
    return rows


def test_the_dispute_export_keeps_its_columns_and_never_labels_amount_or_order():
    docs = [d for d in SET if d["genre"] == "eksport"]
    assert docs and all(g.CSV_HEADER in d["text"] for d in docs)
    faults, rows = [], 0
    for doc in docs:
        for offset, line in _csv_rows(doc):
            rows += 1
            cells = line.split(";")
            start = offset + sum(len(cell) + 1 for cell in cells[:4])
            end = start + len(cells[4]) + 1 + len(cells[5]) + 1 + len(cells[6])
            if (
                len(cells) != len(COLUMNS)
                or not re.fullmatch(AMOUNT, cells[4])
                or not re.fullmatch(r"ORD-\d{7}", cells[5])
                or c.types_touching(doc, start, end)
            ):
                faults.append((doc["id"], line))
            labelled = {
                s["type"] for s in doc["spans"] if offset <= s["start"] < offset + len(line)
            }
            wanted = {"PERSON", "CARD", "CARD_EXPIRY", "EMAIL", "PHONE"}
            if doc["kind"] == "positive" and labelled != wanted:
                faults.append((doc["id"], line))
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_a_scammers_alias_labels_only_the_name():
    alias = re.compile(r'"(\w+) (?:' + "|".join(map(re.escape, g.SCAMMER_ROLES)) + ')"')
    found = 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        for hit in alias.finditer(doc["text"]):
            found += 1
            spans = [s for s in doc["spans"] if s["start"] < hit.end() and hit.start() < s["end"]]
            assert [(s["start"], s["end"], s["type"]) for s in spans] == [
                (*hit.span(1), "PERSON")
            ], doc["id"]
    assert found >= 100


def test_a_cardholder_keeps_one_cpr_number_and_birth_date_in_the_form():
    for doc in (d for d in SET if d["genre"] == "indsigelse" and d["kind"] == "positive"):
        values = c.values_by_type([doc])
        assert len(values["CPR"]) == len(values["DATE_OF_BIRTH"]) == 1, doc["id"]
        assert c.cpr_birth(values["CPR"][0], c.cpr_centuries_up_to(5)) is not None
