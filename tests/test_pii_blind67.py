"""The sixty-eighth blind PII set (bench/pii_blind67.py, a telecom operator's fraud desk in
February) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; case, ticket,
porting, order and journal numbers, IMEIs, parcel numbers, amounts, CVR numbers, timestamps,
masked values, operators' lines and pseudonyms never are; negatives are pseudonymised and
unlabelled; the SIM-change export keeps its columns, the chat export's speakers are labelled and
a scammer's alias labels only the name."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind67 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind67.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"


SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "case, ticket, porting, order or journal number": r"FS-26-\d{5}|INC-\d{6}|PORT-\d{4}-\d{4}|"
    r"ORD-\d{7}|\d{4}-\d{5}-\d{5}-26",
    "imei or parcel number": r"IMEI \d\d-\d{6}-\d{6}-\d|\b[A-Z]{2}\d{9}DK\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "ring 112", "på 114")))
    + r")(?![\d.])",
    "operator, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde [12]|Medarbejder [AB]|Abonnent A|Svindler 1|Mistænkt 1)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:min|hans|hendes) (?:mand|kone|søn|datter|mor|far|nabo)\b",
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
    chat=("kundechat", 1000),
)


def _rows(doc: dict) -> list[tuple[int, str]]:
    """The data rows of a SIM-change export with their offsets (comments and header left out)."""
    rows, offset = [], 0
    for line in doc["text"].split("\n"):
        if line and not line.startswith("#") and line != g.CSV_HEADER:
            rows.append((offset, line))
        offset += len(line) + 1
    return rows


def test_the_export_keeps_its_columns_and_labels_name_cpr_and_number_in_each_row():
    docs = [d for d in SET if d["genre"] == "eksport_simskift"]
    assert docs and all(g.CSV_HEADER in d["text"] for d in docs)
    faults, rows = [], 0
    for doc in docs:
        for offset, line in _rows(doc):
            rows += 1
            cells = line.split(";")
            start = offset + sum(len(cell) + 1 for cell in cells[:5])
            if (
                len(cells) != 7
                or not re.fullmatch(r"2026-02-\d\d \d\d:\d\d", cells[0])
                or not re.fullmatch(r"\d\d-\d{6}-\d{6}-\d", cells[5])
                or c.types_touching(doc, start, start + len(cells[5]))
                or c.types_touching(doc, offset, offset + len(cells[0]))
            ):
                faults.append((doc["id"], line))
            labelled = {
                s["type"] for s in doc["spans"] if offset <= s["start"] < offset + len(line)
            }
            if doc["kind"] == "positive" and not {"PERSON", "CPR", "PHONE"} <= labelled:
                faults.append((doc["id"], line))
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_a_scammers_alias_labels_only_the_name():
    alias = re.compile(r"(\S+) (?:" + "|".join(map(re.escape, g.ALIAS_ROLES)) + ")")
    found, faults = 0, []
    for doc in SET:
        for hit in alias.finditer(doc["text"]):
            found += 1
            role = (hit.end(1) + 1, hit.end())
            if c.types_touching(doc, *role):
                faults.append((doc["id"], hit.group()))
            exact = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)}
            if doc["kind"] == "positive" and exact != {"PERSON"}:
                faults.append((doc["id"], hit.group()))
    assert found >= 100 and not faults, faults[:5]
