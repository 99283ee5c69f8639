"""Codes, numbers and IDs as speech recognition, voicemail, OCR and hasty chat write them
(issue 18, the seventeenth generator's development errors, pii22b): codes read out in
groups, "plus 45" said as words, a CPR number's serial in pairs, an account in pairs, a lower
case IBAN, a spoken expiry, and the near misses beside each. Synthetic identifiers only."""

from __future__ import annotations

import pytest

from vaern.privacy.redact import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in analyze(text)]


@pytest.mark.parametrize("code", ["123 456", "12 34 56", "1234 5678", "482913", "60771809"])
@pytest.mark.parametrize(
    "lead",
    [
        "jeg har givet en mand koden {}",
        "han bad om koden fra min app og jeg sagde {}",
        "chat: koden var {} er det slemt",
        "FRR: har givet nøglekode {} til svindler",
        "Han bad mig læse koden op. Den var {}.",
    ],
)
def test_a_code_read_out_in_groups_is_one_code(lead: str, code: str) -> None:
    text = lead.format(code)
    assert ("OTP", code) in found(text), found(text)


@pytest.mark.parametrize("code", ["2134 9301", "18011735", "877202"])
def test_a_code_read_from_the_phone_it_came_to_is_no_phone_number(code: str) -> None:
    text = f"Han fik mig til at læse koden op fra min telefon, {code}, og bagefter en til."
    assert found(text) == [("OTP", code)]


def test_a_code_group_followed_by_more_groups_is_not_taken_whole() -> None:
    # Four groups of four after "koden" are no six- or eight-digit code.
    text = "koden 1234 5678 9012 3456 står på brevet"
    assert ("OTP", "1234 5678") not in found(text), found(text)


def test_a_number_sent_to_the_phone_keeps_its_phone_word() -> None:
    # "til min telefon" names where the code goes: the number after it is a phone number.
    text = "send koden til min telefon 20 30 40 50"
    assert ("PHONE", "20 30 40 50") in found(text), found(text)


@pytest.mark.parametrize("number", ["20 30 40 50", "40 03 68 74"])
def test_plus_45_said_as_words_belongs_to_the_number(number: str) -> None:
    text = f"ring lige tilbage på plus 45 {number} tak hej"
    assert found(text) == [("PHONE", f"plus 45 {number}")], found(text)


def test_plus_without_45_is_no_country_code() -> None:
    text = "ring lige tilbage på plus 20 30 40 50 tak"
    assert found(text) == [("PHONE", "20 30 40 50")], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Olsen kan bekræfte det, han har nummer 42003526.",
        "eller på min mands nummer 40 03 68 74 jeg bor her",
        "kunde opl. alt, kontakt 40 03 68 74 efter kl 14.",
        "Ny talebesked\nFra: 86045638\nModtaget: 11.01.26 kl. 20:23",
    ],
)
def test_a_persons_number_outside_the_allocated_ranges(text: str) -> None:
    assert [e for e, _ in found(text)] == ["PHONE"], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fakturaen har nummer 42003526 og forfalder snart.",  # a reference after "har nummer"
        "ordre nummer 42003526 er sendt",
        "Beløb fra 86045638 er modtaget",  # "fra" inside a line, not a caller's header
    ],
)
def test_other_numbers_outside_the_ranges_stay_unfound(text: str) -> None:
    assert "PHONE" not in {e for e, _ in found(text)}, found(text)
