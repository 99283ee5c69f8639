"""Personal data in gambling, online casino, gaming and esports fraud (issue 18, pii59): a
pseudonymised player or witness in an export's name column ("Spiller A", "Vidne 2"); a greeted
supervisory authority ("Kære Dansk Spiltilsyn"); the code that just came by SMS in a chat, not
a phone; a small car named by its model before a plate ("den røde Polo, PT 41 714"); a given
name in the genitive before a witness's observations or a child's gamer tag; an initial and a
surname as a support log's agent, a note's signature after "/" or who took down a report
("Optaget af"); an inverted name after "tilhører ikke"; a chat speaker's pet name ("tobbe");
a lowercase Faroese place after a lowercase name; ten digits after an account's label and
reg.nr. as no CPR; the given name Sunniva (names_da.tsv). The near miss beside each.
Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of
from vaern.privacy.recognizers import (
    account_label_and_reg_before,
    log_agent_or_signature,
    lowercase_faroese_place,
    pet_name,
)

CSV_HEAD = "spiller_id;navn;cpr;email;telefon\n"


def test_a_pseudonymised_player_or_witness_is_no_name() -> None:
    assert of("PERSON", CSV_HEAD + "7904217;Spiller A;[CPR];[e-mail];[TLF]\n") == []
    assert of("PERSON", CSV_HEAD + "7904217;Vidne 2;[CPR];[e-mail];[TLF]\n") == []


def test_a_player_named_in_the_column_is_a_name() -> None:
    assert of("PERSON", CSV_HEAD + "7904217;Mette Qvist;[CPR];[e-mail];[TLF]\n") == ["Mette Qvist"]


def test_a_greeted_authority_is_no_name() -> None:
    assert of("PERSON", "Kære Dansk Spiltilsyn\n\nJeg skriver om min konto.") == []
    assert of("PERSON", "Kære Spillemyndigheden\n\nJeg skriver.") == []


def test_a_greeted_person_stays_a_name() -> None:
    assert of("PERSON", "Kære Ulla Qvist\n\nTak for din mail.") == ["Ulla Qvist"]


def test_the_code_that_came_by_sms_is_a_code() -> None:
    text = "[21:08] iba: han vil også have koden der lige kom på sms: 874891\n"
    assert of("OTP", text) == ["874891"]
    text = "[21:08] iba: han vil også have koden der lige kom på sms: 87489112\n"
    assert of("OTP", text) == ["87489112"] and of("PHONE", text) == []


def test_a_number_after_the_sms_without_the_colon_is_no_code() -> None:
    # The colon after "sms" gives the code; a phone told later in the sentence is a phone.
    text = "koden der kom på sms var forkert, ring 87489112"
    assert of("OTP", text) == [] and of("PHONE", text) == ["87489112"]


def test_a_car_named_by_its_model_marks_a_plate() -> None:
    assert of("NUMBER_PLATE", "jeg henter dig i den røde Polo, PT 41 714\n") == ["PT 41 714"]


def test_a_plate_shape_without_a_car_is_no_plate() -> None:
    assert of("NUMBER_PLATE", "spiller-ID PT 41 714 i turneringen\n") == []


def test_a_genitive_before_observations_or_a_gamer_tag_is_a_name() -> None:
    assert of("PERSON", "tlf. 20 30 40 50. Theas iagttagelser vedlægges.") == ["Theas"]
    assert of("PERSON", "i alt 2.278 kr., og Birthes gamer tag er Sk0vTr0ld.") == ["Birthes"]


def test_a_word_in_the_genitive_before_observations_is_no_name() -> None:
    assert of("PERSON", "Politiets iagttagelser vedlægges.") == []


def test_a_support_agent_and_a_signature_with_an_initial_are_names() -> None:
    text = "2026-04-23 11:31 | Agent B. Hussain: Angriberen har tilføjet kortet."
    assert of("PERSON", text) == ["B. Hussain"]
    text = "Kunden kontaktes ikke fra 70 20 44 11. /K. Fuglsang-Jeppesen\n"
    assert of("PERSON", text) == ["K. Fuglsang-Jeppesen"]
    assert of("PERSON", "Ring på 114 ved nye henvendelser. Optaget af A. Juul.\n") == ["A. Juul"]


def test_log_agent_or_signature_needs_its_colon_or_the_lines_end() -> None:
    text = "Agent B. Hussain: ok"
    assert log_agent_or_signature(text, 6) is not None
    assert log_agent_or_signature("Agent B. Hussain skrev", 6) is None
    text = "Slut. /K. Hussain\n"
    assert log_agent_or_signature(text, 7) is not None
    assert log_agent_or_signature("ring. /K. Hussain og andre\n", 7) is None
    assert log_agent_or_signature("og/K. Hussain\n", 3) is None  # no sentence before the "/"


def test_an_inverted_name_after_does_not_belong_to() -> None:
    text = "Agent Karoline: Kortet tilhører ikke Abdi, Ejnar; kunden har eget kort."
    assert "Abdi, Ejnar" in of("PERSON", text)


def test_without_the_lead_a_surname_and_a_given_name_are_still_one_name() -> None:
    """pii97 joins a surname and a given name found apart that a comma joins, as the labels of
    every set do ("Holm, Agnete")."""
    assert of("PERSON", "Kortet er ikke Abdi, Ejnar; kunden har eget kort.") == ["Abdi, Ejnar"]


CHAT = (
    "[18:20] tobbe: nogen der kender Bl4ckBolt?\n"
    "[18:21] Emil: nej\n"
    "[18:22] tobbe: han sælger skins\n"
    "[18:23] Emil: slet det NU og ring til banken, tobbe\n"
)


def test_a_chat_speakers_pet_name_is_a_name() -> None:
    assert of("PERSON", CHAT).count("tobbe") == 3


def test_a_stamped_log_label_is_no_pet_name() -> None:
    log = "[14:30] status: ok\n[14:31] status: ok\n[14:32] alle: ok\n[14:33] alle: ok\n"
    assert of("PERSON", log) == []
    assert pet_name("tobbe") and pet_name("nille") and pet_name("sussi")
    assert not pet_name("alle") and not pet_name("status") and not pet_name("mette.")


def test_a_lowercase_faroese_place_after_a_lowercase_name() -> None:
    text = "spk_1: ja hej jeg hedder sunniva á lakjuni og jeg tror"
    assert of("PERSON", text) == ["sunniva á lakjuni"]
    start = text.index("sunniva")
    assert lowercase_faroese_place(text, start, start + 7) == text.index(" og")


def test_a_faroese_time_after_a_lowercase_name_is_no_place() -> None:
    assert of("PERSON", "hej mette í dag") == ["mette"]
    text = "Hej Mette á lakjuni"
    assert lowercase_faroese_place(text, 4, 9) == 9  # a capitalised name: the other rule's


def test_ten_digits_after_an_accounts_label_and_reg_are_the_account() -> None:
    text = "Kunde: RAHIMI, MERETE, CPR 26 08 49 3728\nKonto: 1939 2610451287\n"
    assert of("CPR", text) == ["26 08 49 3728"]
    assert of("BANK_ACCOUNT", text) == ["1939 2610451287"]
    assert account_label_and_reg_before("Konto: 1939 2610451287", 12)


def test_a_cpr_after_its_own_label_stays_a_cpr() -> None:
    assert of("CPR", "CPR: 2610451287\n") == ["2610451287"]
    assert not account_label_and_reg_before("CPR: 2610451287", 5)
    assert not account_label_and_reg_before("Ref 1939 2610451287", 9)


def test_sunniva_is_a_given_name() -> None:
    assert of("PERSON", "gav den til Sunniva, der skrev, at hun var fra support") == ["Sunniva"]
