"""Personal data in housing, car and big-purchase fraud (issue 18, pii36): a chat answer
with a code signed off with the writer's name, a trade's party ("Køber") before a name at a
paragraph's start, a given name's genitive before an in-law, and an account the money was to
be sent to; and the near miss beside each. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

_ASKED = (
    "[13.08.2026 20.24] Ahmad: Tak. Portalen har sendt dig en kode til bekræftelse, skriv den "
    "her.\n"
)


def test_a_chat_answer_signed_off_is_the_code() -> None:
    text = _ASKED + "[03.10.2026 16.06] Tariq: den er 471326 mvh tariq\n\nPortalens note: …"
    assert of("OTP", text) == ["471326"]
    eight = _ASKED + "[05.05.2026 18.18] Erik: den er 46667497 mvh erik\n"
    assert of("OTP", eight) == ["46667497"]
    assert of("PHONE", eight) == []


def test_a_chat_answer_with_words_after_the_sign_off_is_none() -> None:
    text = _ASKED + "[03.10.2026 16.06] Tariq: den er 471326 mvh tariq og tak for i dag\n"
    assert of("OTP", text) == []


def test_a_trades_party_is_no_part_of_the_name() -> None:
    text = "sag nr. 2026-02464\n\nKøber Duc Riis (duc.riis@example.net) skriver: Jeg vil"
    assert of("PERSON", text) == ["Duc Riis"]
    car = "pris 151.200 kr.\n\nKøber Nadia Nørskov skrev fra +45 20 30 40 50 og foreslog"
    assert of("PERSON", car) == ["Nadia Nørskov"]


def test_a_lowercase_party_in_a_sentence_leads_no_name() -> None:
    text = "Bilen blev solgt via DBA; køber mikkel gade betalte aldrig."
    assert of("PERSON", text) == []


def test_a_genitive_before_an_in_law_is_a_name() -> None:
    text = "eller MobilePay 52 29 41 43. Henriks svigersøn har betalt et første beløb"
    assert of("PERSON", text) == ["Henriks"]


def test_an_in_law_alone_is_no_name() -> None:
    text = "eller MobilePay 52 29 41 43. Hans svigersøn har betalt et første beløb"
    assert of("PERSON", text) == []


def test_an_account_the_money_was_to_be_sent_to() -> None:
    text = "Beløbet skulle sendes til 6043 6276527 eller MobilePay 51997480."
    assert of("BANK_ACCOUNT", text) == ["6043 6276527"]


def test_a_phone_the_code_was_sent_to_is_no_account() -> None:
    text = "Koden skulle sendes til 2030 4050 i går."
    assert of("BANK_ACCOUNT", text) == []
