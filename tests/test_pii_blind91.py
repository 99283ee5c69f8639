"""The ninety-second blind PII set (bench/pii_blind91.py, a mobile payment app's and a crypto
exchange's support and fraud team) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types; CPR
numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms; birth dates follow a cue; no loose run of ten digits; every unmasked e-mail address
is labelled; case, customer, invoice and journal numbers, CVR numbers, amounts in kroner and
crypto, timestamps, device IDs, ID-card numbers, IP and wallet addresses, masked values,
organisations' lines and addresses and pseudonyms never are; negatives are pseudonymised and
unlabelled; the chat's speakers are labelled; each KYC record holds one CPR number and the name
in capitals; codes and user IDs given as answers in a chat are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind91 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind91.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
AMOUNT = r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|\d+,\d+ (?:BTC|ETH)|\d{1,3}(?:\.\d{3})* USDT"
# An organisation's address in any of its layouts: one line, two lines or with a middle dot.
ORG_ADDRESS = "|".join(
    re.escape(street) + r"(?:, |\n| · )" + re.escape(town)
    for street, town in (a.split(", ") for a in g.ORG_ADDRESSES)
)
WALLET = r"\b(?:bc1q[a-z0-9]{38}|0x[0-9a-f]{40})\b"

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net)",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d+[AB]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåØ ]+",
    "PERSON": r"[^\W\d_][\w.,' -]*[\w.']",
    **CHECKS,
}

NEVER = {
    "case, customer or journal number": r"PF-\d{6}|KH-26-\d{5}|\d{4}-\d{5}-\d{5}-26",
    "invoice number": r"faktura \d{7}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": AMOUNT,
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d[.:]\d\d|2026-\d\d-\d\d(?: \d\d:\d\d:\d\d)?",
    "device id": r"DEV-[0-9a-f]{4}-[0-9a-f]{4}",
    "ip address": r"ip=\d{3}\.\d{1,3}\.\d{1,3}\.\d{1,3}",
    "id card number": r"[A-Z]\d[A-Z]-\d{3}-\d\d[A-Z]",
    "wallet address": WALLET,
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"DK\d\dX{10}\d{4}|[A-Z]{2} \*\* \*\*\*|xxxx-xxxxxx\d{4}",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "organisation address": ORG_ADDRESS,
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
}

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(91, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=USUAL_VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:|DOB:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(pseudonyms=g.PSEUDONYMS),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
    chat=("app_chat", 1000),
    untouched=(ORG_ADDRESS + "|" + WALLET + "|" + NEVER["device id"], 800),
    least_whole_plates=150,
    cpr_per_document=("kyc", 1),
    capitals_name=("kyc", r"Navn \(ID-kort\): ([^\n]+)\n"),
)

QUESTION = re.compile(r"\?\n\[\d\d:\d\d\] [^:\n]+: $")


def test_answers_in_the_chat_are_labelled_by_the_question_before() -> None:
    """A code or user ID typed alone as the answer to the line before is OTP or MITID_USER."""
    answered = [
        (doc["kind"], s["type"])
        for doc in SET
        if doc["genre"] == "app_chat"
        for s in doc["spans"]
        if QUESTION.search(doc["text"][: s["start"]]) and doc["text"][s["end"]] == "\n"
    ]
    assert answered.count(("positive", "OTP")) >= 30
    assert answered.count(("positive", "MITID_USER")) >= 30


def test_a_sole_traders_home_address_is_private_and_an_organisations_is_not() -> None:
    """The bank e-mails label the sole trader's home address and never the bank's branch."""
    homes = [
        doc["text"][s["end"] - 1 : s["end"]]
        for doc in SET
        if doc["genre"] == "bank_email"
        for s in doc["spans"]
        if s["type"] == "ADDRESS" and "indehaverens bopæl, " in doc["text"][: s["start"]][-25:]
    ]
    assert len(homes) >= 20
    branches = [
        hit
        for doc in SET
        for hit in re.finditer(r"fra vores afdeling på ([^\n]+)\.", doc["text"])
        if c.types_touching(doc, *hit.span(1))
    ]
    assert not branches


def test_every_kyc_record_gives_the_birth_date_its_cpr_number_encodes() -> None:
    """In a positive KYC record the date of birth is the date the CPR number encodes."""
    months = {name: i + 1 for i, name in enumerate(g.MONTHS)}
    for doc in (d for d in SET if d["genre"] == "kyc" and d["kind"] == "positive"):
        values = {s["type"]: doc["text"][s["start"] : s["end"]] for s in doc["spans"]}
        day, month, year = re.split(r"[-./ ]+", values["DATE_OF_BIRTH"].replace(". ", "."))
        month_no = months.get(month) or int(month)
        assert c.cpr_birth(values["CPR"], c.cpr_centuries_up_to(5)).timetuple()[:3] == (
            int(year),
            month_no,
            int(day),
        )
