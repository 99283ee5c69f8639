"""The fifty-sixth blind PII set (bench/pii_blind55.py, a bank branch's paperwork after a fraud)
is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry
valid check digits and length, phones keep to the allowed ranges and forms; birth dates follow a
cue; no loose run of ten digits; every unmasked e-mail address is labelled; transaction IDs,
case numbers, amounts, dates and times, branch numbers, SWIFT/BIC codes, interest rates, product
codes, CVR numbers, masked values, the bank's lines and pseudonyms never are; the bank's and
Finanstilsynet's own addresses are never labelled; negatives are pseudonymised and unlabelled;
a "c/o" line is a name apart from the address under it."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind55 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind55.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@example\.(?:dk|com)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ. ]+ \d+[ABCabc]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅÖa-zæøåö][\wæøåÆØÅÖö.,' -]*[\wæøåÆØÅÖö]",
    **CHECKS,
}


NEVER = {
    "transaction id": r"TRX-26\d\d-[0-9A-F]{6}",
    "case or journal number": r"SAG-2026-\d{5}|ESK-\d{5}|FT j\.nr\. 26-\d{4}-\d{3}",
    "amount": AMOUNT,
    "date or time": r"kl\. \d\d\.\d\d|(?<![\d.])\d\d\.\d\d\.2026(?![\d.])",
    "branch number": r"filialnr\. \d{3}|filial \d{3}",
    "swift or bic": "|".join(g.BICS),
    "interest rate": r"\d{1,2},\d\d % (?:p\.a\.|ÅOP|rente)",
    "product code": r"(?:KORT|KONTO|LÅN)-(?:FLX|BAS|GLD|SPAR)-\d\d",
    "cvr number": r"CVR-nr\. \d{8}",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|DK\d\dX{10}\d{4}",
    "bank line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "bank, authority or product": "|".join(map(re.escape, g.BANKS + g.AUTHORITIES + g.PRODUCTS)),
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
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

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(55, 40),
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


def test_the_organisations_own_addresses_are_never_labelled_and_private_ones_are():
    found, touched = c.lookalikes(SET, "|".join(map(re.escape, g.ORG_ADDRESSES)))
    assert found >= 500 and not touched, touched[:5]
    assert not set(BY_TYPE["ADDRESS"]) & set(g.ORG_ADDRESSES)
    assert len(BY_TYPE["ADDRESS"]) >= 300


def test_a_care_of_line_is_a_person_span_apart_from_the_address_under_it():
    faults, seen = [], 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        for hit in re.finditer(r"^c/o (.+)\n(.+\n.+)$", doc["text"], re.M):
            seen += 1
            name = {(s["start"], s["end"], s["type"]) for s in doc["spans"]}
            if (*hit.span(1), "PERSON") not in name or (*hit.span(2), "ADDRESS") not in name:
                faults.append((doc["id"], hit.group()))
    assert seen >= 50 and not faults, faults[:5]


def test_a_greeting_or_signature_names_the_person_by_given_name_alone():
    given = set(g.WOMEN + g.MEN)
    hits = [
        (doc, m)
        for doc in SET
        if doc["kind"] == "positive"
        for m in re.finditer(r"(?:^Kære |^Hej |\nKh\n|venlig hilsen\n)(\w+)$", doc["text"], re.M)
    ]
    faults = [
        (d["id"], m.group(1))
        for d, m in hits
        if m.group(1).capitalize() not in given or c.types_holding(d, *m.span(1)) != {"PERSON"}
    ]
    assert len(hits) >= 200 and not faults, faults[:5]


def test_a_cpr_number_and_a_birth_date_in_one_document_agree():
    months = {name: i + 1 for i, name in enumerate(g.MONTHS)}
    faults, pairs = [], 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        cprs = [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == "CPR"]
        dobs = [
            doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == "DATE_OF_BIRTH"
        ]
        if len(cprs) and len(dobs) == 1 and doc["genre"] in ("kyc", "haandskrevet"):
            pairs += 1
            day, month, year = re.findall(r"\d+|[a-z]+", dobs[0])
            month = months.get(month) or int(month)
            born = c.cpr_birth(cprs[0], c.cpr_centuries_up_to(5))
            if born is None or (born.day, born.month, born.year) != (int(day), month, int(year)):
                faults.append((doc["id"], cprs[0], dobs[0]))
    assert pairs >= 100 and not faults, faults[:5]
