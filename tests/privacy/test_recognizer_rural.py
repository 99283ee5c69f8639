"""Personal data in agriculture, fishing and rural life (issue 18, pii53): a farmer's, a
skipper's and a feed master's trade before the name, a pseudonymised farm party, a field
block's number, a MitID user ID given with a code, an SMS thread's answer and speakers, a
farm machine's make and a vessel's name, a farmer's name before his CVR number, a member's
MitID login in the genitive and a call note's inverted names. The near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_trade_before_a_name_is_no_part_of_it() -> None:
    text = "2026-04-27 13:30  Skipper Kristian Vinther melder sit dieselkort misbrugt."
    assert of("PERSON", text) == ["Kristian Vinther"]
    assert of("PERSON", "Fodermester Piotr Mazur ringer for ejeren.") == ["Piotr Mazur"]


def test_a_trade_alone_is_no_name() -> None:
    assert of("PERSON", "Mail om havneleje kom fra en falsk afsender. Skipper betalte ikke.") == []


def test_a_pseudonymised_farm_party_is_no_name() -> None:
    text = "Medl.nr;Navn;Adresse\n595903;Avler A;[ADRESSE]\n423307;Landmand B;[ADRESSE]"
    assert of("PERSON", text) == []


def test_a_named_member_in_the_export_is_still_a_name() -> None:
    text = "Medl.nr;Navn;Adresse\n595903;Avler Hansen;[ADRESSE]\n423307;Mads Bækgaard;[ADRESSE]"
    assert "Mads Bækgaard" in of("PERSON", text)


def test_a_field_blocks_number_is_no_phone() -> None:
    text = "Udbetalingen for 332 t (markblok 683058-61) skulle bekræftes."
    assert of("PHONE", text) == []


def test_a_number_after_a_block_of_flats_is_still_a_phone() -> None:
    assert of("PHONE", "Blokformand Ib, tlf. 683058-61") != []


def test_a_user_id_given_with_a_one_time_code() -> None:
    text = "En mand ringede bagefter og fik bruger-ID'et hannesoen og engangskoden 12962613."
    assert of("MITID_USER", text) == ["hannesoen"]
    text = "Mor · 20:12\nHar du givet dem koden?\n\nFar · 20:14\nja 966283 og brugernavn henrikjako"
    assert of("MITID_USER", text) == ["henrikjako"]


def test_a_user_name_without_a_code_needs_mitid() -> None:
    assert of("MITID_USER", "Webshoppen bad om dit brugernavn hannesoen og en adresse.") == []


def test_mitid_brugernavnet_and_an_id_not_glued_to_its_label() -> None:
    text = "Han ringede og fik MitID-brugernavnet annebonde og engangskoden 306719."
    assert of("MITID_USER", text) == ["annebonde"]
    assert of("MITID_USER", "Svarede på mailen; Ionuts MitID-bruger idumitru85 oplyst") == [
        "idumitru85"
    ]
    assert of("MITID_USER", "Svarede på mailen; Mortens MitID-bruger mortenbonde oplyst") == [
        "mortenbonde"
    ]


def test_mitid_bruger_before_a_word_given_nothing_is_no_id() -> None:
    assert of("MITID_USER", "Hans MitID-bruger blev spærret og kode oplyst senere.") == []


def test_an_sms_threads_code_and_user_id_answered_after_ja() -> None:
    text = (
        "Beskeder 03.03.26\n\nGrethe · 16:38\nHar du givet dem koden også?\n\n"
        "Lars · 16:39\nja 629661. og mit bruger id larsbonde\n"
    )
    assert of("OTP", text) == ["629661"]
    assert of("MITID_USER", text) == ["larsbonde"]
    assert of("PHONE", text.replace("629661", "20998199")) == []


def test_an_sms_answer_that_is_no_code_is_none() -> None:
    text = "Grethe · 16:38\nHar du givet dem koden også?\n\nLars · 16:39\nja jeg ringer i morgen\n"
    assert of("OTP", text) == []


def test_an_sms_threads_speakers_on_their_own_line() -> None:
    text = (
        "Beskeder 28.01.26\n\nSvend · 15:16\nfar, har du fået en sms?\n\n"
        "Torben · 15:21\nJa. jeg har\n\nSvend · 15:24\nHar du givet dem koden også?"
    )
    assert of("PERSON", text) == ["Svend", "Torben", "Svend"]


def test_a_label_repeated_above_capitalised_lines_is_no_speaker() -> None:
    text = (
        "Beskeder\n\nMobil · 15:16\nHar du fået en sms?\n\nTorben · 15:21\nJa. jeg har\n\n"
        "Mobil · 15:24\nHar du givet dem koden også?"
    )
    assert of("PERSON", text) == ["Torben"]


def test_a_machines_make_before_its_model_and_a_vessels_name() -> None:
    text = "Emne: SV: Faktura 26-61941 – John Deere 6R 185 ser.nr. 19LGM834247"
    assert of("PERSON", text) == []
    text = '2026-02-01 14:27  Skipper Kunde 2 (HG 467 "Karen Margrethe") melder sit kort misbrugt'
    assert of("PERSON", text) == []


def test_a_name_without_a_model_or_a_mark_is_still_a_name() -> None:
    assert of("PERSON", "Hej John Deere, tak for traktoren.") == ["John Deere"]
    assert of("PERSON", 'Han sagde "Karen Margrethe" ringer i morgen.') == ["Karen Margrethe"]


def test_a_farmers_name_before_his_cvr_number_after_a_role() -> None:
    text = "Ansøger: Landmand Anne Jakobsen (CVR-nr. 44809615, CHR-nr. 388914)"
    assert of("PERSON", text) == ["Anne Jakobsen"]
    assert of("PERSON", "Ansøger: Landmand Iversen, Carsten (CHR-nr. 931402)") == [
        "Iversen, Carsten"
    ]


def test_a_firm_before_its_cvr_number_is_no_name() -> None:
    assert of("PERSON", "Anmelder: Frisør Hanne, CVR-nr. 16386987") == []
    assert of("PERSON", "Hilsen Hanne Dahl, CVR-nr. 16386987") == []


def test_a_members_mitid_login_in_the_genitive() -> None:
    text = '"Svarede på mailen; Mettes MitID-bruger holmm48 oplyst"'
    assert of("PERSON", text) == ["Mettes"]


def test_a_word_before_mitid_is_no_genitive_name() -> None:
    assert of("PERSON", "Bankens MitID er nede i dag.") == []


def test_a_call_notes_listed_names() -> None:
    text = "x\nkl. 13.35 – Rodel Reyes (Søndergaard I/S, CHR-nr. 248166), tlf. 22914031"
    assert of("PERSON", text) == ["Rodel Reyes"]
    assert of("PERSON", "x\nkl. 08.46 – P. Brix (Kildegaard I/S, CHR-nr. 731659)") == ["P. Brix"]


def test_a_call_notes_thing_is_no_name() -> None:
    assert of("PERSON", "x\nkl. 21.01 – Ukendt varebil ved Bygholmvej. Ingen skade.") == []
