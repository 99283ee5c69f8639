"""The thirty-eighth blind PII set (bench/pii_blind37.py, education, students and childcare fraud)
is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs
carry valid check digits and length, phones keep to the allowed ranges and forms; birth dates
follow a cue; no loose run of ten digits; every unmasked e-mail address is labelled; student,
case, ticket, listing and journal numbers, CVR numbers, timestamps, amounts, masked values,
organisations' lines, institutions, family words and pseudonyms never are; negatives are
pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind37 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    STAND_INS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind37.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


MONTH = "|".join(g.MONTHS)
SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}|[A-Z]{2}\d{5}",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:(?:post|stud|mail)\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": rf"\d{{1,2}}\. (?:{MONTH}) (?:19|20)\d\d|\d\d([.-])\d\d\1(?:19|20)\d\d|"
    r"\d{1,2}/\d{1,2}-(?:19|20)\d\d",
    "ADDRESS": r"[A-ZÆØÅ][\w ]+ \d{1,2}[A-D]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*[^\W\d_]",
    **CHECKS,
}


def test_birth_dates_only_after_a_cue_and_children_without_cpr() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    years = [int(v[-4:]) for v in BY_TYPE["DATE_OF_BIRTH"]]
    assert sum(y > 2005 for y in years) >= 30  # children's birth dates
    assert all(c.cpr_birth(v, c.cpr_centuries_up_to(5)).year <= 2005 for v in BY_TYPE["CPR"])


def test_addresses_on_two_lines_and_on_one() -> None:
    """What this set checks beyond the common test of this name."""
    assert all("\n" not in v for k, vs in BY_TYPE.items() if k != "ADDRESS" for v in vs)


NEVER = {
    "student number": r"studienr\. \d{6}",
    "case, ticket, listing or journal number": r"SU-26-\d{5}|INC\d{7}|K-26-\d{4}|"
    r"annonce-ID \d{6}|[Jj]ournalnr\. \d{4}-\d{5}-\d{5}-26|SV-\d{6}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.2[56](?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx|slutter på \d{4}",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114", "ring 114")))
    + r")(?![\d.])",
    "institution, company, bank or product": "|".join(
        map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)
    ),
    "family word": r"\b(?:[Mm]or|[Ff]ar|bedstemor|svigermor)\b",
    "pseudonym": r"\b(?:Studerende|Lejer|Udlejer|Elev|Barn|Bruger|Medarbejder|Sagsbehandler|"
    r"Pædagog|Rådgiver|Forælder|Vidne|Kunde|Anmelder|Mistænkt|Betjent) (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + "|".join(map(re.escape, g.STREETS)) + r")\.",
}


def test_negatives_are_pseudonymised() -> None:
    """What this set checks beyond the common test of this name."""
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    assert re.search(r"(?:født|f\.|Fødselsdato:) \d", text) is None


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    international = {f"{first} {last}" for first, last in g.INTERNATIONAL}
    assert sum(n in international for n in names) >= 50


VALIDITY = [
    ("CPR", "120403-4317", "120403-4318"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "0101094000"),  # century 4 only up to 2005
    ("CARD", "4242 4242 4242 4242", "4242 4242 4242 4241"),
    ("CARD", "5200828282828210", "4571000000000001"),  # Luhn-valid, not a test prefix
    ("IBAN", "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    ("PHONE", "0045 42112033", "0045 80112033"),
    ("PHONE", "+46 70 174 06 99", "+46 70 174 06 04"),
    ("PHONE", "+44 7700 900417", "+44 7700 901417"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(
        stand_ins=(*STAND_INS, "[fødselsdato]", "[bruger-id]", "[nummerplade]"),
        pseudonyms=("Studerende A", "Forælder 2", "Vidne 1", "Udlejer A", "Barn A"),
    ),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
