"""pii97: what the housing association, removals and storage, and wedding and event sets
showed of PERSON: firms named by a trade word (housing, photo studio, manor, coach and car
hire, venue rooms); a wedding's role before a name; a surname and a given name found apart
that a comma joins; a given name with its surname's initial; a board's attendees parted by
semicolons; a given name's genitive beside a couple's name, in brackets, or before a room; a
lowercase relative after "min søster"; an initial and a surname over an address block or in
capitals after a label; a note's author before a role in brackets, a note's subject surname
first and a couple's label; whom to ask for. Each rule has a firing case and a near miss.
Synthetic names and values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_firms_named_by_a_trade_word_are_no_names() -> None:
    text = (
        "Kære Vestbo Almene Boliger\n\nMit lejemål er opsagt.\n"
        "Til: Lysbilledet Foto <booking@example.dk>\n"
        "Fra: Karen Dam <karen.dam@example.dk>\n"
        "> Den 02.03.26 skrev Herregården Solvang:\n"
        "> Festbussen Nord bekræfter."
    )
    assert of("PERSON", text) == ["Karen Dam"]


def test_a_wedding_role_before_a_name_is_left_out() -> None:
    text = (
        "Kontakt os på 70 10 20 30.\nGæsten Peter Holm kører selv i bil.\n"
        "Bruden Anna Dam har betalt."
    )
    assert of("PERSON", text) == ["Peter Holm", "Anna Dam"]


def test_surname_and_given_name_joined_by_a_comma() -> None:
    text = (
        "- Chauffør Holm, Mette, tlf. +45 2012 3456\n"
        "Videoen er udleveret af skadebehandler Krogh, Anna.\n"
    )
    assert of("PERSON", text) == ["Holm, Mette", "Krogh, Anna"]


def test_given_names_listed_with_commas_stay_apart() -> None:
    text = "Hej Peter, Anna har ringet om nøglen."
    assert "Peter, Anna" not in of("PERSON", text)


def test_a_given_name_with_its_surname_initial() -> None:
    text = "Til stede: Holm, Karen; Mette B.; Jens Dam (formand)\n1. Regnskab"
    assert of("PERSON", text) == ["Holm, Karen", "Mette B.", "Jens Dam"]


def test_no_initial_taken_before_a_surname() -> None:
    # A middle initial before a surname is read by its own rule, never as a name's end.
    assert "Mette B." not in of("PERSON", "Hilsen fra Mette B. Holm i dag.")


def test_a_semicolon_list_of_attendees() -> None:
    text = "Til stede: Jens Dam; T. Abiola; Sofie Bøg Vinter (kasserer)\n1. Regnskab"
    assert of("PERSON", text) == ["Jens Dam", "T. Abiola", "Sofie Bøg Vinter"]


def test_no_semicolon_list_without_a_name() -> None:
    assert of("PERSON", "Menu: Rødspætte; Kylling Tikka; Bagt Laks\n") == []


def test_a_genitive_given_name_beside_a_couple_and_in_brackets() -> None:
    text = "Liste: Mettes og Jens Dam bryllup\n- Anden bil (Sofies) holder ved porten"
    assert of("PERSON", text) == ["Mettes", "Jens Dam", "Sofies"]


def test_no_genitive_of_a_word_in_brackets() -> None:
    assert of("PERSON", "- Anden bil (Lastbils) holder ved porten") == []


def test_a_genitive_given_name_before_a_room() -> None:
    text = "Spejlet var revnet i Mettes stue. I Jens Dams depotrum stod også møbler."
    assert of("PERSON", text) == ["Mettes", "Jens Dams"]


def test_a_lowercase_relative_after_min_soster() -> None:
    text = (
        "[10:01] Bo: Betal her.\n"
        "[10:02] Karen Dam: 4111 1111 1111 1111 12/31\n"
        "[10:02] Karen Dam: min søster mette har også betalt. Hun bor i byen"
    )
    assert of("PERSON", text) == ["Bo", "Karen Dam", "Karen Dam", "mette"]


def test_no_name_after_min_mor_with_a_verb() -> None:
    assert of("PERSON", "[10:02] Karen Dam: min mor har også betalt") == ["Karen Dam"]


def test_an_initial_and_surname_over_an_address_block() -> None:
    text = "FAKTURA nr. 4411\n\nT. Abiola\nLærkevej 4\n7100 Vejle\n"
    assert of("PERSON", text) == ["T. Abiola"]


def test_an_initial_and_a_surname_in_capitals_after_a_label() -> None:
    text = "Ordre 4411: festbus, kørsel 11.02.26.\nLejer: K. DAMGAARD\nTlf. 70 10 20 30"
    assert of("PERSON", text) == ["K. DAMGAARD"]


def test_a_note_author_a_couple_and_a_note_subject() -> None:
    text = (
        "Note fra Lauge (chauffør): parret oplyser, at depositum er betalt.\n"
        "Brudepar: T. Abiola og Jens Holm\n"
        "Notat: Dam, Signe anmeldte chatten.\n"
    )
    assert of("PERSON", text) == ["Lauge", "T. Abiola", "Jens Holm", "Dam, Signe"]


def test_no_note_author_in_the_definite() -> None:
    assert of("PERSON", "Note fra Lageret (depot): alt er i orden.") == []


def test_whom_to_ask_for() -> None:
    text = "Spørgsmål: 70 10 20 30 – spørg efter Tran."
    assert of("PERSON", text) == ["Tran"]


def test_no_name_asked_for_that_is_a_desk() -> None:
    text = "Ring 70 10 20 30 og spørg efter Kundeservice eller spørg efter Lageret."
    assert of("PERSON", text) == []


def test_a_lowercase_relative_keeps_a_lowercase_surname() -> None:
    text = (
        "Pakken kom til Lærkevej 5\n[10:02] karen dam: min mor mette holm-nielsen har også fået den"
    )
    assert "mette holm-nielsen" in of("PERSON", text)


def test_an_initial_and_a_double_surname_stay_whole() -> None:
    text = "Modtaget af: politiassistent T. Abiola-Holm-Berg\n\nAnmelder: ukendt"
    assert "T. Abiola-Holm" not in of("PERSON", text)


def test_a_list_that_goes_on_after_a_surname_and_given_name_keeps_each_name() -> None:
    # pii99: a surname, a given name and the list going on names four people, each found.
    text = "Til stede: Abdi, Ejnar, Karen og Bo."
    assert of("PERSON", text) == ["Abdi", "Ejnar", "Karen", "Bo"]


def test_a_surname_and_given_name_alone_stay_one_name() -> None:
    # pii99's near miss: the pair alone with no list after it is one name.
    text = "Kortet er ikke Abdi, Ejnar; kunden har eget kort."
    assert of("PERSON", text) == ["Abdi, Ejnar"]


def test_no_list_name_after_og_that_is_no_given_name() -> None:
    # pii99's near miss: the word after "og" that ends a list is no listed given name.
    text = "Til stede: Abdi, Ejnar, Karen og Marts."
    assert of("PERSON", text) == ["Abdi", "Ejnar", "Karen"]
