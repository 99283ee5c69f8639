"""The twenty-ninth blind PII set (bench/pii_blind28.py, housing, cars and big purchases) is what
its docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; no loose run of ten digits; every
unmasked e-mail address is labelled; deed, case and chassis numbers, amounts, timestamps, masked
values, organisations' lines, firms and pseudonym labels never are; negatives are pseudonymised
and unlabelled; no passport or driving-licence numbers occur."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind28 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, BlindSet, Forms

FILE = Path(g.__file__).parent / "data" / "pii_blind28.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)

PHONE_FORMS = (
    r"\+45 (\d{8})|\+45 (\d\d) \d\d \d\d \d\d|\+45 (\d{4}) \d{4}|(\d{4}) \d{4}|"
    r"\(\+45\) (\d\d) \d\d \d\d \d\d|0045 (\d{8})|(\d\d) \d\d \d\d \d\d|(\d{8})|\+45(\d{8})|"
    r"(\d\d)\.\d\d\.\d\d\.\d\d"
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))


def test_size_kinds_genres_and_counts() -> None:
    assert c.plan_faults(SET, g, least_per_cell=40, least_per_type=150) == []
    assert (g.SIZE, g.NEGATIVES, len(g.GENRES)) == (1000, 350, 8)


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] \d\d \d\d\d|[A-Z][A-Z]\d{5}",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\w .é]+ \d{1,3}[A-C]?(?:, (?:st|\d)\. (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\w .,-]+",
    **CHECKS,
}


def test_every_cpr_phone_and_plate_form_is_used() -> None:
    """What this set checks beyond the common test of this name."""

    def shape(v: str) -> str:
        return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v))

    bank = Counter(shape(v)[:5] for v in BY_TYPE["BANK_ACCOUNT"])
    assert bank["0000-"] >= 30 and bank["0000 "] >= 30 and bank["00000"] >= 30
    assert (
        sum(" " in v for v in BY_TYPE["IBAN"]) >= 30
        and sum(" " not in v for v in BY_TYPE["IBAN"]) >= 30
    )
    assert (
        sum(" " in v for v in BY_TYPE["CARD"]) >= 30
        and sum(" " not in v for v in BY_TYPE["CARD"]) >= 30
    )


def test_birth_dates_only_after_a_cue() -> None:
    """What this set checks beyond the common test of this name."""
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []


def test_mail_addresses_labelled_unless_masked() -> None:
    pattern = r"[\w.*]+@[\w.]+\w"
    assert [f for d in SET for f in c.email_faults(d, pattern)] == []
    assert sum(len(c.emails_not_labelled(d, pattern)) for d in SET) >= 100  # masked ones


NEVER = {
    "deed number": r"dato/løbenr\. \d\d\.\d\d\.2026-\d{7}-\d\d",
    "case number": r"sag nr\. 2026-\d{5}|J\.nr\. \d{4}-26-\d{3}|anmeldelse \d{4}-\d{5}-\d{3}-26",
    "chassis number": r"\b[A-HJ-NPR-Z0-9]{17}\b",
    "order or listing number": r"ordre #\d{6}|annonce \d{6}",
    "cvr number": r"CVR \d\d \d\d \d\d \d\d",
    "timestamp": r"\b\d\d\.\d\d\.2026\b|kl\. \d\d\.\d\d|\[\d\d\.\d\d\.2026 \d\d\.\d\d\]",
    "amount": r"(?:kr\. |DKK )\d{1,3}(?:\.\d{3})*|\d{1,3}(?:\.\d{3})*(?:,00)? kr",
    "masked value": r"\*{4} \*{4} \*{4} \d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|"
    r"\w\*{3}@[\w.]+|[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-(?:xxxx|\*{4})",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES[:5]))
    + r"|(?<!\w )\b114\b|\b(?:nummer|på) 114\b|116 006",
    "bank or firm": "|".join(map(re.escape, g.BANKS + g.FIRMS)),
    "pseudonym label": "|".join(map(re.escape, g.PSEUDONYMS)),
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = c.lookalikes(SET, NEVER[name])
    negatives = sum(c.lookalikes([d for d in SET if d["kind"] == "negative"], NEVER[name])[0:1])
    assert count >= 30 and negatives >= 10 and touched == []


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]",
                     "Sælger A", "Køber 2", "Mægler B"):  # fmt: skip
        assert stand_in in text, stand_in
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(r"(?<!CVR )(?<!\d)(?:\d{8}|\d\d \d\d \d\d \d\d)(?! ?\d)", text)
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only
    assert re.search(r"(?<!\d)\d{6}[- ]?\d{4}(?!\d)", text) is None


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(bool(re.fullmatch(r"[A-ZÆØÅ]\. \S+", n)) for n in names) >= 50
    assert not set(g.PSEUDONYMS) & set(names)


def test_foreign_phones_and_no_travel_documents() -> None:
    boat = [
        v for d in SET if d["genre"] == "baadsalg_forskud" for v in c.values_by_type([d])["PHONE"]
    ]
    assert sum(v.startswith(("+44", "+46")) for v in boat) >= 100
    text = "\n".join(d["text"] for d in SET).lower()
    assert not re.search(r"pas(?:nummer|nr)|passport|kørekort|driving", text)


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "5555555555554444", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
    ("PHONE", "+44 7700 900123", "+44 7700 800123"),
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
    name_forms={
        "lower case": 40,
        "upper case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 100,
    },
)
