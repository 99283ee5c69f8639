"""Addresses, phone numbers, dates of birth and bank accounts in the older development sets'
documents (issue 18, pii27b): Windows line ends in address blocks, statement lines, logs,
forms with dot leaders, household lists and tables, and the near miss beside each rule.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import found, of


def addresses(text: str) -> list[str]:
    return of("ADDRESS", text)


# --- ADDRESS ------------------------------------------------------------------------------


def test_an_address_block_with_windows_line_ends_keeps_its_postcode_line() -> None:
    text = "Skattestyrelsen\r\n\r\nLan Duong\r\nHybenvej 61\r\n3060 Espergærde\r\n\r\nCPR-nr."
    assert addresses(text) == ["Hybenvej 61\r\n3060 Espergærde"]


def test_a_street_line_followed_by_another_line_stays_alone() -> None:
    # Near miss: the next line is no postcode and town.
    assert addresses("Lan Duong\r\nHybenvej 61\r\nTelefon 1234\r\n") == ["Hybenvej 61"]


def test_a_floor_without_its_full_stop_between_commas_before_the_postcode() -> None:
    text = "Køber | Niels Husted | Bakkedraget 38, 2, 2850 Nærum | 30587927"
    assert addresses(text) == ["Bakkedraget 38, 2, 2850 Nærum"]


def test_a_number_after_the_house_number_without_a_postcode_is_no_floor() -> None:
    # Near miss: ", 2, " followed by no postcode and town.
    assert addresses("Han bor på Bakkedraget 38, 2, og ellers intet.") == ["Bakkedraget 38"]


def test_a_statements_or_a_contracts_word_before_the_street_is_no_part_of_it() -> None:
    assert addresses("02.01\tHusleje Søvej 56, 3. tv\t-5223,69") == ["Søvej 56, 3. tv"]
    assert addresses('"message": "Depositum Æblehaven 27C, 1. th. til Hanne"') == [
        "Æblehaven 27C, 1. th."
    ]
    assert addresses("CPR-NR. 1109779368, BOSAT SKOLEVEJ 24, 1456 KØBENHAVN K, GIVER") == [
        "SKOLEVEJ 24, 1456 KØBENHAVN K"
    ]
    assert addresses("My new address is Jagtvej 142, 1260 København K.") == [
        "Jagtvej 142, 1260 København K"
    ]


def test_a_capitalised_name_word_before_the_street_still_belongs_to_it() -> None:
    # Near miss: "Sankt Hans" is the street's own name.
    assert addresses("Han bor på Sankt Hans Gade 8, 2200 København N.") == [
        "Sankt Hans Gade 8, 2200 København N"
    ]


def test_the_preposition_i_before_the_town_is_no_house_letter() -> None:
    assert addresses("Jeg, Frode Andreasen, Engtoften 15 i Farsø, vil anmelde") == ["Engtoften 15"]
    assert addresses("VITTERLIGHEDSVIDNE: MATHILDE MOSE, HJALLESEVEJ 17 I SÆBY") == [
        "HJALLESEVEJ 17"
    ]


def test_a_house_letter_after_a_space_is_still_one() -> None:
    # Near miss: "B" is the house's letter.
    assert addresses("Min gamle adresse var Markvej 29 B, 1. th. i Vejle.") == [
        "Markvej 29 B, 1. th."
    ]


def test_a_short_town_before_the_next_sentence_is_no_abbreviation() -> None:
    text = "Sigtet: Lan Çelik, f. 16.07.98, Grenåvej 78, kl., 8680 Ry. Sigtede blev anholdt."
    assert addresses(text) == ["Grenåvej 78, kl., 8680 Ry"]


def test_a_towns_abbreviated_first_word_is_still_read() -> None:
    # Near miss: "Kgs." begins the town's name.
    assert addresses("Vestergade 3, 2800 Kgs. Lyngby") == ["Vestergade 3, 2800 Kgs. Lyngby"]


def test_a_ved_street_with_a_short_noun() -> None:
    assert addresses("Mit navn er Kenneth Fogh, Ved Åen 124C, st., 7100 Vejle, tlf") == [
        "Ved Åen 124C, st., 7100 Vejle"
    ]


def test_ved_before_a_pronoun_is_no_street() -> None:
    # Near miss: "Ved Det 3. møde" is a preposition and a pronoun.
    assert addresses("Ved Det 3 gange nævnte møde var alle der.") == []


def test_a_logs_quoted_value_after_its_key() -> None:
    text = 'INFO address.changed customer=83323 new="Åbrinken 44, 3000 Helsingør" by=self'
    assert addresses(text) == ["Åbrinken 44, 3000 Helsingør"]


def test_a_logs_key_before_a_street_word_alone_is_still_no_address() -> None:
    # Near miss: after the key stands only a street word, no street.
    assert addresses('INFO page="Allé 439" by=self') == []


def test_a_csv_fields_street_after_its_semicolon() -> None:
    text = "2026-10-30 14:27:57;MBEG;Magnus Begić;Adresse;Hedelyngen 33B, 3. th., 2300 Valby;x"
    assert addresses(text) == ["Hedelyngen 33B, 3. th., 2300 Valby"]


def test_a_csv_fields_street_word_alone_is_still_no_address() -> None:
    # Near miss: after the ";" stands only a street word and a count.
    assert addresses("2026-10-30;MBEG;Allé 4;x") == []


def test_streets_ending_in_leddet_and_lyngen() -> None:
    assert addresses("Adresse .........: Ringleddet 12, 1. th.\nPostnr./by") == [
        "Ringleddet 12, 1. th."
    ]
    assert addresses("Min far på Hedelyngen 65A i Holstebro ringede.") == ["Hedelyngen 65A"]


def test_a_definite_street_word_alone_with_a_floor_or_after_a_comma() -> None:
    text = "Aflastning hos plejefamilien Susanne og Bo Graversen, Boulevarden 157.\nSocial"
    assert addresses(text) == ["Boulevarden 157"]
    assert addresses("til lejemålet Torvet 54, 4. tv.\nVi har") == ["Torvet 54, 4. tv."]


def test_a_street_word_alone_without_a_floor_or_comma_stays_no_address() -> None:
    # Near miss: a sentence's first word and a count.
    assert addresses("Torvet 3 gange om ugen er for meget.") == []
    assert addresses("Plads 2 til dig.") == []


def test_a_district_letter_written_without_its_o_slash() -> None:
    assert addresses("Hvor: Solsikkevej 34b, 9210 Aalborg SO\nArrangør") == [
        "Solsikkevej 34b, 9210 Aalborg SO"
    ]


def test_greenlandic_address_after_a_sentence_in_capitals() -> None:
    text = "ALUU CECILIE! VI ER FLYTTET TIL IMANEQ 61, 3913 TASIILAQ. MIT NYE NUMMER"
    assert addresses(text) == ["IMANEQ 61, 3913 TASIILAQ"]
    assert addresses("Vi er flyttet til Jaaku Kreutzmannip Aqq. 71, 3911 Sisimiut.") == [
        "Jaaku Kreutzmannip Aqq. 71, 3911 Sisimiut"
    ]


def test_norwegian_street_with_its_street_word_in_lower_case() -> None:
    assert addresses("Adressen er Thorvald Meyers gate 6, 7011 Trondheim.") == [
        "Thorvald Meyers gate 6, 7011 Trondheim"
    ]


def test_a_shops_short_name_before_a_postcode_is_still_no_street() -> None:
    # Near miss: "Coop 365" has no street word.
    assert addresses("Coop 365, 4000 Roskilde") == []


# --- PHONE --------------------------------------------------------------------------------


def test_a_logged_query_field_named_phone_with_an_encoded_plus() -> None:
    text = 'GET /api/v2/lookup?name=Oda+Kirk&phone=%2B4552909482&lang=da HTTP/1.1" 200'
    assert of("PHONE", text) == ["%2B4552909482"]


def test_digits_in_a_url_field_not_named_for_a_phone_stay_no_phone() -> None:
    # Near miss: "hotel=" is no phone field, and a plain id in a URL stays evidence.
    text = 'GET /book?hotel=%2B4552909482&id=52909482 HTTP/1.1" 200'
    assert of("PHONE", text) == []


def test_an_account_after_its_reg_and_a_spaced_dash_is_no_phone() -> None:
    text = "Beløbet udbetales til din NemKonto 7573 - 50885860.\n"
    assert found(text) == [("BANK_ACCOUNT", "7573 - 50885860")]


def test_a_number_outside_the_plan_after_reach_me_or_a_chats_timestamp() -> None:
    assert of("PHONE", "You can reach me at 48 08 64 40 or by mail.") == ["48 08 64 40"]
    assert of("PHONE", "kan du kontakte os på 32063184 eller skrive") == ["32063184"]
    assert of("PHONE", "[13.11.24, 17.16.41] 72 09 68 65: Hej mor, det er mig.") == ["72 09 68 65"]


def test_a_number_outside_the_plan_without_a_phone_word_stays_no_phone() -> None:
    # Near miss: the same digits after an amount's words.
    assert of("PHONE", "Beløbet 48 08 64 40 blev noteret.") == []


def test_a_policy_customer_id_or_licence_field_is_no_phone() -> None:
    assert of("PHONE", "Forsikring: Tryghed Forsikring, police 49227204\n") == []
    assert of("PHONE", "Contact Name: Juhl, Finn\nCustomer ID: 67611340\n") == []
    licence = "3. 13.08.1951 SILKEBORG\n4a. 30.01.2025  4b. 2035-01-21\n4c. Politiet\n5. 36325010\n"
    assert of("PHONE", licence) == []


def test_a_field_5_outside_a_licence_is_still_a_phone() -> None:
    # Near miss: a numbered list without a licence's field 4a.
    assert of("PHONE", "Kontakter:\n5. 36325010\n") == ["36325010"]


# --- DATE_OF_BIRTH ------------------------------------------------------------------------


def test_a_birth_date_after_a_forms_dot_leaders() -> None:
    text = "Anmelder ........: Josefine Munk\nFødselsdato .....: 24-09-2009\nAdresse"
    assert of("DATE_OF_BIRTH", text) == ["24-09-2009"]


def test_a_date_after_other_dot_leaders_is_no_birth_date() -> None:
    # Near miss: the form's date of the report.
    assert of("DATE_OF_BIRTH", "Anmeldt .........: 24-09-2024\n") == []


def test_a_licences_field_3_when_its_field_letters_are_capitals() -> None:
    text = "KØREKORT  DANMARK\n1. KHALIL\n2. YOUSEF\n3. 13.08.1951 SILKEBORG\n4A. 30.01.2025\n"
    assert of("DATE_OF_BIRTH", text) == ["13.08.1951"]


def test_a_households_members_with_their_dates() -> None:
    text = (
        "Vi har regnet med disse personer i husstanden:\n"
        "  Birthe Brandt\t28-03-1994\n"
        "  Ulrik Brandt\t15. feb. 2001\n"
        "\n"
        "Udlejer: Karen Blixen Museet, 01-02-2020\n"
    )
    assert of("DATE_OF_BIRTH", text) == ["28-03-1994", "15. feb. 2001"]


def test_dates_after_the_household_list_are_no_birth_dates() -> None:
    # Near miss: a date-stamped line without a household heading.
    assert of("DATE_OF_BIRTH", "Personer:\n  Birthe Brandt\t28-03-1994\n") == []


def test_a_tables_column_headed_born() -> None:
    text = (
        "Navn | Født | Forælder | Tlf.\n"
        "Marjun Olsen | 26-06-2011 | Jógvan Olsen | 87567366\n"
        "Ivar Krog | 29-04-2013 | Finn Krog | 72465981\n"
    )
    assert of("DATE_OF_BIRTH", text) == ["26-06-2011", "29-04-2013"]


def test_a_tables_other_date_column_is_no_birth_date() -> None:
    # Near miss: the dates stand under "Betalt".
    text = "Navn | Betalt | Født\nMarjun Olsen | 26-06-2024 | ukendt\n"
    assert of("DATE_OF_BIRTH", text) == []


# --- BANK_ACCOUNT -------------------------------------------------------------------------


def test_a_statement_lines_transfer_to_an_account() -> None:
    assert of("BANK_ACCOUNT", "22.01\tTil 9820 - 7842768 Senthil Thambirajah ref. 655441") == [
        "9820 - 7842768"
    ]
    assert of("BANK_ACCOUNT", "24.02\tTil 6198-9823296 Derya Demir ref. 879198\t1276,35") == [
        "6198-9823296"
    ]


def test_a_statement_lines_other_text_with_a_number_is_no_account() -> None:
    # Near miss: "Ordre" starts the line's text, not "Til".
    assert of("BANK_ACCOUNT", "22.01\tOrdre 9820-7842768 leveret\t-1242,00") == []


def test_mt940_field_25_and_a_deposit_to_an_account() -> None:
    text = ":20:STMT261115-4818\n:25:3201-233652758\n:28C:00193/001\n"
    assert of("BANK_ACCOUNT", text) == ["3201-233652758"]
    assert of("BANK_ACCOUNT", "Hej Siobhán, husk depositum til 4090-554781025 inden") == [
        "4090-554781025"
    ]


def test_mt940_other_fields_hold_no_account() -> None:
    # Near miss: field 28C's statement number and field 20's reference.
    assert of("BANK_ACCOUNT", ":20:STMT2611-4818\n:28C:3201-233652758\n") == []
