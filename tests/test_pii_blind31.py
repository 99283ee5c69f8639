"""The thirty-second blind PII set (bench/pii_blind31.py, telecom and utilities fraud) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no
loose run of ten digits; every unmasked e-mail address is labelled; ICCIDs are always masked;
customer, meter, case, porting, chat and journal numbers, CVR numbers, timestamps, amounts,
masked values, numbers read out in words and pseudonyms never are labelled; negatives are
pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind31 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import (
    CPR_FORMS,
    PHONE_FORMS,
    USUAL_NAME_FORMS,
    BlindSet,
    Forms,
    Negatives,
)

FILE = Path(g.__file__).parent / "data" / "pii_blind31.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
DIGIT = r"(?:nul|en|to|tre|fire|fem|seks|syv|otte|ni)"
TENS = r"(?:tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)"
TEENS = r"(?:ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)"
PAIR = rf"(?:(?:[a-z]+og)?{TENS}|{TEENS}|nul {DIGIT})"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}|[A-Z]{2}\d{5}",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\w ]+ \d{1,2}[ABC]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_cvv_only_after_a_cue() -> None:
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []


def test_addresses_on_two_lines_and_on_one() -> None:
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 100
    addresses = BY_TYPE["ADDRESS"]
    assert sum(bool(re.search(r", \d{4} ", v)) for v in addresses) >= 50
    assert sum(bool(re.search(r", (?:st|\d)\. (?:tv|th|mf)\.", v)) for v in addresses) >= 100
    assert sum(bool(re.fullmatch(r"[^,\n]+ \d+[ABC]?", v)) for v in addresses) >= 30


def test_iccids_are_masked_and_never_labelled() -> None:
    for d in SET:
        for hit in re.finditer(r"ICCID ([\d* ]+\d)", d["text"]):
            assert re.fullmatch(r"8945 \*{4} \*{4} \d{4}|8945\*{8}\d{4}", hit.group(1)), hit
            assert not c.types_touching(d, *hit.span(1))
    assert sum(d["text"].count("ICCID 8945") for d in SET) >= 100


NEVER = {
    "customer number": r"kundenr\. \d{7}",
    "meter number": r"målernr\. (?:\d{3} \d{3} \d{3}|\d{9})",
    "iccid": r"8945 \*{4} \*{4} \d{4}|8945\*{8}\d{4}",
    "case, porting, chat or journal number": r"(?:FRD|SV)-26-\d{5}|PORT-\d{6}|CH-\d{6}|"
    r"ATF-26-\d{4}|\d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde|Abonnent|Vidne|Medarbejder|Sælger) (?:[A-D]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
    "number read out in words": rf"\b(?:{DIGIT} ){{3,}}{DIGIT}\b|\b(?:{PAIR}, ){{3}}{PAIR}\b",
}


def test_phone_numbers_read_out_in_words_stay_unlabelled() -> None:
    pairs = rf"\b(?:{PAIR}, ){{3}}{PAIR}\b"
    said = [d for d in SET if d["kind"] == "positive" and re.search(pairs, d["text"])]
    assert len(said) >= 10


def test_negatives_are_pseudonymised() -> None:
    """What this set checks beyond the common test of this name."""
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    assert re.search(r"[A-Z]{2} ?\d\d ?\d{3}\b", text) is None  # no number plates
    assert re.search(r"(?:født|f\.|Fødselsdato:) \d", text) is None  # no birth dates


def test_board_decisions_name_staff_but_not_parties() -> None:
    boards = [d for d in SET if d["genre"] == "board_decision"]
    for d in boards:
        party = re.search(r"Klager: (.+)", d["text"])
        assert party and re.fullmatch(r"Kunde \d|Abonnent [A-C]", party.group(1))
        assert not c.types_touching(d, *party.span(1))
    assert all(d["spans"] for d in boards if d["kind"] == "positive")


def test_aliases_keep_the_company_outside() -> None:
    assert [n for n in BY_TYPE["PERSON"] if " fra " in n] == []
    assert sum("' fra " in d["text"] or " fra " in d["text"] for d in SET) >= 100


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    roots = {n for r in g.ROOTS for n in r.women + r.men} | {
        v[2] for v in g.VIET_WOMEN + g.VIET_MEN
    }
    assert sum(any(part in roots for part in n.split()) for n in names) >= 100


VALIDITY = [
    ("CPR", "120652-1234", "120652-1232"),  # the second passes modulus 11
    ("CPR", "03 11 04 4002", "03 11 07 4002"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4000056655665556", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 44"),
    ("IBAN", "GB82WEST12345698765432", "GB82WEST1234569876543"),  # one digit short
    ("PHONE", "+45 2812 4455", "+45 8012 4455"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
    ("PHONE", "+46 70 174 06 05", "+46 70 174 06 04"),
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
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(
        pseudonyms=("Kunde 2", "Abonnent A", "Vidne 1", "Medarbejder B", "Sælger A")
    ),
    name_forms=USUAL_NAME_FORMS,
    least_chat_speakers=300,
)
