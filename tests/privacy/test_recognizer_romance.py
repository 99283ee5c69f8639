"""Personal data in romance, dating and sextortion fraud (issue 18, pii58): an inverted name in a
CSV export's quoted cell, after "Datteren" or "Sønnen", with two given names after a surname
that is a given name too, with an ambiguous given name ("Tage", "Kim", "Svend"); an initial and
a surname after who exported, reported or drew an export, or after a possessive relative; a
given name in capitals before a surname in capitals; a scammer's quoted name after "skrevet
med" or "kalder hende"; a chat's English "code 123456" answering the scammer's ask; a street
ending in -krattet or -buen; the surnames Kragh, Lauritzen, Mørch, Nørskov and Haddad and the
given name Grace (names_da.tsv). The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

CSV_HEAD = "dato;tid;reg;modtager;cpr;konto\n"


def test_a_quoted_csv_cell_holds_one_inverted_name() -> None:
    text = CSV_HEAD + '2026-01-18;15:13;6107-7638;"Nørskov, Fatima";250242 0202;"9.900,00"\n'
    assert of("PERSON", text) == ["Nørskov, Fatima"]
    text = CSV_HEAD + '2026-03-27;11:46;1809-5014;"Sandberg, Bent Johan";050676 1001;"1,00"\n'
    assert of("PERSON", text) == ["Sandberg, Bent Johan"]


def test_a_quote_inside_a_sentence_is_no_csv_cell() -> None:
    # The quote opens no cell: "Peter" alone, as before.
    assert of("PERSON", 'Han sagde "Hansen, Peter" til mig') == ["Peter"]


def test_a_relative_in_the_definite_leads_an_inverted_name() -> None:
    text = "Datteren Aagaard, Karen, efter aftale, er orienteret (27759653)."
    assert of("PERSON", text) == ["Aagaard, Karen"]
    text = "Datteren Yilmaz, Grethe Kristine, med samtykke, er orienteret."
    assert of("PERSON", text) == ["Yilmaz, Grethe Kristine"]


def test_a_list_of_given_names_after_a_relative_is_no_inverted_name() -> None:
    # "Olivia" is no surname: three people, as before.
    text = "Datteren Olivia, Meryem Ivanov og Palle kom."
    assert "Olivia, Meryem Ivanov" not in of("PERSON", text)


def test_an_ambiguous_first_given_name_joins_an_inverted_name() -> None:
    text = CSV_HEAD + '2026-03-13;08:40;3698-9639;"Brix-Nielsen, Tage Aksel";070259 2035\n'
    assert of("PERSON", text) == ["Brix-Nielsen, Tage Aksel"]
    text = "Sønnen Hvidberg, Aage Christian, efter aftale, er orienteret."
    assert of("PERSON", text) == ["Hvidberg, Aage Christian"]


def test_an_ambiguous_word_before_a_name_without_an_inverted_surname_stays_out() -> None:
    assert of("PERSON", "Vi så Tage Aksel i går") == ["Aksel"]


def test_an_inverted_name_with_one_ambiguous_given_name_after_a_lead() -> None:
    text = "RAPPORT   bruger-id 5566967 (Winther, Svend, sw@example.org) rapporterer"
    assert of("PERSON", text) == ["Winther, Svend"]
    text = CSV_HEAD + '2026-01-25;13:59;4898-5291;"Nørskov, Signe";131269-1948\n'
    assert of("PERSON", text) == ["Nørskov, Signe"]
    text = "Anmelder: Vestergaard-Kjeldsen-Hviid, Kaj, Strandengen 10B, 4300 Holbæk"
    assert of("PERSON", text) == ["Vestergaard-Kjeldsen-Hviid, Kaj"]


def test_a_word_after_a_town_or_without_a_surname_is_no_inverted_name() -> None:
    assert of("PERSON", "fra Aarhus, Signe og Bo") == []
    assert of("PERSON", "I Jensen, Lykke og glæde.") == []


def test_an_initial_after_who_exported_or_reported_is_a_name() -> None:
    text = "Trust & Safety · sag TS-48755\nEksporteret 09.01.26 af M. Hussain\n\n2026-01-09"
    assert of("PERSON", text) == ["M. Hussain"]
    text = "samme profil også rapporteret af H. Nørskov (hn@post.example.dk; 22 90 81 11)"
    assert of("PERSON", text) == ["H. Nørskov"]
    assert of("PERSON", "# rækker: 5 · udtræk af B. Kowalczyk-Juul\n") == ["B. Kowalczyk-Juul"]


def test_an_initial_after_a_possessive_relative_is_a_name() -> None:
    text = "Min søster M. Kragh kan også kontaktes på 33 85 91 14."
    assert of("PERSON", text) == ["M. Kragh"]


def test_a_relative_or_an_export_without_an_initial_names_no_one() -> None:
    assert of("PERSON", "Min søster bor i Vejle og kan kontaktes.") == []
    assert of("PERSON", "Udtræk af 5 rækker, eksporteret af systemet.") == []


def test_a_thicket_or_an_arc_ends_a_street() -> None:
    assert of("ADDRESS", "Han bor på Mosebuen 86A.") == ["Mosebuen 86A"]
    text = "Anmelder: Poul Frederik Aagaard, Ellekrattet 124B, tlf. 2342 3318"
    assert of("ADDRESS", text) == ["Ellekrattet 124B"]


def test_a_rainbow_is_no_street() -> None:
    assert of("ADDRESS", "Vi så regnbuen 2 gange i går.") == []


def test_listed_surnames_complete_an_ambiguous_given_name() -> None:
    text = "Jeg skriver om min far, Svend Kragh, født 16. juli 1950, som er kunde."
    assert of("PERSON", text) == ["Svend Kragh"]
    assert of("PERSON", "Jeg skriver om min far, Kim Haddad, født 5/11-1950.") == ["Kim Haddad"]


def test_an_ambiguous_given_name_before_a_word_stays_a_word() -> None:
    assert of("PERSON", "Svend Kraghs værksted.") == []


def test_a_capital_given_name_that_is_a_word_joins_its_surname() -> None:
    text = CSV_HEAD + "2026-03-02;15:43;5654-7447;AAGE HUSSAIN;210740-1621\n"
    assert of("PERSON", text) == ["AAGE HUSSAIN"]
    text = "samme profil også rapporteret af SIGNE HUSSAIN (sh@example.org; +45 3128 9211)"
    assert of("PERSON", text) == ["SIGNE HUSSAIN"]


def test_a_line_in_capitals_keeps_its_words_out_of_the_name() -> None:
    assert of("PERSON", "RING TIL KIM HUSSAIN NU") == ["HUSSAIN"]


def test_a_scammers_quoted_name_is_a_name() -> None:
    text = 'Jonna har i 10 måneder skrevet med "Frank", der siger at være ingeniør.'
    assert of("PERSON", text) == ["Jonna", "Frank"]
    assert of("PERSON", 'Han kalder hende "Grace Mensah" og vil ikke høre på os.') == [
        "Grace Mensah"
    ]


def test_a_quoted_placeholder_or_desk_is_no_name() -> None:
    assert of("PERSON", 'Hun har skrevet med "Support" og "Profil B" i appen.') == []
    assert of("PERSON", 'Han kalder hende "Skat" hele tiden.') == []


ASKED = "[14:11] James: I sent you a code now, tell me the code please\n"


def test_a_chat_answer_code_after_the_ask_is_the_code() -> None:
    text = ASKED + "[14:12] Samira: code 278617\n[14:17] Samira: jeg har solgt bilen"
    assert of("OTP", text) == ["278617"]


def test_a_promo_code_in_a_sentence_is_no_code() -> None:
    assert of("OTP", ASKED + "[14:12] Samira: use the promo code 1234 now") == []
    assert of("OTP", "[14:12] Samira: code 278617") == []


def test_a_greeting_without_its_ae_is_no_part_of_the_name() -> None:
    assert of("PERSON", "16. april 2024\n\nKaere Poul Kragh\n\nVi har modtaget") == ["Poul Kragh"]


def test_a_greeting_word_inside_a_sentence_before_a_name_still_goes() -> None:
    assert of("PERSON", "16. april 2024\n\nKære Poul Kragh\n\nVi har modtaget") == ["Poul Kragh"]
