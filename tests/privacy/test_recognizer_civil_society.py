"""Personal data in civil society, charity and faith communities hit by fraud (pii56): a
treasurer's mail thread, board minutes, a parish office's log, a donor's complaint letter and a
register sent out by mistake, with churches, mosques and associations named after people and
pseudonymised registers. The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

MEMBERS_HEAD = "medlemsnr.;navn;adresse;telefon;konto til betalingsservice;bemærkning\n"


def test_a_registers_dues_account_column_holds_accounts() -> None:
    text = MEMBERS_HEAD + "3410;Lund, Arne;Parkvej 14C, 2650 Hvidovre;58396176;9158 7558413734;\n"
    assert of("BANK_ACCOUNT", text) == ["9158 7558413734"]
    assert of("CPR", text) == []


def test_a_registers_masked_dues_account_is_none() -> None:
    text = MEMBERS_HEAD + "772;Medlem 1;[ADRESSE], 7500 Holstebro;[TLF];******8079;\n"
    assert of("BANK_ACCOUNT", text) == []


def test_a_pseudonymised_registers_town_after_the_street_stand_in_is_no_address() -> None:
    text = MEMBERS_HEAD + "772;Medlem 1;[ADRESSE], 7500 Holstebro;[TLF];[kontonr.];\n"
    assert of("ADDRESS", text) == []


def test_a_registers_real_address_is_still_one() -> None:
    text = MEMBERS_HEAD + "772;Arne Lund;Parkvej 14C, 7500 Holstebro;[TLF];[kontonr.];\n"
    assert of("ADDRESS", text) == ["Parkvej 14C, 7500 Holstebro"]


def test_a_volunteers_and_a_donors_label_name_no_one() -> None:
    text = (
        "navn;telefon;email;adresse;vagt;børneattest\n"
        "Frivillig C;[TLF];[e-mail];[ADRESSE], 4000 Roskilde;mandag 07:07;ja\n"
        "Donor 2;[TLF];[e-mail];[ADRESSE], 2700 Brønshøj;tirsdag 09:00;nej\n"
    )
    assert of("PERSON", text) == []


def test_a_volunteers_name_in_the_register_is_one() -> None:
    text = (
        "navn;telefon;email;adresse;vagt;børneattest\n"
        "Frida Holm;[TLF];[e-mail];[ADRESSE], 4000 Roskilde;mandag 07:07;ja\n"
    )
    assert of("PERSON", text) == ["Frida Holm"]


def test_a_donor_who_gave_the_mitid_user_id_with_regret_is_named() -> None:
    text = "Jeg blev bedt om mit MitID-bruger-id og gav desværre birgit1979. Det fortryder jeg."
    assert of("MITID_USER", text) == ["birgit1979"]


def test_what_a_donor_gave_besides_the_user_id_is_none() -> None:
    text = "Jeg blev bedt om mit MitID-bruger-id og gav desværre beskeden videre."
    assert of("MITID_USER", text) == []


def test_a_treasurer_and_the_clergy_are_roles_not_names() -> None:
    text = (
        "Hej Kassereren\n\nJeg sidder i møde.\n"
        "Sognepræst Jens Iversen og Imam Lars Møller er orienteret. "
        "Gravstedsindehaver Ellen Sørensen har fået en mail."
    )
    assert of("PERSON", text) == ["Jens Iversen", "Lars Møller", "Ellen Sørensen"]


def test_a_treasurer_with_a_name_is_named() -> None:
    text = "Hej Lovely\n\nVenlig hilsen\nLovely Dela Cruz\nKasserer, Bosnisk Kulturforening"
    assert "Lovely Dela Cruz" in of("PERSON", text)


def test_churches_mosques_and_cafes_named_after_people_name_no_one() -> None:
    text = (
        "Kirkekontoret, Ansgar Kirke – henvendelseslog uge 12\n"
        "Det samme skete i Niels Bohr Lektiecafé i sidste uge, og Imam Ali Moskéen advarer.\n"
        "Udtræk – Spejdergruppen Tordenskjold – 2026-02-28. De kørte i en Mercedes Vito."
    )
    assert of("PERSON", text) == []


def test_a_person_whose_surname_ends_like_a_church_word_is_still_named() -> None:
    text = "Hej alle. Jens Kirkegaard har talt med banken."
    assert of("PERSON", text) == ["Jens Kirkegaard"]


def test_a_boards_attendance_with_offices_in_brackets_names_everyone() -> None:
    text = (
        "Til stede: Camilla Rasmussen (formand), Alma Fisker-Christensen (kasserer), "
        "Lovely Villanueva, Sofie Lund-Juhl\nAfbud: Vesna Mehmedović\n"
    )
    assert of("PERSON", text) == [
        "Camilla Rasmussen",
        "Alma Fisker-Christensen",
        "Lovely Villanueva",
        "Sofie Lund-Juhl",
        "Vesna Mehmedović",
    ]


def test_a_list_that_goes_on_with_a_workplace_is_still_no_list_of_people() -> None:
    text = "Henv. læge: K. Gram (praktiserende), Sundhedshuset Nord, ydernr. 012345."
    assert "Sundhedshuset Nord" not in of("PERSON", text)


def test_a_logs_writer_and_who_sends_minutes_round_are_named() -> None:
    text = (
        "KK-26/188 · 04.03.26 kl. 12.27 · Y. Jaber\nKaj Jørgensen ringede fra +45 9370 4182.\n"
        "Næste møde 29.03.26. Referatet rundsendes af O. Al-Sayed.\n"
        "# 3 rækker. Filen er slettet hos modtageren ifølge L. Mansour.\n"
        "Ring til mig, når du har talt med banken.\nN. Iqbal\n\n-----\nFra: [e-mail]\n"
    )
    assert of("PERSON", text) == [
        "Y. Jaber",
        "Kaj Jørgensen",
        "O. Al-Sayed",
        "L. Mansour",
        "N. Iqbal",
    ]


def test_a_logs_code_and_an_agenda_letter_are_no_writers() -> None:
    text = "KK-26/188 · 04.03.26 kl. 12.27 · KK-26/189\nA. Indledning\n\n-----\nB. Kasse"
    assert of("PERSON", text) == []


def test_a_charitys_and_a_parishs_records_name_their_people() -> None:
    text = (
        "Forældre, der har fået en sms:\n- Ubah (forælder til Per), 21 75 39 83\n"
        "Att.: Kannan Sharma\n\n"
        "Orientering af menighedsrådet: Selam Rahel Gebremedhin orienteres på næste møde.\n"
        "# Sendt ved en fejl som bilag til info@example.net af Hodan Warsame kl. 15.36\n"
        "Hun bad om navneattest for sin mor, Sagal Egal, født 3/7-1960.\n"
        "Faktura modtaget fra x@example.com med Filmons navn som godkender.\n"
        "KK-26/203 · 06.04.26 kl. 09.42 · K. Mortensen\n"
        "Nirosha Mahalingam, Tingvej 24, 5700 Svendborg, spurgte om indsamlingen.\n"
    )
    assert of("PERSON", text) == [
        "Ubah",
        "Per",
        "Kannan Sharma",
        "Selam Rahel Gebremedhin",
        "Hodan Warsame",
        "Sagal Egal",
        "Filmons",
        "K. Mortensen",
        "Nirosha Mahalingam",
    ]


def test_a_roles_genitive_and_a_firm_in_those_records_are_no_one() -> None:
    text = (
        "Faktura modtaget fra x@example.com med Formandens navn som godkender.\n"
        "Att.: Kirkeværgens Kontor\n"
        "Orientering af menighedsrådet: Danske Bank orienteres også.\n"
    )
    assert of("PERSON", text) == []


def test_a_members_family_and_manner_name_them() -> None:
    text = (
        "Bestyrelsen ringer rundt. Jytte tager sig af Jespers familie, der har betalt to gange.\n"
        "Det ligner ellers Bentes måde at skrive på."
    )
    assert of("PERSON", text) == ["Jytte", "Jespers", "Bentes"]


def test_a_familys_name_without_a_genitive_is_none() -> None:
    assert of("PERSON", "Det er en god måde at skrive på, og familie er vigtig.") == []


def test_a_boards_list_of_members_hit_names_them_before_address_or_number() -> None:
    text = (
        "Disse medlemmer har fået en sms:\n"
        "- Meron Gebremedhin, Havnegade 65, st. tv., tlf. +45 96966442\n"
        "- Hibo Warsame, medlemsnr. 2344, bor i 7620 Lemvig\n"
        "- Berhane, Winta (medlemsnr. 380), wberhane@example.dk\n"
    )
    assert of("PERSON", text) == ["Meron Gebremedhin", "Hibo Warsame", "Berhane, Winta"]


def test_a_list_item_of_a_bank_before_its_address_is_no_one() -> None:
    text = (
        "Adresser:\n- Danske Bank, Havnegade 65, st. tv.\n- Rued Langgaards Vej, Havnegade 6, 1.\n"
    )
    assert of("PERSON", text) == []
