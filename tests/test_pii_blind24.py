"""The twenty-fifth blind PII set (bench/pii_blind24.py: fraud against clubs, associations and
small businesses' customers) is what its docstring says: seeded and reproducible, with the
committed JSONL equal to ``generate()``; spans are exact, disjoint, trimmed slices of known
types; CPR numbers are synthetic (real date, fitting century digit, failing modulus 11), cards
pass Luhn with a test prefix, IBANs carry valid check digits and length, phones keep to the
allowed ranges and forms; no loose run of ten digits; every unmasked e-mail address is labelled;
membership, CVR, booking and order numbers, apartment numbers, club and shop names, scores,
jersey numbers, amounts, dates, times, masked values and 70/80 lines never are; negatives are
pseudonymised and unlabelled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench import pii_blind24 as g

from tests import pii_blind_checks as c
from tests.pii_blind_spec import CPR_FORMS, PHONE_FORMS, BlindSet, Forms

FILE = Path(g.__file__).parent / "data" / "pii_blind24.jsonl"
SET = c.committed(FILE)
BY_TYPE = c.values_by_type(SET)
POSITIVES = [d for d in SET if d["kind"] == "positive"]
NEGATIVE_TEXT = "\n".join(d["text"] for d in SET if d["kind"] == "negative")

CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
        ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century digit 4 only up to 2005
        ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
        ("CARD", "378282246310005", "6011111111111117"),  # not a listed prefix
        ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
        ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
        ("PHONE", "+45 2030 4050", "+45 8020 4050"),
        ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
    ],
)
def test_checks_separate_good_and_bad(kind: str, good: str, bad: str) -> None:
    assert CHECKS[kind](good) and not CHECKS[kind](bad)


def test_seeded_and_committed() -> None:
    assert c.reproducible(g.generate, 7, 40)
    assert g.SEED == 2524 and g.SIZE == 1000 and g.NEGATIVES == 350
    assert c.committed(FILE) == SET == g.generate()


def test_plan_kinds_genres_and_counts() -> None:
    assert c.plan_faults(SET, g, least_per_cell=30, least_per_type=100) == []
    assert len(g.GENRES) == 8


def test_spans_are_exact_disjoint_and_trimmed() -> None:
    assert [f for d in SET for f in c.span_faults(d, g.TYPES)] == []


SHAPES = {
    **CHECKS,
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z]{2} \d\d \d{3}|[A-Z]{2}\d{5}",
    "BANK_ACCOUNT": r"\d{4}[ -]\d{10}|[1-9]\d{6,9}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\w .]+ \d{1,3}[A-C]?(?:,? (?:st\.|\d\.)(?: (?:tv|th|mf)\.)?)?"
    r"(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[\w. ,-]+",
}


@pytest.mark.parametrize("kind", sorted(g.TYPES))
def test_identifiers_valid_and_of_their_promised_shape(kind: str) -> None:
    assert c.misfits(BY_TYPE[kind], SHAPES[kind]) == []


def test_every_cpr_phone_and_plate_form_is_used() -> None:
    """What this set checks beyond the common test of this name."""
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 50
    assert sum(bool(re.search(r"(?:st|\d)\. (?:tv|th|mf)\.", v)) for v in BY_TYPE["ADDRESS"]) >= 50


def test_cued_values() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []
    assert c.uncued(SET, "CARD_CVV", r"(?:CVV|cvc|CVC|kontrolcifre) $") == []
    assert c.uncued(SET, "MITID_USER", r"MitID-bruger(?:, jeg skrev)? $") == []


def _names(*names: str) -> str:
    return "|".join(map(re.escape, names))


TOWNS = _names(*(t.split(" ", 1)[1] for t in g.TOWNS))
NEVER = {
    "membership number": r"medlemsnr\. \d{5}",
    "cvr number": r"(?:CVR|CVR-nr\.|cvr\.nr\.) \d\d(?: ?\d\d){3}",
    "club, association, parish or shop": _names(*g.CLUBS, *g.SHOPS, *g.ASSOCS, *g.PARISHES),
    "firm": _names(*g.FIRMS),
    "apartment number": r"lejl\. \d+",
    "booking reference": r"BK-R\d{5}",
    "order or case number": r"ordre \d{6}|sagsnr\. \d{6}|fakturanr\. \d{5}",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d|,-)?(?: kr\.)?(?<=kr\.)",
    "date or time": r"\[\d\d\.\d\d\.26, \d\d:\d\d\]|kl\. \d\d\.\d\d|\d\d\.\d\d\.2026|;\d\d:\d\d;",
    "score": r"(?<=øvrigt )\d{1,2}-\d{1,2}",
    "jersey number": r"nr\. \d{1,2}(?= scorede)",
    "masked value": r"\d{6}-xxxx|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@example\.dk|"
    r"\*{4} \*{4} \*{4} \d{4}|\*{6}\d{4}|DK71X{10}\d{4}",
    "organisation line": _names(*g.ORG_LINES),
    "mobilepay box": r"MobilePay Box \d{5}",
    "nickname place": r"(?<= fra )(?:" + _names(*g.NICKS) + ")",
    "reader's town": r"(?m)(?<=, )(?:" + TOWNS + ")$",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    found, touched = c.lookalikes(SET, NEVER[name])
    negatives = [d for d in SET if d["kind"] == "negative"]
    assert found >= 30 and c.lookalikes(negatives, NEVER[name])[0] >= 10
    assert touched == []


def test_negatives_are_pseudonymised() -> None:
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in NEGATIVE_TEXT
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", NEGATIVE_TEXT) is None
    text = re.sub(NEVER["cvr number"], "", NEGATIVE_TEXT)
    eight = r"(?<![\d.])(?:\d{8}|\d\d \d\d \d\d \d\d|\d{4} \d{4}|\d\d\.\d\d\.\d\d\.\d\d)(?![\d.])"
    numbers = re.findall(eight, text)
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}
    assert all(d["spans"] == [] for d in SET if d["kind"] == "negative")


def test_mentions_emoji_and_nicknames_keep_their_marks_outside() -> None:
    mentions = emoji = nick = 0
    for d in POSITIVES:
        for s in d["spans"]:
            if s["type"] != "PERSON":
                continue
            before, after = d["text"][s["start"] - 1], d["text"][s["end"] :]
            mentions += before == "@"
            emoji += after[1:].startswith(g.EMOJI)
            nick += after.startswith(tuple(f" fra {n}" for n in g.NICKS))
    assert mentions >= 50 and emoji >= 50 and nick >= 50


SPEC = BlindSet(
    gen=g,
    docs=SET,
    file=FILE,
    forms=Forms(least_cpr=20, least_plate_compact=30),
    least_ten_digit_runs=200,
    mail=r"[\w.*]+@[\w.]+\w",
    name_forms={
        "lower case": 20,
        "upper case": 50,
        "surname first": 50,
        "genitive": 30,
        "hyphen": 50,
        "first name alone": 300,
        "initial": 20,
    },
)
