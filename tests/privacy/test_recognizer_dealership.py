"""A car dealership's and a leasing company's fraud checks (pii77, pii_blind74): a car's make
and model with its variant, a trade before a speaker's given name, genitives of an initial and
surname, of a name in capitals and of an inverted name, a given name's trailing initial before
a slash, a sentence's full stop or a genitive's apostrophe, inverted names after "kaldte sig"
and before a field's slash, the name an ID check read off a driving licence, who checked it,
and a leasing contract's party. The near miss beside each. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_car_model_with_its_variant_is_no_name() -> None:
    text = "Bilen (YX 94 339, Kia Niro EV) blev udleveret på adressen."
    assert of("PERSON", text) == []


def test_a_name_before_a_car_is_still_one() -> None:
    text = "Bilen blev udleveret til Kia Holm, der kørte den væk."
    assert of("PERSON", text) == ["Kia Holm"]


def test_a_trade_before_a_speakers_given_name() -> None:
    text = "Kunde: SØREN SKOV, 2493 6680\n\nMekaniker Freja: Stelnummeret passer ikke."
    assert of("PERSON", text) == ["SØREN SKOV", "Freja"]


def test_a_trade_before_a_word_is_no_speaker() -> None:
    text = "Mekaniker Service: Stelnummeret passer ikke til papirerne."
    assert of("PERSON", text) == []


def test_genitives_of_an_initial_and_surname_and_of_a_name_in_capitals() -> None:
    assert of("PERSON", "Bureauet har spærret O. Ebbesens oplysninger.") == ["O. Ebbesens"]
    assert of("PERSON", "Bureauet har spærret GITTE THYGESENs oplysninger.") == ["GITTE THYGESENs"]


def test_double_initials_and_an_authority_in_capitals_are_no_genitive_names() -> None:
    assert of("PERSON", "Hun læste H.C. Andersens eventyr højt.") == []
    assert of("PERSON", "Vi har bedt om SKATs oplysninger.") == []


def test_an_inverted_name_in_the_genitive() -> None:
    text = "Bureauet har spærret Winther, Gittes oplysninger. Anmeldt til politiet."
    assert of("PERSON", text) == ["Winther, Gittes"]


def test_a_list_of_surnames_before_a_genitive_is_no_inverted_name() -> None:
    text = "Til stede: Bruun, Winther, Gittes mor"
    assert "Winther, Gittes" not in of("PERSON", text)


def test_a_trailing_initial_before_a_slash_a_full_stop_or_an_apostrophe() -> None:
    assert of("PERSON", "Kunde: Jesper W. / tlf. 31083073") == ["Jesper W."]
    assert of("PERSON", "en, der kaldte sig Louise F.. Der blev oplyst") == ["Louise F."]
    assert of("PERSON", "Bureauet har spærret Susanne L.' oplysninger.") == ["Susanne L."]


def test_an_initial_that_opens_a_sentence_is_not_the_names() -> None:
    assert of("PERSON", "Jeg talte med Jesper. I går ringede han igen.") == ["Jesper"]


def test_inverted_names_after_kaldte_sig_and_before_a_fields_slash() -> None:
    text = "Aftalen blev underskrevet af en, der kaldte sig Munch, Claus. Der blev oplyst"
    assert of("PERSON", text) == ["Munch, Claus"]
    assert of("PERSON", "Kunde: Aagaard, Signe / tlf. 30633422") == ["Aagaard, Signe"]


def test_a_town_before_a_name_after_kaldte_sig_is_no_inverted_name() -> None:
    text = "Hun boede i Odense, Mette kaldte sig Holm."
    assert "Odense, Mette" not in of("PERSON", text)


def test_the_name_on_a_driving_licence_and_who_checked_it() -> None:
    text = "ID-kontrol: Navn på kørekortet: TRINE FALK, Fødselsdato: 29/4-1975."
    assert of("PERSON", text) == ["TRINE FALK"]
    assert of("PERSON", "Udleveret kl. 09.55 (kørekort tjekket af N. Lykke), retur") == ["N. Lykke"]


def test_a_firm_on_a_licence_label_and_a_car_checked_by_the_workshop() -> None:
    assert of("PERSON", "Navn i passet: DANSKE BANK, Fødselsdato: ukendt") == []
    assert of("PERSON", "Bilen er tjekket af værkstedet i går.") == []


def test_a_leasing_contracts_party() -> None:
    text = "Leasingtager ifølge kontrakten: Trine F., CPR 2205920904."
    assert of("PERSON", text) == ["Trine F."]


def test_a_leasing_contracts_label_before_a_sentence() -> None:
    assert of("PERSON", "Leasingtager: Bilen er ikke leveret endnu.") == []


def test_a_teams_common_noun_in_a_header_is_no_name() -> None:
    text = "Fra: Bruger 2 <[e-mail]>\nTil: Brugtbasen Tryghed <tryg@example.dk>\nEmne: Sv: Svindel?"
    assert of("PERSON", text) == []


def test_a_persons_name_in_a_header_is_still_one() -> None:
    text = "Fra: Bruger 2 <[e-mail]>\nTil: Henning Jessen <hj@example.dk>\nEmne: Sv: Svindel?"
    assert of("PERSON", text) == ["Henning Jessen"]


def test_a_firm_before_its_registration_number() -> None:
    assert of("PERSON", "Forsikringstager: Kattegat Linjen, CVR-nr. 24668230\nFører") == []
    assert of("PERSON", "Forsikringstager: Fjordfærgen, CVR-nr. 67484013\nFører") == []


def test_a_sole_traders_name_before_a_registration_number() -> None:
    assert of("PERSON", "Forsikringstager: Ole Hansen, CVR 12345678") == ["Ole Hansen"]


def test_a_shop_greeted_by_the_name_the_text_gives_it_elsewhere() -> None:
    text = "Kære Mynte\n\nJeg har ikke bestilt noget. Retur: Mynte Apotek Vestbyen, Lyngvej 8"
    assert of("PERSON", text) == []


def test_a_greeted_unlisted_name_without_a_firm_is_still_one() -> None:
    assert of("PERSON", "Kære Mynte\n\nJeg har ikke bestilt noget.") == ["Mynte"]


def test_an_interjection_and_an_imperative_after_a_speakers_label() -> None:
    text = "[12:10] Medarbejder 1: Uha. Har du givet koden videre?\n[12:11] Vidne 2: Send kopien"
    assert of("PERSON", text) == []


def test_a_pseudonyms_letter_after_kaldte_sig_is_no_trailing_initial() -> None:
    assert of("PERSON", "Sælgeren kaldte sig Part C. Bagefter bad han om koden") == []


def test_a_listed_given_name_with_a_letter_beyond_latin1() -> None:
    assert of("PERSON", "Resumé: Lønkontoen for Paweł Kowalczyk blev ændret i går") == [
        "Paweł Kowalczyk"
    ]
    assert of("PERSON", "Ok. Jeg er hjemme i morgen. Kys til Ayşe") == ["Ayşe"]


def test_a_place_with_a_letter_beyond_latin1_is_no_name() -> None:
    assert of("PERSON", "Vi tager på Łódź-tur 🎉 i morgen og kører over Gdańsk.") == []


def test_who_handed_out_or_collected_the_goods() -> None:
    assert of("PERSON", "Hentet i butikken.\nUdleveret af: Lis Bæk") == ["Lis Bæk"]
    text = "Medicinen blev afhentet af Svend A., som oplyste telefon 0045 57636472."
    assert of("PERSON", text) == ["Svend A."]


def test_a_firm_that_collected_the_goods_is_no_name() -> None:
    assert of("PERSON", "Pakken blev afhentet af Posthuset i går.") == []


def test_an_inverted_name_after_tilhoerende() -> None:
    text = "for 1394 0062260502 tilhørende Udsen, Kim, CPR-nr. 271143 1843."
    assert of("PERSON", text) == ["Udsen, Kim"]


def test_a_bank_and_its_town_after_tilhoerende_is_no_name() -> None:
    assert of("PERSON", "Kontoen tilhørende Danske Bank, Aarhus, blev lukket.") == []


def test_a_passports_and_a_driving_licences_name_fields() -> None:
    passport = (
        "PAS / PASSPORT  KONGERIGET DANMARK \r\nEfternavn / Surname  \r\nJUHL \r\n"
        "Fornavne / Given names\r\nTAGE OLE\r\nFødselsdato / Date of birth  \r\n21.05.1997"
    )
    assert of("PERSON", passport) == ["JUHL", "TAGE OLE"]
    licence = "KØREKORT  DANMARK  DK\n1. VINTHER\n2. ASK\n3. 10.06.1966 RINGKØBING\n4a. 2024"
    assert of("PERSON", licence) == ["VINTHER", "ASK"]


def test_a_numbered_agenda_in_capitals_is_no_licence() -> None:
    assert of("PERSON", "Dagsorden:\n1. BUDGET\n2. EVENTUELT\n3. 2026-planen\n") == []


def test_a_farmer_before_the_farms_registration_number() -> None:
    text = "Ansøger: Landmand Kaj Jakobsen (CVR-nr. 39969799, CHR-nr. 553660)"
    assert of("PERSON", text) == ["Kaj Jakobsen"]
