"""The twenty-first blind PII set (bench/pii_blind20.py, money-mule investigations) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``; spans
are exact, disjoint slices of known types; CPR numbers are synthetic, cards pass Luhn with a
test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and
forms; no loose run of ten digits; every unmasked e-mail address is labelled; handles, alert,
case, journal and reference numbers, amounts, times and masked values never are; negatives are
pseudonymised and unlabelled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench import pii_blind20 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, BlindSet, Negatives

FILE = Path(g.__file__).parent / "data" / "pii_blind20.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (c.grouped_by_four,))
EMAIL = r"[\w.*+-]+@[\w-]+(?:\.[\w-]+)+"


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
        ("CPR", "01 01 03 4000", "01 01 09 4000"),  # 4 only up to 2005
        ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
        ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
        ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
        ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
    ],
)
def test_checks_separate_good_and_bad(kind: str, good: str, bad: str) -> None:
    assert CHECKS[kind](good) and not CHECKS[kind](bad)


def test_plan_counts() -> None:
    assert c.plan_faults(SET, g, 40, 100) == []


def test_spans_exact_and_disjoint() -> None:
    assert [f for d in SET for f in c.span_faults(d, g.TYPES)] == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}|[A-Z]{2}\d{5}",
    "BANK_ACCOUNT": r"\d{4}[ -]\d{7,10}|\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\w .æøå]+ \d+[A-C]?(?:, (?:\d\. t[vh]\.|st\. mf\.))?"
    r"(?:(?:, |\n)\d{4} \w[\w ]*)?",
    **CHECKS,
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_values_have_their_promised_shape(kind: str) -> None:
    assert c.misfits(BY_TYPE[kind], SHAPES[kind]) == []


WRITTEN_FORMS = [("CPR", 30, form) for form in ("000000-0000", "0000000000", "00 00 00 0000",
                                                  "000000 0000")] + [
    ("PHONE", 10, form) for form in ("+00 00000000", "+00 00 00 00 00", "+00 0000 0000",
                                     "0000 0000", "(+00) 00 00 00 00", "0000 00000000",
                                     "00 00 00 00", "00000000", "+0000000000", "00.00.00.00",
                                     "+00 0000 000000", "+00 00 000 00 00")
] + [("NUMBER_PLATE", 20, "XX 00 000"), ("NUMBER_PLATE", 20, "XX00000")]  # fmt: skip


@pytest.mark.parametrize(("kind", "least", "form"), WRITTEN_FORMS)
def test_every_written_form_is_used(kind: str, least: int, form: str) -> None:
    shapes = [re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v)) for v in BY_TYPE[kind]]
    assert shapes.count(form) >= least


NEVER = {
    "handle": "|".join(map(re.escape, g.HANDLES)),
    "alert id": r"TM-2026-\d{6}",
    "case or journal number": r"SAG-2026-\d{4}|\d{4}-\d{5}-\d{5}-26",
    "transaction reference": r"Ref\. \d{7}",
    "amount": r"\b\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|DKK \d{1,3}(?:\.\d{3})*,\d\d"
    r"|kr\. \d{1,3}\.\d{3}|-?\d{1,3}(?:\.\d{3})*,\d\d(?=\t|\n)",
    "clock time": r"kl\. \d\d:\d\d|\[\d\d:\d\d\]",
    "masked value": r"\*{4} \*{4} \*{4} \d{4}|DK\d\dX{10}\d{4}|\+45 \*\* \*\* \*\* \d\d|"
    r"\w\*{3}@[\w.]+|\d{6}-xxxx",
    "bank line": "|".join(map(re.escape, g.ORG_LINES)),
    "bank, crew or product": "|".join(map(re.escape, g.BANKS + g.CREWS + g.PRODUCTS)),
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = c.lookalikes(SET, NEVER[name])
    negatives = [d for d in SET if d["kind"] == "negative"]
    assert count >= 30 and c.lookalikes(negatives, NEVER[name])[0] >= 10
    assert touched == []


SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=EMAIL,
    negatives=Negatives(
        pseudonyms=(), numbers=r"(?<![\d.])\d{8}(?![\d.])|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)"
    ),
    name_forms={
        "lower case": 100,
        "upper case": 100,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 100,
        "three words": 100,
        "initial": 50,
    },
)
