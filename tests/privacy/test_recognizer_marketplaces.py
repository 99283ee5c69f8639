"""Personal data in marketplace, webshop and parcel-delivery fraud (issue 18, pii41): a parcel
locker's compartment code is no one-time code, an English chat's bare "plate" names a car's
number plate, a transcript's MitID user ID before its mark of what it did not catch, names
after who closed, received or signed a case, after whose word the account holder is named,
after a numbered witness, before a bracketed e-mail address, in a profile's quotes, as a log
entry's author and at the head of an address block, a genitive before "kortoplysninger", an
initial to whom questions go; and the near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_lockers_compartment_code_is_no_one_time_code() -> None:
    text = "Pakken blev lagt i automaten ved Netto, skab 14, kode 3861, og hentet samme aften."
    assert of("OTP", text) == []
    assert of("OTP", "The parcel sat in locker 9, code 5520, until noon.") == []


def test_a_code_beside_a_company_word_is_still_a_code() -> None:
    # "selskab" ends in "skab" but names no locker.
    assert of("OTP", "Selskab oplyst, kode 482913 blev læst op.") == ["482913"]


def test_an_english_plate_names_a_number_plate() -> None:
    text = "He picks it up in a grey estate car? No, a van, plate RT 44 902, at six."
    assert of("NUMBER_PLATE", text) == ["RT 44 902"]


def test_a_template_is_no_plate() -> None:
    assert of("NUMBER_PLATE", "Use the template RT 44 902 for the form.") == []


def test_a_user_id_before_a_transcripts_mark_is_the_answer() -> None:
    text = (
        "[00:03:10] Rådgiver: og så dit MitID-bruger-ID\n"
        "[00:03:14] Kunde: ehm det er bodilk77 [uhørligt] var det forkert\n"
    )
    assert of("MITID_USER", text) == ["bodilk77"]
    text = (
        "[00:03:10] Rådgiver: og så dit MitID-bruger-ID\n"
        "[00:03:14] Kunde: [utydeligt] det er bodilk77 [utydeligt] ja\n"
    )
    assert of("MITID_USER", text) == ["bodilk77"]


def test_a_sentence_after_the_user_id_without_a_mark_is_no_answer() -> None:
    text = (
        "[00:03:10] Rådgiver: og så dit MitID-bruger-ID\n"
        "[00:03:14] Kunde: det er bodilk77 var det forkert\n"
    )
    assert of("MITID_USER", text) == []


def test_who_closed_or_received_a_case_is_a_person() -> None:
    assert of("PERSON", "Henvist til 114.\nLukket af Bue Brink.\n") == ["Bue Brink"]
    assert of("PERSON", "Henvist til 114.\nLukket af R. Holt-Vang.\n") == ["R. Holt-Vang"]
    text = "Underskrift: Tarjei Dall\nModtaget af J. Fenger, sag 55120\n"
    assert of("PERSON", text) == ["Tarjei Dall", "J. Fenger"]


def test_what_received_a_parcel_is_no_person() -> None:
    assert of("PERSON", "Pakken blev modtaget af posthuset i går.") == []


def test_whose_word_names_the_account_holder_is_skipped() -> None:
    text = "Kontohaveren hedder ifølge banken Svanhild Brink. Siden lukkede."
    assert of("PERSON", text) == ["Svanhild Brink"]
    text = "Kontohaver ifølge kvitteringen: Svanhild Brink\n"
    assert of("PERSON", text) == ["Svanhild Brink"]


def test_a_post_office_box_after_the_holder_is_no_person() -> None:
    assert of("PERSON", "adresse ændret til: c/o kontohaver, Postboks 4410, 8000 Aarhus C") == []


def test_a_numbered_witness_is_a_person() -> None:
    text = "Vidner:\nVidne 2: Aslak Skaarup, Møllevej 3\n"
    assert of("PERSON", text) == ["Aslak Skaarup"]


def test_a_numbered_speaker_is_no_lead() -> None:
    assert of("PERSON", "[10.01.26, 09:41:02] Kunde 2: Mit bruger-id er skjult\n") == []


def test_a_name_before_its_bracketed_mail_is_a_person() -> None:
    text = "Spørgsmål rettes til Bue Brink (bue.brink@example.org), tlf. 80 20 30 40."
    assert of("PERSON", text) == ["Bue Brink"]
    text = "2026-05-02 09:12 Aslak Fenger-Lau (køber, afengerlau@example.net, tlf. 40 50 60 70)"
    assert of("PERSON", text) == ["Aslak Fenger-Lau"]


def test_a_firm_before_its_bracketed_mail_is_no_person() -> None:
    assert of("PERSON", "Skriv til Havemøbler Direkte (ordre@example.dk) i dag.") == []


def test_an_initial_to_whom_questions_go_is_a_person() -> None:
    text = "Spørgsmål til sagen rettes til K. Vestbjerg eller sekretariatet."
    assert of("PERSON", text) == ["K. Vestbjerg"]


def test_an_initial_after_a_bare_til_is_no_person() -> None:
    assert of("PERSON", "Ring til G. Vestbjerg eller sekretariatet.") == []


def test_a_profile_named_in_quotes_is_a_person() -> None:
    text = 'Sælgerprofilen "Tarjei Brink" skrev til os to gange.'
    assert of("PERSON", text) == ["Tarjei Brink"]


def test_a_one_word_profile_is_no_person() -> None:
    assert of("PERSON", 'Sælgerprofilen "Cykelkongen" skrev til os to gange.') == []


def test_a_log_entrys_author_is_a_person() -> None:
    text = "Sag 12-4410\nOprettet 14.02.26 kl. 08.15 af Toke Fenger\nAnnonce: cykel"
    assert of("PERSON", text) == ["Toke Fenger"]


def test_a_log_entry_by_a_team_is_no_person() -> None:
    text = "Sag 12-4410\nOprettet 14.02.26 kl. 08.15 af Kundeservice Nord\nAnnonce: cykel"
    assert of("PERSON", text) == []
    assert of("PERSON", "Sagen er oprettet 02.03.26 af Politiets Efterforskning.") == []


def test_a_name_heading_an_address_block_is_a_person() -> None:
    text = "Leveret til:\n\nToke Kaas\nBirkevænget 12B\n5000 Odense C\n\nTak."
    assert of("PERSON", text) == ["Toke Kaas"]


def test_a_firm_heading_an_address_block_is_no_person() -> None:
    text = "Returneres til:\n\nNordisk Havelager\nIndustrivej 4\n7100 Vejle\n"
    assert of("PERSON", text) == []


def test_a_genitive_before_card_details_is_a_person() -> None:
    text = "Linket var falsk. Astrids kortoplysninger blev tastet ind."
    assert of("PERSON", text) == ["Astrids"]


def test_a_banks_genitive_before_card_details_is_no_person() -> None:
    assert of("PERSON", "Linket var falsk. Bankens kortoplysninger var ikke berørt.") == []
