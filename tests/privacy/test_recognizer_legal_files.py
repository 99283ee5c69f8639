"""Phones and accounts in a lawyer's files for fraud victims (pii66, pii_blind59): a case
timeline's "SMS med engangskode … til <phone>", a client form's next of kin ("Pårørende: min
datter … (<phone>)"), a mail's "dit nye nummer", a fee note's "Spørgsmål til … på <phone>",
and a demand's "Beløbet bedes tilbageført til <account>". The near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

_TIMELINE = "2026-04-02 | 09:35 | SMS med engangskode {} til {} | – | –"


def test_the_phone_a_logged_code_was_sent_to() -> None:
    assert of("PHONE", _TIMELINE.format("92002249", "(+45) 40 50 16 24")) == ["(+45) 40 50 16 24"]
    assert of("PHONE", _TIMELINE.format("502984", "56202059")) == ["56202059"]
    assert of("OTP", _TIMELINE.format("502984", "56202059")) == ["502984"]


def test_the_code_after_its_label_is_no_phone() -> None:
    assert of("PHONE", "SMS med engangskode 56202059 til kunden") == []
    assert of("PHONE", "Kunden fik koden til 56202059") == []


def test_a_next_of_kin_on_a_client_form() -> None:
    text = "Lønkonto: 5455 8970936\nPårørende: min datter Else Bach (22094379)\n"
    assert of("PHONE", text) == ["22094379"]


def test_a_number_in_brackets_after_a_kin_label_without_a_name_is_none() -> None:
    assert of("PHONE", "Pårørende: min datter (22094379)\n") == []


def test_a_new_number_asked_about() -> None:
    assert of("PHONE", "Kan du bekræfte dit nye nummer 50.08.41.65?") == ["50.08.41.65"]
    assert of("PHONE", "Kan du bekræfte dit nye nummer 20082804?") == ["20082804"]


def test_a_new_case_number_is_no_phone() -> None:
    assert of("PHONE", "Kan du bekræfte dit nye sagsnummer 20082804?") == []


def test_whom_questions_go_to_and_the_number() -> None:
    text = "Spørgsmål til Ingrid Abdi på 35 03 18 48 eller ingrid@example.dk."
    assert of("PHONE", text) == ["35 03 18 48"]


def test_questions_about_a_number_name_no_phone() -> None:
    assert of("PHONE", "Spørgsmål til faktura 35031848 besvares skriftligt.") == []


def test_an_account_the_money_is_to_be_returned_to() -> None:
    assert of("BANK_ACCOUNT", "Beløbet bedes tilbageført til 6106 2579090 senest 30.01.26.") == [
        "6106 2579090"
    ]
    assert of("BANK_ACCOUNT", "Beløbet bedes refunderet til 6802-54225745.") == ["6802-54225745"]


def test_a_case_returned_to_is_no_account() -> None:
    assert of("BANK_ACCOUNT", "Sagen er tilbageført til 2016 med kendelse 1234567.") == []
