"""Language identification: Danish, English or another language."""

from __future__ import annotations

import pytest

from vaern.text.language import language, words_only


@pytest.mark.parametrize(
    "text",
    [
        "Hej mor, jeg har fået nyt nummer. Kan du overføre 4.500 kr i dag?",
        "PostNord: Din pakke afventer betaling af told. Betal her: https://postnord-levering.com",
        "Din engangskode til MitID er 482913. Del aldrig koden med andre.",
        "Har du et minut?",
        # Norwegian reads as Danish (the Danish model is the nearer one)
        "Hei, pakken din venter på levering. Betal tollavgiften her.",
    ],
)
def test_danish(text: str) -> None:
    assert language(text) == "da"


@pytest.mark.parametrize(
    "text",
    [
        "Your account has been suspended. Click here to verify your details: http://x.example",
        "Dear customer, we noticed unusual activity on your PayPal account.",
        "Ok lar... Joking wif u oni...",  # SMS shorthand
        "Nvm it's ok...",
    ],
)
def test_english(text: str) -> None:
    assert language(text) == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mixed: whichever language most of the text is in
        ("Hej, jeg har sendt dig fakturaen i går, please check it og giv mig besked", "da"),
        ("Dear customer, your MitID will expire today. Klik her for at forny.", "en"),
        ("Hi Anna, the meeting is moved to Friday. Mvh Lars", "en"),
    ],
)
def test_mixed_texts_go_to_the_main_language(text: str, expected: str) -> None:
    assert language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sehr geehrter Kunde, Ihr Konto wurde gesperrt. Bitte bestätigen Sie Ihre Daten.",
        "Hej! Ditt paket väntar på leverans. Betala tullavgiften här.",
        "Votre colis est en attente. Veuillez payer les frais de livraison.",
        "Twoja paczka czeka na dostawę. Zapłać opłatę celną tutaj.",
    ],
)
def test_other_languages(text: str) -> None:
    assert language(text) == "other"


def test_short_or_empty_texts_are_never_other() -> None:
    """Too little text to tell: one of the two languages the check has models for."""
    assert language("Ciao!") in ("da", "en")
    assert language("") == "da"
    assert language("https://www.mitid.dk/ 12345") == "da"


def test_links_addresses_and_numbers_are_not_read() -> None:
    clean = words_only("Betal 19 kr på https://x.example/a eller skriv til a@b.dk, www.skat-dk.cc")
    assert "http" not in clean and "@" not in clean and "19" not in clean
    assert "skat" not in clean
    assert "Betal" in clean and "skriv" in clean


@pytest.mark.parametrize(
    "text", ["Hej_mor 4.500 kr!", "ÆØÅ æøå ñ é ß ٣ x²", "", "___ 123", "Ωmega\u0301 日本語"]
)
def test_letters_are_counted_as_each_letter_matched(text: str) -> None:
    import re

    from vaern.text.language import _NOT_LETTERS

    assert len(_NOT_LETTERS.sub("", text)) == len(re.findall(r"[^\W\d_]", text))
