"""The seventeenth blind PII set (bench/pii_blind16.py) is what its docstring says: seeded and
reproducible, with the committed JSONL equal to ``generate()``; spans are exact, disjoint
slices of known types; CPR numbers are synthetic (real date, fitting century digit, failing
modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check digits and length,
phones keep to the allowed ranges and written forms; no loose run of ten digits; every e-mail
address (also the spoken "snabel-a" form) is labelled; hard negatives never are; negatives are
pseudonymised and unlabelled; the OCR and typo noise never touches a labelled value."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind16 as g

from tests import pii_blind_checks as checks
from tests.pii_blind_spec import BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind16.jsonl"
SET = checks.committed(FILE)
BY_TYPE = checks.values_by_type(SET)


CHECKS = checks.identifier_checks(
    g,
    cpr_forms=r"\d{6}[- ]?\d{4}|\d\d \d\d \d\d \d{4}|\d\d(?: \d\d){4}|\d{6} \d\d \d\d",
    phone_forms=r"(?:\+45 ?|\(\+45\) |0045 |plus 45 )?(\d\d)(?:\d{6}|\d\d \d{4}| \d\d \d\d \d\d)"
    r"|(\d\d)(?:\.\d\d){3}|(\d\d)(?:-\d\d){3}",
    card_layouts=(g.grouped, lambda n: "-".join(n[i : i + 4] for i in range(0, 16, 4))),
    card_separators=" -",
    barred=("70", "80", "90"),
    iban_case=str.upper,
)


def test_size_kinds_and_genres() -> None:
    assert checks.plan_faults(SET, g, least_per_cell=40, least_per_type=100) == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])[/ -](?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}|\d\d\d \d\d\d|\d\d \d\d \d\d|\d{4} \d{4}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d|[a-z][a-z] \d\d \d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}|\d\d(?: \d\d){3,4}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+(?:@| snabel-a )(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\.? [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}\.\d{1,2}\."
    r"\d{4}|\d{1,2}/\d{1,2}-\d{4}",
} | CHECKS


def shape(v: str) -> str:
    return re.sub(r"\d", "0", v)


def test_every_written_form_is_used() -> None:
    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000", "00 00 00 00 00",
                 "000000 00 00"):  # fmt: skip
        assert cpr[shape(form)] >= 15, form
    for form in ("+45 00000000", "+45 00 00 00 00", "0000 0000", "(+45) 00 00 00 00",
                 "0045 00000000", "00 00 00 00", "00000000", "+4500000000", "00.00.00.00",
                 "00-00-00-00", "plus 45 00 00 00 00", "+44 0000 000000",
                 "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 5, form
    assert sum(" snabel-a " in v for v in BY_TYPE["EMAIL"]) >= 15
    assert sum(bool(re.search(r"(?:sal|stuen|til venstre|til højre|midtfor) \d{4} ", v))
               for v in BY_TYPE["ADDRESS"]) >= 10  # fmt: skip
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 15
    assert sum("  " in v for v in BY_TYPE["ADDRESS"]) >= 5
    assert sum(v.islower() for v in BY_TYPE["IBAN"]) >= 5
    assert sum(" " in v for v in BY_TYPE["BANK_ACCOUNT"] if len(v) > 12) >= 15


def test_mail_addresses_labelled_unless_masked() -> None:
    pattern = r"[\w.*]+(?:@| snabel-a )[\w.]+\w"
    assert [m for d in SET for m in checks.email_faults(d, pattern)] == []


NEVER = {
    "organisation line": r"\b(?:" + "|".join(map(re.escape, g.ORG_LINES[:4])) + r")\b",
    "case number": r"\b(?:OPK|SAG|KL|CHAT)-2026-\d{5}\b",
    "journal number": r"\d{4}-\d{5}-\d{5}-26",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d|,-)?(?: kr\.?)?(?<=kr|r\.|,-)|\d+ kroner",
    "date or clock": r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|kl\.? \d\d?[.: ]\d\d|\[\d\d:\d\d\]",
    "subtitle time": r"00:\d\d:\d\d,\d{3}",
    "masked value": r"\*{4} \*{4} \*{4} \d{4}|\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|"
    r"[A-Z]{2}\d\d XXXX XXXX \w{4}",
    "bank or product": "(?i)" + "|".join(g.BANKS),
}


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in g.STAND_INS:
        assert stand_in in text, stand_in
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    assert "snabel-a" not in text


def test_noise_is_present_but_outside_values() -> None:
    ocr = "\n".join(d["text"] for d in SET if d["genre"] == "ocr_brev")
    assert len(re.findall(r"[|¦~]", ocr)) >= 100 and len(re.findall(r"\w-\n\w", ocr)) >= 10
    for d in SET:
        for s in d["spans"]:
            piece = d["text"][s["start"] : s["end"]]
            assert not re.search(r"[|¦~]|-\n", piece), piece


SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    exact_spans=True,
    shapes=SHAPES,
    birth_cue=r"(?i)(?:født|født den|f\.|fødselsdato:?) $",
    least_ten_digit_runs=200,
    never=NEVER,
    least_never=(30, None),
    name_forms={
        "lower case": 100,
        "upper case": 30,
        "surname first": 50,
        "genitive": 20,
        "hyphen": 50,
        "three words": 100,
    },
)
