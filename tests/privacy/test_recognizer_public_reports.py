"""Text from the public (issue 18, the ninth blind set's forms): transfer lists, accounts
after a separate reg.nr., help lines, one-time codes retold, the card's back in plain words,
parcel-box codes, inverted names in signatures and retold callers. Each rule has a case
that fires and a near miss that must not. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.test_recognizer_forms import found
from vaern.privacy.recognizers import account_after_reg, business_number, transfer_to_account


def entities(text: str) -> set[str]:
    return {entity for entity, _ in found(text)}


# Transfers: "<amount> til <reg> <account>" is one account, not a phone number after four
# digits.
@pytest.mark.parametrize(
    "line, account",
    [
        ("- 30/7 856,- til 1551 97444912", "1551 97444912"),
        ("- d. 18. juni 42.700 kr. til 6150-2326758", "6150-2326758"),
        ("- 04.09.2025 548 til 0400 77518804", "0400 77518804"),
    ],
)
def test_account_after_an_amount_and_til(line: str, account: str) -> None:
    text = f"Overførsler:\n{line}\n/Inger"
    assert ("BANK_ACCOUNT", account) in found(text), found(text)
    assert "PHONE" not in entities(text)


def test_no_account_after_til_without_an_amount() -> None:
    # A range of years or "til" after a word is no transfer.
    assert not transfer_to_account("fra januar til 1551 97444912", 19)
    assert transfer_to_account("856,- til 1551 97444912", 10)
    assert "BANK_ACCOUNT" not in entities("Åbent fra mandag til 1551 2345678 gange.")


def test_account_after_a_separate_reg_nr_is_no_phone() -> None:
    text = "jeg overførte 7.100 kr til reg 6880 kto 25103453 der ringede en mand"
    assert ("BANK_ACCOUNT", "25103453") in found(text), found(text)
    assert "PHONE" not in entities(text)
    assert account_after_reg("til 1551 97444912", 9, 17)


def test_phone_after_other_digits_stays_a_phone() -> None:
    # Grouped in pairs, after a date, or after a longer group: a phone number.
    assert not account_after_reg("ring 2020 30 40 50 60", 10, 21)
    assert not account_after_reg("kort 4000 0012 20304050", 15, 23)
    assert ("PHONE", "20 30 40 50") in found("Ring til mig på 20 30 40 50 i aften.")


def test_a_business_number_is_no_phone() -> None:
    text = "Jeg har ringet til Spærreservice på 70 23 28 24. Mit nummer er 20 30 40 50."
    assert ("PHONE", "70 23 28 24") not in found(text)
    assert ("PHONE", "20 30 40 50") in found(text)
    assert business_number("ring på +45 80 05 52 46", 8)
    assert ("PHONE", "70 11 22 60") not in found("Har du spørgsmål, kan du ringe på 70 11 22 60.")


def test_a_personal_number_after_a_service_word_stays_a_phone() -> None:
    # Only 70- and 80-numbers are an organisation's line.
    text = "Jeg har ringet til kundeservice på 41 48 22 25 fra min mobil."
    assert ("PHONE", "41 48 22 25") in found(text)
    assert not business_number("hotline på 41 48 22 25", 11)


@pytest.mark.parametrize(
    "text, code",
    [
        ("han bad mig læse koden op fra min app og jeg sagde 658203 desværre.", "658203"),
        ("Koden jeg fik bagefter var 80202963, den har jeg ikke givet videre.", "80202963"),
        ("de ville ha koden fra min mors mitid, 108155 ngl", "108155"),
    ],
)
def test_code_retold(text: str, code: str) -> None:
    assert ("OTP", code) in found(text), found(text)
    assert "PHONE" not in entities(text)


def test_code_retold_near_misses() -> None:
    assert "OTP" not in entities("Koden jeg fik bagefter var forkert, så jeg ringede 114.")
    assert "OTP" not in entities("koden fra banken, 24 timer gyldig")


@pytest.mark.parametrize("label", ["Pakkeboks kode", "Dørkode", "Portkode:"])
def test_parcel_box_or_door_code_is_no_otp(label: str) -> None:
    assert "OTP" not in entities(f"Hej. {label} 5151. Held og lykke.")


def test_code_still_an_otp_beside_a_parcel_box() -> None:
    text = "Pakken ligger i pakkeboksen. Din kode er 4831, den er kun til dig."
    assert ("OTP", "4831") in found(text), found(text)


@pytest.mark.parametrize(
    "text, cvv",
    [
        ("kortnummer 4111 1111 1111 1111 og 05/27 og de 3 tal bagpå 967", "967"),
        ("de tre cifre på bagsiden er 0320", "0320"),
    ],
)
def test_card_back_digits_in_plain_words(text: str, cvv: str) -> None:
    assert ("CARD_CVV", cvv) in found(text), found(text)


def test_card_back_without_digits_after_it() -> None:
    assert "CARD_CVV" not in entities("de 3 tal bagpå kortet gav jeg ikke, kun 12 kr.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Politiet sagde jeg skulle ringe 114.\n/Dahl, Marius", "Dahl, Marius"),
        ("Held og lykke med det.\nMvh Skov, Allan (2281 8373)", "Skov, Allan"),
        ("Min nabo Ebbesen, Poul modtog en sms om en pakke.", "Ebbesen, Poul"),
    ],
)
def test_inverted_name_after_signature_or_relation(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text), found(text)


def test_two_names_at_a_line_start_stay_two() -> None:
    # A list of children at a line's start is no inverted name.
    assert ("PERSON", "Asger, Hjørdis") not in found("Børn:\nAsger, Hjørdis og Kaj")


def test_retold_caller_name_in_lower_case() -> None:
    text = "der ringede en mand fra nets han sagde han hed oksana melnyk jeg er født i 1946"
    assert ("PERSON", "oksana melnyk") in found(text), found(text)
    ended = "han sagde han hed sigurd slut"
    assert ("PERSON", "sigurd") in found(ended), found(ended)
