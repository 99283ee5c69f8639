"""Personal data in tax, customs and public-payment fraud (issue 18, pii43): a plate named by
the tax on its car, a one-time code read out after "engangskode, som … læste op:", a chat's
code answered before the user ID asked with it, a MitID Erhverv user named "en bruger med
ID …", a CPR number in pairs answering a chat's request, a case number said in full is no
phone, an initial and a surname as a log entry's author after its time, a genitive before "gamle
login", the card's word in a caller's answer is no name; and the near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_plate_named_by_its_vehicle_tax_is_a_number_plate() -> None:
    text = "Rykker: 2.140 kr. i ubetalt vægtafgift for TX 30 118, betal inden fredag."
    assert of("NUMBER_PLATE", text) == ["TX 30 118"]
    assert of("NUMBER_PLATE", "Ejerafgiften for NO61904 er betalt.") == ["NO61904"]


def test_a_plate_shape_far_from_the_vehicle_tax_is_no_plate() -> None:
    text = (
        "Vægtafgiften er betalt, og sagen blev lukket efter din henvendelse i går. "
        "Brevet har løbenummer TX 30 118 i arkivet."
    )
    assert of("NUMBER_PLATE", text) == []


def test_a_one_time_code_read_out_after_its_word_and_who_read_it() -> None:
    text = "Han bad om en engangskode, som kunden læste op: 304718. Derefter lagde han på."
    assert of("OTP", text) == ["304718"]
    text = "Hun fik en sms-kode, som hun læste op: 512077 for ham."
    assert of("OTP", text) == ["512077"]


def test_a_number_after_the_code_sentence_that_no_one_read_is_no_code() -> None:
    text = "Han bad om en engangskode, som kunden ikke gav. Ring 114 ved spørgsmål."
    assert of("OTP", text) == []


def test_a_chat_code_answered_before_the_user_id_asked_with_it() -> None:
    text = (
        "[09:12] Support: Type the code from MitID and your user ID.\n"
        "[09:13] Jonna: 27305518, user id jonna_vb61\n"
    )
    assert of("OTP", text) == ["27305518"]
    assert of("PHONE", text) == []
    assert of("MITID_USER", text) == ["jonna_vb61"]


def test_a_chat_number_followed_by_other_words_is_no_code() -> None:
    text = (
        "[09:12] Support: Type the code from MitID and your user ID.\n"
        "[09:13] Jonna: 27305518, is that my phone?\n"
    )
    assert of("OTP", text) == []


def test_a_business_user_named_by_its_id() -> None:
    text = "Kontoen blev ændret i MitID Erhverv af en bruger med ID hvidt.ole77, siger banken."
    assert of("MITID_USER", text) == ["hvidt.ole77"]


def test_a_user_with_an_id_word_but_no_id_shape_is_no_user_id() -> None:
    text = "Ændringen i MitID Erhverv blev lavet af en bruger med ID og adgangskode."
    assert of("MITID_USER", text) == []


def test_a_cpr_in_pairs_answering_a_chats_request_on_the_line_before() -> None:
    text = (
        "[12:45] Support: Tak. Skriv dit CPR-nummer og din adresse, så vi kan finde sagen.\n"
        "[12:46] Gunnar Hald Dybdal-Vinge: 09 03 71 2218, Egevej 3, 7500 Holstebro\n"
    )
    assert of("CPR", text) == ["09 03 71 2218"]


def test_a_date_in_pairs_far_from_any_cpr_label_is_no_cpr() -> None:
    text = (
        "Rådgiver: Må jeg få dit CPR-nummer?\n"
        "Kunde: Ja, det sender jeg senere på mail, for jeg har ikke kortet ved hånden lige nu,"
        " men i morgen kan jeg ringe igen og give det til dig, ellers må min datter gøre det."
        "\nKunde: Mødet er 09 03 71 2218.\n"
    )
    assert of("CPR", text) == []


def test_a_case_number_said_in_full_is_no_phone() -> None:
    assert of("PHONE", "Vi lukker kortet nu. Sagsnummer 472911-36. Ring 114.") == []
    assert of("PHONE", "Dit sagsnummer er 47291136.") == []


def test_a_phone_after_a_case_number_in_another_sentence_is_a_phone() -> None:
    text = "Sagsnummer 8812. Ring til mig på 47 29 11 36."
    assert of("PHONE", text) == ["47 29 11 36"]


def test_an_initial_and_surname_after_a_log_entrys_time() -> None:
    text = "Borger henvendt sig.\n04.05.26 kl. 11.02: T. Vinge har spærret NemKonto.\n"
    assert of("PERSON", text) == ["T. Vinge"]
    text = "Sag: Ændret NemKonto\nOprettet: 2026-05-04 11:02 af H. Dybdal\n"
    assert of("PERSON", text) == ["H. Dybdal"]
    assert of("PERSON", "Sagen er afsluttet.\nNotat ved P. Hald, ph@example.dk\n") == ["P. Hald"]


def test_an_initial_after_a_time_that_is_no_log_entry_is_no_name() -> None:
    assert of("PERSON", "Mødet er kl. 11.02 i lokale B. Kaffe er sat frem.") == []
    assert of("PERSON", "Ring ved A. Porten mellem 9 og 15.") == []


def test_a_given_names_genitive_before_an_old_login() -> None:
    text = "Ændringen kom fra en bruger, som ifølge banken er Gunnars gamle login."
    assert of("PERSON", text) == ["Gunnars"]


def test_a_common_words_genitive_before_an_old_login_is_no_name() -> None:
    assert of("PERSON", "Det var firmaets gamle login, som blev brugt.") == []


def test_the_cards_word_in_a_callers_answer_is_no_name() -> None:
    text = "Rådgiver: Og kortet?\nKunde: Kortnummeret **** **** **** 4410, udløber xx/xx.\n"
    assert of("PERSON", text) == []
    assert of("PERSON", "Rådgiver: Hvem?\nKunde: Kortet ******4410 var spærret.\n") == []


def test_a_name_in_a_callers_answer_is_still_a_name() -> None:
    text = "Rådgiver: Hvem taler jeg med?\nKunde: Gunnar Dybdal.\n"
    assert of("PERSON", text) == ["Gunnar Dybdal"]


def test_a_full_name_typed_in_lower_case_after_an_english_or_danish_question() -> None:
    text = "[10:02] Support: What is your full name?\n[10:03] Kunde: gunnar dybdal\n"
    assert "gunnar dybdal" in of("PERSON", text)
    text = "[10:02] Support: Hvad er dit fulde navn?\n[10:03] Kunde: det er gunnar hald dybdal\n"
    assert "gunnar hald dybdal" in of("PERSON", text)


def test_a_sentence_answering_an_english_name_question_is_no_name() -> None:
    text = "[10:02] Support: What is your full name?\n[10:03] Kunde: why do you need it\n"
    assert of("PERSON", text) == []


def test_a_log_entrys_author_with_two_surnames_ending_the_line() -> None:
    text = "Sag: Ændret NemKonto\nOprettet: 4. maj kl. 11.02 af H. Dybdal Vinge\n"
    assert of("PERSON", text) == ["H. Dybdal Vinge"]
    text = "Oprettet: 4. maj kl. 11.02 af H. Dybdal Vinge i systemet.\n"
    assert of("PERSON", text) == ["H. Dybdal"]
