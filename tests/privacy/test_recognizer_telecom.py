"""Personal data in telecom and utilities fraud (issue 18, pii39): one-time codes a log tells
in the third person, a transcript after fillers, a chat in English or a note in pairs; a MitID
user ID after a comma; pseudonymised subscribers and staff, telcos greeted by name, roles in
compounds, inverted names after a customer or payee, initials after an agent's "af", quoted
aliases, thanks and lower-case full names in a chat; a number after "SIM-skift på". The near
miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_code_a_log_tells_in_the_third_person_is_a_code() -> None:
    text = "- Opkalderen bad om engangskoden; kunden oplyste 99547988.\n- kl. 09.21: mobilen"
    assert of("OTP", text) == ["99547988"]
    assert of("PHONE", text) == []
    text = "Hun bad om koden fra sms'en; kunden læste 50312109 op.\n08:49 Nyt SIM spærret"
    assert of("OTP", text) == ["50312109"]


def test_a_number_the_caller_or_an_sms_gave_stays_a_phone() -> None:
    assert of("PHONE", "Opkalderen ringede fra 99547988 i går.") == ["99547988"]
    assert of("PHONE", "Jeg fik en sms fra dem, ring 50312109 op.") == ["50312109"]
    assert of("OTP", "Kunden oplyste 99547988 som sit nye nummer.") == []


def test_a_code_read_out_after_fillers_is_a_code() -> None:
    text = "KUNDE: og jeg skulle læse en kode op, øh øh 354453 tror jeg den var\nAGENT: Okay."
    assert of("OTP", text) == ["354453"]


def test_a_postcode_after_kode_op_is_no_code() -> None:
    assert of("OTP", "Jeg skulle læse en kode op, og 2100 er postnummeret.") == []


def test_an_english_chats_code_is_a_code() -> None:
    text = "[13:10] hoa: yes.. i gave them a code 046486 from sms, and they wanted my bank app"
    assert of("OTP", text) == ["046486"]


def test_a_short_number_after_a_code_is_no_code() -> None:
    assert of("OTP", "[13:10] hoa: it is a code 2100 for the door") == []


def test_two_codes_read_out_are_two_codes() -> None:
    text = "Kunden gav sit bruger-ID og læste to koder op: 904443 og 836896.\n- kl. 14.39"
    assert of("OTP", text) == ["904443", "836896"]


def test_the_second_of_two_codes_needs_its_og() -> None:
    text = "Kunden læste to koder op: 904443, og så ringede hun igen kl. 14.39."
    assert of("OTP", text) == ["904443"]


def test_a_mitid_user_after_a_comma_and_fillers_is_one() -> None:
    text = "KUNDE: og han fik også mit MitID bruger-ID, øh øh frederik1961\nAGENT: Hvilken"
    assert of("MITID_USER", text) == ["frederik1961"]
    text = "[11:28] priya: i also told them my MitID user ID, priyash01 :(\n[11:29] priya: ok"
    assert of("MITID_USER", text) == ["priyash01"]


def test_a_word_after_the_comma_is_no_mitid_user() -> None:
    assert of("MITID_USER", "Han bad om mit MitID bruger-ID, og koden.") == []


def test_a_subscribers_and_staff_label_is_no_initial() -> None:
    text = "Indklagede skal betale 2.342 kr. til Abonnent B. Klagegebyret på 160 kr. refunderes."
    assert of("PERSON", text) == []
    assert of("PERSON", "Tak, Medarbejder A. Svindlerne nåede at købe for 2.006 kr.") == []


def test_a_staff_members_initial_and_surname_is_a_person() -> None:
    text = "Tak, Medarbejder K. Bisgaard nåede at købe for 2.006 kr."
    assert of("PERSON", text) == ["K. Bisgaard"]


def test_a_telco_greeted_by_its_domain_or_department_is_no_person() -> None:
    text = "Til: sikkerhed@kystmobil.example.dk\n\nHej Kystmobil\n\nMit nummer er flyttet."
    assert of("PERSON", text) == []
    text = "Til: [e-mail]\n\nHej Fyrtårn Telecom\n\nHilsen\nsupport@fyrtaarntelecom.example.dk"
    assert of("PERSON", text) == []
    text = "Hej Nordtele\n\nMit nummer er væk.\n\nMed venlig hilsen\n[NAVN]\nKundeservice, Nordtele"
    assert of("PERSON", text) == []


def test_a_person_greeted_stays_a_person() -> None:
    assert of("PERSON", "Fra: karen@karendahl.dk\n\nHej Karen Dahl\n\nTak.") == ["Karen Dahl"]
    assert of("PERSON", "Hej Hodan\n\nMit nummer er væk.\n\nMed venlig hilsen\nHodan") == [
        "Hodan",
        "Hodan",
    ]


def test_a_role_in_a_compound_is_no_part_of_the_name() -> None:
    text = "13:28 Butikschef Rasmus Knudsen-Overgaard, Kystmobil-butikken i Fjordcentret"
    assert of("PERSON", text) == ["Rasmus Knudsen-Overgaard"]
    text = "kørekort.\nButiksmedarbejderen, Flemming Kragh, har forklaret, at kørekortet var ægte."
    assert of("PERSON", text) == ["Flemming Kragh"]


def test_an_unlisted_given_name_before_a_full_name_stays_in_it() -> None:
    assert of("PERSON", "Opkald fra Ulrikke Ahmed Mikkelsen i går.") == ["Ulrikke Ahmed Mikkelsen"]


def test_an_inverted_name_after_a_customer_or_payee_is_one_name() -> None:
    text = "12:59 Kunden Bisgaard, Carl Peter møder op i butikken"
    assert of("PERSON", text) == ["Bisgaard, Carl Peter"]
    text = "- kl. 12.07: 11.840 kr. overført til 9570 9659698837 (modtager Vu, Quang Huy)."
    assert of("PERSON", text) == ["Vu, Quang Huy"]


def test_a_surname_after_a_given_name_is_no_inverted_names() -> None:
    text = "12:59 Anna Bisgaard, Carl Peter møder op i butikken"
    assert of("PERSON", text) == ["Anna Bisgaard", "Carl Peter"]


def test_a_vietnamese_family_name_inverted_is_one_name() -> None:
    assert of("PERSON", "Kunde: Pham, Thi Hoa (kundenr. 2172065)") == ["Pham, Thi Hoa"]
    assert of("PERSON", "Kunde: LE, THI NGOC (kundenr. 3623587)") == ["LE, THI NGOC"]


def test_thi_and_a_given_name_alone_stay_so() -> None:
    assert of("PERSON", "Talt med Thi Hoa om episoden.") == ["Thi Hoa"]


def test_an_initial_after_an_agent_a_role_or_a_list_is_a_person() -> None:
    text = "Butikken bekræfter at skiftet blev lavet af E. Yilmaz; kopien er ikke gemt."
    assert of("PERSON", text) == ["E. Yilmaz"]
    text = "Butiksmedarbejderen, T. Nowak, har forklaret, at kørekortet var ægte."
    assert of("PERSON", text) == ["T. Nowak"]
    text = "Nævnet: Amina Warsame (formand), Mille Krog og A. Bisgaard.\nSekretariatet: …"
    assert of("PERSON", text)[-1:] == ["A. Bisgaard"]


def test_an_initial_without_such_a_lead_is_no_person() -> None:
    assert of("PERSON", "Vi læste kapitel 3 og B. Kapitlet.") == []
    assert of("PERSON", "Du kan ringe til G. Quistgaard i morgen.") == []


def test_a_lower_case_full_name_speaking_in_a_chat_is_one_name() -> None:
    text = (
        "[14:55] bilal rahimi-damgaard: hej jeg tror jeg er blevet snydt\n"
        "[14:56] Esther Munk: Okay\n[14:57] line nørgaard-kjeldsen: ja"
    )
    assert of("PERSON", text) == ["bilal rahimi-damgaard", "Esther Munk", "line nørgaard-kjeldsen"]


def test_a_lower_case_name_and_a_verb_is_the_name_alone() -> None:
    assert of("PERSON", "[14:30] anna skriver: hej\n[14:31] Bo: ok") == ["anna", "Bo"]
    assert of("PERSON", "[14:30] line mere: hej") == []


def test_a_quoted_alias_is_a_person() -> None:
    assert of("PERSON", "Den ene kaldte sig 'Kofi'.\nMens den ene var i bryggerset") == ["Kofi"]
    text = "- kl. 12.39: opkald fra 'Kaj fra Hedebankens sikkerhedsafdeling' (nummervisning)"
    assert of("PERSON", text) == ["Kaj"]
    text = "Han præsenterede sig som 'Aage fra Dansk Energiskifte' og krævede 1.050 kr."
    assert of("PERSON", text) == ["Aage"]


def test_a_quoted_noun_is_no_alias() -> None:
    assert of("PERSON", "Han kaldte sig 'Teknikeren'.") == []


def test_the_name_a_reply_thanks_is_a_person() -> None:
    assert of("PERSON", "Tak, Signe. Svindlerne nåede at købe for 8.691,50 kr.") == ["Signe"]


def test_a_firm_thanked_is_no_person() -> None:
    assert of("PERSON", "Tak, Kystmobil. Jeg venter på svar.") == []


def test_a_number_swapped_to_a_new_sim_is_a_phone() -> None:
    text = "09:12 Netværkslog: SIM-skift på 4004 1942 registreret 18.05.26 kl. 09.12."
    assert of("PHONE", text) == ["4004 1942"]


def test_a_number_in_a_network_log_alone_is_no_phone() -> None:
    assert of("PHONE", "09:12 Netværkslog: 4004 1942 registreret 18.05.26 kl. 09.12.") == []
