"""The twenty-fourth blind PII set (bench/pii_blind23.py: identity theft and account takeover) is
what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint, trimmed slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
no loose run of ten digits; every unmasked e-mail address is labelled; device IDs, IMEI numbers,
IP addresses, session, log-in, loan, contract, order, tracking, case and journal numbers,
creditor lines, amounts, dates, companies, masked values and the organisations' lines never
are; negatives are pseudonymised and unlabelled; names come in many written forms."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind23 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind23.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
NEGATIVE = [d for d in SET if d["kind"] == "negative"]

IDS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
EMAIL = r"[\w.*+-]+@[\w.-]+\.\w+"


def test_seeded_and_committed() -> None:
    assert c.reproducible(g.generate, seed=7, size=40)
    assert c.committed(FILE) == SET == g.generate()
    assert (g.SEED, g.SIZE, g.NEGATIVES) == (2423, 1000, 350)


def test_plan_of_sizes_kinds_genres_and_types() -> None:
    assert c.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []
    assert len(g.GENRES) == 8 and len(g.TYPES) == 14


def test_spans_are_exact_disjoint_and_trimmed() -> None:
    assert [f for d in SET for f in c.span_faults(d, g.TYPES)] == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}|[A-Z]{2}\d{5}",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+\d\d(?:\d\d)?",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1(?:19|20)\d\d"
    r"|\d{1,2}/\d{1,2}-(?:19|20)\d\d",
    "ADDRESS": r"(?i)[a-zæøåé][\w .é]* \d{1,3}[a-c]?(?:,? (?:st|\d)\. (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøå ]+)?",
    **IDS,
}


def test_every_cpr_phone_plate_and_birth_date_form_is_used() -> None:
    def shape(value: str) -> str:
        return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", value))

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[form] >= 30, form
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    assert plate["XX 00 000"] >= 30 and plate["XX00000"] >= 10
    births = " ".join(BY_TYPE["DATE_OF_BIRTH"])
    for form in (r"\d\. [a-z]+ \d{4}", r"\d\d\.\d\d\.\d{4}", r"\d/\d+-\d{4}", r"\d\d-\d\d-\d{4}"):
        assert len(re.findall(form, births)) >= 20, form
    assert (
        sum(" " in v for v in BY_TYPE["IBAN"]) >= 30
        and sum(" " not in v for v in BY_TYPE["IBAN"]) >= 30
    )
    assert {v[:2] for v in BY_TYPE["IBAN"]} >= {"DK", "LT", "GB", "DE"}


def test_birth_dates_cvvs_and_accounts_follow_their_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC:|kontrolcifre) $") == []
    assert c.uncued(SET, "MITID_USER", r"bruger-ID(?::| er)? $") == []
    split = [
        d["text"][: s["start"]][-12:]
        for d in SET
        for s in d["spans"]
        if s["type"] == "BANK_ACCOUNT" and s["end"] - s["start"] <= 10
    ]
    assert len(split) >= 80 and [b for b in split if not re.search(r"konto(?:nr\.)? $", b)] == []


NEVER = {
    "device id": r"\b[0-9A-F]{4}(?:-[0-9A-F]{4}){3}\b",
    "imei": r"\b35[ -]\d{6}[ -]\d{6}[ -]\d\b",
    "iccid": r"\b8945(?: \d{4}){3} \d{3}\b",
    "ip address": r"\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}\b|2001:db8:\w+::\w+",
    "session or log-in id": r"sess_\w{10}|LI-2026-\d{4}-\d{5}",
    "loan or contract number": r"[Ll]ånenr\. \d{4}-\d{3}-\d{4}|KT-\d\d \d{3} \d\d",
    "creditor line": r"\+71< \d{4} \d{4} \d{4} \d{3} \+\d{4} \d{4}<",
    "order or tracking number": r"#DK\d{7}|\b00(?: \d{4}){4}\b|[A-Z]{2}(?: \d{3}){3} DK"
    r"|PT-\d{5}-DK",
    "case or journal number": r"\b0\d{3}-\d{5}-\d{5}-26\b|\b[A-Z]{2,3}-2026-\d{5}\b"
    r"|\d\d\.\d\d\.\d\d-K\d\d-\d{3}-26",
    "amount": r"\d{1,3}(?:\.\d{3})*,\d\d kr\.",
    "date or time": r"\b2026-\d\d-\d\d\b|(?<![\d.])\d\d\.\d\d\.26\b|kl\. \d\d\.\d\d"
    r"|\d\d:\d\d(?::\d\d)?",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|(?:\*{4} ){3}\d{4}"
    r"|\*{6}\d{4}|[A-Z]{2}\d\dX{6,}\d{4}",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)),
    "company": "|".join(map(re.escape, g.COMPANIES)),
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = c.lookalikes(SET, NEVER[name])
    assert count >= 30 and touched == []
    assert c.lookalikes(NEGATIVE, NEVER[name])[0] >= 10


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in NEGATIVE)
    for stand_in in ("[NAVN]", "[ADRESSE]", "[CPR]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]"):
        assert stand_in in text
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(r"(?<![\d+< ])\d{8}(?!\d)|(?<![\d.])\d\d \d\d \d\d \d\d(?! ?\d)", text)
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    firsts = set(g.WOMEN + g.MEN)
    staff_initials = [n for n in names if re.fullmatch(r"[A-ZÆØÅÖ]{2,4}", n)]
    assert sum(n.isupper() and " " in n for n in names) >= 50
    assert sum(bool(re.fullmatch(r"[A-ZÆØÅÖ]\. \S+", n)) for n in names) >= 30
    assert sum(n in firsts for n in names) >= 200 and len(staff_initials) >= 100
    assert not set(names) & set(g.COMPANIES)


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century digit 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+45 2030 4050", "+45 8020 4050"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    checks=IDS,
    validity=VALIDITY,
    shapes=SHAPES,
    least_ten_digit_runs=200,
    mail=EMAIL,
    least_masked_mail=100,
    name_forms={
        "lower case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 100,
    },
)
