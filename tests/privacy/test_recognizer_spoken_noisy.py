"""Spoken and noisy fraud-team text (issue 18, pii22a): speech-recognition transcripts in
lower case, voicemail, OCR'd letters with doubled spaces and stray bars, chat with lower-case
speakers, and the near misses beside each. Synthetic values only (example.* addresses)."""

from __future__ import annotations

import pytest

from vaern.privacy.redact import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(f.entity, text[f.start : f.end]) for f in analyze(text)]


def kinds(text: str) -> set[str]:
    return {entity for entity, _ in found(text)}


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("min mail er ulla.berg snabel-a example.com ja tak", "ulla.berg snabel-a example.com"),
        (
            "det er ulla67 snabel a post punktum example punktum dk tak",
            "ulla67 snabel a post punktum example punktum dk",
        ),
    ],
)
def test_a_spoken_email_address_is_one_span(text: str, email: str) -> None:
    assert ("EMAIL", email) in found(text)


def test_the_at_key_without_a_domain_is_no_email() -> None:
    assert "EMAIL" not in kinds("tryk på snabel-a tasten og så punktum bagefter")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "jeg bor på rosenvænget 157 a fjerde sal til højre 4000 roskilde ja tak",
            "rosenvænget 157 a fjerde sal til højre 4000 roskilde",
        ),
        (
            "bor du stadig på birkealle 14 stuen midtfor 2630 taastrup",
            "birkealle 14 stuen midtfor 2630 taastrup",
        ),
    ],
)
def test_a_spoken_floor_and_side_belong_to_the_address(text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(text)


def test_a_spoken_floor_without_a_street_is_no_address() -> None:
    assert "ADDRESS" not in kinds("vi mødes på anden sal til venstre kl 14")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adresse: Algade 9,  1. tv.  8800 Viborg     Tlf.: 7561 3455", "Algade 9,  1. tv.  8800 Viborg"),
        ("Adresse: Lærkevej 24B  8700 Horsens|", "Lærkevej 24B  8700 Horsens"),
        ("Ib Kjær\n|KIRKEVEJ 12, 4. MF.\n8700 HORSENS\n", "KIRKEVEJ 12, 4. MF.\n8700 HORSENS"),
    ],
)
def test_an_ocr_address_with_doubled_spaces_or_a_stray_bar_is_whole(
    text: str, address: str
) -> None:
    assert ("ADDRESS", address) in found(text)


def test_a_doubled_space_before_a_count_joins_nothing_to_the_address() -> None:
    assert ("ADDRESS", "Kirkevej 12") in found("Kirkevej 12,  2 personer var hjemme")
