"""The sixty-third blind PII set (bench/pii_blind62.py, international residents in Denmark and
their fraud cases, in English and Danish) is what its docstring says: seeded and reproducible,
with the committed JSONL equal to ``generate()``; spans are exact, disjoint slices of known types;
CPR numbers are synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn
with a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges
and forms (fiction-range foreign numbers only); birth dates follow a cue; no loose run of ten
digits; every unmasked e-mail address is labelled; case and journal numbers, amounts, CVR
numbers, timestamps, masked values, organisations' lines, streets without a number and
pseudonyms never are; negatives are pseudonymised and unlabelled; no organisation's postal
address occurs; a scammer's alias labels only the name; chat speakers are labelled."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind62 as g

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

FILE = Path(g.__file__).parent / "data" / "pii_blind62.jsonl"
SET = c.committed(FILE)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
STREET = "|".join(map(re.escape, g.STREETS))

SHAPES = {
    **USUAL_SHAPES,
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net)",
    "ADDRESS": rf"(?:{STREET}) \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:, |\n)\d{4} [\wæøåÆØÅ ]+",
    "PERSON": r"[A-ZÆØÅa-zæøåÀ-ÿ][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}

NEVER = {
    "case or journal number": r"\d{4}-\d{5}-\d{5}-26|SR-2026-\d{6}|IH-26-\d{5}",
    "cvr number": r"CVR-nr\. \d{8}",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|(?:EUR|GBP) \d{1,3}(?:,\d{3})*",
    "timestamp": r"\[\d\d:\d\d\]|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}|"
    r"\*{6}\d{4}|[A-Z]{2}\d\dX{10}\d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "on 114", "(114)", "tlf. 114")))
    + r")(?![\d.])",
    "organisation, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": "|".join(map(re.escape, g.PSEUDONYMS)),
    "street without number": rf"\b(?:near|nær) (?:{STREET})(?=[.,)])",
    "family word": r"\b(?:my|his|her|min|hans|hendes) "
    r"(?:husband|wife|son|daughter|mand|kone|søn|datter)\b",
}

VALIDITY = [
    ("CPR", "120365-2419", "120365-2417"),  # the second passes modulus 11
    ("CPR", "030104 4128", "030107 4128"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4111111111111111", "6011000990139424"),  # not a listed prefix
    ("IBAN", "DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 01"),
    ("IBAN", "GB29NWBK60161331926819", "GB29NWBK6016133192681"),  # one digit short
    ("PHONE", "(+45) 27 11 20 33", "+45 80 11 20 33"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
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
    chat=("bank_chat", 1000),
)

ALIAS = re.compile(r"(\w+) (?:fra kortafdelingen|from the card department|from Relocation Desk)")


def test_no_organisation_postal_address_occurs():
    """Every street with a number is a labelled person's address; no organisation has one."""
    faults = []
    for doc in SET:
        for hit in re.finditer(rf"(?:{STREET}) \d+", doc["text"]):
            if c.types_holding(doc, *hit.span()) != {"ADDRESS"}:
                faults.append((doc["id"], hit.group()))
        orgs = "|".join(map(re.escape, g.COMPANIES + g.BANKS))
        faults += [(doc["id"], m.group()) for m in re.finditer(rf"(?:{orgs}), \w+ \d", doc["text"])]
    assert not faults, faults[:5]


def test_a_scammers_alias_labels_only_the_name():
    faults, aliases = [], 0
    for doc in (d for d in SET if d["kind"] == "positive"):
        for hit in ALIAS.finditer(doc["text"]):
            aliases += 1
            spans = [s for s in doc["spans"] if hit.start() <= s["start"] < hit.end()]
            if [(s["start"], s["end"], s["type"]) for s in spans] != [(*hit.span(1), "PERSON")]:
                faults.append((doc["id"], hit.group()))
    assert aliases >= 200 and not faults, faults[:5]


def test_foreign_and_danish_numbers_meet_in_the_landlord_complaints():
    for doc in (d for d in SET if d["genre"] == "landlord_complaint" and d["kind"] == "positive"):
        phones = [doc["text"][s["start"] : s["end"]] for s in doc["spans"] if s["type"] == "PHONE"]
        assert any(p.startswith(("+44", "+46")) for p in phones), doc["id"]
        assert any(not p.startswith(("+44", "+46")) for p in phones), doc["id"]
        assert any(s["type"] == "IBAN" for s in doc["spans"]), doc["id"]
