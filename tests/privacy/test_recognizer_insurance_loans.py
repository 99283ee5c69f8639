"""Personal data in insurance, pension, loans and debt-collection fraud (issue 18, pii40): a
borrower's pseudonym ("Låntager 2") is no street, a MitID user ID given by "medlemmet" or asked
for on a chat line that named MitID earlier, codes read out with an OCR'd note's line breaks,
two at once or in brackets after "en kode", names typed whole in lower case by a chat's
speaker or given when asked for, initials in a signature, a bracket or under a dated line,
inverted names after "kontohaver" and Vietnamese ones after a label, a court's "Thi kendes for
ret" and whose account it believes, names joined by "og" to a found one, a caller's name in
quotes; and the near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_borrowers_pseudonym_is_no_street() -> None:
    text = "Ansøger ifølge ansøgningen: Låntager 2, CPR-nr. [CPR]\n[19:09] Låntager 3: hej"
    assert of("ADDRESS", text) == []
    assert of("ADDRESS", "Forsikringstager 1 ringede igen.") == []


def test_a_street_ending_in_ager_stays_a_street() -> None:
    assert of("ADDRESS", "Hun bor på Kirkeager 3 i byen.") == ["Kirkeager 3"]


def test_a_mitid_user_given_by_the_member_is_a_user_id() -> None:
    text = '"Rådgiveren" bad om MitID-bruger-id, og medlemmet gav hungnguye1964. Derefter …'
    assert of("MITID_USER", text) == ["hungnguye1964"]


def test_the_member_giving_up_is_no_user_id() -> None:
    text = '"Rådgiveren" bad om MitID-bruger-id, og medlemmet gav ikke noget. Derefter …'
    assert of("MITID_USER", text) == []


def test_a_user_id_asked_for_after_mitid_on_the_line_is_the_answer() -> None:
    text = (
        "[20:29] Shirin: Log ind med MitID så jeg kan se din gæld. Hvad er dit bruger-id?\n"
        "[20:30] Hiba Farah: det er hibafarah1984\n"
    )
    assert of("MITID_USER", text) == ["hibafarah1984"]


def test_a_user_id_asked_for_without_mitid_is_no_answer() -> None:
    text = (
        "[20:29] Shirin: Log ind på portalen så jeg kan se din gæld. Hvad er dit bruger-id?\n"
        "[20:30] Hiba Farah: det er hibafarah1984\n"
    )
    assert of("MITID_USER", text) == []


def test_a_code_read_out_over_broken_lines_is_a_code() -> None:
    assert of("OTP", "CVV 943\nkoden jeg\nlæste\nop: 055239\npengene skulle") == ["055239"]
    assert of("OTP", "CVV 943\nkoden  jeg  læste op: 40555996\npengene") == ["40555996"]


def test_what_was_read_out_without_digits_is_no_code() -> None:
    assert of("OTP", "koden jeg læste op: den fra appen\n2100 København") == []


def test_two_codes_read_out_are_both_codes() -> None:
    text = "Derefter læste medlemmet to koder op fra kodeviseren: 01790926 og 184190.\nkl. 11.23"
    assert of("OTP", text) == ["01790926", "184190"]
    assert of("PHONE", text) == []


def test_codes_named_without_digits_are_no_codes() -> None:
    assert of("OTP", "Der kom to koder, men jeg gav ingen af dem videre.") == []


def test_a_code_in_brackets_after_en_kode_is_a_code() -> None:
    text = "tastede kortoplysningerne og en kode (006736) ind på en falsk side."
    assert of("OTP", text) == ["006736"]


def test_a_doors_code_in_brackets_is_no_code() -> None:
    assert of("OTP", "Dørens kode (123456) står på sedlen.") == []


CHAT = (
    "[22:14] Bertram: Hej! Jeg hedder Bertram og er fra Nordic Loan Partners.\n"
    "[22:15] jørgen krarup storm: hi i need a loan of kr. 148.500\n"
    "[22:18] Bertram: Super. Hvad er dit fulde navn og CPR-nummer?\n"
    "[22:19] Ruth: ruth storm 19 01 72 0413\n"
)


def test_a_chat_speaker_in_lower_case_is_the_whole_name() -> None:
    assert "jørgen krarup storm" in of("PERSON", CHAT)


def test_a_lower_case_speaker_saying_something_is_no_name() -> None:
    text = "[10:01] Anna Holm: hej\n[10:02] mette skriver: hej\n[10:03] Anna Holm: ok\n"
    assert "mette skriver" not in of("PERSON", text)


def test_a_name_given_when_asked_for_is_a_name() -> None:
    assert "ruth storm" in of("PERSON", CHAT)


def test_a_sentence_given_when_asked_for_is_no_name() -> None:
    text = "[10:01] Bot: Hvad er dit navn?\n[10:02] Kunde: det ved jeg ikke\n"
    assert of("PERSON", text) == []


def test_a_found_name_in_lower_case_before_a_full_stop_is_a_name() -> None:
    text = "[19:36] Lisbeth Lerche Ebbesen: hvad?\n[19:37] Shirin: Don't listen to them lisbeth. Ok"
    assert "lisbeth" in of("PERSON", text)


def test_a_lower_case_word_no_one_is_named_is_no_name() -> None:
    text = "[19:36] Lisbeth Lerche Ebbesen: hvad?\n[19:37] Shirin: Don't listen to them anna. Ok"
    assert "anna" not in of("PERSON", text)


def test_initials_in_a_signature_bracket_or_dated_line_are_names() -> None:
    assert of("PERSON", "Ring ved nye opkald.\nSign.: A. Hussain-Kastrup\n") == [
        "A. Hussain-Kastrup"
    ]
    text = "Kundens forklaring (telefon, B. Sloth-Iversen):\nlånet er ikke hendes"
    assert of("PERSON", text) == ["B. Sloth-Iversen"]
    text = "Udskriftens rigtighed bekræftes. Retten i Aarhus, 05.02.26. S. Storm\n"
    assert of("PERSON", text) == ["S. Storm"]
    assert of("PERSON", "Taksators notater (S. Wiśniewski):\n- Ingen tegn") == ["S. Wiśniewski"]


def test_an_initial_before_more_words_is_no_signature() -> None:
    assert of("PERSON", "(se bilag, B. Oversigt over betalinger)") == []
    assert of("PERSON", "Retten i Aarhus, 05.02.26. S. 4 i bilaget.\n") == []


def test_an_inverted_account_holder_is_one_name() -> None:
    text = "Udbetalt til: 5238 0040646347 i Sydbank — kontohaver Hussain, Hamid, ikke ansøger"
    assert of("PERSON", text) == ["Hussain, Hamid"]


def test_an_inverted_vietnamese_name_after_a_label_is_one_name() -> None:
    assert of("PERSON", "Dommer: Tran, Van Long. Retten") == ["Tran, Van Long"]
    assert of("PERSON", "Medlem: Vu, Thi Hoa, medlemsnr. 896626") == ["Vu, Thi Hoa"]


def test_a_vietnamese_name_listed_with_a_comma_is_no_inversion() -> None:
    assert of("PERSON", "Vi mødte Tran, Van Long og Bo i går.") == []


def test_a_judgements_formula_is_no_name() -> None:
    assert of("PERSON", "Dommer: Tran Thi Lan.\nThi kendes for ret:\n") == ["Tran Thi Lan"]


def test_a_witness_called_thi_is_a_name() -> None:
    assert of("PERSON", "Vidnet Thi ringede.") == ["Thi"]


def test_whose_account_the_court_believes_is_a_name() -> None:
    text = "Retten lægger Storm-Lauridsen forklaring til grund. Tiltalte 1 straffes"
    assert of("PERSON", text) == ["Storm-Lauridsen"]


def test_the_defendants_account_is_no_name() -> None:
    assert of("PERSON", "Retten lægger tiltaltes forklaring til grund.") == []
    assert of("PERSON", "Retten lægger Tiltalte 1s forklaring til grund.") == []


def test_a_given_names_memory_is_a_genitive() -> None:
    assert of("PERSON", "Der gik 600 kr. fra kontoen. Fatimas hukommelse er ikke som før") == [
        "Fatimas"
    ]


def test_your_memory_is_no_name() -> None:
    assert of("PERSON", "Der gik 600 kr. fra kontoen. Deres hukommelse er god.") == []


def test_a_name_joined_by_og_to_a_found_one_is_a_name() -> None:
    text = "Domsmænd: Leyla Nowak og Vikram Kaya. Anklager: Lone Ulriksen."
    assert "Vikram Kaya" in of("PERSON", text)


def test_a_body_joined_by_og_to_a_name_is_no_name() -> None:
    assert of("PERSON", "Jeg har talt med Peter Jensen og Region Hovedstaden.") == ["Peter Jensen"]


def test_a_case_handler_after_the_label_is_a_name() -> None:
    text = "Oprettet 2026-04-15 10:06 · behandler: Holger Juul Følner\n\nMedlem: [NAVN]"
    assert of("PERSON", text) == ["Holger Juul Følner"]


def test_a_bank_handling_a_case_is_no_name() -> None:
    assert of("PERSON", "Banken behandler Deres sag hurtigt.") == []


def test_a_name_in_capitals_goes_on_in_capitals() -> None:
    text = "mit navn og adresse som på brevet:\nHENNING SKOV DYHR-BISGAARD\nHavrevænget 79\n"
    assert of("PERSON", text) == ["HENNING SKOV DYHR-BISGAARD"]


def test_a_firms_word_after_a_name_in_capitals_is_not_its() -> None:
    assert "KAJ HANSEN A/S" not in of("PERSON", "Kunde: KAJ HANSEN A/S\n")


def test_a_callers_name_in_quotes_is_a_name() -> None:
    text = 'Han er blevet ringet op af "Hodan Yilmaz" fra "Pensionsfrigørelse Danmark".'
    assert of("PERSON", text) == ["Hodan Yilmaz"]
    text = 'hun fortæller, at en venlig mand, "Kaj", ringede fra [TLF] og sagde'
    assert of("PERSON", text) == ["Kaj"]


def test_a_bank_in_quotes_is_no_caller() -> None:
    assert of("PERSON", 'Hun er blevet ringet op af "Banken" i går.') == []
