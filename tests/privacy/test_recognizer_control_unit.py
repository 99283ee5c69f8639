"""Personal data in a municipal control unit's benefit-fraud cases (pii65): a register's note
of where someone is registered, an inverted name in the register's capitals or at a line's
start before its CPR number, an inverted name after a case's number in a mail's subject; and
the near miss beside each. Synthetic values only (CPR numbers fail modulus 11)."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "født 09.02.1996. Tilmeldt Humlebakken 80C, 3. mf., 2630 Taastrup fra 12.08.2024.",
            "Humlebakken 80C, 3. mf., 2630 Taastrup",
        ),
        (
            "Frameldt Syrenvej 103, 2. th., 3400 Hillerød den 31.07.2025.",
            "Syrenvej 103, 2. th., 3400 Hillerød",
        ),
        ("Registreret Vibevej 88, 6400 Sønderborg i BBR.", "Vibevej 88, 6400 Sønderborg"),
    ],
)
def test_registered_at_is_no_part_of_the_street(text: str, address: str) -> None:
    assert of("ADDRESS", text) == [address]


def test_a_street_named_with_a_capitalised_word_keeps_it() -> None:
    text = "Hun bor nu Gammel Landevej 126B, 4300 Holbæk."
    assert of("ADDRESS", text) == ["Gammel Landevej 126B, 4300 Holbæk"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "1. CPR-registeret\nDEMIR, RIKKE, CPR-nr. 25 08 61 0900, født 25-08-1961.",
            "DEMIR, RIKKE",
        ),
        (
            "1. CPR-registeret\nFRANDSEN-BUNDGAARD, BIRTHE SKOV, CPR-nr. 160842 3497.",
            "FRANDSEN-BUNDGAARD, BIRTHE SKOV",
        ),
        (
            "På adressen er også tilmeldt YILMAZ, EMIL (CPR 1209054358, f. 12-09-2005).",
            "YILMAZ, EMIL",
        ),
    ],
)
def test_register_inverted_name_before_its_cpr_number(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_inverted_name_in_a_sentence_without_a_cpr_number_stays_apart() -> None:
    # Mixed case inside a sentence and no CPR number after: no register's record.
    text = "Vi har talt med Demir, Rikke og Frandsen om sagen."
    assert "Demir, Rikke" not in of("PERSON", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emne: SV: KE-2026-67365 Öztürk, Nanna\n\nHej Agnieszka", "Öztürk, Nanna"),
        ("Emne: SV: KE-2026-95939 Lund-Sommer, Camilla\n\nHej Sofie", "Lund-Sommer, Camilla"),
    ],
)
def test_inverted_name_after_a_case_number_in_a_subject(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_case_number_before_a_town_and_a_name_is_no_inverted_name() -> None:
    # Two words after a year alone ("2026-67365") are no case number's lead.
    text = "Emne: Møde 2026-67365 Odense, Nanna\n\nHej Agnieszka"
    assert "Odense, Nanna" not in of("PERSON", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bilen holdt der igen.\n\nFotos gemt under sagen. B. Højer\n", "B. Højer"),
        ("Fotos gemt under sagen. M. Lykke-Krogh\n", "M. Lykke-Krogh"),
        ("siden 13.07.2025, men K. Bundgaard (CPR 1311843287) har samme adresse", "K. Bundgaard"),
    ],
)
def test_initial_and_surname_signing_a_note_or_before_a_cpr_number(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # The sentence goes on after the initial: no signature.
        "Fotos gemt under sagen. B. Højer tog dem fra bilen.\n",
        # A number's full stop before the initial: a list's item, no sentence's end.
        "Se punkt 3. B. Højer\n",
    ],
)
def test_initial_and_surname_inside_a_sentence_or_after_a_number(text: str) -> None:
    assert "B. Højer" not in of("PERSON", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "hej jeg skriver for min svigermor yasmin sommer (cpr 28 07 90 3890) fordi",
            "yasmin sommer",
        ),
        ("hej jeg skrver for min faster mai (cpr 1912610448) fordi hun ikke selv kan", "mai"),
    ],
)
def test_relative_in_lower_case_before_the_cpr_number(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_relative_word_before_the_cpr_number_is_no_name() -> None:
    # "alene" is no given name: the mother is unnamed.
    text = "hej jeg skriver for min mor alene (cpr 28 07 90 3890) fordi hun ikke selv kan"
    assert of("PERSON", text) == []


def test_umlaut_surname_of_a_register_record() -> None:
    text = "1. CPR-registeret\nÖZTÜRK, SOFIE, CPR-nr. 16 12 79 3975, født 16/12-1979."
    assert of("PERSON", text) == ["ÖZTÜRK, SOFIE"]
