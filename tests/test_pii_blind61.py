"""The sixty-second blind PII set (bench/pii_blind61.py, machine exports from a fraud team's
systems) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; alert, case, ticket
and order numbers, amounts with decimal commas, timestamps, CVR numbers, mail servers' addresses,
masked values, organisations' lines and pseudonyms never are; negatives are pseudonymised and
unlabelled; the CSV exports keep their columns, the JSON lines parse with each span a whole
field, a scammer's alias labels only the name, and no organisation's postal address occurs."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from bench import pii_blind61 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    USUAL_VALIDITY,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind61.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*+-]+@[\w.-]+\w"
AMOUNT = r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d\d(?!\d)"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+|[A-ZÆØÅ][\wæøåé ]+ \d+[ABC]?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}

NEVER = {
    "alert, case, ticket or order number": r"AL-2026-\d{6}|SAG-26-\d{5}|INC\d{7}|ORD-\d{6}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount with a decimal comma": AMOUNT,
    "timestamp": r"2026-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:,\d{3}|\+01:00)?|\d\d-\d\d-2026 \d\d:\d\d|"
    r"\w{3}, \d\d \w{3} 2026 \d\d:\d\d:\d\d \+0100",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}|8945(?: \*{4}){3} \d{3}",
    "mail server's documentation address": r"198\.51\.100\.\d{1,3}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:" + "|".join(g.PSEUDONYMS) + r")\b",
}


SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(61, 45),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
)


def _docs(genre: str, kind: str | None = None) -> list[dict]:
    found = [d for d in SET if d["genre"] == genre and kind in (None, d["kind"])]
    assert found, genre
    return found


def test_the_csv_exports_keep_their_columns_and_decimal_commas():
    faults, rows = [], 0
    for doc in _docs("csv_bank"):
        lines = [x for x in doc["text"].split("\n") if x and x != "sep=;" and x[0] != "#"]
        header, *body = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=";"))
        for row in body:
            rows += 1
            amount = row[header.index("Beløb (kr.)")] if len(row) == len(header) else ""
            if not re.fullmatch(AMOUNT, amount):
                faults.append((doc["id"], row))
    assert rows >= 3 * len(_docs("csv_bank")) and not faults, faults[:3]


def test_the_case_export_keeps_its_columns_with_the_notes_last():
    for doc in _docs("case_export"):
        header, *body = list(csv.reader(io.StringIO(doc["text"]), delimiter=";"))
        assert header[-1] == "Noter" and body, doc["id"]
        assert all(len(row) == len(header) for row in body), doc["id"]


def test_each_json_line_parses_and_each_span_is_a_whole_field():
    for doc in _docs("jsonl_alert"):
        values = {v for line in doc["text"].splitlines() for v in json.loads(line).values()}
        for span in doc["spans"]:
            assert doc["text"][span["start"] : span["end"]] in values, (doc["id"], span)


def test_a_scammers_alias_labels_only_the_name():
    alias = re.compile(
        r'(?:"|det er |op af )(\w+) fra (' + "|".join(map(re.escape, g.SCAM_DEPARTMENTS)) + ")"
    )
    found = 0
    for doc in SET:
        for hit in alias.finditer(doc["text"]):
            found += 1
            exact = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(1)}
            assert exact == ({"PERSON"} if doc["kind"] == "positive" else set()), doc["id"]
            assert not c.types_touching(doc, *hit.span(2)), doc["id"]
    assert found >= 300


def test_every_street_and_postcode_is_a_persons_address_so_no_organisation_address_occurs():
    street = r"\b(?:" + "|".join(g.STREETS) + r") \d+"
    town = r"\b(?:" + "|".join(f"{code} {name}" for code, name in g.TOWNS) + r")\b"
    found = 0
    for doc in SET:
        for hit in re.finditer(f"{street}|{town}", doc["text"]):
            found += 1
            assert c.types_holding(doc, *hit.span()) == {"ADDRESS"}, (doc["id"], hit.group())
        assert not re.search(r"(?i)postboks|A/S,? [A-ZÆØÅ]\w+ \d", doc["text"]), doc["id"]
    assert found >= 1000
