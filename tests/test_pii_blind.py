"""The blind personal-data test set (bench/pii_blind.py) is honest about its own labels:
every span holds a value of its type at exact offsets, identifiers are synthetic, and the
committed file is what the generator writes."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from bench import pii_blind
from stdnum import iban as stdnum_iban
from stdnum import luhn

from tests import pii_blind_checks as checks

DATA = Path(pii_blind.__file__).parent / "data" / "pii_blind.jsonl"
TYPES = {"PERSON", "ADDRESS", "CPR", "PHONE", "EMAIL", "IBAN", "BANK_ACCOUNT", "CARD",
         "CARD_EXPIRY", "CARD_CVV", "OTP", "MITID_USER", "DATE_OF_BIRTH",
         "NUMBER_PLATE"}  # fmt: skip
EXAMPLE_DOMAIN = re.compile(
    r"(?:.+\.)?(?:example\.(?:dk|com|org|net)|[a-z0-9-]+\.(?:example|test))"
)
MONTHS = {
    m.lower(): i + 1
    for names in (pii_blind.MONTHS, pii_blind.MONTHS_EN)
    for i, m in enumerate(names)
}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return pii_blind.generate()


def values(items: list[dict], kind: str) -> list[str]:
    return [
        i["text"][s["start"] : s["end"]] for i in items for s in i["spans"] if s["type"] == kind
    ]


def parse_birthdate(value: str) -> date:
    """A date of birth in any of the written forms the set uses."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value):
        return date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(r"(\d{1,2})\.? (\w+) (\d{4})", value)
    assert m, value
    return date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))


def test_the_set_has_every_type_and_about_a_third_negatives(items: list[dict]) -> None:
    assert len(items) == pii_blind.SIZE
    assert {s["type"] for i in items for s in i["spans"]} == TYPES
    negatives = sum(i["kind"] == "negative" for i in items) / len(items)
    assert 0.3 < negatives < 0.4
    assert len(pii_blind.POSITIVE) >= 60
    assert len(pii_blind.FIRST_NAMES) >= 150 and len(pii_blind.SURNAMES) >= 150
    assert len(pii_blind.STREETS) >= 120 and len(pii_blind.POSTCODES) >= 60


def test_negatives_have_no_spans_and_positives_have_some(items: list[dict]) -> None:
    for item in items:
        assert (item["kind"] == "negative") == (not item["spans"]), item["text"]


def test_spans_are_ordered_disjoint_and_on_word_boundaries(items: list[dict]) -> None:
    for item in items:
        text, end = item["text"], 0
        for span in item["spans"]:
            assert end <= span["start"] < span["end"] <= len(text), item
            value = text[span["start"] : span["end"]]
            assert value == value.strip(), value
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            assert not before.isalnum() and not after.isalnum(), (value, text)
            end = span["end"]


def test_names_and_addresses_slice_to_what_the_lists_hold(items: list[dict]) -> None:
    for name in values(items, "PERSON"):
        assert all(w.lower() in pii_blind.NAME_WORDS for w in re.split(r"[ -]", name)), name
    streets = "|".join(re.escape(s) for s in pii_blind.STREETS)
    floors = "|".join(re.escape(f) for f in pii_blind.FLOORS)
    towns = "|".join(re.escape(f"{code} {town}") for code, town in pii_blind.POSTCODES)
    shape = re.compile(rf"(?i)(?:{streets}) \d{{1,3}}[A-E]?(?:{floors})?(?:, (?:{towns}))?")
    for value in values(items, "ADDRESS"):
        assert shape.fullmatch(value), value


def test_cpr_numbers_have_a_valid_date_under_the_century_rule(items: list[dict]) -> None:
    cprs = values(items, "CPR")
    assert len(cprs) >= 400
    for value in cprs:
        assert re.fullmatch(r"\d{6}(?:-| |–| - )?\d{4}|\d\d\.\d\d\.\d\d-\d{4}", value), value
        born = checks.cpr_birth(value)
        assert born and 1900 <= born.year <= 2025, value


def test_cards_are_published_test_numbers(items: list[dict]) -> None:
    for value in values(items, "CARD"):
        number = re.sub(r"[ -]", "", value)
        assert number in pii_blind.TEST_CARDS and luhn.is_valid(number), value
    assert all(luhn.is_valid(number) for number in pii_blind.TEST_CARDS)


def test_ibans_and_accounts_are_well_formed(items: list[dict]) -> None:
    for value in values(items, "IBAN"):
        assert stdnum_iban.is_valid(value), value
    for value in values(items, "BANK_ACCOUNT"):
        assert re.fullmatch(r"\d{4}[- ]\d{7,10}", value), value


def test_emails_use_reserved_domains_and_all_are_labelled(items: list[dict]) -> None:
    for value in values(items, "EMAIL"):
        assert EXAMPLE_DOMAIN.fullmatch(value.lower().split("@")[1]), value
    for item in items:
        labelled = {item["text"][s["start"] : s["end"]] for s in item["spans"]}
        for found in re.findall(r"[\w.+-]+@[\w.-]*\w", item["text"]):
            assert found in labelled, (found, item["text"])


def test_the_other_types_hold_their_shapes(items: list[dict]) -> None:
    shapes = {
        "PHONE": r"(?:\+45 ?|0045 )?\d\d ?\d\d ?\d\d ?\d\d|(?:\+|00)[1-9]\d{0,2}[ \d]{6,16}",
        "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])[/-](?:\d\d|20\d\d)",
        "CARD_CVV": r"\d{3}",
        "OTP": r"\d{4,8}",
        "MITID_USER": r"[a-z0-9._]{5,30}",
        "NUMBER_PLATE": r"[A-Z]{2} ?\d\d ?\d{3}",
    }
    for kind, shape in shapes.items():
        for value in values(items, kind):
            assert re.fullmatch(shape, value, re.IGNORECASE), (kind, value)
    for value in values(items, "DATE_OF_BIRTH"):
        assert 1900 < parse_birthdate(value).year < 2025, value


def test_generation_is_deterministic_per_seed() -> None:
    assert checks.reproducible(pii_blind.generate, seed=7, size=50)


def test_the_committed_file_is_the_generator_output(items: list[dict]) -> None:
    assert checks.committed(DATA) == items
