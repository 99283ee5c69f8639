"""Spoken and noisy fraud-team text (issue 18, pii22a): speech-recognition transcripts in
lower case, voicemail, OCR'd letters with doubled spaces and stray bars, chat with lower-case
speakers, and the near misses beside each. Synthetic values only (example.* addresses)."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found, kinds


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
        (
            "Adresse: Algade 9,  1. tv.  8800 Viborg     Tlf.: 7561 3455",
            "Algade 9,  1. tv.  8800 Viborg",
        ),
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


def test_a_chat_speaker_in_lower_case_after_a_time_stamp_is_a_person() -> None:
    text = (
        "[08:01] rasmus: mor har du fået en sms fra banken??\n"
        "[08:17] jytte: ja og jeg har ringet til dem\n"
        "[08:25] rasmus: NEJ mor!! ring lige til banken nu\n"
        "send lige din mail\n"
        "jytte: jytte@example.com\n"
    )
    names = [value for entity, value in found(text) if entity == "PERSON"]
    assert names == ["rasmus", "jytte", "rasmus", "jytte"]


def test_a_log_label_in_lower_case_after_a_time_stamp_is_no_person() -> None:
    text = "[14:30] status: ok\n[14:31] server: genstartet\n[14:32] server: ok igen\n"
    assert "PERSON" not in kinds(text)


def test_a_first_name_that_is_a_word_speaks_twice_in_a_chat_to_count() -> None:
    text = "[10:01] signe: hej\n[10:02] emil: NEJ mor\n[10:05] signe: ring lige\n"
    assert [v for e, v in found(text) if e == "PERSON"] == ["signe", "emil", "signe"]
    assert "PERSON" not in kinds("[10:01] signe: hej med dig OK\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hej sådan det er bent sådan jeg ringer fordi", "bent"),
        ("hej det er leif øhm jeg ringer fordi", "leif"),
        (
            "ja hej det er jytte hvass kirstine kristensen sådan jeg tror",
            "jytte hvass kirstine kristensen",
        ),
        ("ok jeg kommer\nmvh emil tlf 65 29 84 81", "emil"),
        ("det er ruth dorthea nielsen på 74 00 41 05 hej hej", "ruth dorthea nielsen"),
    ],
)
def test_a_spoken_name_ends_before_a_filler_or_a_phone_word(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_greeting_without_a_name_before_a_filler_is_no_person() -> None:
    assert "PERSON" not in kinds("hej det er sådan jeg ringer fordi kortet er væk")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AFHØRER: Så pengene gik fra Karolines egen konto?", "Karolines"),
        ("kunde (f. 24/2-1954) ok, Nannas nabo i røret.", "Nannas"),
    ],
)
def test_a_genitive_name_before_own_or_neighbour_is_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_firm_in_the_genitive_before_own_is_no_person() -> None:
    assert "PERSON" not in kinds("Så pengene gik fra bankens egen konto til Nordeas egen konto?")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("velkommen til svindellinjen du taler med Kaj hvad kan jeg hjælpe med", "Kaj"),
        ("hej det er fra svindelafdelingen jeg leder efter Ib vi har set noget", "Ib"),
        (
            "Underskrift: [underskrift]\nRenskrevet af: Trine Nowak, journal KL-2026-1",
            "Trine Nowak",
        ),
        ("hej det er ja svend thygesen fra banken", "svend thygesen"),
        ("AFHØRTE: Min søn Kaj Kofoed kan bekræfte det.", "Kaj Kofoed"),
        ("jeg er 95 år mit barnebarn signe siger jeg skal skrive til jer", "signe"),
    ],
)
def test_a_name_after_a_call_lead_a_filler_or_a_son_is_a_person(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_the_words_of_a_call_lead_before_no_name_are_no_person() -> None:
    assert "PERSON" not in kinds("du taler med svindellinjen hvad kan jeg hjælpe med")
    assert "PERSON" not in kinds("Min søn kan bekræfte det, han har set det hele.")


def test_a_bank_after_a_role_and_a_doubled_space_is_no_person() -> None:
    text = "Med venlig hilsen\n\n[NAVN]\nSagsbehandler, Nordhavn  Sparekasse\n"
    assert "PERSON" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("~ | Navn: Hansen-Svendsen, Sofie     CPR-nr.: 101284 2405", "Hansen-Svendsen, Sofie"),
        ("Navn: JUHL SØRENSEN, PALLE     CPR-nr.: 0704971225", "JUHL SØRENSEN, PALLE"),
        ("Navn (blokbogstaver): KJÆR, KAJ\nFødselsdato: 1.12.1974", "KJÆR, KAJ"),
    ],
)
def test_an_inverted_name_in_an_ocr_form_field_is_one_span(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_town_and_a_word_in_capitals_after_a_label_are_no_inverted_name() -> None:
    assert "PERSON" not in kinds("By (postnr.): AARHUS, MIDTBYEN     Tlf.: [TLF]")
