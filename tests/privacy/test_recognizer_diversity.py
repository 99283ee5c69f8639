"""The names of the people who live in Denmark and the trade and rental texts they meet
(issue 18, pii17): names from outside the Danish lists found by their context (a mailbox
named after its owner, a register's "SURNAME, Given", a chat's speaker, a name given once
and repeated), particles inside a name, pseudonyms and products that are no names, and
the numbers of such texts (meeting IDs, accounts after their reg.nr., codes in brackets,
plates checked in the motor register). Each rule fires, and a near miss does not.
Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import found


def persons(text: str) -> list[str]:
    return [value for entity, value in found(text) if entity == "PERSON"]


# Numbers.


def test_meeting_id_is_no_phone_number() -> None:
    text = "Deltag i Microsoft Teams-møde\nMøde-id: 780 900 176 49  Adgangskode: H20t5Q\n"
    assert "PHONE" not in {entity for entity, _ in found(text)}


def test_number_near_a_meeting_is_still_a_phone_number() -> None:
    assert ("PHONE", "20 30 40 50") in found("Mødet flyttes, ring til 20 30 40 50 i dag.")


def test_account_after_reg_and_account_label_is_no_phone_number() -> None:
    for text, account in (
        ("Depositum til Reg.: 1818 | Konto: 35514069.", "35514069"),
        ("Medbring kontoudtog fra reg. 6857 kt. 74754097.", "74754097"),
    ):
        assert ("BANK_ACCOUNT", account) in found(text)
        assert "PHONE" not in {entity for entity, _ in found(text)}


def test_number_after_a_reg_without_account_label_stays_a_phone_number() -> None:
    assert ("PHONE", "35514069") in found("Reg.: 1818 | Tlf.: 35514069")


def test_ad_number_is_no_phone_number() -> None:
    assert found("Samtale om Skoda Octavia (annonce nr. 60638497), eksporteret") == []


def test_number_after_the_word_ad_is_a_phone_number() -> None:
    assert ("PHONE", "20304050") in found("Se annoncen og ring på 20304050.")


def test_code_in_brackets_after_where_it_came_from() -> None:
    text = "Bagefter bad han om koden fra min sms (482913) og jeg gav ham den."
    assert ("OTP", "482913") in found(text)


def test_remark_in_brackets_after_the_code_is_no_code() -> None:
    assert "OTP" not in {e for e, _ in found("Han bad om koden fra min sms (se billedet).")}


def test_asked_code_answered_by_a_four_word_speaker_is_the_code() -> None:
    text = (
        "Person 2: nu kommer der en kode på sms, skriv den her\nEsra Nur Nielsen Özturk: 49953318\n"
    )
    assert ("OTP", "49953318") in found(text)
    assert "PHONE" not in {entity for entity, _ in found(text)}


def test_unasked_number_alone_on_a_chat_line_is_a_phone_number() -> None:
    text = "Person 2: skriv dit nummer her\nEsra Nur Nielsen Özturk: 49953318\n"
    assert ("PHONE", "49953318") in found(text)


def test_iban_with_bank_code_holds_no_card_number() -> None:
    for iban in ("RO82 BRDE 8045 9006 6105 1228", "PL98 0212 1397 6236 7502 0331 5372"):
        text = f"Leje indbetales til IBAN {iban}.\nSend kopi af pas/sundhedskort."
        assert found(text) == [("IBAN", iban)]


def test_card_number_alone_is_still_a_card() -> None:
    assert ("CARD", "4242 4242 4242 4242") in found("kortnummer 4242 4242 4242 4242")


def test_plate_checked_in_the_motor_register() -> None:
    text = (
        "send pladen så du kan tjekke den i motorregistret\n"
        "Kemal Arslan: MP 17 184, synet 01.12.2026"
    )
    assert ("NUMBER_PLATE", "MP 17 184") in found(text)


def test_plate_shape_without_a_vehicle_is_no_plate() -> None:
    assert "NUMBER_PLATE" not in {e for e, _ in found("Koden er MP 17 184 i systemet.")}


# Names.


def test_display_name_of_its_own_mailbox() -> None:
    text = "Fra: Ayesha Qureshi <ayeshaqureshi@example.net>\nSendt: 21. november 2026"
    assert "Ayesha Qureshi" in persons(text)
    listed = "Deltagere\nTolk (thai): Mary Grace dela Rosa <mgrace@example.dk>\n"
    assert "Mary Grace dela Rosa" in persons(listed)
    assert "Kanchanawong, Ratana" in persons("Kanchanawong, Ratana <ratanak@example.org>\n")


def test_display_name_of_a_team_mailbox_is_no_person() -> None:
    assert persons("Fra: Kundeservice Nord <kundeservice@example.dk>\n") == []
    assert persons("Til: Tirsdag Morgen <info@example.dk>\n") == []


def test_register_form_is_one_name() -> None:
    assert persons("Lejer: CHAUDHARY JENSEN, Bilal\nCPR-nr.: [CPR]\n") == [
        "CHAUDHARY JENSEN, Bilal"
    ]
    assert persons("Lejer: Zieliński, Anna Maria\n") == ["Zieliński, Anna Maria"]


def test_list_of_teams_after_a_label_is_no_register_name() -> None:
    assert persons("Deltagere: Fraud Operations, IT-sikkerhed, Kundeservice\n") == []


def test_pseudonym_labels_are_no_names() -> None:
    text = (
        "Kære Lejer A,\n\nLejer: Part C\nSælgeren kaldte sig Borger B. Bagefter bad han om koden."
    )
    assert persons(text) == []


def test_given_name_after_a_greeting_is_a_name() -> None:
    assert persons("Kære Amira,\n\ntak for sidst.") == ["Amira"]


def test_products_named_like_people_are_no_names() -> None:
    text = "Er Stefan stol stadig til salg? Jeg har købt Yasmin abaya og kjolen Amira (str. 38)."
    assert persons(text) == []


def test_given_name_beside_a_product_word_that_is_no_product_noun() -> None:
    assert persons("Hej Stefan, er stolen solgt?") == ["Stefan"]


def test_name_a_seller_called_themself() -> None:
    assert persons("Sælgeren kaldte sig Tung. Bagefter bad han om koden.") == ["Tung"]


def test_calling_oneself_something_else_is_no_name() -> None:
    assert persons("Hun kalder sig selv for sjov.") == []


def test_signature_after_a_blank_line() -> None:
    text = "Vi har frosset kontoen.\n\nVenlig hilsen\n\nAyesha Qureshi\nKunderådgiver"
    assert "Ayesha Qureshi" in persons(text)


def test_label_with_a_blank_line_before_a_sentence_is_no_signature() -> None:
    assert persons("Kunde:\n\nPengene er væk") == []


def test_one_word_speaker_in_a_conversation() -> None:
    text = (
        "Biniam: hej, er den stadig til salg?\nSøren Hansen: ja den er ledig.\n"
        "Biniam: ok jeg tager den.\n"
    )
    assert persons(text).count("Biniam") == 2


def test_relatives_speaking_in_a_chat_are_no_names() -> None:
    text = "Mor: hun bor nu på landet\nMig: ja gør det i aften\nMor: ok\n"
    assert persons(text) == []


def test_particles_belong_to_the_name() -> None:
    text = (
        "hvordan betaler jeg?\nMohammad Ali bin Omar: mobilepay til mig\n"
        "Borger: Yousef bin Salem, cpr"
    )
    names = persons(text)
    assert "Mohammad Ali bin Omar" in names and "Yousef bin Salem" in names


def test_lower_case_word_after_a_particle_is_no_name() -> None:
    assert persons("Hej Anna, de andre kommer i morgen.") == ["Anna"]


def test_name_given_once_is_a_name_where_it_is_repeated() -> None:
    text = "Sælgeren kaldte sig Jiyan. Vi har bedt banken om at fryse Jiyans konto."
    assert persons(text) == ["Jiyan", "Jiyans"]


def test_name_given_once_is_no_name_in_a_street() -> None:
    text = "Sælgeren kaldte sig Jiyan. Han bor på Jiyan 12 i Ringsted."
    assert persons(text) == ["Jiyan"]
