"""Personal data at a webshop's customer service and chargeback desk after order fraud
(pii64, pii_blind58): a card or CPR number told unprompted ("uopfordret", whose letters hold
"ordre", an order's label), a MitID user ID in brackets after "op" (read out), and the
account a customer wants a refund paid back to in a chat. The near miss beside each.
Synthetic values only (test card numbers, CPR numbers that fail modulus 11)."""

from __future__ import annotations

from tests.privacy.findings import of

_CARD_READ = "Hun læste uopfordret kortet op: {}, 09/28, cvc 123. Ikke gemt."


def test_a_card_told_unprompted_is_no_order_number() -> None:
    assert of("CARD", _CARD_READ.format("4111 1111 1111 1111")) == ["4111 1111 1111 1111"]
    assert of("CARD", _CARD_READ.format("5555555555554444")) == ["5555555555554444"]
    assert of("CARD_EXPIRY", _CARD_READ.format("4111 1111 1111 1111")) == ["09/28"]


def test_an_order_label_still_makes_a_number_no_card() -> None:
    assert of("CARD", "Ordre 4111111111111111 afsendt i dag.") == []
    assert of("CARD", "Ordrenr. 4111 1111 1111 1111 er pakket.") == []


def test_a_cpr_number_told_unprompted() -> None:
    text = "CPR-nr. (oplyst uopfordret): {} – ikke gemt i systemet."
    assert of("CPR", text.format("150385-1237")) == ["150385-1237"]
    assert of("CPR", text.format("2207641118")) == ["2207641118"]


def test_a_number_after_an_order_label_is_no_cpr_number() -> None:
    assert of("CPR", "Ordrenr.: 150385-1237 er sendt.") == []


_MITID_READ = "Han læste sit MitID-bruger-ID op ({}) – bedt om at skifte adgangskode."


def test_a_user_id_in_brackets_after_it_was_read_out() -> None:
    assert of("MITID_USER", _MITID_READ.format("henning1979")) == ["henning1979"]
    assert of("MITID_USER", _MITID_READ.format("karenb88")) == ["karenb88"]


def test_a_remark_in_brackets_after_it_was_read_out_is_no_user_id() -> None:
    assert of("MITID_USER", _MITID_READ.format("i telefonen")) == []
    assert of("MITID_USER", _MITID_READ.format("for sent")) == []


_CHAT = "[19:17] Piotr: pengene skal tilbage på {}\n[19:18] Lone: Jeg har spærret ordren."


def test_the_account_a_refund_goes_back_to_in_a_chat() -> None:
    assert of("BANK_ACCOUNT", _CHAT.format("4832-27450028")) == ["4832-27450028"]
    assert of("BANK_ACCOUNT", _CHAT.format("7612 63700331")) == ["7612 63700331"]
    assert of("BANK_ACCOUNT", "Beløbet refunderes til 4832-27450028.") == ["4832-27450028"]


def test_a_call_back_is_no_refund_account() -> None:
    text = "[19:17] Piotr: ring tilbage på {}\n[19:18] Lone: ok"
    assert of("BANK_ACCOUNT", text.format("4832-27450028")) == []


def test_a_padded_account_before_the_next_lines_time_stamp() -> None:
    text = "[10:01] Anna: {}\n[10:02] Bo: tak"
    assert of("BANK_ACCOUNT", text.format("1323-0955803084")) == ["1323-0955803084"]
    assert of("BANK_ACCOUNT", text.format("1892 0068102851")) == ["1892 0068102851"]


def test_a_case_number_led_by_a_year_before_a_time_stamp_is_no_account() -> None:
    assert of("BANK_ACCOUNT", "[10:01] Anna: 2024-0955803084\n[10:02] Bo: tak") == []


def test_a_lower_case_sender_the_address_begins_with() -> None:
    assert of("PERSON", "Fra: mette <mette.f@example.net>\nTil: kundeservice") == ["mette"]
    text = "Fra: tran van minh <minh67@example.dk>\nTil: kundeservice"
    assert of("PERSON", text) == ["tran van minh"]
    assert of("PERSON", "Fra: mariam öztürk <mariam.ozturk@example.dk>") == ["mariam öztürk"]


def test_a_shop_address_or_an_everyday_word_before_its_address_is_no_sender() -> None:
    assert of("PERSON", "Fra: kundeservice <kundeservice@shop.example.dk>") == []
    assert of("PERSON", "Fra: mark <mark@example.dk>\nTil: salg") == []


def test_a_given_name_in_the_genitive_before_a_customer_record() -> None:
    assert of("PERSON", "Sag oprettet.\nNoteret på Kaspers kundekort.") == ["Kaspers"]
    assert of("PERSON", "Kunden ringede; se Dmitris kundekort.") == ["Dmitris"]


def test_a_word_in_the_genitive_before_a_customer_record_is_no_name() -> None:
    assert of("PERSON", "Noteret på dagens kundekort.") == []
    assert of("PERSON", "Hævningen står som Matas ordre 2935740.") == []


def test_an_initial_and_a_surname_after_prepared_by_or_a_summary() -> None:
    text = "Kundegennemgang – uge 29 – udarbejdet af {}\nordre;dato;navn"
    assert of("PERSON", text.format("L. Damgaard")) == ["L. Damgaard"]
    assert of("PERSON", text.format("M. Petrov-Öztürk")) == ["M. Petrov-Öztürk"]
    summary = "Resumé ved {}, chargeback-teamet, 09.02.2026. Godkendt."
    assert of("PERSON", summary.format("O. Öztürk")) == ["O. Öztürk"]
    assert of("PERSON", summary.format("A. Bjerre")) == ["A. Bjerre"]


def test_a_firm_or_a_team_after_prepared_by_or_a_summary_is_no_name() -> None:
    text = "Kundegennemgang – uge 29 – udarbejdet af {}\nordre;dato;navn"
    assert of("PERSON", text.format("N. Bank")) == []
    assert of("PERSON", "Resumé ved A. Kundeservice, chargeback-teamet.") == []
