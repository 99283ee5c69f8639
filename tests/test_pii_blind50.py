"""The fifty-first blind PII set (bench/pii_blind50.py, romance, dating and sextortion fraud) is
what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, century digit 0-3 for the 1900s and 4 up to 2012, failing modulus 11), cards pass Luhn with
a test prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and
forms; birth dates, CVV codes and one-time codes follow their cues; no loose run of ten digits;
every unmasked e-mail address is labelled; customer numbers, profile and user IDs, case, journal
and MTCN numbers, wallet addresses, CVR numbers, timestamps, amounts, masked values, apps, banks
and pseudonyms never are; negatives are pseudonymised and unlabelled; no passport or
driving-licence numbers."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind50 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, USUAL_NAME_FORMS, BlindSet

FILE = Path(g.__file__).parent / "data" / "pii_blind50.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CENTURIES = c.cpr_centuries_up_to(12)  # the teenagers are born 2008-2012
CHECKS = {
    **c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,)),
    "CPR": lambda v: c.synthetic_cpr(v, CPR_FORMS, g.WEIGHTS, CENTURIES),
}
MAIL = r"[\w.*]+@[\w.]+\w"


def test_a_document_does_not_depend_on_the_others() -> None:
    assert g.generate(seed=3, size=1000)[517] == g.document(3, 517, 1000)


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"[1-9]\d{5}|[1-9]\d{7}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|20[01]\d)",
    "EMAIL": r"[a-z0-9._-]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå]+ \d+[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_every_cpr_phone_plate_and_account_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v))

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    account = Counter(re.sub(r"\d+", "0", v) for v in BY_TYPE["BANK_ACCOUNT"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 30, form
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form
    assert plate["XX 00 000"] >= 30 and plate["XX00000"] >= 10
    assert account["0-0"] >= 30 and account["0 0"] >= 30 and account["0"] >= 100


def test_birth_dates_cvv_and_codes_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre):? $") == []
    assert c.uncued(SET, "OTP", r"(?:[Kk]ode|[Kk]oden|engangskoden?|code)(?::| er)? $") == []


def test_birth_dates_and_cpr_numbers_agree_within_a_document() -> None:
    checked = 0
    for d in SET:
        values = {s["type"]: d["text"][s["start"] : s["end"]] for s in d["spans"]}
        if d["genre"] == "police_report" and {"CPR", "DATE_OF_BIRTH"} <= set(values):
            born = c.cpr_birth(values["CPR"], CENTURIES)
            assert born is not None and str(born.year) in values["DATE_OF_BIRTH"]
            checked += 1
    assert checked >= 20


def test_addresses_on_two_lines_and_on_one() -> None:
    """What this set checks beyond the common test of this name."""
    assert sum(re.fullmatch(r"\D+ \d+\w?", v) is not None for v in BY_TYPE["ADDRESS"]) >= 50


NEVER = {
    "customer number": r"kundenr\. \d{4}-\d{4}|;\d{4}-\d{4};",
    "profile or user id": r"(?:profil|bruger)-id \d{7}",
    "case, journal or MTCN number": r"SV-2026-\d{5}|TS-\d{5}|KL-26-\d{5}|"
    r"j\.nr\. \d{4}-\d{5}-\d{5}-26|MTCN \d{3}-\d{3}-\d{4}",
    "wallet address": r"bc1q[a-z0-9]{38}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*|"
    r'"\d{1,3}(?:\.\d{3})*,00"',
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx|\*\*/\*\*",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "company, bank or app": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde|Bruger|Profil|Pårørende|Borger|Forurettede|Barn|Medarbejder) "
    r"(?:[A-H]|\d)\b",
    "street without number": r"ved (?:" + "|".join(map(re.escape, g.STREETS)) + r")\.",
}


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in text
    for stand_in in ("[fødselsdato]", "[bruger-id]", "[nummerplade]", "**/**"):
        assert stand_in in text
    for pseudonym in ("Kunde A", "Kunde 2", "Bruger 2", "Pårørende 1", "Borger A", "Profil B"):
        assert pseudonym in text
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(
        r"(?<!CVR-nr\. )(?<!\d)\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)", text
    )
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only
    assert re.search(r"\+4[46] \d|\d{4} \d{4} \d{4} \d{4}|\b[A-Z]{2} \d\d \d{3}\b", text) is None


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    aliases = {n for full in g.ALIAS_MEN + g.ALIAS_WOMEN + g.ALIAS_GIRLS + g.ALIAS_BOYS
               for n in (full, full.split()[0], full.upper())}  # fmt: skip
    assert sum(n.lower() in {k.lower() for k in g.NICKNAMES} for n in names) >= 20
    assert sum(n in aliases for n in names) >= 300


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 11 4000", "01 01 13 4000"),  # century 4 only up to 2012 here
    ("CPR", "3004623002", "3102623002"),  # no 31 February
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "5555555555554444", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "GB82WEST12345698765432", "GB82WEST1234569876543"),  # one digit short
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 40, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
