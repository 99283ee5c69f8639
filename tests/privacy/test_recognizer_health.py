"""Personal data in health and pharmacy fraud and data leaks (issue 18, pii49): a clinic's
and a pharmacy's staff titles, an English signature's job title, a hospital list's
pseudonyms, bulleted lists and log lines of patients (inverted, with an initial, with a
given name the lists lack), a doctor's initial, a chat's customer typed in lower case, a
caller who claimed a firm in quotes, a buyer before a birth date, a health insurer's
membership number, the phone on a fake invoice and one asked for in a chat, plates handed
to the police or a parking firm, and a MitID user ID said to be one's own a sentence
before. The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

PATIENTS = "Følgende patienter har svaret med oplysninger:\n"


def test_a_clinic_title_is_no_part_of_the_name() -> None:
    text = 'Han ville "hente kontant betaling". Klinikassistent Ole-Martin Skov så ham køre.'
    assert of("PERSON", text) == ["Ole-Martin Skov"]
    assert of("PERSON", "I går klikkede lægesekretær Ngozi Adeyemi på et link.") == [
        "Ngozi Adeyemi"
    ]
    assert of("PERSON", "Anmelder: apoteker Ngozi Okafor, Havnens Apotek") == ["Ngozi Okafor"]


def test_a_clinic_title_alone_is_no_name() -> None:
    assert of("PERSON", "Klinikassistenten så ham køre i en hvid bil.") == []


def test_an_english_job_title_after_a_signature_is_no_name() -> None:
    text = 'Kind regards, Tomas, Patient Coordinator"\nAnmelder betalte 8.175 kr.'
    assert of("PERSON", text) == ["Tomas"]
    assert of("PERSON", "Med venlig hilsen\nPatient Coordinator") == []


def test_a_name_after_patient_is_still_a_name() -> None:
    assert of("PERSON", "Hun talte med patient Kirsten Kofoed i går.") == ["Kirsten Kofoed"]


def test_a_hospital_list_of_pseudonyms_holds_no_names() -> None:
    text = (
        "  NAVN; CPR; ADRESSE\n  Patient B; 170398-xxxx; [ADRESSE]\n"
        "  Medarbejder A; [CPR]; [ADRESSE]\n"
    )
    assert of("PERSON", text) == []


def test_a_hospital_list_of_names_holds_names() -> None:
    text = "  NAVN; CPR; ADRESSE\n  KJELDSEN, BODIL; 170398-xxxx; [ADRESSE]\n"
    assert of("PERSON", text) == ["KJELDSEN, BODIL"]


def test_a_bulleted_list_of_inverted_names_is_read_whole() -> None:
    text = PATIENTS + "- Bak, Erik (erik.b47@example.dk) skrev sit CPR.\n- Krogh, Trine, tlf. "
    assert of("PERSON", text + "+45 86 76 81 48, betalte.") == ["Bak, Erik", "Krogh, Trine"]
    text = PATIENTS + "- Abdullahi, Hassan, CPR [CPR]\n- Pham, Thi Lan, CPR [CPR]\n"
    assert of("PERSON", text) == ["Abdullahi, Hassan", "Pham, Thi Lan"]


def test_a_bulleted_list_of_things_holds_no_names() -> None:
    text = "Husk:\n- Ring, Banken (spær kortet)\n- Kontakt, Apoteket, tlf. 70 10 20 30\n"
    assert of("PERSON", text) == []


def test_a_log_line_caller_is_a_name() -> None:
    text = (
        "2026-05-11 09:05  Vinding-Krog, Benjamin ringer: SMS om P-afgift.\n"
        "2026-04-02 09:34  Ananya Sharma ringer fra [TLF]: SMS om P-afgift.\n"
        "2026-01-23 08:10  S. Skytte-Larsen ringer: SMS om P-afgift.\n"
    )
    assert of("PERSON", text) == ["Vinding-Krog, Benjamin", "Ananya Sharma", "S. Skytte-Larsen"]


def test_a_log_line_firm_that_rings_is_no_name() -> None:
    text = "2026-01-16 10:07  Apoteket Nord ringer fra [TLF]: recept klar.\n"
    assert of("PERSON", text) == []
    assert of("PERSON", "2026-01-16 10:07  Lægehuset Vest ringer: SMS.\n") == []


def test_an_initial_in_a_list_or_after_a_doctors_title_is_a_name() -> None:
    text = PATIENTS + "- B. Yilmaz (burak39@example.org) skrev sit CPR.\n- K. Rahimi, født "
    assert of("PERSON", text + "24.04.1950.") == ["B. Yilmaz", "K. Rahimi"]
    assert of("PERSON", "Operationen skulle udføres af Dr. K. Doğan.") == ["K. Doğan"]


def test_a_section_letter_is_no_initial() -> None:
    assert of("PERSON", "Notat\nA. Generelt om sagen\nB. Forløb af sagen\nSlut.") == []


def test_a_given_name_the_lists_lack_before_a_listed_one_is_part_of_the_name() -> None:
    text = PATIENTS + "- Ayşe Kristine Demir, tlf. [TLF], betalte 570 kr.\n"
    assert of("PERSON", text) == ["Ayşe Kristine Demir"]
    text = "Skrevet af Tuan\n\nFardowsa Kirstine Nouri (pt.-id PA-1351-822) ringede."
    assert of("PERSON", text) == ["Tuan", "Fardowsa Kirstine Nouri"]


def test_a_word_before_a_name_in_a_sentence_is_no_given_name() -> None:
    assert of("PERSON", "Hun sagde at Ring Marie Hansen i morgen.") == ["Marie Hansen"]


def test_a_paragraph_that_opens_with_an_inverted_name_and_a_bracket_names_the_patient() -> None:
    text = "Skrevet af Pernille\n\nHviid, Svend (patient-id PA-1629-360) ringede i går."
    assert of("PERSON", text) == ["Pernille", "Hviid, Svend"]


def test_a_chats_customer_in_lower_case_is_a_name() -> None:
    text = (
        "[20:22] Minh: Velkommen til apotekets chat.\n[20:23] kerem doğan: Hi, sorry.\n"
        "[20:24] Minh: Did you open the link?\n[20:25] kerem doğan: yes\n"
    )
    assert of("PERSON", text) == ["Minh", "kerem doğan", "Minh", "kerem doğan"]
    text = (
        "[16:17] Josefine: Velkommen.\n[16:18] ngozi okafor: hej\n[16:19] Josefine: Hej\n"
        "[16:20] ngozi okafor: tak\n[16:21] hans-henrik: ok tak\n"
    )
    assert of("PERSON", text) == [
        "Josefine",
        "ngozi okafor",
        "Josefine",
        "ngozi okafor",
        "hans-henrik",
    ]


def test_a_logs_lower_case_fields_are_no_names() -> None:
    text = "[14:30] backup job: started\n[14:31] backup job: failed\n[14:32] Mogens: ok\n"
    assert of("PERSON", text) == ["Mogens"]


def test_a_caller_who_claimed_a_firm_in_quotes_is_a_name() -> None:
    text = 'Dagen efter ringede Karla "fra Apoteket" fra +44 7700 900123.'
    assert of("PERSON", text) == ["Karla"]


def test_a_firm_that_rang_is_no_name() -> None:
    assert of("PERSON", 'Dagen efter ringede Banken "fra Apoteket" igen.') == []


def test_a_labelled_buyer_before_a_birth_date_is_a_name() -> None:
    text = "Køber: Chinedu Kolding Mensah, f. 19. november 1997, har bestilt medicin."
    assert of("PERSON", text) == ["Chinedu Kolding Mensah"]
    assert of("PERSON", "Køber: Storm Qvist, f. 03.12.1946, har bestilt.") == ["Storm Qvist"]


def test_a_labelled_firm_before_a_number_is_no_name() -> None:
    assert of("PERSON", "Køber: Region Hovedstaden, f. 2 gange i år.") == []


def test_a_membership_number_is_no_phone() -> None:
    text = "Medlem: Medlem 1 (medlemsnr. 6118-2103, gruppe 5)"
    assert of("PHONE", text) == []


def test_the_phone_on_a_fake_invoice_is_a_phone() -> None:
    text = "Aksel Bak\nLærkevænget 63B\n5000 Odense C\nTlf. på fakturaen: "
    assert of("PHONE", text + "+45 28394195. Booking fra 27.02.26") == ["+45 28394195"]
    assert of("PHONE", text + "(+45) 29 66 02 36. Booking") == ["(+45) 29 66 02 36"]


def test_an_invoice_number_is_no_phone() -> None:
    assert of("PHONE", "Betal fakturanr. 28394195 inden fredag.") == []


def test_a_phone_asked_for_in_a_chat_is_a_phone() -> None:
    text = (
        "[17:50] Mogens: Må jeg få dit telefonnummer, så vi kan følge op?\n"
        "[17:52] le thi lan: 8704 6599\n"
    )
    assert of("PHONE", text) == ["8704 6599"]


def test_a_number_asked_for_as_something_else_is_no_phone() -> None:
    text = "[17:50] Mogens: Må jeg få dit ordrenummer?\n[17:52] le thi lan: 8704 6599\n"
    assert of("PHONE", text) == []


def test_plates_handed_to_a_parking_firm_or_the_police_are_plates() -> None:
    text = "P-firmaet bekræfter, at de ikke har udstedt afgifter til MR 91 216 og BD 38 314."
    assert of("NUMBER_PLATE", text) == ["MR 91 216", "BD 38 314"]
    text = "2026-02-09 09:14  Politiet har fået numrene XA78250 og AR32252."
    assert of("NUMBER_PLATE", text) == ["XA78250", "AR32252"]


def test_a_plate_shape_without_a_car_or_plate_word_is_no_plate() -> None:
    assert of("NUMBER_PLATE", "Politiet har fået sagen AB 12 345 og journalen.") == []


def test_a_user_id_said_to_be_ones_own_a_sentence_before_is_a_mitid_user() -> None:
    text = "Jeg skrev mit bruger-ID ind, men ikke koden. Bruger-ID var silje1947. Ring til mig."
    assert of("MITID_USER", text) == ["silje1947"]


def test_a_user_id_of_someone_else_a_sentence_before_is_no_mitid_user() -> None:
    text = "Jeg skrev dit bruger-ID ind, men ikke koden. Bruger-ID var silje1947. Ring til mig."
    assert of("MITID_USER", text) == []


def test_a_listed_surname_inverted_before_an_unlisted_given_name_is_a_name() -> None:
    text = "Skrevet af Knud\n\nPatel, Vikram (pt.-id PA-3323-713) ringede i går."
    assert of("PERSON", text) == ["Knud", "Patel, Vikram"]
    text = "Log\n2026-01-16 09:02  Adeyemi, Chinedu ringer: SMS om P-afgift.\n"
    assert of("PERSON", text) == ["Adeyemi, Chinedu"]


def test_an_unlisted_word_inverted_before_a_bracket_is_no_name() -> None:
    assert of("PERSON", "Se nedenfor.\n\nOrdren, Panodil (500 mg) er sendt.") == []


def test_a_bulleted_person_before_a_birth_date_is_a_name() -> None:
    text = PATIENTS + "- Ngozi Mensah, f. 11/4-1993, Mejerivej 26A, 8000 Aarhus C\n"
    assert of("PERSON", text) == ["Ngozi Mensah"]
    assert of("PERSON", PATIENTS + "- Panodil Junior, f. 2 stk.\n") == []
