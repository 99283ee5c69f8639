"""Codes, numbers and IDs as speech recognition, voicemail, OCR and hasty chat write them
(issue 18, the seventeenth generator's development errors, pii22b): codes read out in
groups, "plus 45" said as words, a CPR number's serial in pairs, an account in pairs, a lower
case IBAN, a spoken expiry, and the near misses beside each. Synthetic identifiers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found


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


def test_mistyped_labels_of_a_code_and_a_mitid_user_id() -> None:
    text = "[09:30] Du: koedn var 2703 7239 og han fik også mit miitd bruger id ib1945"
    assert found(text) == [("OTP", "2703 7239"), ("MITID_USER", "ib1945")], found(text)


def test_a_word_that_only_resembles_a_mistyped_label_is_no_label() -> None:
    # "kodne" is no label before other words; "burger" without "id" is food.
    assert found("jeg spiste en burger til 85 kr, kodne blev 3 gange") == []


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("han spurgte også om mit mitid bruger id og det er louiseand89 bor du", "louiseand89"),
        ("SAP: mitid hthomsen49 spærret via mitid-support.", "hthomsen49"),
        ("[11:41] Du: mit mitid er samiraabd36", "samiraabd36"),
        ("KDK: mitid ib1972 spærret via mitid-support.", "ib1972"),
    ],
)
def test_a_mitid_user_id_right_after_mitid_or_its_label(text: str, user: str) -> None:
    assert ("MITID_USER", user) in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "mit mitid bruger id og det er hemmeligt, sagde jeg",  # no ID's shape after "og det er"
        "MitID er nede i dag, prøv igen kl 14",
        "MitID app 2.0 er ude",
    ],
)
def test_words_after_mitid_are_no_user_id(text: str) -> None:
    assert "MITID_USER" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize("value", ["090849 38 03", "270396 02 85", "09 08 49 38 03", "090849 3803"])
def test_a_cpr_number_with_its_serial_read_in_pairs(value: str) -> None:
    text = f"agent: må jeg få dit cpr nummer\nkunde: altså ja det er {value}\nagent: tak"
    assert ("CPR", value) in found(text), found(text)


def test_a_date_and_pairs_without_a_cpr_label_are_no_cpr() -> None:
    text = "mødet er flyttet, nyt nummer 090849 38 03 efter ferien"
    assert "CPR" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize("account", ["25 24 11 18 39", "14 59 70 62"])
def test_an_account_read_in_pairs_after_its_label(account: str) -> None:
    text = f"til registreringsnummer 2280 kontonummer {account}\nkunde: ja"
    assert ("BANK_ACCOUNT", account) in found(text), found(text)


def test_pairs_after_an_account_word_without_a_reg_number_are_no_account() -> None:
    text = "jeg har en konto og 25 24 11 18 39 er bare tal"
    assert "BANK_ACCOUNT" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize(
    "iban", ["nl06nawm4982080069", "gb82 west 1234 5698 7654 32", "dk5000400440116243"]
)
def test_a_lower_case_iban_from_a_transcript(iban: str) -> None:
    text = f"kunde: og noget til en udenlandsk konto {iban}\nagent: ok"
    assert ("IBAN", iban) in found(text), found(text)


def test_a_lower_case_iban_with_wrong_check_digits_is_nothing() -> None:
    text = "kunde: og noget til en udenlandsk konto nl07nawm4982080069\nagent: ok"
    assert "IBAN" not in {e for e, _ in found(text)}, found(text)


def test_a_witness_writes_down_a_cars_plate() -> None:
    text = "De kørte i en grå Skoda, jeg skrev nummeret ned: DP 97 393."
    assert ("NUMBER_PLATE", "DP 97 393") in found(text), found(text)


def test_a_plate_shape_without_a_car_or_its_number_is_nothing() -> None:
    assert "NUMBER_PLATE" not in {e for e, _ in found("Jeg fik kvittering DP 97 393 i går.")}


CARD = "4111 1111 1111 1111"


@pytest.mark.parametrize("expiry", ["08/26", "02/2027"])
def test_the_three_digits_after_a_card_and_its_expiry(expiry: str) -> None:
    text = f"chat: kort {CARD} udløb {expiry} og de tre cifre 355\n[08:42] ok"
    assert ("CARD_CVV", "355") in found(text), found(text)


def test_the_three_digits_without_any_card_are_no_security_code() -> None:
    text = "Vi så på de tre cifre 355 i regnskabet."
    assert "CARD_CVV" not in {e for e, _ in found(text)}, found(text)


@pytest.mark.parametrize("expiry", ["08 29", "12 27"])
def test_an_expiry_read_out_as_two_numbers(expiry: str) -> None:
    text = f"jeg læste mit kortnummer op {CARD} udløb {expiry} og cvv 303"
    assert ("CARD_EXPIRY", expiry) in found(text), found(text)


def test_two_numbers_without_the_expiry_word_are_no_expiry() -> None:
    text = f"jeg læste mit kortnummer op {CARD} og 08 29 var noget andet"
    assert "CARD_EXPIRY" not in {e for e, _ in found(text)}, found(text)
