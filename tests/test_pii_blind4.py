"""The fifth blind PII set (bench/pii_blind4.py): spans are well-formed values of their type
at word boundaries, identifiers are valid yet synthetic, hard negatives stay unlabelled, and
the committed file is what the generator writes."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from bench import pii_blind4 as gen

from tests import pii_blind_checks as checks

DATA = Path(gen.__file__).parent / "data" / "pii_blind4.jsonl"
ITEMS = gen.generate()
SPANS = [(item["text"][s["start"] : s["end"]], s["type"]) for item in ITEMS for s in item["spans"]]

WORD = r"[^\W\d_][\w'’.-]*"
FLOOR = r"(?:st|kl|\d)\.?(?: ?(?:tv|th|mf|sal)\.?)?"
SHAPES = {
    "PERSON": rf"{WORD}(?:,? {WORD}){{0,4}}",
    "ADDRESS": rf"{WORD}(?: {WORD})* \d{{1,3}}(?: ?[a-d])?(?:,? {FLOOR})?"
    r"(?:(?:, |\n| )(?:dk-|fo-)?\d{3,4} [^\W\d_][\w .-]*)?",
    "CPR": r"\d\d\.?\d\d\.?\d\d[-– ]?\d{4}|\d\d(?: \d\d){4}",
    "DATE_OF_BIRTH": r"[\w./, -]*\d{2,4}",
    "PHONE": r"(?:\+|00)?\d[\d -]{6,16}\d",
    "EMAIL": r"[a-z0-9._-]+@example\.(?:dk|com|org)",
    "IBAN": r"[a-z]{2}\d\d(?: ?[a-z0-9]{1,4})+",
    "BANK_ACCOUNT": r"(?:\d{4}(?:-| | - ))?\d{7,10}",
    "CARD": r"\d{4}(?:[ -]?\d{2,6}){2,3}",
    "CARD_CVV": r"\d{3,4}",
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])[/-](?:\d\d|20\d\d)",
    "OTP": r"\d{4,8}|\d(?: \d){3,7}",
    "MITID_USER": r"[a-z0-9._]{4,}",
    "NUMBER_PLATE": r"[a-z]{2} ?\d\d ?\d{3}",
}
MONTHS = {
    **{m: i for i, m in enumerate(gen.MONTHS, 1)},
    **{m.rstrip("."): i for i, m in enumerate(gen.MONTHS_SHORT, 1)},
    **{m.lower(): i for i, m in enumerate(gen.MONTHS_EN, 1)},
}


def digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def parse_birth(value: str) -> date:
    """A DATE_OF_BIRTH value in any written form the generator uses."""
    v = value.lower()
    if m := re.fullmatch(r"(\d{1,2})\.? ([a-z]+)\.? (\d{4})", v):
        return date(int(m[3]), MONTHS[m[2]], int(m[1]))
    if m := re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", v):
        return date(int(m[3]), MONTHS[m[1]], int(m[2]))
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v):
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./ -](\d{4}|\d\d)", v)
    assert m, value
    year = int(m[3]) if len(m[3]) == 4 else 1900 + int(m[3]) + (100 if int(m[3]) <= 24 else 0)
    return date(year, int(m[2]), int(m[1]))


@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_spans_slice_to_values_of_their_type(kind: str) -> None:
    values = [value for value, k in SPANS if k == kind]
    bad = [v for v in values if not re.fullmatch(SHAPES[kind], v, re.IGNORECASE)]
    assert not bad, bad[:5]


def test_spans_are_ordered_without_overlap_at_word_boundaries() -> None:
    for item in ITEMS:
        text, end = item["text"], 0
        for span in item["spans"]:
            start, stop = span["start"], span["end"]
            assert start >= end and stop > start, (text, span)
            assert start == 0 or not text[start - 1].isalnum(), (text[start - 5 : stop], span)
            assert stop == len(text) or not text[stop].isalnum(), (text[start : stop + 5], span)
            assert text[start:stop] == text[start:stop].strip()
            end = stop


def test_every_type_is_well_represented() -> None:
    counts = Counter(kind for _, kind in SPANS)
    assert set(counts) == set(SHAPES)
    assert min(counts.values()) >= 50, counts
    assert counts["PERSON"] >= 2000 and counts["ADDRESS"] >= 800, counts


def test_kind_matches_spans_and_about_a_third_is_negative() -> None:
    for item in ITEMS:
        assert item["kind"] == ("positive" if item["spans"] else "negative")
    share = Counter(item["kind"] for item in ITEMS)["negative"] / len(ITEMS)
    assert 0.33 <= share <= 0.37
    assert len({item["text"] for item in ITEMS}) > 0.97 * len(ITEMS)


def test_identifiers_are_valid_and_synthetic() -> None:
    for value, kind in SPANS:
        if kind == "CPR":
            # a real date, and a serial failing modulus 11 (never a pre-2007 number)
            assert checks.cpr_birth(value) and not checks.passes_mod11(value), value
        elif kind == "CARD":
            assert checks.luhn(digits(value)) and digits(value) in gen.TEST_CARDS, value
        elif kind == "IBAN":
            compact = value.replace(" ", "")
            assert checks.iban_checksum(compact) and len(compact) == 4 + sum(
                int(n) for n in re.findall(r"\d+", gen.IBAN_BBAN[compact[:2]])
            ), value
        elif kind == "EMAIL":
            assert value.lower().rsplit("@", 1)[1] in gen.EMAIL_DOMAINS
        elif kind == "DATE_OF_BIRTH":
            assert date(1925, 1, 1) < parse_birth(value) < gen.REF, value
        elif kind == "PHONE":
            num = digits(value)
            if value.startswith(("+45", "0045")):
                assert len(num.removeprefix("00").removeprefix("45")) == 8, value
            elif value[0] in "+0":
                assert 9 <= len(num.removeprefix("00")) <= 13, value
            else:
                assert len(num) == 8 and num[0] in "23456789", value


def test_checks_reject_impossible_values() -> None:
    assert checks.cpr_birth("290200-4123") == date(2000, 2, 29)
    assert checks.cpr_birth("290200-1234") is None  # 1900 was no leap year
    assert checks.cpr_birth("010160-5123") == date(1860, 1, 1)
    assert checks.passes_mod11("0707614285") and not checks.passes_mod11("0707614286")
    assert checks.luhn("4242424242424242") and not checks.luhn("4242424242424241")
    iban_ok = checks.iban_checksum
    assert iban_ok("DE89370400440532013000") and not iban_ok("DE89370400440532013001")
    assert parse_birth("3. maj 1984") == parse_birth("May 3, 1984") == date(1984, 5, 3)
    assert parse_birth("3/5-84") == parse_birth("1984-05-03")


def test_hard_negatives_stay_unlabelled() -> None:
    """No span touches a person-named organisation, and no PERSON a street named after one;
    masked values are never spans; negatives hold no e-mail address."""
    for item in ITEMS:
        text = item["text"]
        orgs = [m.span() for org in gen.NAMED_ORGS for m in re.finditer(re.escape(org), text)]
        streets = [m.span() for st in gen.PERSON_STREETS for m in re.finditer(re.escape(st), text)]
        for span in item["spans"]:
            s, e = span["start"], span["end"]
            assert not any(s < b and a < e for a, b in orgs), text[s:e]
            if span["type"] == "PERSON":
                assert not any(s < b and a < e for a, b in streets), text[s:e]
            assert not re.search(r"[*•]|XXXX", text[s:e]), text[s:e]
        if item["kind"] == "negative":
            assert "@" not in text, text


def test_address_spans_take_their_floor_and_adjoining_postcode() -> None:
    """What directly follows an ADDRESS is never its floor, side or ", postcode town"."""
    rest = re.compile(rf"(?:,? {FLOOR}\b|(?:, |\n)\d{{4}} [^\W\d_])", re.IGNORECASE)
    for item in ITEMS:
        for span in item["spans"]:
            if span["type"] == "ADDRESS":
                after = item["text"][span["end"] : span["end"] + 12]
                assert not rest.match(after), item["text"][span["start"] : span["end"] + 12]


def test_every_email_address_in_the_text_is_labelled() -> None:
    for item in ITEMS:
        pattern = r"(?i)[\w.-]+@example\.(?:dk|com|org)"
        assert checks.emails_not_labelled(item, pattern) == [], item["text"]


def test_word_lists_are_large_and_varied() -> None:
    firsts = {*gen.DK_MALE, *gen.DK_FEMALE, *gen.IMM_MALE, *gen.IMM_FEMALE}
    surnames = {*gen.DK_SURNAMES, *gen.IMM_SURNAMES, *gen.INTL_SURNAMES}
    assert len(firsts) >= 200 and len(surnames) >= 200
    assert len(gen.POSTAL) >= 150 and all(re.fullmatch(r"\d{4} \S.*", p) for p in gen.POSTAL)
    persons = Counter(value for value, kind in SPANS if kind == "PERSON")
    assert any("-" in v for v in persons) and any(", " in v for v in persons)
    assert {"Bo", "Kim", "Rose"} & {v.split()[0] for v in persons}


def test_generation_is_deterministic_and_seeded() -> None:
    assert checks.reproducible(gen.generate, seed=5, size=80)


def test_committed_file_equals_generate() -> None:
    assert checks.committed(DATA) == ITEMS
