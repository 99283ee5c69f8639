"""Personal data in housing, car and big-purchase fraud (issue 18, pii36): a chat answer
with a code signed off with the writer's name, a trade's party ("Køber") before a name at a
paragraph's start, a given name's genitive before an in-law, and an account the money was to
be sent to; and the near miss beside each. Synthetic values only."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("entity", "text", "values"),
    [
        # A trade's party before a name at a paragraph's start is no part of it.
        (
            "PERSON",
            "sag nr. 2026-02464\n\nKøber Duc Riis (duc.riis@example.net) skriver: Jeg vil",
            ["Duc Riis"],
        ),
        ("PERSON", "pris 151.200 kr.\n\nKøber Nadia Nørskov skrev fra Aalborg", ["Nadia Nørskov"]),
        # Near miss: a lowercase party in a sentence leads no name.
        ("PERSON", "Bilen blev solgt via DBA; køber mikkel gade betalte aldrig.", []),
        # A given name's genitive before an in-law; near miss: "Hans" the pronoun.
        ("PERSON", "MobilePay 52 29 41 43. Henriks svigersøn har betalt et beløb", ["Henriks"]),
        ("PERSON", "MobilePay 52 29 41 43. Hans svigersøn har betalt et beløb", []),
        # An account the money was to be sent to; near miss: a phone a code was sent to.
        (
            "BANK_ACCOUNT",
            "Beløbet skulle sendes til 6043 6276527 eller MobilePay 51997480.",
            ["6043 6276527"],
        ),
        ("BANK_ACCOUNT", "Koden skulle sendes til 2030 4050 i går.", []),
    ],
)
def test_housing_names_and_accounts(entity: str, text: str, values: list[str]) -> None:
    assert of(entity, text) == values
