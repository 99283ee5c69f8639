"""Personal data in travel, ticket and holiday-rental fraud (issue 18, pii35): an airline's
passenger in its "SURNAME/GIVEN" form without the title after it, a German host's account
holder, a card dispute's, claim's and complaint's party in capitals, a Scottish "Mc" surname,
whom a victim says asked for more money, and a foreign street's word before its name; and the
near miss beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Passagerer på bookingen:\n1. HAIDARI/ZAINAB MR, født 24. august 2004\n"
            "2. HAIDARI/BJARKE MR, født 25.05.1981",
            ["HAIDARI/ZAINAB", "HAIDARI/BJARKE"],
        ),
        ("1. ABDI-BISGAARD/HANNE TOVE MRS, f. 27. april 1964", ["ABDI-BISGAARD/HANNE TOVE"]),
        ("3. MINH DUC/BENT CHD, født 07.06.2000", ["MINH DUC/BENT"]),
        ("1. BISGAARD/IB FRODE MR, født 16.01.1980", ["BISGAARD/IB FRODE"]),
        ("Passager: FOGH/YUSUF HOLGER\nPNR K7QX2M", ["FOGH/YUSUF HOLGER"]),
    ],
)
def test_airline_passengers_without_their_title(text: str, names: list[str]) -> None:
    assert of("PERSON", text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Rute: CPH/AMS, afgang kl. 09.14",
        "Forbindelsen bruger TCP/IP,\nog svarer ikke.",
        "Ruten er AARHUS/BILLUND\nhver dag.",
    ],
)
def test_capitals_around_a_slash_without_title_or_given_name_are_no_passenger(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "IBAN DE85138475387296682395, Kontoinhaber Dragana Kovač, kr. 20.919,00.",
            "Dragana Kovač",
        ),
        (
            "IBAN AT68 0106 1773 7832 7940, Kontoinhaber Klaus Heidemann, 19.067,99 EUR.",
            "Klaus Heidemann",
        ),
        (
            "IBAN HR12 7794 0440 7209 5008 0, Kontoinhaber ANA SOUSA PEREIRA, kr. 27.657,00.",
            "ANA SOUSA PEREIRA",
        ),
        ("Kontoinhaber LUCÍA FERRER IBÁÑEZ, 10.618 kr.", "LUCÍA FERRER IBÁÑEZ"),
        (
            "Indsigelse – flybillet\nKortholder: NGUYEN THI HOA\nKort: 4000 0035 7997 3229",
            "NGUYEN THI HOA",
        ),
        ("Forsikringstager: NGUYEN THI HOA, CPR 271246-0114", "NGUYEN THI HOA"),
        ("Klager: NGUYEN THI HOA\nAdresse: Lodsvej 30, 4700 Næstved", "NGUYEN THI HOA"),
    ],
)
def test_holders_and_parties_after_their_label(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Kontoinhaber: siehe oben, Betrag 20.919,00 EUR.",
        "Kortholder: OPLYST I SAGEN\nKort: **** **** **** 1111",
        "Kontoinhaber NORDIC TRAVEL LTD, 10.618 kr.",
    ],
)
def test_a_label_without_a_name_finds_none(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Udlejeren, der kaldte sig Fiona McCrae, bad mig betale 43.345 kr.", "Fiona McCrae"),
        ("[20.09.26, 07:16:10] Fiona McCrae: Hello Mette! Thank you for booking", "Fiona McCrae"),
    ],
)
def test_a_mc_surname_is_one_word(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An unlisted given name (pii45 listed Fiona, after which any capitalised word goes).
        ("Udlejeren, der kaldte sig Zorbina MCcrae, bad mig", ["Zorbina"]),
        ("Hej Mette, vi spiste på McDonalds i går.", ["Mette"]),
    ],
)
def test_mc_before_no_capital_word_is_no_surname(text: str, names: list[str]) -> None:
    assert of("PERSON", text) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CVC 698. Bagefter bad Lucía Ferrer Ibáñez om et ekstra depositum", "Lucía Ferrer Ibáñez"),
        (
            "kontrolcifre 177. Bagefter bad Ana Sousa Pereira om et ekstra depositum",
            "Ana Sousa Pereira",
        ),
    ],
)
def test_who_asked_for_more_money(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Bagefter bad Booking om en forklaring.",
        "Jeg bad Danske Bank om at stoppe betalingen.",
        "Jeg bad Nordic Travel om en kvittering.",
        "Bagefter bad Sunny Holidays om hjælp.",
    ],
)
def test_a_firm_asked_is_no_person(text: str) -> None:
    assert of("PERSON", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Huset skulle ligge på Rua do Sol tæt ved stranden.",
        "Lejligheden lå i Calle Mayor 12 i Madrid.",
        "Vi boede på Via Roma i en uge.",
    ],
)
def test_a_foreign_street_word_is_no_name(text: str) -> None:
    assert of("PERSON", text) == []


def test_a_name_after_a_street_word_alone_is_still_a_name() -> None:
    assert "Rua" in " ".join(of("PERSON", "Hej Rua, tak for sidst."))
