"""The forty-seventh blind PII set (bench/pii_blind46.py, transport and logistics fraud) is what
its docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no
loose run of ten digits; every unmasked e-mail address is labelled; tracking, waybill,
container, CMR, booking, MRN, trailer, chassis, EORI, CVR, driver and case numbers, foreign
plates, pallet counts, weights, postcodes alone, timestamps, amounts, masked values and
pseudonyms never are; negatives are pseudonymised and unlabelled; no passport or
driving-licence numbers."""

from __future__ import annotations

import re
from pathlib import Path

from bench import pii_blind46 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, STAND_INS, BlindSet, Forms, Negatives

FILE = Path(g.__file__).parent / "data" / "pii_blind46.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:[1-9]\d{3}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\.[a-z]{1,4})?\d\d(?:\d\d)?",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøåé ]+ \d{1,3}[ABC]?(?:, (?:st\.|\d\.) (?:th|tv|mf)\.)?"
    r"(?:(?:, |\n)\d{4} [\wæøåØ ]+)?",
    "PERSON": r"[^\W\d_][\w.,' -]*\w",
    **CHECKS,
}


def test_cards_and_ibans_grouped_and_compact() -> None:
    for kind in ("CARD", "IBAN"):
        assert sum(" " in v for v in BY_TYPE[kind]) >= 30
        assert sum(" " not in v for v in BY_TYPE[kind]) >= 30
    assert len({v[:2] for v in BY_TYPE["IBAN"]}) == len(g.IBAN_LENGTH)


def test_addresses_on_two_lines_and_on_one() -> None:
    """What this set checks beyond the common test of this name."""
    assert sum(not re.search(r"\d{4} ", v) for v in BY_TYPE["ADDRESS"]) >= 50  # CSV streets


NEVER = {
    "tracking or waybill number": r"\b(?:RR|CX|LX|RB|EE)\d{9}DK\b|AWB \d{3}-\d{8}",
    "container number": r"\b(?:MSK|HLX|CMA|TGH|OOL|DFD)U\d{7}\b",
    "cmr, booking or mrn": r"CMR \d{7}|BKG-\d{4}-\d\d|MRN 26DK[0-9A-Z]{14}",
    "trailer or chassis number": r"\bT-\d{3}\b|\b(?:YV2|WDB|XLR|YS2|WMA|VF6|WF0)[0-9A-Z]{14}\b",
    "eori or cvr number": r"EORI DK\d{8}|CVR-nr\. \d{8}",
    "driver or case number": r"chauffør-nr\. \d{5}|(?m:^\d{5};)|SAG-26-\d{5}|SK-26-\d{5}|"
    r"journalnr\. \d{4}-\d{5}-\d{5}-26",
    "foreign plate": r"\((?:PL|LT|RO|D)\) [A-Z]{1,3}[ -][0-9A-Z]{1,4}(?: ?[0-9A-Z]{1,4})?",
    "pallets or weight": r"\d+ EUR-paller|\d{1,2}\.\d{3} kg",
    "postcode alone": r"(?:terminalen|depotet|pakkeshoppen) i \d{4} [\wæøåØ]+",
    "timestamp": r"\[\d\d:\d\d\]|· \d\d:\d\d|kl\. \d\d\.\d\d|2026-\d\d-\d\d(?: \d\d:\d\d)?|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"\d{1,3}(?:\.\d{3})*(?:,\d\d)? (?:kr\.|EUR)",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, g.ORG_LINES + g.EMERGENCY))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Chauffør|Kunde|Vidne|Medarbejder|Fører) (?:[ABC]|\d)(?![\w.])",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


def test_foreign_plates_never_labelled_danish() -> None:
    plates = set(BY_TYPE["NUMBER_PLATE"])
    for d in SET:
        for hit in re.finditer(NEVER["foreign plate"], d["text"]):
            assert hit.group().split(") ")[1] not in plates


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(bool(re.fullmatch(r"[A-ZÆØÅ]\. \S+", n)) for n in names) >= 20
    origins = {o: set(w + m) for o, (w, m, _, _) in g.ORIGINS.items()}
    used = {o for o, firsts_of in origins.items() if firsts_of & {n.split()[0] for n in names}}
    assert used == set(g.ORIGINS)


def test_chat_and_sms_lines_keep_timestamp_and_colon_outside() -> None:
    speakers = senders = 0
    for d in SET:
        for s in d["spans"]:
            if s["type"] == "PERSON" and re.search(r"\[\d\d:\d\d\] $", d["text"][: s["start"]]):
                assert d["text"][s["end"]] == ":"
                speakers += 1
            if s["type"] == "PERSON" and re.match(r" · \d\d:\d\d\n", d["text"][s["end"] :]):
                senders += 1
    assert speakers >= 300 and senders >= 150


VALIDITY = [
    ("CPR", "110488-1380", "110488-1382"),  # the second passes modulus 11
    ("CPR", "17 03 02 4000", "17 03 07 4000"),  # century 4 only up to 2005
    ("CARD", "5555 5555 5555 4444", "5555 5555 5555 4445"),
    ("CARD", "2223003122003222", "6011111111111117"),  # not a listed prefix
    ("IBAN", "GB29 NWBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 18"),
    ("IBAN", "DK5000400440116243", "DK500040044011624"),  # too short
    ("PHONE", "0045 42112033", "0045 80112033"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 30, 120),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    addresses=(100, 50),
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(
        stand_ins=(*STAND_INS, "[nummerplade]", "[IBAN]", "[kortnr.]", "[bruger-ID]"),
        pseudonyms=("Chauffør A", "Kunde 2", "Vidne 1"),
        numbers=r"(?<![\w-])(?<!CVR-nr\. )\d{8}(?![\w-])|(?<![\w-])\d\d \d\d \d\d \d\d(?! ?\d)",
    ),
    name_forms={
        "lower case": 20,
        "upper case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "three words": 50,
        "first name alone": 200,
    },
)
