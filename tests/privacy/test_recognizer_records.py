"""Forms of fraud teams' records the recognisers must read (issue 18, the eighth generator's
errors): device numbers that pass Luhn, pseudonymised exports' stand-ins, statement lines,
API fields, bank SMS codes and inverted names. Each rule: one text where it fires, one near
miss where it must not. Synthetic identifiers and invented names only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found
from vaern.privacy.columns import stand_in
from vaern.privacy.recognizers import abbreviation, device_number, street_word


def entities(text: str) -> set[str]:
    return {entity for entity, _ in found(text)}


# IMEI and ICCID: Luhn-valid, no card numbers.


@pytest.mark.parametrize(
    "text",
    [
        "Enhed: IMEI 350312892947677",
        '{"imei": "354859934942401"}',
        "Ny SIM: ICCID 8945 4089 3148 9682 742 aktiveret",
    ],
)
def test_a_labelled_imei_or_iccid_is_no_card(text: str) -> None:
    assert "CARD" not in entities(text), found(text)


def test_a_card_after_an_imei_on_the_next_line_is_still_one() -> None:
    text = "Enhed: IMEI 350312892947677\nKort 4111 1111 1111 1111 spærret"
    assert ("CARD", "4111 1111 1111 1111") in found(text)
    # An ICCID needs its 19-20 digits: a card's 16 under a SIM label stay a card.
    assert device_number("SIM 8945 4089 3148 9682", 4, 23) is False


# Pseudonymised exports: a name column's stand-ins, system initials, labels.


@pytest.mark.parametrize("value", ["kunden", "modtager", "Person A", "XXXX XXXX", "***"])
def test_a_name_columns_stand_in_is_no_name(value: str) -> None:
    assert stand_in(value)
    text = f"Sag;Dato;Navn;CPR\nFR-2025-1;03.02.2025;{value};******-****"
    assert "PERSON" not in entities(text), found(text)


def test_a_name_column_still_gives_a_name() -> None:
    assert not stand_in("Jens Hansen")
    text = "Sag;Dato;Navn;CPR\nFR-2025-1;03.02.2025;Jens Hansen;******-****"
    assert ("PERSON", "Jens Hansen") in found(text)


def test_system_initials_in_a_ticket_note_are_no_name() -> None:
    assert abbreviation("SYS")
    assert "PERSON" not in entities("18.06.2025 07:11 SYS: Kort •••• 1342 spærret.")


def test_a_name_in_capitals_after_a_greeting_is_one() -> None:
    assert not abbreviation("Sys")
    assert ("PERSON", "BO") in found("Tak for i går. Mvh BO")


@pytest.mark.parametrize(
    "text", ["Kortholders navn: Person A", "Modtager       kunden\nBeløb          kr. 700"]
)
def test_stand_ins_and_labels_after_a_label_are_no_name(text: str) -> None:
    assert "PERSON" not in entities(text), found(text)


def test_a_street_without_its_number_after_a_label_is_no_name() -> None:
    assert street_word("Enghavevej") and not street_word("Toft")
    assert "PERSON" not in entities("Bopæl: c/o kunden\nEnghavevej\nLegitimation")
    assert ("PERSON", "Toft") in found("Kunde: Toft")


# Phone numbers' look-alikes.


@pytest.mark.parametrize(
    "text",
    [
        "Ændringslog kunde 89123188\n2025-01-10 adresse ændret",
        '"ref": "RF47 9883 1750"',
        "Legitimation vist: kørekort nr. 68520515, ok",
        "Kode til godkendelse af betaling på kr. 31110: 32197636",
    ],
)
def test_identifiers_and_codes_are_no_phone(text: str) -> None:
    assert "PHONE" not in entities(text), found(text)


@pytest.mark.parametrize(
    "text", ["Kunde: 20 30 40 50", "Ring til kunden på 20304050", "kørekort mistet, ring 20304050"]
)
def test_a_number_after_the_customer_or_a_phone_word_is_one(text: str) -> None:
    assert "PHONE" in entities(text), found(text)


# Addresses.


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Jeg bor på Ahornvej 82 st. tv., 8462 Harlev J. Tak",
            "Ahornvej 82 st. tv., 8462 Harlev J",
        ),
        ("adresse (Ringvejen 54, 4130 Viby Sj.) og", "Ringvejen 54, 4130 Viby Sj."),
    ],
)
def test_a_towns_district_letter_belongs_to_the_address(text: str, address: str) -> None:
    assert ("ADDRESS", address) in found(text)


def test_a_post_office_box_is_no_address() -> None:
    assert "ADDRESS" not in entities("Postadresse: Postboks 854, FO-600 Saltangará")
    table = (
        "Sag;Adresse;Postnr\nx;Postboks 1974, 3650 Ølstykke;4460\ny;Egevej 2, 3650 Ølstykke;4460"
    )
    assert found(table) == [("ADDRESS", "Egevej 2, 3650 Ølstykke")]
    assert ("ADDRESS", "Aalisartut Aqqutaat 7, 3900 Nuuk") in found(
        "Ny adresse: Aalisartut Aqqutaat 7, 3900 Nuuk"
    )


def test_the_plates_format_example_is_no_plate() -> None:
    assert "NUMBER_PLATE" not in entities("set en bil med nummerplade XX 12 345 ved")
    assert ("NUMBER_PLATE", "XX 50 889") in found("bil plate=XX 50 889")


# Bank accounts.


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("kr. 8934  fra Duong, Duc (9570 9642314704)  tekst", "9570 9642314704"),
        ("kr. 8934  fra Quist, Mikael (9570-9642314)  tekst", "9570-9642314"),
        ("Overført til 3409-9969215317.", "3409-9969215317"),
    ],
)
def test_a_statements_account_is_one(text: str, account: str) -> None:
    assert ("BANK_ACCOUNT", account) in found(text)


@pytest.mark.parametrize(
    "text", ["ordre 4521-1234567890", "Sag 2025-1234567890", "kr. 8934  Mikael (9570-9642314)"]
)
def test_an_order_a_case_or_a_short_number_without_counterparty_is_no_account(text: str) -> None:
    assert "BANK_ACCOUNT" not in entities(text), found(text)


def test_an_account_column_beside_a_reg_column_gives_the_account() -> None:
    text = "Fornavn\tEfternavn\tReg.nr.\tKontonr.\nVibeke\tWinther\t2010\t6501285"
    assert ("BANK_ACCOUNT", "6501285") in found(text)


# MitID user IDs and one-time codes.


def test_a_mitid_user_field_and_a_given_user_id() -> None:
    assert ("MITID_USER", "aishah58") in found('{"device": "MP-Q9F",\n "mitidUser": "aishah58"}')
    text = "Opkald fra MitID. Han bad om mit bruger-ID og jeg gav ham mette279. Så fik jeg"
    assert ("MITID_USER", "mette279") in found(text)
    assert "MITID_USER" not in entities('{"mitidUser": "[bruger-ID]"}')


def test_a_bank_sms_naming_what_its_code_approves() -> None:
    text = "Kode til godkendelse af betaling på 72.995,30 kr.: 547579"
    assert ("OTP", "547579") in found(text)
    assert "OTP" not in entities("Koden til porten: ring 20304050")


# Names.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DKK 17.720,81  fra Boesen, Olga (7780 5133590182)", "Boesen, Olga"),
        ("Anmelder: Lauridsen, Ejner, født 31. marts 1940", "Lauridsen, Ejner"),
        (
            "adresse ændret til: c/o Holst, Gitte, Kaj Munks Vej 69, 4370 Store Merløse",
            "Holst, Gitte",
        ),
        ("goddag mit navn er anker pedersen født 2004-01-14 jeg vil", "anker pedersen"),
        ("Konto 3409-0001652514 tilhører Ngo Minh Lan (190954-3013).", "Ngo Minh Lan"),
    ],
)
def test_inverted_transcribed_and_family_first_names(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_town_before_a_comma_and_a_sentence_is_no_surname() -> None:
    assert ("PERSON", "Mette") in found("Vi kørte fra Odense, Mette kørte bilen")
