"""The shared checks of the blind PII set tests (tests/pii_blind_checks.py) tell good values
from bad ones: each case has a value that must pass and a near miss that must not."""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import pii_blind_checks as checks

CPR_FORMS = r"\d{6}-?\d{4}|\d\d \d\d \d\d \d{4}"
LEADS = ("20", "31", "42", "70", "80", "98")
DK_FORMS = r"(?:\+45 ?|\(\+45\) |0045 )?(\d{8}|\d{4} \d{4}|\d\d \d\d \d\d \d\d)|(\d\d(?:\.\d\d){3})"


@pytest.mark.parametrize(
    ("value", "centuries", "born"),
    [
        ("290200-4123", checks.CPR_CENTURIES, date(2000, 2, 29)),  # 4 and yy 00: the 2000s
        ("290200-1234", checks.CPR_CENTURIES, None),  # 1 puts it in 1900, no leap year
        ("0101605123", checks.CPR_CENTURIES, date(1860, 1, 1)),  # 5 and yy 60: the 1800s
        ("0101364123", checks.CPR_CENTURIES, date(2036, 1, 1)),
        ("0101374123", checks.CPR_CENTURIES, date(1937, 1, 1)),
        ("310485-1234", checks.CPR_CENTURIES, None),  # no 31 April
        ("0101054123", checks.cpr_centuries_up_to(5), date(2005, 1, 1)),
        ("0101064123", checks.cpr_centuries_up_to(5), None),  # 4 only up to 2005 here
        ("0101605123", checks.cpr_centuries_up_to(5), None),  # 5 is not used here at all
        ("0101613123", checks.cpr_centuries_up_to(5), date(1961, 1, 1)),
    ],
)
def test_cpr_birth_follows_the_century_rule(value: str, centuries, born: date | None) -> None:
    assert checks.cpr_birth(value, centuries) == born


@pytest.mark.parametrize(
    ("check", "good", "bad"),
    [
        (lambda v: checks.passes_mod11(v), "0707614285", "0707614286"),
        (lambda v: checks.synthetic_cpr(v, CPR_FORMS), "050652-1234", "050652-1238"),  # mod 11
        (lambda v: checks.synthetic_cpr(v, CPR_FORMS), "05 06 52 1234", "05 06 521234"),  # form
        (lambda v: checks.synthetic_cpr(v, CPR_FORMS), "3003851234", "3102851234"),  # 31 Feb
        (checks.luhn, "4111111111111111", "4111111111111112"),
        (checks.luhn, "378282246310005", "378282246310006"),
        (lambda v: checks.card_ok(v, ("424242",)), "4242424242424242", "4242424242424241"),
        (lambda v: checks.card_ok(v, ("424242",)), "4242424242424242", "4000000000000002"),
        (lambda v: checks.card_ok(v, ("424242",)), "4242424242424242", "4242 4242 4242 4242"),
        (lambda v: checks.card_ok(v, ("4",), (16,)), "4242424242424242", "4222222222222"),
        (lambda v: checks.card_ok(v, ("4",), None), "4222222222222", "4222222222223"),
        (
            lambda v: checks.written_as(v, "12345678", checks.grouped_by_four),
            "1234 5678",
            "12 345678",
        ),
        (lambda v: checks.written_as(v, "12345678"), "12345678", "1234 5678"),
        (checks.iban_checksum, "GB82WEST12345698765432", "GB82WEST12345698765433"),
        (lambda v: checks.iban_ok(v, {"DK": 18}), "DK5000400440116243", "DK5000400440116244"),
        (lambda v: checks.iban_ok(v, {"DK": 18}), "DK5000400440116243", "GB82WEST12345698765432"),
        (lambda v: checks.phone_ok(v, DK_FORMS, LEADS), "(+45) 20 30 40 50", "+45 70 30 40 50"),
        (lambda v: checks.phone_ok(v, DK_FORMS, LEADS), "98.30.40.50", "80.30.40.50"),
        (lambda v: checks.phone_ok(v, DK_FORMS, LEADS), "2030 4050", "2030 40506"),
        (lambda v: checks.phone_ok(v, DK_FORMS, LEADS), "31304050", "55304050"),  # no such lead
        (lambda v: checks.phone_ok(v, DK_FORMS, LEADS), "+44 7700 900123", "+44 7911 123456"),
        (lambda v: checks.phone_ok(v, DK_FORMS, LEADS), "+46 70 174 06 05", "+46 70 174 06 04"),
        (lambda v: checks.phone_ok(v, DK_FORMS, LEADS, barred=()), "70304050", "55304050"),
        (
            lambda v: checks.phone_ok(v, DK_FORMS, LEADS, fiction=None),
            "20304050",
            "+44 7700 900123",
        ),
    ],
)
def test_validity_checks_separate_good_and_bad(check, good: str, bad: str) -> None:
    assert check(good) and not check(bad)


DOC = {
    "id": "d1",
    "text": "Ring Ib på 20304050 eller skriv ib@example.dk, ikke i***@example.dk; 1234567890.",
    "spans": [
        {"start": 5, "end": 7, "type": "PERSON"},
        {"start": 11, "end": 19, "type": "PHONE"},
        {"start": 32, "end": 45, "type": "EMAIL"},
    ],
}


def moved(doc: dict, index: int, **change: object) -> dict:
    """The document with one span changed."""
    spans = [dict(s) for s in doc["spans"]]
    spans[index] |= change
    return doc | {"spans": spans}


def test_span_faults_find_each_kind_of_fault() -> None:
    types = ("PERSON", "PHONE", "EMAIL")
    assert checks.span_faults(DOC, types) == []
    assert checks.span_faults(DOC, ("PERSON", "PHONE")) == [("d1", "ib@example.dk")]
    assert checks.span_faults(moved(DOC, 0, end=6), types) == [("d1", "I")]  # mid-word
    assert checks.span_faults(moved(DOC, 0, end=8), types) == [("d1", "Ib ")]  # untrimmed
    assert checks.span_faults(moved(DOC, 1, start=5), types) != []  # overlaps the name
    assert checks.span_faults(moved(DOC, 1, note="x"), types) != []  # an unknown key
    assert checks.span_faults(moved(DOC, 2, end=200), types) != []  # past the end


def test_spans_holding_and_touching() -> None:
    assert (
        checks.types_holding(DOC, 12, 15) == {"PHONE"} and checks.types_holding(DOC, 6, 12) == set()
    )
    assert checks.types_touching(DOC, 6, 12) == {"PERSON", "PHONE"}
    assert checks.types_touching(DOC, 7, 11) == set()


def test_ten_digit_runs_name_their_holders() -> None:
    assert checks.ten_digit_runs([DOC]) == [("d1", "1234567890", frozenset())]
    held = DOC | {"spans": [*DOC["spans"], {"start": 69, "end": 79, "type": "CPR"}]}
    assert checks.ten_digit_runs([held]) == [("d1", "1234567890", frozenset({"CPR"}))]
    assert checks.ten_digit_runs([held], ("PHONE",)) == [("d1", "1234567890", frozenset())]


def test_email_checks_find_unlabelled_and_masked_addresses() -> None:
    pattern = r"[\w.*]+@[\w.]+\w"
    assert checks.email_faults(DOC, pattern) == []
    assert checks.emails_not_labelled(DOC, r"[\w.]+@example\.dk") == []
    unlabelled = DOC | {"spans": DOC["spans"][:2]}
    assert checks.email_faults(unlabelled, pattern) == ["ib@example.dk"]
    assert checks.emails_not_labelled(unlabelled, r"[\w.]+@example\.dk") == ["ib@example.dk"]
    masked = DOC | {"spans": [*DOC["spans"], {"start": 52, "end": 67, "type": "EMAIL"}]}
    assert checks.email_faults(masked, pattern) == ["i***@example.dk"]
    assert checks.emails_not_labelled(moved(DOC, 2, end=44), r"[\w.]+@example\.dk") != []


def test_committed_and_reproducible(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "æ"}, {"id": "b", "text": "ø"}]
    path = tmp_path / "set.jsonl"
    path.write_text('{"id": "a", "text": "æ"}\n{"id": "b", "text": "ø"}\n', encoding="utf-8")
    assert checks.committed(path) == rows and checks.committed(path) != rows[:1]

    def seeded(seed: int, size: int) -> list[dict]:
        return [{"n": (seed * 7 + i) % 11} for i in range(size)]

    def unseeded(seed: int, size: int) -> list[dict]:
        return [{"n": i} for i in range(size)]

    assert checks.reproducible(seeded, seed=3, size=5)
    assert not checks.reproducible(unseeded, seed=3, size=5)


def test_misfits_take_a_regex_or_a_predicate() -> None:
    assert checks.misfits(["123", "1234"], r"\d{3}") == ["1234"]
    assert checks.misfits(["123", "1234"], lambda v: len(v) == 4) == ["123"]
    assert checks.values_by_type([DOC])["PHONE"] == ["20304050"]
    assert checks.values_by_type([DOC])["CPR"] == []


def test_uncued_values_and_lookalikes() -> None:
    assert checks.uncued([DOC], "PHONE", r"på $") == []
    assert checks.uncued([DOC], "PHONE", r"tlf\. $") == ["20304050"]
    assert checks.uncued([DOC], "PHONE", r"Ring", window=4) == ["20304050"]
    assert checks.uncued([DOC], "PHONE", r"Ring", window=None) == []
    assert checks.lookalikes([DOC], r"ikke|eller") == (2, [])
    assert checks.lookalikes([DOC], r"Ib") == (1, [("d1", "Ib")])


def test_plan_faults_name_what_breaks_the_plan() -> None:
    class Plan:  # the constants a generator module carries
        SIZE, NEGATIVES, GENRES, TYPES = 2, 1, ("sms",), ("PHONE",)

    positive = {"id": "p", "text": "20304050", "kind": "positive", "genre": "sms"}
    positive["spans"] = [{"start": 0, "end": 8, "type": "PHONE"}]
    negative = {"id": "n", "text": "hej", "kind": "negative", "genre": "sms", "spans": []}
    plan = Plan()
    assert checks.plan_faults([positive, negative], plan, 1, 1) == []
    assert checks.plan_faults([positive, negative], plan, 2, 1) != []
    assert checks.plan_faults([positive, negative], plan, 1, 2) == ["PHONE 1"]
    unlabelled = positive | {"spans": []}
    assert "p" in checks.plan_faults([unlabelled, negative], plan, 1, 0)
    twice = negative | {"id": "m", "text": "20304050"}
    assert checks.plan_faults([positive, twice], plan, 1, 1) != []


def test_identifier_checks_bind_a_sets_constants() -> None:
    grouped = checks.grouped_by_four
    gen = SimpleNamespace(WEIGHTS=checks.CPR_WEIGHTS, TEST_PREFIXES=("411111",), grouped=grouped)
    gen.IBAN_LENGTH, gen.MOBILE, gen.LANDLINE = {"DK": 18}, ("20",), ("98",)
    plain = checks.identifier_checks(gen, CPR_FORMS, DK_FORMS, card_layouts=(grouped,))
    assert plain["CPR"]("050652-1234") and not plain["CPR"]("050652-1238")
    assert plain["CARD"]("4111 1111 1111 1111") and not plain["CARD"]("4111-1111-1111-1111")
    assert plain["IBAN"]("DK50 0040 0440 1162 43") and not plain["IBAN"]("dk50 0040 0440 1162 43")
    assert plain["PHONE"]("20 30 40 50") and not plain["PHONE"]("70 30 40 50")

    def dashed(n: str) -> str:
        return grouped(n).replace(" ", "-")

    loose = checks.identifier_checks(
        gen, CPR_FORMS, DK_FORMS, (grouped, dashed), " -", barred=("20",), iban_case=str.upper
    )
    assert loose["CARD"]("4111-1111-1111-1111") and not loose["CARD"]("4111-1111 1111-1111")
    assert loose["IBAN"]("dk50 0040 0440 1162 43") and not loose["PHONE"]("20 30 40 50")


SET_CASES = [  # (set number, type, a value its check must pass, one it must refuse)
    (number, *case)
    for number in (15, 16, 17)
    for case in (
        ("CPR", "050652-1234", "050652-1238"),  # the second passes modulus 11
        ("CPR", "01 01 03 4000", "01 01 09 4000"),  # century 4 only up to 2005
        ("PHONE", "+46 70 174 06 55", "+46 70 174 06 01"),
    )
]
SET_CASES += [
    (number, *case)
    for number in (15, 17)
    for case in (
        ("IBAN", "DK50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
        ("PHONE", "(+45) 42 11 20 33", "+45 70 11 20 33"),
    )
]
SET_CASES += [
    (15, "CARD", "4111 1111 1111 1111", "4111 1111 1111 1112"),
    (15, "CARD", "378282246310005", "6011111111111117"),  # not a listed prefix
    (16, "CPR", "05 06 52 12 34", "05 06 52 12 38"),
    (16, "CARD", "4111-1111-1111-1111", "4111 1111 1111 1112"),
    (16, "CARD", "5555555555554444", "6011111111111117"),  # not a listed prefix
    (16, "IBAN", "dk50 0040 0440 1162 43", "DK50 0040 0440 1162 42"),
    (16, "PHONE", "plus 45 42 11 20 33", "+45 70 11 20 33"),
    (17, "CARD", "4111-1111-1111-1111", "4111 1111 1111 1112"),
    (17, "CARD", "3782 822463 10005", "6011111111111117"),  # not a listed prefix
    (17, "PHONE", "+299 52 41 87", "+299 66 41 87"),  # 66 is no Greenland lead here
    (17, "PHONE", "52 41 87", "524187"),  # a local six-digit number only in pairs
]


@pytest.mark.parametrize(("number", "kind", "good", "bad"), SET_CASES)
def test_each_sets_checks_separate_good_and_bad(
    number: int, kind: str, good: str, bad: str
) -> None:
    """The checks a set's test file binds (its CHECKS) pass its good value, refuse the bad one."""
    bound = importlib.import_module(f"tests.test_pii_blind{number}").CHECKS
    assert bound[kind](good) and not bound[kind](bad)
