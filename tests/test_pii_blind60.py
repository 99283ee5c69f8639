"""The sixty-first blind PII set (bench/pii_blind60.py, court and prosecution files of fraud
trials) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; case and journal
numbers, amounts, CVR numbers, timestamps, masked values, organisations' lines, courts, banks
and pseudonyms never are; negatives are pseudonymised and unlabelled; a scammer's alias labels
the name alone; no organisation's postal address occurs; the money-mule table keeps its columns."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind60 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    USUAL_SHAPES,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind60.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*-]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
STREET = "|".join(map(re.escape, g.STREETS))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": rf"(?:{STREET}) \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåÆØÅ ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}

NEVER = {
    "case or journal number": r"SS \d-\d{4}/2026|AM-2026-\d{5}|\d{4}-\d{5}-\d{5}-25",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.2[56](?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10,}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 112", "på 114")))
    + r")(?![\d.])",
    "organisation, court, bank or product": "|".join(
        map(re.escape, g.COMPANIES + g.COURTS + g.POLICE + g.BANKS + g.PRODUCTS)
    ),
    "pseudonym": r"\b(?:T[12]|Forurettede [AB]|Vidne [12])\b",
    "street without number": rf"\bved (?:{STREET})(?=[.,])",
    "family word": "|".join(map(re.escape, g.FAMILY))
    + "|"
    + "|".join(re.escape(w.capitalize()) for w in g.FAMILY),
}

VALIDITY = [
    ("CPR", "120365-2419", "120365-2417"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4012888888881881", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("IBAN", "GB29NWBK60161331926819", "GB29NWBK6016133192681"),  # one digit short
    ("PHONE", "(+45) 21 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 04"),
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
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
)

ALIAS = re.compile(r"(?<=\s)([A-ZÆØÅ][a-zæøå]+)(?= fra |, (?:der|som) )")
MULE_ROW = re.compile(r"^\d \| ([^|\n]+) \| ([^|\n]+) \| ([^|\n]+) \| (.+)$", re.M)


def test_an_alias_labels_the_name_and_never_the_department_or_company():
    faults, aliases = [], 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        for hit in ALIAS.finditer(doc["text"]):
            aliases += 1
            spans = [(s["start"], s["end"], s["type"]) for s in doc["spans"]]
            if (*hit.span(1), "PERSON") not in spans:
                faults.append((doc["id"], hit.group()))
            after = doc["text"].index(" ", hit.end(1) + 1)
            if c.types_touching(doc, hit.end(1), after):
                faults.append((doc["id"], hit.group()))
    assert aliases >= 400 and not faults, faults[:5]


def test_no_organisation_has_a_postal_address_and_every_street_number_is_a_person_address():
    faults, found = [], 0
    for doc in SET:
        for hit in re.finditer(rf"\b(?:{STREET}) \d", doc["text"]):
            found += 1
            if doc["kind"] == "negative" or c.types_holding(doc, *hit.span()) != {"ADDRESS"}:
                faults.append((doc["id"], hit.group()))
        for org in g.COMPANIES + g.COURTS + g.POLICE + g.BANKS:
            for hit in re.finditer(re.escape(org) + r"[,\n ]+(?:\S+ )*?\d", doc["text"]):
                line = hit.group().split("\n")[0]
                if re.search(rf"(?:{STREET}|[Vv]ej|[Gg]ade|[Aa]llé|Plads) \d", line):
                    faults.append((doc["id"], line))
    assert found >= 500 and not faults, faults[:5]


def test_the_mule_table_keeps_its_columns():
    faults, rows = [], 0
    for doc in (d for d in SET if d["genre"] == "muldyrliste"):
        for hit in MULE_ROW.finditer(doc["text"]):
            rows += 1
            kinds = [c.types_touching(doc, *hit.span(i)) for i in (1, 2, 3)]
            wanted = [{"PERSON"}, {"PHONE"}, {"MITID_USER"}]
            if doc["kind"] == "positive" and (
                kinds != wanted or "BANK_ACCOUNT" not in c.types_touching(doc, *hit.span(4))
            ):
                faults.append((doc["id"], hit.group()))
            if doc["kind"] == "negative" and any(kinds):
                faults.append((doc["id"], hit.group()))
    assert rows >= 3 * 100 and not faults, faults[:5]
