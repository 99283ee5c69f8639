"""The thirty-third blind PII set (bench/pii_blind32.py, insurance, pension, loans and debt
collection fraud) is what its docstring says: seeded and reproducible, with the committed JSONL
equal to ``generate()``; spans are exact, disjoint slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs carry valid check digits and length, phones keep to the allowed ranges and forms;
birth dates follow a cue, CVV digits a cue; no loose run of ten digits; every unmasked e-mail
address is labelled; policy, claim, loan, case, journal, member, customer and CVR numbers,
timestamps, amounts, masked values, pseudonyms and streets without a number never are;
negatives are pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind32 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, STAND_INS, BlindSet, Forms, Negatives

FILE = Path(g.__file__).parent / "data" / "pii_blind32.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"
PSEUDONYMS = (
    r"\b(?:Forsikringstager|Låntager|Medlem|Kunde|Vidne|Nabo|Tiltalte|Pårørende|Kontohaver|"
    r"Formidler) (?:[ABC]|\d)\b"
)


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[A-F]?(?:, (?:st\.|\d\.) (?:tv|th|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_every_cpr_phone_plate_and_layout_is_used() -> None:
    """What this set checks beyond the common test of this name."""
    accounts = BY_TYPE["BANK_ACCOUNT"]
    assert sum(bool(re.fullmatch(r"\d{4}-\d{10}", a)) for a in accounts) >= 50
    assert sum(bool(re.fullmatch(r"\d{4} \d{10}", a)) for a in accounts) >= 50
    assert sum(bool(re.fullmatch(r"\d{7,10}", a)) for a in accounts) >= 150
    for kind in ("CARD", "IBAN"):
        spaced = sum(" " in v for v in BY_TYPE[kind])
        assert min(spaced, len(BY_TYPE[kind]) - spaced) >= 50, kind


def test_birth_dates_and_cvv_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []


def test_accounts_with_their_own_reg_word_leave_it_outside() -> None:
    cue = r"reg(?:\.nr)?\.\s\d{4},?\s+(?:og\s+)?konto(?:nr\.)?\s$"
    for d in SET:
        for s in d["spans"]:
            value = d["text"][s["start"] : s["end"]]
            if s["type"] == "BANK_ACCOUNT" and re.fullmatch(r"\d{7,10}", value):
                assert re.search(cue, d["text"][: s["start"]]), d["id"]


def test_addresses_on_two_lines_on_one_and_bare() -> None:
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 200
    assert sum(bool(re.search(r", \d{4} ", v)) for v in BY_TYPE["ADDRESS"]) >= 100
    assert sum(not re.search(r"\d{4} ", v) for v in BY_TYPE["ADDRESS"]) >= 50


NEVER = {
    "policy, claim or loan number": r"policenr\. \d{4}-\d{3}-\d{3}|SK26-\d{6}|KL-\d{4}-\d{4}",
    "case, reference or journal number": r"[SB]S-\d{3,4}/2026|INK-\d{6}|SEC-26-\d{5}|"
    r"AFF-2026-\d{4}|journalnr\. \d{4}-\d{5}-\d{5}-26",
    "member or customer number": r"medlemsnr\. \d{6}|kundenr\. \d{7}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])|\d{1,2}\. [a-z]+ 202[56]",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|kr\. \d{1,3}(?:\.\d{3})*(?:,\d\d)?",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:" + "|".join(map(re.escape, g.ORG_LINES)) + r")(?![\d.])"
    r"|på 114\b",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": PSEUDONYMS,
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
    "family word": r"\b(?:mormor|farmor|bedstemor|datter|søn|niece|nevø)s?\b",
}


def test_negatives_are_pseudonymised() -> None:
    """What this set checks beyond the common test of this name."""
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    birth = (
        r"\d{1,2}\. [a-z]+ (?:19\d\d|200[0-5])|\d\d[.-]\d\d[.-](?:19|20)\d\d|\d{1,2}/\d{1,2}-\d{4}"
    )
    assert re.search(birth, text) is None  # no birth dates, and no other full date before 2006


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    roots = set(g.ELSEWHERE_SURNAMES + g.VIET_FAMILIES)
    assert sum(any(r in n for r in roots) for n in names) >= 300


def test_ocr_notes_are_noisy() -> None:
    notes = [d["text"] for d in SET if d["genre"] == "ocr_note"]
    assert all(re.search(r"[a-zæøå](?:  |\n)[a-zæøå]", t) for t in notes)


VALIDITY = [
    ("CPR", "120356-1234", "120356-1233"),  # the second passes modulus 11
    ("CPR", "01 01 05 4000", "01 01 07 4000"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "4012888888881881", "6011111111111117"),  # not a listed prefix
    ("IBAN", "GB29 NWBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 18"),
    ("PHONE", "+45 2030 4050", "+45 8030 4050"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 40, 150),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(least_cpr=50, least_phone=30, least_plate_spaced=100, least_plate_compact=30),
    least_ten_digit_runs=300,
    mail=MAIL,
    least_masked_mail=50,
    never=NEVER,
    least_never=(40, 15),
    negatives=Negatives(
        stand_ins=(
            *STAND_INS,
            "[fødselsdato]",
            "[IBAN]",
            "[kortnr.]",
            "[bruger-id]",
            "[nummerplade]",
        ),
        pseudonyms=("Forsikringstager A", "Låntager 2", "Tiltalte 1", "Medlem C", "Kunde 2"),
    ),
    name_forms={
        "lower case": 40,
        "upper case": 100,
        "surname first": 100,
        "genitive": 60,
        "hyphen": 150,
        "three words": 150,
        "initial": 100,
    },
    least_chat_speakers=600,
)
