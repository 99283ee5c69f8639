"""The third blind PII corpus (bench/pii_blind2.py): its labels are what they claim to be.

Checks are written independently of the generator's helpers (Luhn, mod 97 and the CPR
century rule come from tests/pii_blind_checks.py), so a bug in a helper cannot pass its own test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from bench import pii_blind2 as corpus

from tests import pii_blind_checks as checks

DATA = Path(corpus.__file__).resolve().parent / "data" / "pii_blind2.jsonl"
MONTHS = "januar februar marts april maj juni juli august september oktober november december"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return corpus.generate()


def iban_ok(value: str) -> bool:
    return checks.iban_checksum(value.replace(" ", ""))


def dob_date(value: str) -> date:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        year, month, day = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", value):
        day, month, year = map(int, m.groups())
    elif m := re.fullmatch(r"(\d{1,2})\. (\w+) (\d{4})", value):
        day, month, year = int(m[1]), MONTHS.split().index(m[2]) + 1, int(m[3])
    else:
        raise ValueError(value)
    return date(year, month, day)


NAME = r"[^\W\d_]+(?:[ '-][^\W\d_]+)*"
SHAPES = {
    "PERSON": NAME,
    "ADDRESS": r"[^\W\d_][^\n]*?\d+[A-Z]?\b[^\n]*(?:\n(?:FO-)?\d{3,4} [^\W\d_][^\n]*)?",
    "CPR": r"\d{2}(?:\d{4}|\.\d{2}\.\d{2})(?:-| - | )?\d{4}",
    "PHONE": r"(?:\+\d{2,3} ?|00\d{2} ?)?\d[\d ]{4,13}\d",
    "EMAIL": r"[a-z0-9._]+@example\.(?:dk|com|org)",
    "IBAN": r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})+",
    "BANK_ACCOUNT": r"\d{4}[- ]\d{10}",
    "CARD": r"\d{4}(?:[ -]?\d{2,6}){2,4}",
    "CARD_EXPIRY": r"(?:0[1-9]|1[0-2])[/-](?:\d{2}|20\d{2})",
    "CARD_CVV": r"\d{3}",
    "OTP": r"\d{4,8}",
    "MITID_USER": r"[a-z][a-z0-9.]{3,}",
    "DATE_OF_BIRTH": r"[\d./ -]+|\d{1,2}\. [a-z]+ \d{4}",
    "NUMBER_PLATE": r"[A-Z]{2} ?\d{2} ?\d{3}",
}


def labelled(items: list[dict]) -> Iterator[tuple[str, dict, str]]:
    for item in items:
        for span in item["spans"]:
            yield item["text"], span, item["text"][span["start"] : span["end"]]


def test_every_span_has_the_shape_of_its_type(items: list[dict]) -> None:
    for _, span, value in labelled(items):
        assert re.fullmatch(SHAPES[span["type"]], value), (span["type"], value)


def test_spans_are_sorted_disjoint_and_on_word_boundaries(items: list[dict]) -> None:
    for item in items:
        text, end = item["text"], 0
        for span in item["spans"]:
            assert span["start"] >= end, item["text"]
            assert span["start"] == 0 or not text[span["start"] - 1].isalnum()
            assert span["end"] == len(text) or not text[span["end"]].isalnum(), text
            assert text[span["start"]] == text[span["start"]].strip()
            assert text[span["end"] - 1] == text[span["end"] - 1].strip()
            end = span["end"]


def test_numbers_carry_valid_check_digits_and_dates(items: list[dict]) -> None:
    for _, span, value in labelled(items):
        digits = re.sub(r"\D", "", value)
        match span["type"]:
            case "CPR":
                born = checks.cpr_birth(value)
                assert born and born <= date(2025, 1, 1), value
            case "DATE_OF_BIRTH":
                assert date(1900, 1, 1) < dob_date(value) < date(2025, 1, 1)
            case "CARD":
                assert checks.luhn(digits) and digits in corpus.CARDS, value
            case "IBAN":
                assert iban_ok(value), value


def test_addresses_on_two_lines_end_in_a_postcode_and_town(items: list[dict]) -> None:
    blocks = [v for _, s, v in labelled(items) if s["type"] == "ADDRESS" and "\n" in v]
    assert blocks
    for value in blocks:
        street, town = value.split("\n")
        assert re.search(r"\d", street) and re.fullmatch(r"(FO-)?\d{3,4} \S.*", town)


def test_no_c_o_or_po_box_inside_an_address(items: list[dict]) -> None:
    for _, span, value in labelled(items):
        if span["type"] == "ADDRESS":
            assert "c/o" not in value and "Postboks" not in value


def test_only_reserved_e_mail_domains(items: list[dict]) -> None:
    for item in items:
        for domain in re.findall(r"@([\w.-]+)", item["text"]):
            assert domain in corpus.EMAIL_DOMAINS, domain


def test_hard_negatives_fail_their_checks() -> None:
    import random

    rng = random.Random(1)
    for _ in range(200):
        assert not checks.luhn(corpus.bad_card(rng).replace(" ", ""))
        assert not iban_ok(corpus.iban(rng, rng.choice(list(corpus.IBAN_BBAN)), valid=False))


def test_kinds_share_and_coverage(items: list[dict]) -> None:
    negatives = [i for i in items if i["kind"] == "negative"]
    assert all(not i["spans"] for i in negatives)
    assert all(i["spans"] for i in items if i["kind"] == "positive")
    assert 0.30 < len(negatives) / len(items) < 0.40
    types = {s["type"] for _, s, _ in labelled(items)}
    assert types == set(SHAPES)


def test_own_name_lists_are_large_enough() -> None:
    assert len({n for names in corpus.FIRST.values() for n in names}) >= 200
    assert len({n for names in corpus.LAST.values() for n in names}) >= 200


def test_generation_is_deterministic_and_prefix_stable() -> None:
    first = corpus.generate(size=40)
    assert first == corpus.generate(size=40)
    assert first[:15] == corpus.generate(size=15)
    assert first != corpus.generate(seed=corpus.SEED + 1, size=40)


def test_committed_file_is_the_generated_set(items: list[dict]) -> None:
    assert checks.committed(DATA) == items
