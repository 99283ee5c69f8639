"""The thirtieth blind PII set (bench/pii_blind29.py, public benefits and health) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; no loose run of ten digits;
every unmasked e-mail address is labelled; birth dates only after a cue; case, journal,
prescription, policy, member and appointment numbers, timestamps, amounts, organisations' lines,
pseudonym labels and masked values never are; negatives are pseudonymised and unlabelled; no
passport or driving-licence numbers occur."""

from __future__ import annotations

import re

import pytest
from bench import pii_blind29 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, BlindSet, Forms, Negatives

FILE = c.Path(g.__file__).parent / "data" / "pii_blind29.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
PHONE_FORMS = (
    r"\+45 (\d{8})|\+45 (\d\d) \d\d \d\d \d\d|\+45 (\d{4}) \d{4}|(\d{4}) \d{4}"
    r"|\(\+45\) (\d\d) \d\d \d\d \d\d|0045 (\d{8})|(\d\d) \d\d \d\d \d\d|(\d{8})|\+45(\d{8})"
    r"|(\d\d)\.\d\d\.\d\d\.\d\d"
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (c.grouped_by_four,))
EMAIL_PATTERN = r"[\w.*]+@[\w.]+\w"


def test_plan_sizes_and_no_travel_documents() -> None:
    assert (g.SIZE, g.NEGATIVES) == (1000, 350)
    assert c.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []
    assert not {"PASSPORT", "DRIVING_LICENCE"} & set(g.TYPES)
    assert not any(re.search(r"pas(?:nummer|nr)|kørekort", d["text"], re.I) for d in SET)


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅa-zæøå][\w .é]+ \d+[A-Ca-c]?(?:,? ?[\w. ]+)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[^\W\d_][\w'. ,-]*\w",
    **CHECKS,
}


def test_every_cpr_phone_and_plate_form_is_used() -> None:
    """What this set checks beyond the common test of this name."""
    grouped = sum(" " in v for v in BY_TYPE["CARD"] + BY_TYPE["IBAN"])
    assert 0 < grouped < len(BY_TYPE["CARD"] + BY_TYPE["IBAN"])


def test_mail_addresses_labelled_unless_masked() -> None:
    """What this set checks beyond the common test of this name."""
    assert sum(len(c.emails_not_labelled(d, EMAIL_PATTERN)) for d in SET) >= 30  # masked ones


PSEUDONYM = r"\b(?:" + "|".join(g.PSEUDONYMS) + r"|Afhenter|Sagsbehandler) (?:[A-D]|[1-4])\b"
NEVER = {
    "case or journal number": r"UDK-2026-\d{5}|JC-\d{4}-\d\d|j\.nr\. [\d-]+|R-\d{6}",
    "policy, member or appointment number": r"police \d\d-\d{6}|Medlemsnr\. \d{3}-\d{4}|"
    r"(?:aftalenr|tidsnr)\. \d{6}",
    "timestamp": r"\[\d\d\.\d\d\.26 \d\d:\d\d\]|kl\. \d\d\.\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.(?:2026|26)(?![.\d])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.?)?(?<=kr|r\.)",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"\*{4} \*{4} \*{4} \d{4}|DK\d\dX{10}\d{4}",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES))
    + r"|på 114\b|fra (?:1272|1919|1231)\b",
    "organisation": "|".join(map(re.escape, g.ORGS)),
    "pseudonym label": PSEUDONYM,
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    found, touched = c.lookalikes(SET, NEVER[name])
    negatives = [d for d in SET if d["kind"] == "negative"]
    assert found >= 30 and c.lookalikes(negatives, NEVER[name])[0] >= 10
    assert touched == []


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert not [n for n in names if re.fullmatch(PSEUDONYM, n) or n.startswith("[")]


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+45 2030 4050", "+45 8020 4050"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=EMAIL_PATTERN,
    negatives=Negatives(
        pseudonyms=(), numbers=r"(?<!\d)\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)"
    ),
    name_forms={
        "lower case": 50,
        "upper case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 100,
        "initial": 20,
    },
)
