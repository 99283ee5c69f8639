"""The sixtieth blind PII set (bench/pii_blind59.py, a lawyer's office for fraud victims and a
debt collection agency's files) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; case, debt-collection, invoice and police journal numbers, transaction IDs,
SWIFT/BIC codes, amounts, CVR numbers, timestamps, masked values, organisations' lines and
pseudonyms never are; negatives are pseudonymised and unlabelled; no organisation's postal
address occurs; the e-mail thread's headers and the timeline's rows are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind59 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind59.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*-]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"
TOWN = r"\d{4} [A-ZÆØÅ][a-zæøå]+(?: [A-Z]\b| S\b)?"

SHAPES = {
    **USUAL_SHAPES,
    "MITID_USER": r"[a-zæøå]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@example\.(?:dk|com)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?(?:, |\n)" + TOWN,
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]\.?",
    **CHECKS,
}

NEVER = {
    "case or journal number": r"ADV-26-\d{4}|INK-26-\d{6}|SALÆRNOTA nr\. 26-\d{4}",
    "police journal number": r"\d{4}-\d{5}-\d{5}-26",
    "transaction id": r"TRX-26\d{4}-[A-Z]{2}\d{4}",
    "swift or bic": r"\b(?:" + "|".join(g.BICS) + r")\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.2[56](?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "politiet på 114")))
    + r")(?![\d.])",
    "organisation or bank": "|".join(map(re.escape, (*g.COMPANIES, *g.POLICE))),
    "pseudonym": r"\b(?:Klient A|Vidne [12]|Datter B|Skyldner 2|Sagsbehandler C)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\bmin (?:datter|mor)\b",
}

VALIDITY = [
    ("CPR", "120365-2419", "120365-2417"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4012888888881881", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("IBAN", "GB82WEST12345698765432", "GB82WEST1234569876543"),  # one digit short
    ("PHONE", "(+45) 27 11 20 33", "+45 80 11 20 33"),
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

HEADER = re.compile(r"^(Fra|Til): ([^<\n]+) <([^>\n]+)>$", re.M)
ROW = re.compile(r"^2026-\d\d-\d\d \| \d\d:\d\d \| .+$", re.M)


def test_the_mail_headers_label_name_and_address_or_keep_pseudonyms():
    faults, headers = [], 0
    for doc in (d for d in SET if d["genre"] == "mailtraad"):
        for hit in HEADER.finditer(doc["text"]):
            headers += 1
            name = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(2)}
            mail = {s["type"] for s in doc["spans"] if (s["start"], s["end"]) == hit.span(3)}
            if doc["kind"] == "positive" and (name, mail) != ({"PERSON"}, {"EMAIL"}):
                faults.append((doc["id"], hit.group()))
            if doc["kind"] == "negative" and (
                hit.group(2) not in g.PSEUDONYMS or hit.group(3) != "[e-mail]"
            ):
                faults.append((doc["id"], hit.group()))
    assert headers >= 300 and not faults, faults[:5]


def test_each_timeline_row_keeps_its_columns_and_never_labels_stamp_amount_or_reference():
    faults, rows = [], 0
    for doc in (d for d in SET if d["genre"] == "tidslinje"):
        for hit in ROW.finditer(doc["text"]):
            rows += 1
            cells = hit.group().split(" | ")
            start = hit.start()
            stamp_end = start + len(cells[0]) + 3 + len(cells[1])
            tail = start + len(" | ".join(cells[:3])) + 3
            if len(cells) != 5 or c.types_touching(doc, start, stamp_end):
                faults.append((doc["id"], hit.group()))
            if c.types_touching(doc, tail, hit.end()):
                faults.append((doc["id"], hit.group()))
    assert rows >= 4 * 100 and not faults, faults[:5]


def test_no_organisation_postal_address_occurs():
    """Letterheads name only the organisation, its line and web site: no street follows them."""
    org = "|".join(map(re.escape, (*g.COMPANIES, *g.POLICE)))
    pattern = rf"(?:{org})\n[^\n]*\b\d{{4}} [A-ZÆØÅ]"
    assert not [d["id"] for d in SET if re.search(pattern, d["text"])]
    streets = re.compile(r"\b(?:" + "|".join(g.STREETS) + r") \d")
    for doc in SET:
        for hit in streets.finditer(doc["text"]):
            assert c.types_holding(doc, *hit.span()) == {"ADDRESS"}, (doc["id"], hit.group())


def test_a_client_keeps_one_cpr_number_through_a_document():
    for doc in (d for d in SET if d["kind"] == "positive" and d["genre"] != "sagsfremstilling"):
        numbers = {
            re.sub(r"\D", "", doc["text"][s["start"] : s["end"]])
            for s in doc["spans"]
            if s["type"] == "CPR"
        }
        assert len(numbers) <= 1, doc["id"]
