"""The fiftieth blind PII set (bench/pii_blind49.py, education hit by fraud) is what its
docstring says: seeded and reproducible, with the committed JSONL equal to ``generate()``;
spans are exact, disjoint slices of known types; CPR numbers are synthetic (real date, fitting
century digit, failing modulus 11), cards pass Luhn with a test prefix, IBANs carry valid check
digits and length, phones keep to the allowed ranges and forms; birth dates follow a cue; no
loose run of ten digits; every unmasked e-mail address is labelled; student numbers, classes,
rooms, course codes, UNI-logins, ticket, case and journal numbers, CVR numbers, timestamps,
amounts, masked values, schools, streets without a number, postcodes with their town alone and
pseudonyms never are; negatives are pseudonymised and unlabelled; no passport or
driving-licence numbers."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bench import pii_blind49 as g

from tests import pii_blind_checks as c

SET = g.generate()
FILE = Path(g.__file__).parent / "data" / "pii_blind49.jsonl"
BY_TYPE = c.values_by_type(SET)
CPR_FORMS = r"\d{6}-\d{4}|\d{10}|\d\d \d\d \d\d \d{4}|\d{6} \d{4}"
PHONE_FORMS = (
    r"\+45 (\d{8})|\+45 (\d\d \d\d \d\d \d\d)|\+45 (\d{4} \d{4})|(\d{4} \d{4})|"
    r"\(\+45\) (\d\d \d\d \d\d \d\d)|0045 (\d{8})|(\d\d \d\d \d\d \d\d)|(\d{8})|\+45(\d{8})|"
    r"(\d\d\.\d\d\.\d\d\.\d\d)"
)
CHECKS = c.identifier_checks(g, CPR_FORMS, PHONE_FORMS, (g.grouped,))
MAIL = r"[\w.*]+@[\w.]+\w"


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
        ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
        ("CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
        ("CARD", "4242424242424242", "6011111111111117"),  # not a listed prefix
        ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
        ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
        ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
    ],
)
def test_validity_checks_separate_good_and_bad(kind: str, good: str, bad: str) -> None:
    assert CHECKS[kind](good) and not CHECKS[kind](bad)


def test_seeded_and_committed() -> None:
    assert c.reproducible(g.generate, 7, 40)
    assert c.committed(FILE) == SET


def test_size_kinds_genres_and_counts() -> None:
    assert (g.SIZE, g.NEGATIVES) == (1000, 350)
    assert c.plan_faults(SET, g, 30, 100) == []
    assert not {"PASSPORT", "DRIVING_LICENCE", "DRIVERS_LICENSE"} & set(g.TYPES)


def test_spans_are_exact_and_bounded() -> None:
    assert [f for d in SET for f in c.span_faults(d, g.TYPES)] == []


SHAPES = {
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])/(?:20)?(?:2[6-9]|3[01])",
    "CARD_CVV": r"\d\d\d",
    "OTP": r"\d{6}|\d{8}",
    "NUMBER_PLATE": r"[A-Z][A-Z] ?\d\d ?\d\d\d",
    "BANK_ACCOUNT": r"(?:\d{4}[ -])?\d{7,10}",
    "MITID_USER": r"[a-z]+(?:\d\d|19\d\d|200[0-5])",
    "EMAIL": r"[a-z0-9._-]+@(?:post\.)?example\.(?:dk|com|net|org)",
    "DATE_OF_BIRTH": r"\d{1,2}\. [a-z]+ (?:19|20)\d\d|\d\d([.-])\d\d\1\d{4}|\d{1,2}/\d{1,2}-\d{4}",
    "ADDRESS": r"[A-ZÆØÅ][\wæøå ]+ \d+[AC]?(?:, (?:st\.|\d\.) \w+\.)?(?:(?:, |\n)\d{4} [\w ]+)?",
    "PERSON": r"[A-ZÆØÅa-zæøå][\wæøåÆØÅ.,' -]*[\wæøåÆØÅ]",
    **CHECKS,
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_identifiers_have_their_promised_shape(kind: str) -> None:
    assert c.misfits(BY_TYPE[kind], SHAPES[kind]) == []


def test_every_cpr_phone_and_plate_form_is_used() -> None:
    def shape(v: str) -> str:
        return re.sub(r"[A-Z]", "X", re.sub(r"\d", "0", v))

    cpr = Counter(shape(v) for v in BY_TYPE["CPR"])
    phone = Counter(shape(v) for v in BY_TYPE["PHONE"])
    plate = Counter(shape(v) for v in BY_TYPE["NUMBER_PLATE"])
    for form in ("000000-0000", "0000000000", "00 00 00 0000", "000000 0000"):
        assert cpr[shape(form)] >= 30, form
    for form in ("+45 00000000", "+45 00 00 00 00", "+45 0000 0000", "0000 0000",
                 "(+45) 00 00 00 00", "0045 00000000", "00 00 00 00", "00000000", "+4500000000",
                 "00.00.00.00", "+44 0000 000000", "+46 00 000 00 00"):  # fmt: skip
        assert phone[shape(form)] >= 10, form
    assert plate["XX 00 000"] >= 30 and plate["XX00000"] >= 10


def test_birth_dates_only_after_a_cue() -> None:
    assert c.uncued(SET, "DATE_OF_BIRTH", r"(?:født|f\.|Fødselsdato:) $") == []


def test_cpr_only_for_people_born_by_2005() -> None:
    births = [c.cpr_birth(v, c.cpr_centuries_up_to(5)) for v in BY_TYPE["CPR"]]
    assert None not in births and max(b.year for b in births if b) <= 2005


def test_addresses_on_two_lines_and_on_one() -> None:
    assert sum("\n" in v for v in BY_TYPE["ADDRESS"]) >= 100
    assert sum(", " in v and "\n" not in v for v in BY_TYPE["ADDRESS"]) >= 50


def test_ten_digit_runs_are_identifiers() -> None:
    runs = c.ten_digit_runs(SET)
    assert len(runs) >= 200 and [r for r in runs if not r[2]] == []


def test_mail_addresses_labelled_unless_masked() -> None:
    assert [f for d in SET for f in c.email_faults(d, MAIL)] == []
    assert sum("*" in m for d in SET for m in re.findall(MAIL, d["text"])) >= 30


NEVER = {
    "student number": r"studienr\. \d{6}",
    "class or room": r"\b\d\.[a-z]\b|lokale [A-D]?\d\.\d\d",
    "course code": r"\b[A-ZÆØÅ]{3}-\d{3}\b",
    "UNI-login": r"UNI-login: [a-z]{4}\d{4}",
    "ticket, case or journal number": r"HD-\d{6}|SAG-\d{5}/26|KL-\d{4}/26|FR-\d{6}|"
    r"j\.nr\. \d{4}-\d{5}-\d{5}-26",
    "cvr number": r"CVR-nr\. \d{8}",
    "timestamp": r"\[\d\d:\d\d\]|\b\d\d:\d\d\b|kl\. \d\d\.\d\d|2026-\d\d-\d\d|"
    r"(?<![\d.])\d\d\.\d\d\.26(?![\d.])",
    "amount": r"(?:kr\. )?\d{1,3}(?:\.\d{3})*(?:,\d\d)?(?: kr\.)?(?<=kr\.)|kr\. \d[\d.]*",
    "masked value": r"(?:\*{4} ){3}\d{4}|\*{4,6}\d{4}|\+45 \*\* \*\* \*\* \d\d|\w\*{3}@[\w.]+|"
    r"[A-Z]{2}\d\dX{6,}\d{4}|\d{6}-xxxx",
    "organisation line": r"(?<![\d.])(?:"
    + "|".join(map(re.escape, (*g.ORG_LINES, "(114)", "på 114")))
    + r")(?![\d.])",
    "school named after a person": "|".join(map(re.escape, g.SCHOOLS)),
    "company, bank or product": "|".join(map(re.escape, g.COMPANIES + g.BANKS + g.PRODUCTS)),
    "pseudonym": r"\b(?:Elev|Forælder|Studerende|Lærer|Medarbejder|Vidne) (?:[ABC]|\d)\b",
    "street without number": r"ved (?:" + "|".join(g.STREETS) + r")\.",
    "postcode and town alone": r"(?:ligger|bor|holder til) i \d{4} [A-ZÆØÅ]\w*",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_hard_negatives_present_and_unlabelled(name: str) -> None:
    count, touched = c.lookalikes(SET, NEVER[name])
    negatives = sum(len(re.findall(NEVER[name], d["text"])) for d in SET if d["kind"] != "positive")
    assert count >= 30 and negatives >= 10 and touched == []


def test_negatives_are_pseudonymised() -> None:
    text = "\n".join(d["text"] for d in SET if d["kind"] == "negative")
    for stand_in in ("[NAVN]", "[ADRESSE]", "[TLF]", "[e-mail]", "[kontonr.]", "[kode]", "[CPR]"):
        assert stand_in in text
    for pseudonym in ("Elev 4", "Forælder B", "Studerende 2"):
        assert pseudonym in text
    assert re.search(r"(?<![\w*])[a-z0-9._]+@", text) is None  # only masked addresses remain
    numbers = re.findall(
        r"(?<!CVR-nr\. )(?<!\d)\d{8}(?!\d)|(?<!\d)\d\d \d\d \d\d \d\d(?! ?\d)", text
    )
    assert numbers and {n[:2] for n in numbers} <= {"70", "80"}  # organisations' lines only


def test_names_in_many_written_forms() -> None:
    names = BY_TYPE["PERSON"]
    firsts = set(g.WOMEN + g.MEN)
    assert sum(n.islower() for n in names) >= 20
    assert sum(n.isupper() for n in names) >= 50
    assert sum(", " in n for n in names) >= 50
    assert sum(n[-1] == "s" and n[:-1] in firsts for n in names) >= 30
    assert sum("-" in n for n in names) >= 50
    assert sum(n.count(" ") == 2 for n in names) >= 50
    assert sum(bool(re.fullmatch(r"[A-Z]\. \S+", n)) for n in names) >= 20
    assert sum(n in g.NICKS.values() for n in names) >= 10


def test_chat_lines_keep_timestamp_and_colon_outside() -> None:
    speakers = 0
    for d in SET:
        for s in d["spans"]:
            if s["type"] == "PERSON" and re.search(r"\[\d\d:\d\d\] $", d["text"][: s["start"]]):
                assert d["text"][s["end"]] == ":"
                speakers += 1
    assert speakers >= 300
