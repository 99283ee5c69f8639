"""The fifty-ninth blind PII set (bench/pii_blind58.py, a Danish webshop's customer service and
chargeback desk after order fraud) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; order, case, chargeback and police journal numbers, transaction IDs, SWIFT/BIC
codes, amounts, CVR numbers, timestamps, masked values, organisations' lines and pseudonyms
never are; negatives are pseudonymised and unlabelled; the fraud-review rows keep their columns
with the name surname first, and the chat log's speakers are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind58 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind58.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*,\d\d kr\.|kr\. \d{1,3}(?:\.\d{3})*,\d\d"


SHAPES = {
    **USUAL_SHAPES,
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?(?:\d{8}|\d{10})",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ]+(?: [CS])?",
    "PERSON": r"[A-ZÆØÅÖa-zæøåö][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


NEVER = {
    "order, case or journal number": r"NL-\d{7}|KS-\d{6}|CB-26-\d{5}|DPO-26-\d{4}|RT-\d{5}",
    "police journal number": r"\d{4}-\d{5}-\d{5}-26",
    "transaction id": r"TXN-[A-Z]{3}\d{4}-[A-Z]\d{3}",
    "swift or bic": r"\b(?:" + "|".join(g.BICS) + r")\b",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d \d\d:\d\d|\b\d\d\.\d\d\.2026\b",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "døgnvagt 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde [AB]|Medarbejder [12]|Kortholder X)\b",
    "street without number": r"\bved (?:" + "|".join(g.STREETS) + r")(?=[.,])",
    "family word": r"\b(?:min|hans|hendes) (?:mand|kone|søn|datter)\b",
}


VALIDITY = [
    ("CPR", "120365-2419", "120365-2417"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4111111111111111", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("PHONE", "(+45) 27 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
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
    least_chat_speakers=300,
    chat=("chatlog", 900),
)

HEADER = "ordre;dato;navn;leveringsadresse;tlf;e-mail;kort;beløb;bemærkning"
ROW = re.compile(r"^NL-\d{7};.*$", re.M)


def test_the_fraud_review_rows_keep_their_columns_and_label_name_address_phone_mail_card():
    docs = [d for d in SET if d["genre"] == "svindelnotat"]
    assert docs and all(HEADER in d["text"] for d in docs)
    faults, rows = [], 0
    for doc in docs:
        for hit in ROW.finditer(doc["text"]):
            rows += 1
            cells = hit.group().split(";")
            amount_start = hit.start() + sum(len(cell) + 1 for cell in cells[:7])
            amount_end = amount_start + len(cells[7])
            if (
                len(cells) != 9
                or not re.fullmatch(AMOUNT, cells[7])
                or c.types_touching(doc, amount_start, amount_end)
            ):
                faults.append((doc["id"], hit.group()))
            labelled = {s["type"] for s in doc["spans"] if hit.start() <= s["start"] < hit.end()}
            wanted = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "CARD"}
            if doc["kind"] == "positive" and not wanted <= labelled:
                faults.append((doc["id"], hit.group()))
    assert rows >= 3 * len(docs) and not faults, faults[:5]


def test_the_fraud_review_names_are_written_surname_first():
    names = [
        doc["text"][s["start"] : s["end"]]
        for doc in SET
        if doc["genre"] == "svindelnotat"
        for s in doc["spans"]
        if s["type"] == "PERSON" and doc["text"][s["start"] - 1] == ";"
    ]
    surname_first = [n for n in names if re.fullmatch(r"[\wæøåÖ-]+, [\wæøå]+", n)]
    assert len(surname_first) >= 0.8 * len(names) >= 200


def test_no_organisation_postal_address_and_no_personal_phone_on_an_organisation_line():
    for doc in SET:
        assert not re.search(r"(?:ApS|Acquiring|bank|Politi)\w*,? [A-ZÆØÅ]\w+ \d", doc["text"])
    assert not set(BY_TYPE["PHONE"]) & set(g.ORG_LINES)
