"""Personal data in international residents' fraud cases, in English, Danish and both (pii69,
pii_blind62): a one-time code sent to whom a case note names and one an English chat read out,
a CPR number in pairs as a list's field, an account a share was paid from, an English
signature's "Direct:" number, a name's English genitive, surnames in O', D' and N', a payment
service after a name in the genitive, and a pseudonym's genitive and a fake helpdesk in a
pseudonymised note. The near miss beside each. Synthetic names and numbers only."""

from __future__ import annotations

from tests.privacy.findings import of


def test_a_code_sent_to_whom_a_note_names() -> None:
    text = "Tlf. 20 30 40 50. Engangskode sendt til borger: 08623357 (ikke givet videre)."
    assert of("OTP", text) == ["08623357"]
    assert of("PHONE", text) == ["20 30 40 50"]


def test_a_code_sent_to_a_number_field_is_the_phone() -> None:
    text = "Engangskode sendt til borgers nummer: 20304050"
    assert of("OTP", text) == []
    assert of("PHONE", text) == ["20304050"]


def test_a_code_an_english_chat_read_out() -> None:
    text = "[18:40] Palle: he asked for the code in the SMS and I read it out: 19460446. then"
    assert of("OTP", text) == ["19460446"]
    assert of("PHONE", text) == []


def test_an_area_code_given_is_no_one_time_code() -> None:
    assert of("OTP", "he wanted the area code and I gave him: 2100 first") == []


def test_a_cpr_number_in_pairs_as_a_lists_field() -> None:
    text = "2687; Chen, Siobhán; 18 01 42 2452; 2752 5697; siobhan20@example.dk\n"
    assert of("CPR", text) == ["18 01 42 2452"]


def test_pairs_inside_a_field_with_more_are_no_cpr_number() -> None:
    assert of("CPR", "2687; beløb 18 01 42 2452 kr.; betalt\n") == []


def test_the_account_a_share_was_paid_from() -> None:
    text = "My flatmate paid her share from 6463-19615781.\nWe went to the building."
    assert of("BANK_ACCOUNT", text) == ["6463-19615781"]


def test_an_invoice_paid_is_no_account() -> None:
    assert of("BANK_ACCOUNT", "I paid the invoice 6463 19615781 yesterday.") == []


def test_a_signatures_direct_number_beside_the_switchboard() -> None:
    text = "Best regards\nPeople & Culture\nDirect: 69051965 · Switchboard: 7012 6600\n"
    assert of("PHONE", text) == ["69051965"]


def test_a_direct_debit_is_no_phone() -> None:
    assert of("PHONE", "Direct debit 69051965 registered.") == []


def test_a_names_english_genitive_belongs_to_it() -> None:
    text = "kl. 21.30 Leila called from +45 81 83 46 65. Leila's MobilePay was hacked."
    assert of("PERSON", text) == ["Leila", "Leila's"]
    assert of("PERSON", "Hej Anna Hansen's bror") == ["Anna Hansen's"]


def test_an_apostrophe_and_a_longer_word_are_no_genitive() -> None:
    assert of("PERSON", "Mette Hansen'see") == ["Mette Hansen"]


def test_surnames_in_o_d_and_n_with_given_names_or_initials() -> None:
    assert of("PERSON", "Best regards\nH. N'Diaye\nPeople & Culture") == ["H. N'Diaye"]
    assert of("PERSON", "Til: Bích N'Diaye <bich@example.dk>") == ["Bích N'Diaye"]
    text = "Anmelder:\nO'Brien, Guðrún\nSønder Boulevard 62\n8000 Aarhus C"
    assert of("PERSON", text) == ["O'Brien, Guðrún"]


def test_a_hotel_in_d_is_no_person() -> None:
    assert of("PERSON", "Vi spiste på Hotel D'Angleterre i går.") == []


def test_a_payment_service_after_a_name_in_the_genitive() -> None:
    text = "Karims Visa/Dankort er også misbrugt. Oksana Tanakas NemKonto er også misbrugt."
    assert of("PERSON", text) == ["Karims", "Oksana Tanakas"]


def test_a_service_after_a_banks_name_is_no_person() -> None:
    assert of("PERSON", "Vi betaler via Danske Banks MobilePay.") == []


def test_a_pseudonyms_genitive_and_a_fake_helpdesk_name_no_one() -> None:
    text = (
        "Borger: Kunde A, CPR [CPR]\n\nBorger henvender sig, fordi en 'rådgiver' – [NAVN] fra "
        "Visa Help – har fået borgers MitID.\nKunde As Visa/Dankort er også misbrugt."
    )
    assert of("PERSON", text) == []


def test_a_flatmate_a_scammers_own_name_and_a_call_logs_caller() -> None:
    text = "My flatmate Bích Tanaka paid her share. My flatmate tariq paid too."
    assert of("PERSON", text) == ["Bích Tanaka", "tariq"]
    text = "The 'landlord' called himself Villum Haddad and said he was abroad."
    assert of("PERSON", text) == ["Villum Haddad"]
    text = "Call log\nkl. 07.06 Juul, Oluwaseun called from 33.06.12.45."
    assert of("PERSON", text) == ["Juul, Oluwaseun"]


def test_a_flatmate_who_says_and_a_firm_calling_are_no_one() -> None:
    assert of("PERSON", "My flatmate said he called himself. Ok.") == []
    assert of("PERSON", "kl. 09.14 Kundeservice called from 70 21 43 65.") == []


def test_a_name_field_before_a_cpr_field_in_a_delimited_row() -> None:
    text = (
        "2603; Kovács, Diego; 28 08 94 3466; diego@example.dk\n"
        "2631; FATUMA O'BRIEN; 230376-0259; fobrien@example.dk\n"
    )
    assert of("PERSON", text) == ["Kovács, Diego", "FATUMA O'BRIEN"]


def test_a_single_word_field_before_a_cpr_field_is_no_name() -> None:
    assert of("PERSON", "Beløb; Husleje; 140105 4929; betalt") == []
