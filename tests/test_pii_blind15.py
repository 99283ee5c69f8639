"""The sixteenth blind PII set (bench/pii_blind15.py) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length,
phones keep to the allowed ranges and forms; no loose run of ten digits; every e-mail address
is labelled; hard negatives never are; negatives are pseudonymised and unlabelled."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind15 as g

from tests import pii_blind_checks as checks
from tests.pii_blind_spec import BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind15.jsonl"
SET = checks.committed(FILE)
BY_TYPE = checks.values_by_type(SET)


CPR_FORMS = r"\d{6}[- ]?\d{4}|\d\d \d\d \d\d \d{4}"
PHONE_FORMS = (
    r"(?:\+45 ?|\(\+45\) |0045 )?(\d\d)(?:\d{6}|\d\d \d{4}| \d\d \d\d \d\d)"
    r"|(\d\d)(?:\.\d\d){3}"
)


CHECKS = checks.identifier_checks(g, CPR_FORMS, PHONE_FORMS, card_layouts=(g.grouped,))


def test_size_kinds_and_genres() -> None:
    assert checks.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] \d\d \d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
} | CHECKS


def test_every_cpr_and_phone_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"\d", "0", v)

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 30, form
    for form in ("+45 00000000", "+45 00 00 00 00", "0000 0000", "(+45) 00 00 00 00",
                 "0045 00000000", "00 00 00 00", "00000000", "+4500000000", "00.00.00.00",
                 "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form


NEVER = {
    "organisation line": r"\b(?:" + "|".join(map(re.escape, g.ORG_LINES[:4])) + r")\b",
    "case number": r"\b(?:BS|SKADE|SIM|CB|PN|IA)-2026-\d{5}\b|#\d{6}",
    "journal number": r"3700-\d{5}-\d{5}-26",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d|,-)?(?: kr\.?)?(?<=kr|r\.|,-)",
    "cvr": r"CVR \d{8}",
    "date or clock": r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|kl\. \d\d\.\d\d|\[\d\d:\d\d\]",
    "masked value": r"\*{4} \*{4} \*{4} \d{4}|\*{6}\d{4}|\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|"
    r"[A-Z]{2}\d\dX{10}\d{4}",
    "bank or product": "|".join(g.BANKS + g.PRODUCTS),
}


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in text
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain


SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    exact_spans=True,
    shapes=SHAPES,
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=r"[\w.*]+@[\w.]+\w",
    never=NEVER,
    least_never=(30, None),
    name_forms={
        "lower case": 20,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 100,
    },
    # pii78: a shop's own address after "Ny SIM aktiveret i butikken på"
    # is not personal data and carries no span.
    untouched=(r"(?<=butikken på )[^\n]+?(?=, kl\. )", 100),
)
