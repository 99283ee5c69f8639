"""The forty-fifth blind PII set (bench/pii_blind44.py, tech-support and remote-access fraud) is
what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint slices of known types; CPR numbers are synthetic (real
date, fitting century digit, failing modulus 11), cards pass Luhn with a test prefix in one of
their printed layouts, IBANs carry valid check digits and length, phones keep to the allowed
ranges and forms; birth dates follow a cue; no loose run of ten digits and no loose eight-digit
number but a CVR number or an organisation's line; every unmasked e-mail address is labelled;
ticket, case, journal and customer numbers, remote-access IDs, IPs, MACs, ports, licence keys,
versions, CVR numbers, timestamps, amounts, masked values and pseudonyms never are; negatives
are pseudonymised and unlabelled; no passport or driving-licence numbers."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench import pii_blind44 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, BlindSet, Negatives

FILE = Path(g.__file__).parent / "data" / "pii_blind44.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
CHECKS = c.identifier_checks(
    g, CPR_FORMS, PHONE_FORMS, (g.grouped, g.dashed, g.amex), card_separators=" -"
)
MAIL = r"[\w.*-]+@[\w.]+\w"


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d|[a-z][a-z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:[._][a-z]+)?_?(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[A-Za-z0-9._-]+@(?:[a-z]+\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ -]* \d+[A-Ca-c]?"
    r"(?:, (?:st\.|kl\.|\d\.)(?: ?(?:tv|th|mf)\.| sal)?)?(?:(?:, |\n)\d{4} [A-ZÆØÅ][\wæøå ]*)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅść.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


def test_every_cpr_phone_card_and_plate_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v)))

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    card = Counter(shape(v) for v in BY_TYPE["CARD"])
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 30, form
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form
    for form in ("0000 0000 0000 0000", "0000-0000-0000-0000", "0" * 16, "0000 000000 00000"):
        assert card[form] >= 5, form
    assert plate["XX 00 000"] >= 30 and plate["XX00000"] >= 10
    assert plate["xx 00 000"] + plate["xx00000"] >= 5


def test_addresses_on_two_lines_on_one_and_typed_in_lower_case() -> None:
    addresses = BY_TYPE["ADDRESS"]
    assert sum("\n" in v for v in addresses) >= 100
    assert sum(", " in v and "\n" not in v for v in addresses) >= 50
    assert sum(v[0].islower() for v in addresses) >= 10


def test_loose_phone_like_numbers_are_cvr_or_organisation_lines() -> None:
    loose = r"(?<![\d.+])(?:\d{8}|\d\d \d\d \d\d \d\d|\d{4} \d{4})(?![\d.])"
    found = [
        (d["id"], hit.group(), d["text"][max(0, hit.start() - 8) : hit.start()])
        for d in SET
        for hit in re.finditer(loose, d["text"])
        if not c.types_holding(d, *hit.span())
    ]
    assert len(found) >= 100
    assert [f for f in found if f[2] != "CVR-nr. " and f[1][:2] not in ("70", "80")] == []


NEVER = {
    "ticket, case or journal number": r"INC\d{7}|TCK-\d{6}|BF-26-\d{5}|ABUSE-2026-\d{4}|"
    r"J\.nr\. \d{4}-\d{5}-\d{5}-26",
    "remote-access id": r"(?:ID|from) (?:1 )?\d{3} ?\d{3} ?\d{3}\b",
    "ip, port or mac": r"(?:203\.0\.113|198\.51\.100|192\.0\.2|192\.168\.\d|10\.20\.\d)\.\d{1,3}"
    r"(?::\d{3,4})?|port \d{3,4}|[0-9A-F]{2}(?:[:-][0-9A-F]{2}){5}",
    "device, licence, gift code or version": r"PC-[A-Z]{3}-\d{4}|LAPTOP-\w+|"
    r"(?:[A-Z0-9]{5}-){4}[A-Z0-9]{5}|(?:[A-Z][A-Z0-9]{3}-){3}[A-Z][A-Z0-9]{3}|"
    r"(?:AnyDesk|TeamViewer|QuickSupport|UltraViewer|SupportTool_) ?\d+\.\d+\.\d+",
    "customer number": r"kundenr\. K-\d{6}",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d(?::\d\d)?\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"(?:kr\.|DKK|EUR) \d{1,3}(?:\.\d{3})*(?:,\d\d)?|\d{1,3}(?:\.\d{3})*(?:,\d\d)? kr\.|"
    r"(?<=;)\d{1,2}\.\d{3},\d\d(?=;)",
    "masked value": r"(?:\*{4}[ -]){3}\d{4}|\*{6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "på 114")))
    + r")(?![\d.])",
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Kunde|Bruger|Offer|Pårørende|Medarbejder|Vidne|Person) (?:[A-C]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
}


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    assert sum(n.split()[0] in g.ALIASES for n in names) >= 100  # the scammers' aliases


VALIDITY = [
    ("CPR", "120347-2215", "120347-2214"),  # the second passes modulus 11
    ("CPR", "02 11 03 4123", "02 11 09 4123"),  # century 4 only up to 2005
    ("CARD", "4111-1111-1111-1111", "4111-1111 1111-1111"),  # one layout, not a mix
    ("CARD", "3782 822463 10005", "6011111111111117"),  # not a listed prefix
    ("IBAN", "GB29 NWBK 6016 1331 9268 19", "GB29 NWBK 6016 1331 9268 18"),
    ("PHONE", "20.30.40.50", "90.30.40.50"),
    ("PHONE", "+44 7700 900123", "+44 7700 901123"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    seeded=(7, 40),
    plan=(1000, 350, 30, 100),
    exact_spans=True,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    mail=MAIL,
    least_masked_mail=30,
    never=NEVER,
    least_never=(30, 10),
    negatives=Negatives(
        pseudonyms=("Kunde 2", "Bruger A", "Offer 1", "Pårørende B", "Vidne 1"),
        unmasked_mail=r"(?<![\w*])[A-Za-z0-9._-]+@",
    ),
    name_forms={
        "first name alone": 300,
        "lower case": 50,
        "upper case": 50,
        "surname first": 50,
        "genitive": 50,
        "hyphen": 50,
        "three words": 50,
        "initial": 20,
    },
    least_chat_speakers=300,
)
