"""A fraud team's everyday working text (issue 18, pii20): an account the money was drawn
from or credited to, a code read aloud, a user ID told with a login, case notes that list
"Surname, Given name – what happened", a scammer's name as he gave it; and the near misses
beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found, kinds


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Der er trukket 2.479,54 kr fra 7663-5051433. Det er på mit kort.", "7663-5051433"),
        ("Jeg kan se, der er trukket kr. 525,- fra 2095-7943398592 i går.", "2095-7943398592"),
        ("Der er trukket 473 kr. fra 1729 21921759 uden min viden.", "1729 21921759"),
        ("Beløbet krediteres 3253-9750554 inden for 5 hverdage.", "3253-9750554"),
    ],
)
def test_an_account_money_was_drawn_from_or_credited_to_is_found(text: str, account: str) -> None:
    assert ("BANK_ACCOUNT", account) in found(text)


def test_a_number_after_fra_without_an_amount_is_no_account() -> None:
    # A case's number after "fra" and no amount: nothing says money moved.
    assert "BANK_ACCOUNT" not in kinds("Notatet stammer fra 7663-5051433 i det gamle system.")


def test_a_year_led_case_number_after_an_amount_is_no_account() -> None:
    assert "BANK_ACCOUNT" not in kinds("Der er trukket 473 kr. fra 2025-7107181 i sagen.")


@pytest.mark.parametrize("code", ["81675298", "917493"])
def test_a_code_read_aloud_is_an_otp(code: str) -> None:
    text = f"ham fra banken fik mig til at læse koden op {code} og så var pengene væk"
    assert ("OTP", code) in found(text)


def test_a_code_read_aloud_up_to_a_count_is_no_otp() -> None:
    assert "OTP" not in kinds("Jeg læste koden op til 3 gange, men den virkede ikke.")


def test_a_user_id_told_with_a_login_is_a_mitid_user() -> None:
    text = "fik koden og så logget ind med mit bruger id kasper1948!!"
    assert ("MITID_USER", "kasper1948") in found(text)


def test_a_user_id_without_a_login_or_mitid_is_not_one() -> None:
    assert "MITID_USER" not in kinds("Systemet viser bruger id kasper1948 i loggen.")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("* SAG-2026-39028: Holm-Iversen, Ulla – bil meldt på falsk salg", "Holm-Iversen, Ulla"),
        ("* FR-7254/26: Rask-Lauridsen, Marianne skal ringes op i dag", "Rask-Lauridsen, Marianne"),
    ],
)
def test_a_case_note_line_names_the_inverted_name_whole(line: str, name: str) -> None:
    assert ("PERSON", name) in found(f"Overlevering – nat til dag\n\n{line}\n")


def test_two_given_names_after_a_comma_stay_two_people() -> None:
    # "Asger, Hjørdis – …" lists two children, no surname first.
    assert ("PERSON", "Asger, Hjørdis") not in found("Børnene Asger, Hjørdis – begge hjemme.")


def test_a_name_a_caller_presented_himself_with_is_a_person() -> None:
    text = "Anmelder blev ringet op af en mand, som præsenterede sig som Signe fra Vestbank."
    assert ("PERSON", "Signe") in found(text)


def test_what_a_caller_presented_himself_as_is_no_person() -> None:
    text = "Anmelder blev ringet op af en mand, som præsenterede sig som medarbejder fra banken."
    assert "PERSON" not in kinds(text)


def test_a_town_after_fra_before_a_dash_is_no_surname() -> None:
    assert ("PERSON", "Odense, Mette") not in found("Vi kørte fra Odense, Mette – hun kørte.")
