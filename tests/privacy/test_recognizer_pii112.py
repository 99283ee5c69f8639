"""pii112: what the locksmith (pii_blind122), car-repair (123) and estate-agent (124) sets
showed. Each rule has a firing case and a near miss. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

# ADDRESS: a scammer's alias "<Name> fra <unit>" does not make the unit the address's owner.


def test_home_shown_by_an_alias_from_a_unit_is_private() -> None:
    text = (
        "Hun forklarede, at en mand, der udgav sig for at være Birthe fra kundeservice, "
        "viste rundt på Rosenhaven 12, 2. tv., 6000 Kolding. Hun betalte depositum."
    )
    assert of("ADDRESS", text) == ["Rosenhaven 12, 2. tv., 6000 Kolding"]


def test_unit_right_before_its_address_stays_the_organisations() -> None:
    text = "Spørg efter Birthe fra kundeservice, Rosenhaven 12, 6000 Kolding."
    assert of("ADDRESS", text) == []


# CARD: the card's own noun right before the number wins over an order's word on the line above.


def test_card_after_its_noun_below_an_order_number() -> None:
    text = "- Bilen er på værkstedet, ordre OR-512093.\n- Kortet 4111 1133 2078 5511, udløb 04/29."
    assert of("CARD", text) == ["4111 1133 2078 5511"]


def test_order_word_right_before_a_number_still_vetoes() -> None:
    text = "- Bilen er på værkstedet, ordre 4111 1133 2078 5511."
    assert of("CARD", text) == []


# CPR: a number in pairs after a person's date of birth and a comma.


def test_cpr_in_pairs_after_a_birth_date() -> None:
    text = "Kunde: Jonna Vest, født 9. maj 1971, 09 05 71 2208.\n- Bilen står på værkstedet."
    assert of("CPR", text) == ["09 05 71 2208"]


def test_pairs_after_a_date_without_birth_word_stay_unread() -> None:
    text = "Kunde: Jonna Vest, betalt 09.05.1971, 09 05 71 2208.\n- Bilen står på værkstedet."
    assert of("CPR", text) == []


# NUMBER_PLATE: the plate an invoice is about, right after "vedrørende".


def test_plate_an_invoice_is_about() -> None:
    text = "Vi har fået en regning på 4.100 kr. vedrørende HT 48 205. Er den ægte?"
    assert of("NUMBER_PLATE", text) == ["HT 48 205"]


def test_about_word_far_from_a_plate_shape_names_no_car() -> None:
    text = "Brevet vedrørende sagen nævnte HT 48 205 som reference."
    assert of("NUMBER_PLATE", text) == []


# OTP: a number read out from the SMS it came in, whatever noun names it.


def test_number_read_out_from_an_sms_is_a_code() -> None:
    text = "Kunden læste i telefonen et nummer op fra sms: 40917322. Han lagde så på."
    assert of("OTP", text) == ["40917322"]
    assert of("PHONE", text) == []


def test_number_read_out_from_a_list_stays_a_phone() -> None:
    text = "Kunden læste sit nummer op fra listen: 40917322. Han lagde så på."
    assert of("OTP", text) == []
    assert of("PHONE", text) == ["40917322"]


def test_six_digit_code_read_out_from_the_sms() -> None:
    text = "Opkalder læste et tal op fra sms'en: 528104. Sagen er sendt videre."
    assert of("OTP", text) == ["528104"]


# BANK_ACCOUNT: where a scammer wanted the money, and an account with the amount beside it.


def test_account_the_money_was_wanted_on() -> None:
    text = "[10:02] Kunde: de ville have pengene på 7213-40958116\n[10:03] Kunde: ok"
    assert of("BANK_ACCOUNT", text) == ["7213-40958116"]


def test_account_with_the_amount_beside_it() -> None:
    text = "Den gamle aftale er forældet. Brug venligst 7213 40958116 – beløb 12.400 kr."
    assert of("BANK_ACCOUNT", text) == ["7213 40958116"]


def test_case_number_with_an_amount_is_no_account() -> None:
    text = "Sag 2026-4095811 beløb 400 kr. er lukket."
    assert of("BANK_ACCOUNT", text) == []


# PERSON: a given name's genitive before a customer's experience or a card's issuer.


def test_genitive_before_experience() -> None:
    text = "Vi beklager, at Grethes oplevelse med den falske montør har kostet tid."
    assert of("PERSON", text) == ["Grethes"]


def test_genitive_before_card_issuer() -> None:
    text = "Betaling taget på kortet. Torbens kortudsteder har åbnet en chargeback."
    assert of("PERSON", text) == ["Torbens"]


def test_experience_without_a_name_before_it() -> None:
    text = "Vi beklager, at Kundens oplevelse med den falske montør har kostet tid."
    assert of("PERSON", text) == []


# PERSON: a chat's "det er <name> her" ends the lower-case name before "her" (here).


def test_lower_case_name_before_her() -> None:
    text = "[09:12] Tove: hej det er tove her, jeg er bange\n[09:13] Per: Hvad skete der?"
    assert "tove" in of("PERSON", text)
    assert "tove her" not in of("PERSON", text)


def test_lower_case_full_name_before_her() -> None:
    text = "[09:12] Tove: hej det er tove lindqvist her\n[09:13] Per: Hvad skete der?"
    assert "tove lindqvist" in of("PERSON", text)


def test_english_chat_name_before_here() -> None:
    text = "[14:02] Kim Vest: hi, kim vest here, someone took my money\n[14:03] Ane: ok"
    assert "kim vest" in of("PERSON", text)
    assert "kim vest here" not in of("PERSON", text)


# PERSON: an estate agent's trade noun ends a firm's name, no person's.


def test_firm_named_by_an_estate_agents_trade() -> None:
    text = (
        "Med venlig hilsen\nTove Lindqvist\nEjendomsmægler, Fjordlys Bolig\n"
        "Strandvejen 4, 9000 Aalborg\nTlf. 70 11 22 33"
    )
    assert of("PERSON", text) == ["Tove Lindqvist"]


def test_name_before_a_trade_noun_elsewhere_stays() -> None:
    text = "Med venlig hilsen\nTove Lindqvist\nEjendomsmægler"
    assert of("PERSON", text) == ["Tove Lindqvist"]
