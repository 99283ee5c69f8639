"""The twenty-third blind PII set (bench/pii_blind22.py, romance and investment fraud across
borders) is what its docstring says: seeded and reproducible, with the committed JSONL equal to
``generate()``; spans are exact, disjoint, trimmed slices of known types; CPR numbers are
synthetic (real date, fitting century digit, failing modulus 11), cards pass Luhn with a test
prefix, IBANs of many countries carry valid check digits and length, phones keep to the allowed
ranges and forms; no loose run of ten digits; every unmasked e-mail address is labelled;
wallets, transaction hashes, MTCNs, BICs, order IDs, handles, amounts, timestamps, platforms and
masked values never are; negatives are pseudonymised and unlabelled."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind22 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, BlindSet, Forms

FILE = Path(g.__file__).parent / "data" / "pii_blind22.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)

PHONE_FORMS = (
    r"\+45 (\d\d)\d{6}|\+45 (\d\d) \d\d \d\d \d\d|\+45 (\d\d)\d\d \d{4}|(\d\d)\d\d \d{4}|"
    r"\(\+45\) (\d\d) \d\d \d\d \d\d|0045 (\d\d)\d{6}|(\d\d) \d\d \d\d \d\d|(\d\d)\d{6}|"
    r"\+45(\d\d)\d{6}|(\d\d)\.\d\d\.\d\d\.\d\d"
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))


def test_seeded_and_committed() -> None:
    assert c.reproducible(g.generate, 7, 40)
    assert c.committed(FILE) == SET
    assert g.generate(seed=g.SEED, size=g.SIZE) == SET


def test_size_kinds_genres_and_counts() -> None:
    assert c.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []
    assert len(g.GENRES) == 8 and len(g.TYPES) == 14


def test_spans_are_exact_disjoint_trimmed_and_known() -> None:
    assert [f for d in SET for f in c.span_faults(d, g.TYPES)] == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[7-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅÖÄ][\w .é]+ \d+[A-C]?(?:, (?:st|\d)\. (?:tv|th|mf)\.)?"
    r"(?:, |\n)(?:\d{4}|\d{3} \d\d) [\w ]+",
    "CPR": CHECKS["CPR"],
    "CARD": CHECKS["CARD"],
    "IBAN": CHECKS["IBAN"],
    "PHONE": CHECKS["PHONE"],
}


def test_every_cpr_phone_plate_and_iban_form_is_used() -> None:
    """What this set checks beyond the common test of this name."""
    countries = Counter(v[:2] for v in BY_TYPE["IBAN"])
    assert len(countries) >= 20 and countries["SE"] >= 30 and countries["NO"] >= 30
    assert (
        sum(" " in v for v in BY_TYPE["IBAN"]) >= 200
        and sum(" " not in v for v in BY_TYPE["IBAN"]) >= 100
    )


def test_cvv_only_after_a_cue() -> None:
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|CVC|cvc|kontrolcifre):? $") == []


def test_mail_addresses_labelled_unless_masked() -> None:
    pattern = r"[\w.*]+@[\w.]+\w"
    assert [m for d in SET for m in c.email_faults(d, pattern)] == []
    assert [m for d in SET for m in c.emails_not_labelled(d, r"[\w.]+@[\w.]+\w")] == []


NEVER = {
    "handle": "|".join(map(re.escape, g.HANDLES)),
    "wallet": r"\bbc1q[a-z0-9]{38}\b|\b0x[0-9a-f]{40}\b",
    "transaction hash": r"\b[0-9a-f]{64}\b",
    "mtcn": r"MTCN:? \d{3}-\d{3}-\d{4}",
    "moneygram reference": r"(?:Reference number:|ref\.) 0\d{7}",
    "bic": r"\b(?:" + "|".join(g.BICS) + r"|SWEDSESS|NDEANOKK)\b",
    "order id": r"\b(?:ORD|BNB|CB|KRK)-[A-Z0-9]{8}\b",
    "journal or case number": r"\d{4}-\d{5}-\d{5}-26|FR-2026-\d{4}",
    "timestamp": r"\[\d\d\.\d\d\.26, \d\d:\d\d:\d\d\]|\d\d/\d\d/2026 \d\d:\d\d|kl\. \d\d\.\d\d|"
    r"2026-\d\d-\d\d(?: \d\d:\d\d)?|\b\d\d\.\d\d\.2026\b",
    "amount": r"(?:USD|EUR|GBP|SEK|NOK|AED|kr\.) ?\d[\d., ]*\d|[€£]\d[\d,]*|"
    r"\b\d[\d.]* (?:USD|USDT|kr\.)(?!\w)|0,\d{4} BTC",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"(?:\*{4} ){3}\d{4}|\*{6}\d{4}|•••• \d{4}|[A-Z]{2}\d\dX{6,}\d{4}",
    "organisation line": "|".join(map(re.escape, g.ORG_LINES)) + r"|\(114\)|på 114",
    "platform, bank or company": "|".join(
        map(re.escape, g.PLATFORMS + g.BANKS + g.NORDIC_BANKS + g.COMPANIES)
    ),
    "endearment": r"\b(?:skat|honey|my queen|baby|darling|sweetheart)\b",
    "alias title": r"\b(?:Sgt|Capt|Lt|Col|Dr|Engr)\.|\b(?:General|Major)\b",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = c.lookalikes(SET, NEVER[name])
    negatives = [d for d in SET if d["kind"] == "negative"]
    assert count >= 30 and c.lookalikes(negatives, NEVER[name])[0] >= 10
    assert touched == []


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in g.STAND_IN.values():
        assert stand_in in text, stand_in
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    eight = r"(?<![\d,.])\d{8}(?!\d)|(?<![\d+])\d\d([ .])\d\d\1\d\d\1\d\d(?!\d)"
    numbers = [m.group() for m in re.finditer(eight, text)]
    leads = {n[:2] for n in numbers}
    assert numbers and not leads & set(g.MOBILE + g.LANDLINE)  # organisations' lines, references
    assert re.search(r"\+4[46] \d", text) is None  # no foreign fiction numbers left
    for name in g.WOMEN + g.MEN + g.ALIAS_LAST + g.NORDIC_LAST:
        assert re.search(rf"\b{re.escape(name)}\b", text) is None, name


def test_names_in_many_written_forms() -> None:
    """What this set checks beyond the common test of this name."""
    names = BY_TYPE["PERSON"]
    aliases = {f"{a} {b}" for a in g.ALIAS_FIRST for b in g.ALIAS_LAST}
    assert sum(n in aliases or n.title() in aliases for n in names) >= 500
    assert sum(any(w in g.NORDIC_LAST for w in n.split()) for n in names) >= 150


def test_alias_titles_stay_outside_the_name() -> None:
    titled = 0
    for d in SET:
        for s in d["spans"]:
            before = d["text"][: s["start"]]
            if s["type"] == "PERSON" and re.search(r"(?:Sgt\.|Capt\.|Col\.|Dr\.|Engr\.|"
                                                   r"General|Major|Mr\.) $", before):  # fmt: skip
                titled += 1
    assert titled >= 200


def test_scandinavian_addresses_are_labelled() -> None:
    nordic = [v for v in BY_TYPE["ADDRESS"] if re.search(r"\d{3} \d\d |Oslo|Bergen|Tromsø", v)]
    assert len(nordic) >= 50
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 30


VALIDITY = [
    ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
    ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
    ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
    ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    ("IBAN", "GB29NWBK60161331926819", "GB29NWBK6016133192681"),  # one digit short
    ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    ("PHONE", "+45 2030 4050", "+45 8020 4050"),
    ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
]

SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    checks=CHECKS,
    validity=VALIDITY,
    shapes=SHAPES,
    forms=Forms(),
    birth_cue=r"(?:født|f\.|Fødselsdato:) $",
    least_ten_digit_runs=200,
    name_forms={
        "lower case": 100,
        "upper case": 200,
        "surname first": 100,
        "genitive": 100,
        "hyphen": 50,
        "three words": 50,
        "initial": 30,
        "first name alone": 300,
    },
)
