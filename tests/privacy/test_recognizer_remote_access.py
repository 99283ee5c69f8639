"""Personal data in tech-support and remote-access fraud (issue 18, pii52): a session log's
clipboard passing a card's expiry on the line after its number, a code typed into a form
in an English log line or texted "fra sms", a MitID user ID a log joins to its prompt by
an arrow, a MAC address's hex pairs, and an inverted name in a semicolon export's cell or
after "tilhører". The near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

_CARD_LINE = '2026-02-06 14:16:01  INFO  Clipboard local->remote: "4111 1111 1111 1111"\n'


def test_an_expiry_alone_on_the_line_after_a_card_number() -> None:
    text = _CARD_LINE + '2026-02-06 14:17:41  INFO  Clipboard local->remote: "04/2029"\n'
    assert of("CARD_EXPIRY", text) == ["04/2029"]
    assert of("CARD_EXPIRY", _CARD_LINE + "2026-02-06 14:17:41  INFO  Pasted: 11/27") == ["11/27"]


def test_a_date_that_is_not_its_lines_value_or_follows_no_card_is_no_expiry() -> None:
    text = _CARD_LINE + "2026-02-06 14:17:41  INFO  Statement 04/29 opened in the browser\n"
    assert of("CARD_EXPIRY", text) == []
    other = _CARD_LINE.replace("4111 1111 1111 1111", "4111 1111 1111 1112")
    line = '2026-02-06 14:17:41  INFO  Clipboard local->remote: "04/29"\n'
    assert of("CARD_EXPIRY", _CARD_LINE + line) == ["04/29"]
    assert of("CARD_EXPIRY", other + line) == []


def test_a_code_typed_into_a_form_in_a_session_log() -> None:
    line = "2026-04-23 20:08:41  INFO  SMS code typed into form: {}\n2026-04-23 20:12:03  WARN"
    assert of("OTP", line.format("731217")) == ["731217"]
    assert of("OTP", line.format("67141020")) == ["67141020"]
    assert of("PHONE", line.format("67141020")) == []
    assert of("OTP", "SMS-kode indtastet i netbank: 1234 5678") == ["1234 5678"]


def test_an_sms_code_sent_to_a_number_is_no_typed_code() -> None:
    assert of("OTP", "SMS code sent to: 20304050") == []
    assert of("OTP", "SMS code typed into form: 2026-04-23") == []


def test_a_code_texted_from_the_sms_it_came_in() -> None:
    assert of("OTP", "[17:11] Mor: ja og koden fra sms 780065\n[17:17] Preben: ok") == ["780065"]
    assert of("OTP", "koden fra sms'en 12345678") == ["12345678"]


def test_a_date_after_the_sms_a_code_came_in_is_no_code() -> None:
    assert of("OTP", "Hun fik koden fra sms 2026-03-01 om aftenen.") == []


def test_a_mitid_user_id_joined_to_its_prompt_by_an_arrow() -> None:
    text = '2026-01-18 12:33:25  INFO  Remote chat: "please confirm MitID user ID" -> "{}"\n'
    assert of("MITID_USER", text.format("zeynep.holst34")) == ["zeynep.holst34"]
    assert of("MITID_USER", "MitID bruger-ID → tove56") == ["tove56"]


def test_an_answer_after_the_arrow_shaped_as_no_id_is_none() -> None:
    text = 'Remote chat: "please confirm MitID user ID" -> "declined"'
    assert of("MITID_USER", text) == []


def test_a_mac_address_holds_no_misread_phone_number() -> None:
    assert of("PHONE", "Enhed: LAPTOP-51Q2K · MAC 3A-BA-B1-27-98-15 · IP 10.20.3.229") == []
    assert of("PHONE", "(MAC på klienten FD-DB-5B-36-06-92).") == []


def test_a_phone_number_with_misread_letters_is_still_read() -> None:
    assert of("PHONE", "Ring på +4S 4726 73B3 i dag") == ["+4S 4726 73B3"]


def test_an_inverted_name_in_a_semicolon_export_and_after_tilhoerer() -> None:
    row = "BF-26-80598;2026-04-13 11:18;Yilmaz, Ruth;171104 4826;+45 30630056"
    assert of("PERSON", row) == ["Yilmaz, Ruth"]
    text = "Modtagerkonto tilhører KASK, ANDRIUS, født 07-09-2001"
    assert of("PERSON", text) == ["KASK, ANDRIUS"]


def test_a_list_after_tilhoerer_stays_two_names() -> None:
    assert of("PERSON", "Kontoen tilhører Hansen, Peter og Mette.") == ["Peter", "Mette"]
