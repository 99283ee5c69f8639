"""The seventieth blind PII set (bench/pii_blind69.py, a municipality's benefit control unit
and citizen service in September) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; case and journal numbers, amounts, CVR numbers, timestamps, IMEI-like and tracking
numbers, masked values, organisations' lines and pseudonyms never are; negatives are
pseudonymised and unlabelled; the case-system export keeps its columns and the chat's speakers
are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind69 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_SHAPES,
    USUAL_SPEC,
    BlindSet,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind69.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
CASE = r"KON-26-\d{5}|j\.nr\. 26/\d{5}|BS-\d{6}-26|UDK-2026-\d{6}"


SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "case or journal number": CASE,
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-09-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.09\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "imei or tracking number": r"IMEI \d\d \d{6} \d{6} \d|sporingsnr\. CX\d{9}DK",
    "order or receipt number": r"Ordrenr\. \d{7}|kvitteringsnr\. \d{4}-\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "politiet (114)")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Borger [AB]|Anmelder 1|Samlever 2|Medarbejder C)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r") flere",
    "family word": r"\b(?:min|hans|hendes) (?:samlever|søn|datter|ekskone|mor|kæreste)\b",
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
    chat=("chat", 800),
)

EXPORT_HEADER = "sagsnr;navn;cpr;adresse;telefon;konto;ydelse;beløb"


def _export_rows(doc: dict) -> list[tuple[int, str]]:
    """The data rows of a case-system export with their offsets (comment and header left out)."""
    rows, offset = [], 0
    for line in doc["text"].split("\n"):
        if line and not line.startswith("#") and line != EXPORT_HEADER:
            rows.append((offset, line))
        offset += len(line) + 1
    return rows


def test_the_export_keeps_its_columns_and_never_labels_case_number_benefit_or_amount():
    docs = [d for d in SET if d["genre"] == "eksport"]
    assert docs and all(EXPORT_HEADER in d["text"] for d in docs)
    faults, rows = [], 0
    for doc in docs:
        for offset, line in _export_rows(doc):
            rows += 1
            cells = line.split(";")
            if len(cells) != 8 or not re.fullmatch(CASE, cells[0]):
                faults.append((doc["id"], line))
                continue
            if not re.fullmatch(AMOUNT, cells[7]) or c.types_touching(
                doc, offset, offset + len(cells[0])
            ):
                faults.append((doc["id"], line))
            tail = offset + len(line) - len(cells[7]) - len(cells[6]) - 1
            if c.types_touching(doc, tail, offset + len(line)):
                faults.append((doc["id"], line))
            labelled = {
                s["type"] for s in doc["spans"] if offset <= s["start"] < offset + len(line)
            }
            wanted = {"PERSON", "CPR", "ADDRESS", "PHONE", "BANK_ACCOUNT"}
            if doc["kind"] == "positive" and labelled != wanted:
                faults.append((doc["id"], line))
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_a_scammers_alias_labels_only_the_name():
    hits = 0
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] == "opkaldsnotat"):
        hit = re.search(r"kaldte sig (\S+) fra kommunens", doc["text"])
        assert hit, doc["id"]
        hits += 1
        assert c.types_holding(doc, *hit.span(1)) == {"PERSON"}, doc["id"]
        assert not c.types_touching(doc, hit.end(1), hit.end()), doc["id"]
    assert hits >= 30


def test_the_units_own_mailbox_is_labelled_each_time_but_its_lines_never_are():
    mailbox = [v for v in BY_TYPE["EMAIL"] if v == g.STAFF_MAIL]
    assert len(mailbox) >= 100
    assert not any(v.replace(" ", "") in {n.replace(" ", "") for n in g.ORG_LINES}
                   for v in BY_TYPE["PHONE"])  # fmt: skip
