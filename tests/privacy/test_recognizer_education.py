"""Personal data in education, student-housing and childcare fraud (issue 18, pii45): a code
told in the sentence after it was asked for, or given in a chat with a tag question; a
suspect's label; a parent named by relation in a daycare's note; an English month after "in";
a caller's "Mit …"; a street's quarter of the compass and the ending -reden; an exchange
student's lowercase friend, an Irish surname and the given names and surnames of the
students' countries (names_da.tsv); who an enquiry or a statement is from. The near miss
beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

ASKED = "[19:21] Udlejer A: Yes send me the code you got by SMS.\n"


def test_a_code_told_in_the_next_sentence_is_the_code() -> None:
    text = "Han bad om koden fra min telefon. Jeg sagde 31883095.\nRådgiver: Gav du ham andet?"
    assert of("OTP", text) == ["31883095"]
    assert of("PHONE", text) == []


def test_a_number_told_later_for_another_reason_stays_a_phone() -> None:
    text = "Han bad om koden. Jeg sagde, at han kunne ringe på 31883095."
    assert of("OTP", text) == []
    assert of("PHONE", text) == ["31883095"]


def test_a_chat_answer_with_a_tag_question_is_the_code() -> None:
    assert of("OTP", ASKED + "[19:23] Tomasz: 50487449 – is that it?\n") == ["50487449"]
    assert of("OTP", ASKED + "[19:23] Sean O'Connell: 889600 ok?\n") == ["889600"]


def test_a_code_asked_about_is_no_answer() -> None:
    assert of("OTP", ASKED + "[19:23] Tomasz: is it 889600?\n") == []


def test_a_suspects_label_names_a_person() -> None:
    text = "Samlet tab: 5.300 kr.\n\nMistænkt: Line Fogh, tlf. 0045 20328474\n"
    assert of("PERSON", text) == ["Line Fogh"]


def test_a_pseudonymised_suspect_is_no_person() -> None:
    assert of("PERSON", "en person, der kaldte sig Mistænkt 1. Depositum blev betalt.") == []
    assert of("PERSON", "Samlet tab.\n\nMistænkt: Mistænkt 1, tlf. 12345678\n") == []


def test_a_relation_before_a_parents_name_is_no_surname() -> None:
    text = "Den havde pladen EM63872.\nFar, Erik Hjorth, er underrettet på 93 80 64 29."
    assert of("PERSON", text) == ["Erik Hjorth"]
    text = "Barnet blev ikke udleveret.\nMor, D. Jaber (93 05 00 72), har bekræftet forløbet."
    assert of("PERSON", text) == ["D. Jaber"]


def test_an_inverted_name_keeps_its_surname() -> None:
    text = "Hjorth, Erik, er underrettet på 93 80 64 29."
    assert of("PERSON", text) == ["Hjorth, Erik"]
    assert of("PERSON", "Notat, D. Jaber (93 05 00 72), har bekræftet") == ["Jaber"]


def test_an_english_month_after_in_is_no_name() -> None:
    assert of("PERSON", "Hi! I start at Aarhus Universitet in August.\n") == []


def test_a_month_that_is_a_name_after_a_greeting_is_a_name() -> None:
    assert of("PERSON", "Hej August, tak for sidst.") == ["August"]


def test_a_callers_mit_is_no_name() -> None:
    text = "Rådgiver: Gav du ham andet?\nKunde: Mit MitID-bruger-ID, aksel97. Han sagde det."
    assert of("PERSON", text) == []
    assert of("PERSON", "Kunde: Ulrikke Holm ringede") == ["Ulrikke Holm"]


def test_a_streets_quarter_of_the_compass_is_part_of_it() -> None:
    text = "Adresse: Sønder Allé Vest 48\n5000 Odense C\nTlf.: 2567 3862"
    assert of("ADDRESS", text) == ["Sønder Allé Vest 48\n5000 Odense C"]
    assert of("ADDRESS", "Is the room on Ørnereden 42B still available?") == ["Ørnereden 42B"]


def test_a_quarter_of_the_compass_alone_is_no_street() -> None:
    assert of("ADDRESS", "Vi kører mod Vest 12 km og så Syd 4 km.") == []
    assert of("ADDRESS", "den gamle reden 3 meter oppe") == []


def test_a_friend_in_lowercase_is_a_person() -> None:
    text = (
        "[15:12] Tomasz: Can I see it first? My friend karoline lives close by.\n"
        "[16:07] Tomasz: sorry, karoline says the real owner lives in Viborg?"
    )
    assert of("PERSON", text) == ["Tomasz", "karoline", "Tomasz", "karoline"]


def test_a_lowercase_word_before_says_is_no_friend() -> None:
    assert of("PERSON", "My friend here says it is fine. Sorry, the owner says no.") == []


def test_an_irish_surname_makes_a_name() -> None:
    assert of("PERSON", "Messenger-samtale sendt af Sean O'Connell") == ["Sean O'Connell"]
    text = 'Besked: "Jeg, Siobhan Lykke O\'Brien, kan ikke se min overførsel."'
    assert of("PERSON", text) == ["Siobhan Lykke O'Brien"]


def test_a_sentence_word_before_an_irish_firm_is_no_name() -> None:
    assert of("PERSON", "Kære kunde. Ring O'Connell Ltd på 12345678.") == []


def test_an_enquiry_or_a_statement_names_who_it_is_from() -> None:
    text = "annonce-ID 685427\nHenvendelse fra M. Rossi (studienr. 707226), tlf. 25 43 54 11"
    assert of("PERSON", text) == ["M. Rossi"]
    text = "Vidneforklaring fra Rahimi, Kwame, f. 4. oktober 1944"
    assert of("PERSON", text) == ["Rahimi, Kwame"]


def test_an_enquiry_from_an_authority_names_no_one() -> None:
    assert of("PERSON", "Henvendelse fra Skat om restskat.") == []


def test_international_students_names_are_listed() -> None:
    text = "Log over værelser\nVi har talt med Kenji Watanabe og Giulia Moreau i dag."
    assert of("PERSON", text) == ["Kenji Watanabe", "Giulia Moreau"]


def test_a_car_model_that_is_a_given_name_is_no_person() -> None:
    assert of("PERSON", "Han kørte i en grå Skoda Octavia med reg.nr. AB 12 345.") == []


def test_a_family_member_before_a_name_is_no_part_of_it() -> None:
    text = "Familiemedlem Andrei Popescu (+45 61 96 21 85) hjælper fremover med post."
    assert of("PERSON", text) == ["Andrei Popescu"]


# pii57 (pii_blind49): a school's student export, a helpdesk log, a parents' chat.
EXPORT = (
    "navn;studienr;mobil;kontaktperson;p-tilladelse;bemærkning\n"
    "Dawit Iqbal;678224;+45 64 58 04 41;B. Svendsen +4541663951;TD54474;ok\n"
    "Jonna Chaudhry;165314;(+45) 31 34 63 50;Minh Mortensen 51253654;SO 56 185;\n"
)


def test_a_parking_permit_column_holds_plates() -> None:
    assert of("NUMBER_PLATE", EXPORT) == ["TD54474", "SO 56 185"]


def test_a_room_in_a_remark_column_is_no_plate() -> None:
    text = "navn;studienr;bemærkning\nDawit Iqbal;678224;lokale TD54474\n"
    assert of("NUMBER_PLATE", text) == []


def test_a_contact_cell_of_a_name_and_a_number_is_both() -> None:
    phones = ["+45 64 58 04 41", "+4541663951", "(+45) 31 34 63 50", "51253654"]
    assert of("PHONE", EXPORT) == phones
    assert "Minh Mortensen" in of("PERSON", EXPORT)


def test_a_contact_cell_with_a_service_line_is_no_phone() -> None:
    text = "navn;kontaktperson\nDawit Iqbal;Lectio Support 70204488\n"
    assert of("PHONE", text) == []


def test_a_school_named_after_a_person_is_no_one() -> None:
    text = "Skriv til Sankt Knuds Skole.\n# Marie Kruses Skole ligger i 7700 Thisted"
    assert of("PERSON", text) == []


def test_a_childs_school_in_lowercase_keeps_the_name() -> None:
    assert of("PERSON", "Hun har hentet tasken på Sigrids skole i går.") == ["Sigrids"]


def test_a_chat_speakers_initial_is_part_of_the_name() -> None:
    text = "[15:27] Ole: Hvem ringer?\n[15:28] bente e: Tak. Jeg ringer til banken.\n"
    assert of("PERSON", text) == ["Ole", "bente e"]


def test_a_name_before_a_letter_in_prose_keeps_its_end() -> None:
    text = "Forældremøde med bente i: klasse 4.b i morgen."
    assert "bente i" not in of("PERSON", text)


def test_a_students_grant_in_the_genitive_names_the_student() -> None:
    text = "Studievejleder orienteret; Louises SU for denne måned er på 494 kr."
    assert of("PERSON", text) == ["Louises"]


def test_the_grant_alone_names_no_one() -> None:
    assert of("PERSON", "Studievejleder orienteret; årets SU for denne måned er på 494 kr.") == []


def test_the_given_names_of_more_students_countries() -> None:
    text = "2026-04-14 07:26 | Senad | Opkald fra Yonas. Har klikket på et link.\n"
    assert of("PERSON", text) == ["Senad", "Yonas"]


def test_a_word_like_a_name_stays_a_word() -> None:
    assert of("PERSON", "2026-04-14 07:26 | Opkald fra Lectio. Har klikket på et link.\n") == []


def test_an_inverted_name_before_a_birth_date_is_whole() -> None:
    text = "Vidner:\n1. Kowalski, Fatima Holm, født 25-04-1988\n   Smedegade 65A\n"
    assert of("PERSON", text) == ["Kowalski, Fatima Holm"]


def test_a_word_before_a_name_mid_sentence_stays_out() -> None:
    text = "Vi talte med Hansen, Fatima Holm, født 25-04-1988, i går."
    assert of("PERSON", text) == ["Fatima Holm"]
