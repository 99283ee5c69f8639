"""The fourth blind PII set (bench/pii_blind3.py): every span is a well-formed value of its
type at exact word boundaries, identifiers are valid yet synthetic, and the committed file is
what the generator writes."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from bench import pii_blind3

from tests import pii_blind_checks as checks

DATA = Path(pii_blind3.__file__).parent / "data" / "pii_blind3.jsonl"
ITEMS = pii_blind3.generate()
ALL_SPANS = [
    (item["text"][s["start"] : s["end"]], s["type"]) for item in ITEMS for s in item["spans"]
]


def cpr_birth(value: str) -> date | None:
    """The birth date a CPR number encodes (7th digit picks the century), or None."""
    return checks.cpr_birth(value)


def luhn(number: str) -> bool:
    return checks.luhn(re.sub(r"\D", "", number))


def iban_valid(value: str) -> bool:
    return checks.iban_checksum(value.replace(" ", ""))


SHAPES = {
    "PERSON": r"[A-ZÆØÅÖÜ][\w'-]*(?: [A-ZÆØÅÖÜ][\w'-]*)*",
    "ADDRESS": r"[A-ZÆØÅ][\w.' -]+ \d+[A-D]?(?: [A-D])?(?:,? [\w.]+(?: [\w.]+)?)?"
    r"(?:, [A-ZÆØÅ][\w ]+)?(?:(?:, |\n)\d{4} [A-ZÆØÅ][\w ]*)?",
    "CPR": r"\d{6}[- ]?\d{4}",
    "PHONE": r"(?:\+\d{1,2} |\+45|0045 )?[\d -]{7,16}",
    "EMAIL": r"[a-z0-9._-]+@example\.(?:dk|com|org)",
    "IBAN": r"[A-Z]{2}\d{2}[A-Z0-9 ]{11,35}",
    "BANK_ACCOUNT": r"\d{4}[- ]\d{7,10}",
    "CARD": r"[\d ]{15,19}",
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])[/-](?:\d\d|20\d\d)",
    "CARD_CVV": r"\d{3,4}",
    "OTP": r"\d{4,8}",
    "MITID_USER": r"[A-Za-z0-9._]{4,}",
    "DATE_OF_BIRTH": r"[\w./ -]*\d{2,4}",
    "NUMBER_PLATE": r"[A-Z]{2} ?\d{2} ?\d{3}",
}


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_spans_slice_to_values_of_their_type(kind):
    values = [value for value, k in ALL_SPANS if k == kind]
    assert values, f"no {kind} spans"
    bad = [v for v in values if not re.fullmatch(SHAPES[kind], v)]
    assert not bad, bad[:5]


def test_spans_are_ordered_without_overlap_at_word_boundaries():
    for item in ITEMS:
        text, end = item["text"], 0
        for span in item["spans"]:
            assert span["start"] >= end and span["end"] > span["start"]
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            assert not before.isalnum() and not after.isalnum(), (text, span)
            assert text[span["start"] : span["end"]].strip() == text[span["start"] : span["end"]]
            end = span["end"]


def test_kind_matches_spans_and_about_a_third_is_negative():
    for item in ITEMS:
        assert item["kind"] == ("positive" if item["spans"] else "negative")
    share = Counter(item["kind"] for item in ITEMS)["negative"] / len(ITEMS)
    assert 0.30 < share < 0.40


def test_identifiers_are_valid_and_synthetic():
    for value, kind in ALL_SPANS:
        if kind == "CPR":
            assert cpr_birth(value), value
        elif kind == "CARD":
            assert luhn(value) and value in pii_blind3.TEST_CARDS, value
        elif kind == "IBAN":
            assert iban_valid(value), value
        elif kind == "EMAIL":
            assert value.rsplit("@", 1)[1] in pii_blind3.EMAIL_DOMAINS


def test_checks_reject_impossible_values():
    assert cpr_birth("290200-4123") == date(2000, 2, 29)  # 7th digit 4, yy 00: 2000
    assert cpr_birth("290200-1234") is None  # 7th digit 1: 1900, not a leap year
    assert cpr_birth("0101605123") == date(1860, 1, 1)  # 7th digit 5, yy 60: 1800s
    assert cpr_birth("310485-1234") is None
    assert luhn("4111 1111 1111 1111") and not luhn("4111 1111 1111 1112")
    assert iban_valid("GB82 WEST 1234 5698 7654 32") and not iban_valid("GB82WEST12345698765433")


def test_hard_negatives_stay_unlabelled():
    """No span touches a person-named organisation, a placeholder, a mask or an OCR break."""
    for item in ITEMS:
        text = item["text"]
        blocked = [
            range(m.start(), m.end())
            for org in pii_blind3.NAMED_ORGS
            for m in re.finditer(re.escape(org), text)
        ]
        for span in item["spans"]:
            value = text[span["start"] : span["end"]]
            assert not any(span["start"] in r or span["end"] - 1 in r for r in blocked), value
            assert not any(mark in value for mark in ("[", "XXXX", "*", "-\n")), value


def test_name_lists_are_large_enough():
    assert len(set(pii_blind3.MALE + pii_blind3.FEMALE)) >= 200
    assert len(set(pii_blind3.SURNAMES)) >= 200


def test_generation_is_deterministic_and_seeded():
    assert checks.reproducible(pii_blind3.generate, seed=5, size=60)


def test_committed_file_equals_generate():
    assert checks.committed(DATA) == ITEMS
