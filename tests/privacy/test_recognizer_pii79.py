"""pii79: fixes on the seventy-sixth and seventy-seventh generators' bank counter and
crypto/investment KYC desk: a card's expiry right before its security code, a support
agent's trailing initial, a double surname after a middle initial, an account's holder
"i navnet" inverted, a customer's stated source of funds in the genitive, a note signed
"/Name", and one list of cars whose make reads as a given name. Each rule has a firing case
and a near miss. Synthetic names, numbers and cards only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "expiry"),
    [
        # The question ("udløb og cvc?") is a line above, beyond the expiry's window.
        (
            "[09:32] Ingrid: spær det nu. udløb og cvc?\n"
            "[09:33] Svend Henriksen: 08/2026 og CVC 346, spærret kl. 09.34",
            "08/2026",
        ),
        ("Kunden læste op: 11/28, cvv: 183", "11/28"),
        ("Det står på kortet: 03/27 kontrolcifre 123", "03/27"),
    ],
)
def test_a_date_right_before_a_cards_security_code_is_its_expiry(text: str, expiry: str) -> None:
    assert of("CARD_EXPIRY", text) == [expiry]


def test_a_date_with_a_security_code_further_on_is_no_expiry() -> None:
    assert of("CARD_EXPIRY", "Den 05/12 ringede hun igen, og hun gav os CVC 123.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A given name that is also a word ("Aage"), with the surname's initial after it.
        ("[08:07] Aage L.: Hej, du skriver med Aage fra Kapitalkompasset ApS.", "Aage L."),
        ("[15:03] Iryna A.: Det beklager jeg. Må jeg bede om dit fulde navn?", "Iryna A."),
    ],
)
def test_a_chat_speakers_trailing_initial_is_part_of_the_name(text: str, name: str) -> None:
    assert of("PERSON", text)[0] == name


def test_a_label_with_a_letter_before_a_colon_is_no_speaker() -> None:
    assert of("PERSON", "Bilag A.: kontoudtog for marts") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sagsbehandler: Jonas K. Bak Jensen, jonas.bakjensen@example.dk",
            "Jonas K. Bak Jensen",
        ),
        ("Kunde: Torben L. Bech Olsen, tlf. 6260 4012", "Torben L. Bech Olsen"),
    ],
)
def test_a_double_surname_after_a_middle_initial(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_street_after_a_middle_initial_and_surname_is_not_taken() -> None:
    assert of("PERSON", "Kunde: Mette K. Jensen, Bøgevej 4, 8000 Aarhus C")[0] == (
        "Mette K. Jensen"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "men kontoen står i navnet Hussein, Valdemar Oliver. Kan I bekræfte det?",
            "Hussein, Valdemar Oliver",
        ),
        ("men kontoen står i navnet Bruun, Lise. Kan I bekræfte det?", "Bruun, Lise"),
    ],
)
def test_an_inverted_name_an_account_stands_in(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_town_and_a_sentence_after_i_navnet_are_no_inverted_name() -> None:
    assert of("PERSON", "Filialen i navnet Odense, hvor kontoen blev oprettet.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vurdering: Odas oplyste kilde til midler er løn og opsparing.", "Odas"),
        ("Vurdering: Svends angivne indkomst passer ikke.", "Svends"),
    ],
)
def test_a_customers_stated_source_in_the_genitive(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_the_customers_stated_source_names_no_one() -> None:
    assert of("PERSON", "Vurdering: Kundens oplyste kilde til midler er løn.") == []


def test_a_given_name_signed_after_a_slash_on_its_own_line() -> None:
    text = "Kunden ringede til sin bank. Samtalen varede 33 min.\n/Svend"
    assert of("PERSON", text) == ["Svend"]


def test_a_word_after_a_slash_on_its_own_line_is_no_signature() -> None:
    assert of("PERSON", "Kunden ringede til sin bank. Samtalen varede 33 min.\n/Slut") == []


@pytest.mark.parametrize(
    "text",
    [
        "Til salg: Kia Optima, 2014, 196.000 km",
        "De kørte i en Alfa Romeo, sølvgrå.",
        "Værkstedet har en Mercedes Benz Sprinter til afhentning.",
    ],
)
def test_a_cars_make_and_model_is_no_name(text: str) -> None:
    assert of("PERSON", text) == []


def test_a_car_makes_given_name_with_a_surname_is_a_name() -> None:
    assert of("PERSON", "Bilen blev hentet af Kia Martinsen i går.") == ["Kia Martinsen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi har ikke kunnet ringe til Birthes fastnet; ring gerne på 5379 9545.", "Birthes"),
        ("Vedr.: Signe Madsens konti (CPR 2509272504)", "Signe Madsens"),
        ("Beslutning: Vibekes vurdering er at kontoen er overtaget.", "Vibekes"),
    ],
)
def test_a_landline_accounts_or_assessment_in_the_genitive(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_the_banks_assessment_names_no_one() -> None:
    assert of("PERSON", "Beslutning: Bankens vurdering er at kontoen er overtaget.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Han sagde, at det var barnebarnet Kim, som havde været i en ulykke.", "Kim"),
        ("Kunden fik lov at ringe til sønnen, Tage, på 57021468.", "Tage"),
    ],
)
def test_a_given_name_after_a_definite_relative(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_definite_relative_before_a_verb_is_no_name() -> None:
    assert of("PERSON", "Sønnen skrev til os i går, og datteren ringede.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Modtaget af politiassistent Bak, Samira 24.01.2026 kl. 13.47.",
            "Bak, Samira",
        ),
        ("Udbetaling afvist; afdelingsleder Yilmaz, Helge orienteret.", "Yilmaz, Helge"),
    ],
)
def test_an_inverted_name_after_a_role_noun(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_town_and_a_given_name_after_a_comma_are_no_inverted_name() -> None:
    assert of("PERSON", "Hun flyttede fra Odense, Mette kom 24.01.2026 på besøg.") == ["Mette"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[11:04] Kirsten: ny sag ved kasse 2, fru Høj vil hæve 71.000 kr. kontant", "Høj"),
        ("Ny sag: hr. Vinther-Søndergaard vil hæve 108.000 kr.", "Vinther-Søndergaard"),
    ],
)
def test_a_surname_alone_after_a_courtesy_title(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_role_after_a_courtesy_title_is_no_name() -> None:
    assert of("PERSON", "Medarbejder 1: ny sag ved kasse 2, fru Kunde A vil hæve 500 kr.") == []


def test_an_initial_and_surname_before_the_lines_next_field() -> None:
    text = "Spærringslog\nEkspedient: M. Bang   Tidspunkt: 2026-02-08 13:17"
    assert of("PERSON", text) == ["M. Bang"]


def test_an_initial_and_a_word_before_spaces_and_no_field_is_not_taken() -> None:
    assert of("PERSON", "Ekspedient: M. Bang   og mere tekst") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Indberettet sælger: profil "D. Balslev"\nAnnonce: annonce-ID 4434805', "D. Balslev"),
        ('Indberettet sælger: profil "Kewin Storm"\nAnnonce: annonce-ID 8283355', "Kewin Storm"),
    ],
)
def test_a_quoted_profile_name_after_profil(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_quoted_firm_after_profil_is_no_name() -> None:
    assert of("PERSON", 'Indberettet sælger: profil "Kvik Salg ApS"') == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Manden udgav sig som Signe fra Sikkerhedsafdelingen og spurgte efter koden.", "Signe"),
        ("Køretøj: VC 58 404\nKendt alias: Kim fra Pakkeservice\nKonti: 2713", "Kim"),
    ],
)
def test_a_given_name_a_fraudster_claimed_with_a_unit(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_a_labels_sentence_from_a_firm_is_no_name() -> None:
    assert of("PERSON", "Kunde: Pengene fra Nordea er væk.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Forurettede mødte op sammen med rikke fog (hendes søn).", "rikke fog"),
        ("Forurettede mødte op sammen med O. Frandsen-Munch (hans nevø).", "O. Frandsen-Munch"),
    ],
)
def test_a_name_before_a_relatives_bracket(text: str, name: str) -> None:
    assert of("PERSON", text) == [name]


def test_words_without_a_given_name_before_a_relatives_bracket() -> None:
    assert of("PERSON", "Forurettede mødte op sammen med sin fætter (hans ven).") == []


def test_a_towns_letter_before_a_relatives_bracket_is_no_initial() -> None:
    text = "Hun bor Parkallé 103, 5000 Odense C. Thanh Ebbesen (hendes datter) har bil."
    assert of("PERSON", text) == ["Thanh Ebbesen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Afhentet af: Erik A. (ven af familien)\nFuldmægtigs CPR: 1304044202", "Erik A."),
        ("Medicinen er sendt.\nGodkendt 13.05.26 af Z. Tang", "Z. Tang"),
    ],
)
def test_a_trailing_initial_before_a_bracket_and_an_approvers_initial(text: str, name: str) -> None:
    assert of("PERSON", text)[0] == name


def test_an_office_approving_is_no_name() -> None:
    assert of("PERSON", "Medicinen er sendt.\nGodkendt 12.12.26 af Kundeservice Nord") == []
