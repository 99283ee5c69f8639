"""pii94: what the car-sharing, door-to-door sales, student administration and ferry booking
sets showed: a plate in a fee list's row or after the question which car it is; a code from
the bank after "en kode fra", or handed over after the SMS it went out in, and the number
that SMS goes to; a passenger list's "Surname, Given" before a birth date; a car's model
after its make; a firm's hyphened name before its legal form; a user ID written on a note;
an account after its reg.nr. in brackets; a given name's genitive before a customer's
hearing or what was sold at the door; a student as a role; a name before its CPR label.
Each rule has a firing case and a near miss. Synthetic names, IDs and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found, of

FEE_LIST = (
    "Bilen er lejet ud via appen. Ubetalte passager:\n"
    "- 4. maj kl. 10.15  TK 36 474  kr. 1.250,00  ref. 112-33445\n"
    "- 2026-06-02 kl. 08.05  MP 88 120  12.400,00 kr  ref. 221-90817\n"
)


def test_a_plate_in_a_fee_lists_row_is_found() -> None:
    assert of("NUMBER_PLATE", FEE_LIST) == ["TK 36 474", "MP 88 120"]
    assert of("PHONE", FEE_LIST) == []


def test_no_plate_in_a_row_of_other_words() -> None:
    text = "Bilen er lejet ud via appen. Betalinger:\n- 4. maj kl. 10.15  rente 36 474  kr. 1.250\n"
    assert of("NUMBER_PLATE", text) == []


def test_plates_answering_which_car_are_found() -> None:
    text = (
        "[09:10] Ida: Hvilken bil står der på din reservation?\n"
        "[09:12] Karl Emil Bøgh: det skal være RT51624 men der står en anden nu\n"
        "[09:13] Ida: Der står LM 72 903 og afgang KAL-ÅRH 1200."
    )
    assert of("NUMBER_PLATE", text) == ["RT51624", "LM 72 903"]


def test_no_plate_without_a_car_named() -> None:
    text = "[09:10] Ida: Hvilken afgang har du?\n[09:12] Karl: det skal være RT51624 i dag\n"
    assert of("NUMBER_PLATE", text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bagefter fik jeg en kode fra banken, 418263, som jeg læste op.", "418263"),
        (
            "[12:01] Bo: Du får en ny kode på sms til 2396 0828. Den kan du bruge nu: 71540362\n",
            "71540362",
        ),
        (
            "[12:01] Bo: Du får en ny kode på sms til 58 26 82 48. Den kan du bruge nu: 530218\n",
            "530218",
        ),
    ],
)
def test_a_code_from_the_bank_or_handed_over_is_found(text: str, code: str) -> None:
    assert of("OTP", text) == [code]


def test_the_number_a_codes_sms_goes_to_is_a_phone_not_a_code() -> None:
    text = "[12:01] Bo: Du får en ny kode på sms til 58 26 82 48. Den kan du bruge nu: 530218\n"
    assert of("PHONE", text) == ["58 26 82 48"]


def test_no_code_after_a_postcode_or_a_plain_sentence() -> None:
    assert of("OTP", "Jeg fik en kode fra portnummer, 2100 København.") == []
    text = "Du får en ny kode på sms til 58 26 82 48. Den kommer om lidt: 12 minutter\n"
    assert of("OTP", text) == []


def test_passengers_surname_given_before_a_birth_date_are_found() -> None:
    text = (
        "Booking betalt.\n\n"
        "1. WARSAME-DAMGAARD, KAREN  f. 02-03-1961  billet voksen\n"
        "2. Kastrup, Tove  født 11.04.1963  billet voksen\n"
    )
    assert of("PERSON", text) == ["WARSAME-DAMGAARD, KAREN", "Kastrup, Tove"]


def test_no_passenger_whose_given_name_is_none() -> None:
    text = "Booking betalt.\n\n1. ODENSE, BILLET  f. 02-03-1961  billet voksen\n"
    assert of("PERSON", text) == []


def test_a_cars_model_after_its_make_is_no_person() -> None:
    assert of("PERSON", "Bil: Renault Zoe, reg.nr. RF 87 215, km-stand 63.000") == []


def test_a_name_after_a_make_with_its_surname_is_a_person() -> None:
    assert of("PERSON", "Skaden blev meldt af Renault Zoe Jensen i går.") == ["Zoe Jensen"]


def test_a_firms_hyphened_name_before_its_legal_form_is_no_person() -> None:
    text = "Anmelder: Skyd E-løbehjul ApS, CVR-nr. 17293308, v/ Mette Hansen"
    assert of("PERSON", text) == ["Mette Hansen"]


def test_a_hyphened_surname_is_still_a_persons() -> None:
    assert of("PERSON", "Lejer Karen Olsen-Hansen ringede i går.") == ["Karen Olsen-Hansen"]


@pytest.mark.parametrize(
    "text",
    [
        "Han kom fra Solfirma ApS. Bruger-id karlhede48 blev skrevet på en seddel.",
        "Bruger-id karlhede48 blev skrevet ned på sedlen.",
    ],
)
def test_a_user_id_written_on_a_note_is_found(text: str) -> None:
    assert of("MITID_USER", text) == ["karlhede48"]


def test_no_user_id_that_was_not_written_down() -> None:
    text = "Han kom fra Solfirma ApS. Bruger-id karlhede48 blev slettet, se seddel."
    assert of("MITID_USER", text) == []


def test_an_account_after_its_bracketed_reg_is_found() -> None:
    text = "Firmaet betaler 5.800,00 kr. til Bo Hansens konto (reg.nr. 9195) 72969285 senest."
    assert of("BANK_ACCOUNT", text) == ["72969285"]


def test_no_account_after_another_bracketed_number() -> None:
    text = "Firmaet betaler 5.800,00 kr. til Bo Hansens konto (kundenr. 9195) 72969285 senest."
    assert of("BANK_ACCOUNT", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sælgeren gik, da Birthe skrev under. Birthes hørelse er dårlig.", "Birthes"),
        ("Notat: To sælgere var på døren. Bodils solcelleanlæg kostede kr. 88.500.", "Bodils"),
        ("Emne: Re: Sag FH-2026-18073 – Kenneths isolering", "Kenneths"),
    ],
)
def test_a_given_names_genitive_before_what_was_sold_is_found(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_no_genitive_of_a_word_before_those_nouns() -> None:
    assert of("PERSON", "Solens solceller og Kirkens syn på sagen.") == []


def test_a_student_is_a_role_not_a_name() -> None:
    assert of("PERSON", "[16:19] Medarbejder 1: Hej Studerende A. Har du givet en kode?") == []


def test_a_student_names_the_person_after_it() -> None:
    text = "Oprettet af Freja Mortensen\nStuderende: J. Busk (studienr. s200044, Historie)"
    assert of("PERSON", text) == ["Freja Mortensen", "J. Busk"]


def test_a_name_ends_before_its_cpr_label() -> None:
    text = "Kontoen blev ændret, og Anna Sofie Krogsgaards CPR-nr. 140499-0742 blev brugt."
    assert ("PERSON", "Anna Sofie Krogsgaards") in found(text)


def test_a_shop_after_seven_eleven_is_no_person() -> None:
    assert of("PERSON", "Agent: 7-Eleven Hovedbanegården\n\nAFSENDER\nNavn: [NAVN]\n") == []
