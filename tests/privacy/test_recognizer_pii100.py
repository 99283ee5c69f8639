"""pii100: what the funeral home and estate, energy utility and optician and hearing clinic
sets showed of OTP and PERSON: a one-time code told to the scammer or received by SMS before
a colon; a given name's genitive before a death, a funeral or a home's drive, or before what
was lost; lawyers' firms named as a house or as their lawyers; an inverted name found in part
widened over its other part; a lowercase or capitalised name found in part widened over the
next word; who a dated log's entry names; who calls back; a lowercase or capitalised name
before what identifies the person; who booked or called, as an initial and a surname; a
caller's alias with the firm inside the quotes; a clinic's notes that are no speakers. Each
rule has a firing case and a near miss. Synthetic names and values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_code_told_to_the_scammer() -> None:
    text = "Engangskode oplyst til svindleren: 482913. Sønnen var til stede."
    assert of("OTP", text) == ["482913"]


def test_a_pin_told_to_the_scammer_is_no_one_time_code() -> None:
    assert of("OTP", "Pinkode oplyst til svindleren: 4829. Kortet er spærret.") == []


def test_a_code_received_by_sms_before_a_colon() -> None:
    text = "[10:02] Birte: jeg fik en kode på sms: 604118 skal jeg give den til jer?"
    assert of("OTP", text) == ["604118"]


def test_a_phone_after_the_sms_colon_is_no_code() -> None:
    assert of("OTP", "jeg fik en kode på sms: 20 30 40 50 i går") == []


def test_a_genitive_before_a_death_a_funeral_or_a_drive() -> None:
    text = (
        "Kunden modtog efter Gunnars død et brev. Efter Lottes bisættelse kom to mænd. "
        "Bilen holdt i Birtes opkørsel."
    )
    assert of("PERSON", text) == ["Gunnars", "Lottes", "Birtes"]


def test_a_genitive_before_what_was_lost() -> None:
    text = "Vi sender oplysningerne i sagen om Gunnars tabte penge."
    assert of("PERSON", text) == ["Gunnars"]


def test_a_pronoun_before_a_death_is_no_name() -> None:
    assert of("PERSON", "Hans død kom brat, og deres begravelse var smuk.") == []


def test_lawyers_firms_named_as_a_house_or_their_lawyers_are_no_names() -> None:
    text = (
        "Bobestyrer: Advokathuset Lindegaarden\nTorvegade 4\n"
        "Med venlig hilsen\nUlla Sørensen, advokat\nBoadvokaterne Syd, tlf. 70 10 20 30"
    )
    assert of("PERSON", text) == ["Ulla Sørensen"]


def test_a_lawyer_named_after_the_label_is_still_a_name() -> None:
    assert of("PERSON", "Bobestyrer: Karen Lindegaard\nTorvegade 4") == ["Karen Lindegaard"]


def test_an_inverted_name_before_an_address_is_one_name() -> None:
    text = "Vidner:\n1. Jens Dam\n2. Sørensen, Ulla, Toftevej 12\n"
    assert of("PERSON", text) == ["Jens Dam", "Sørensen, Ulla"]


def test_an_inverted_name_ending_a_subject_line() -> None:
    text = "Emne: Sag 26-1 – falsk SMS, SØRENSEN, ULLA\nDato: 2026-03-20"
    assert of("PERSON", text) == ["SØRENSEN, ULLA"]


def test_a_list_of_given_names_after_a_surname_stays_apart() -> None:
    assert "Lund, Mette" not in of("PERSON", "Til stede: Lund, Mette, Karen og Bo")


def test_a_surname_that_ends_a_listed_name_starts_no_inverted_one() -> None:
    text = (
        "- Holdet på ruten: Birte Pedersen, Mikkel. Mødested ved kirken.\n"
        "Til stede: Omar, Ellen Munk Lindholm (kasserer)"
    )
    assert of("PERSON", text) == ["Birte Pedersen", "Mikkel", "Omar", "Ellen Munk Lindholm"]


def test_a_lowercase_name_typed_after_its_speaker_is_one_name() -> None:
    text = (
        "[10:01] Jytte: Hvad er dit navn og din adresse?\n"
        "[10:02] Ulla Sørensen: ulla sørensen, Toftevej 12\n"
        "[10:03] Jytte: Tak."
    )
    assert "ulla sørensen" in of("PERSON", text)


def test_a_lowercase_name_before_an_everyday_word_stays_short() -> None:
    text = "[10:01] Jytte: Hej\n[10:02] Ulla Sørensen: ulla kommer i morgen\n[10:03] Jytte: Fint."
    assert "ulla kommer" not in of("PERSON", text)


def test_a_name_in_capitals_widened_over_its_next_word() -> None:
    text = "Dato: 2026-02-04\nEmne: Dødsbo efter ULLA MARIE SØRENSEN – J.nr. 26-363"
    assert of("PERSON", text) == ["ULLA MARIE SØRENSEN"]


def test_a_dated_log_entry_names_who_saw_it() -> None:
    text = (
        "Log over falske regninger\n- 03.02.2026: K. Sønderby så en mand ved kirken\n"
        "- 04.02.2026: Lindholm, Birte fik brev\n- 05.02.2026: Politiet kom forbi"
    )
    assert of("PERSON", text) == ["K. Sønderby", "Lindholm, Birte"]


def test_someone_who_calls_back() -> None:
    text = "Skriv gerne dit nummer, så ringer Birte tilbage. Ellers ringer Banken tilbage."
    assert of("PERSON", text) == ["Birte"]


def test_a_lowercase_name_before_an_address_or_birth() -> None:
    text = (
        "Beboer: birte, Toftevej 12, 5000 Odense C\n"
        "Opkald fra ulla sørensen, tlf. 20 30 40 50\n"
        "Note: ring, tlf. 70 10 20 30"
    )
    assert of("PERSON", text) == ["birte", "ulla sørensen"]


def test_a_name_in_capitals_before_its_cpr() -> None:
    text = (
        "Arvinger\n  1. ULLA SØRENSEN, CPR 010203-1112, Toftevej 12\n"
        "  2. FÆLLES BOKONTO, CPR oplyses senere"
    )
    assert of("PERSON", text) == ["ULLA SØRENSEN"]


def test_an_initial_and_surname_who_booked_or_called() -> None:
    text = (
        "Booket af K. Lindholm.\nOpkald fra B. Sørensen, tlf. 20 30 40 50.\n"
        "Booket af Medarbejder A."
    )
    assert of("PERSON", text) == ["K. Lindholm", "B. Sørensen"]


def test_a_callers_alias_with_the_firm_inside_the_quotes() -> None:
    text = 'Pengene gik efter et opkald fra "Birte fra høreklinikken" og fra "Support fra banken".'
    assert of("PERSON", text) == ["Birte"]


def test_a_clinics_notes_are_no_speakers() -> None:
    text = (
        "Parkering: brug P-huset bag Torvet.\nBirte: hej\nJens: hej hej\nBirte: ses\n"
        "Parkering: brug P-huset bag Torvet.\nMødested: klinikken på 2. sal.\n"
        "Mødested: klinikken på 2. sal."
    )
    assert of("PERSON", text) == ["Birte", "Jens", "Birte"]
