"""Names in a lawyer's files for fraud victims (pii67, pii_blind59): a witness list's inverted
name numbered "2." before the phone, a fee note's client heading its address block inverted,
a phone note's "Opfølgning: T. Storm ringer tilbage", a caller's alias before the department
it claimed ("ringede Holger fra bankens sikkerhedsafdeling"), a timeline's "klient: …" and a
note's "Notat ved: …", and three given names with a Vietnamese middle after an inverted
surname. The near miss beside each. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_numbered_witness_inverted_before_the_phone() -> None:
    text = (
        "Vidner:\n1. Laila Hjort, CPR 0804833162\n"
        "2. Yilmaz, Kasper Mads, tlf. +45 45 08 77 16\n3. Long, Nguyen Thi, tlf. 27 93 95 89\n"
    )
    assert of("PERSON", text) == ["Laila Hjort", "Yilmaz, Kasper Mads", "Long, Nguyen Thi"]


def test_a_numbered_agenda_item_is_no_inverted_name() -> None:
    text = "Dagsorden:\n1. Aarhus, Vejle og Odense\n2. Sal, Mette og Jens\n"
    assert of("PERSON", text) == ["Mette", "Jens"]


def test_a_fee_note_addressed_to_the_client_inverted() -> None:
    text = "SALÆRNOTA nr. 26-9906\n\nLykke, Agnes\nTranekærgade 92B, st. tv.\n2630 Taastrup\n"
    assert of("PERSON", text) == ["Lykke, Agnes"]


def test_a_team_heading_an_address_block_is_no_person() -> None:
    text = "Afsender:\n\nKundeservice, Nord\nTranekærgade 92B\n2630 Taastrup\n"
    assert of("PERSON", text) == []


def test_who_rings_back_after_a_field_label() -> None:
    text = "Opfølgning: T. Storm ringer tilbage inden kl. 12.31."
    assert of("PERSON", text) == ["T. Storm"]


def test_an_initial_and_a_word_that_do_not_call_are_no_one() -> None:
    assert of("PERSON", "Vejr: T. Storm ventes i aften.") == []


def test_a_callers_alias_and_who_took_the_call() -> None:
    text = "Den 2.6. ringede Holger fra bankens sikkerhedsafdeling og sagde, at kontoen var lukket."
    assert of("PERSON", text) == ["Holger"]
    assert of("PERSON", "Hun oplyste den til Tran fra kortafdelingen.") == ["Tran"]
    assert of("PERSON", "Den 13.02.26 modtog Signe et opkald fra Gudrun.") == ["Signe", "Gudrun"]


def test_a_word_before_a_department_or_a_place_is_no_alias() -> None:
    assert of("PERSON", "Held og lykke fra kortafdelingen") == []
    assert of("PERSON", "Storm fra vest lukkede filialen.") == []


def test_a_client_and_a_notes_writer_after_their_labels() -> None:
    text = "TIDSLINJE – klient: Holger Lykke (CPR 281135-2000)"
    assert of("PERSON", text) == ["Holger Lykke"]
    assert of("PERSON", "Notat ved: Mia Long\n\nSagen drøftet.") == ["Mia Long"]


def test_words_after_the_labels_that_name_no_one() -> None:
    assert of("PERSON", "Klient: Ikke oplyst") == []
    assert of("PERSON", "Notat ved: Afdeling Nord") == []


def test_three_given_names_with_a_vietnamese_middle_after_an_inverted_surname() -> None:
    text = "Navn: Holm, Nguyen Thi Fatma\nCPR-nr.: 05 12 86 3823"
    assert of("PERSON", text) == ["Holm, Nguyen Thi Fatma"]


def test_three_given_names_without_the_middle_stay_apart() -> None:
    text = "Navn: Holm, Nguyen Anh Fatma\nCPR-nr.: 05 12 86 3823"
    assert of("PERSON", text) == ["Holm", "Nguyen Anh Fatma"]
