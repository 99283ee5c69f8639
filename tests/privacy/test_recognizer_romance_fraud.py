"""Personal data as cross-border romance and investment fraud writes it (issue 18, pii30): a
scammer's alias after its rank, the chat's two parties with the first inverted, payees in
capitals after a label, a relative's statement in the genitive, a note's "/" signature, a
card purchase's merchant in a statement's payee column, a fake platform's signature, "US
Army", English verification codes, a chat export's en dash and a Norwegian postcode under
1000; and the near miss beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An abbreviated rank before any two capitalised words; the rank is no part of it.
        ('Hun mødte "Sgt. Grace Holloway" på Tinder.', ["Grace Holloway"]),
        ("1. Lt. Col. Frank Bradley, WhatsApp +44 7700 900123", ["Frank Bradley"]),
        # A rank spelled out before a listed given name, even one that is also a word.
        ("I am Major Mark Sullivan, offshore engineer on an oil rig.", ["Mark Sullivan"]),
        ('der kalder sig "Major Michael Pemberton" (@mark.rig88)', ["Michael Pemberton"]),
    ],
)
def test_alias_after_rank(text: str, names: list[str]) -> None:
    assert of("PERSON", text) == names


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a rank spelled out before no given name, a firm after an abbreviation.
        "Han arbejdede for General Motors Company i Detroit.",
        "Hun så Major League Baseball i fjernsynet.",
        "Kontakt Dr. Oetker Service om varen.",
    ],
)
def test_no_alias_after_rank_word(text: str) -> None:
    assert of("PERSON", text) == []


def test_chat_between_an_inverted_name_and_another() -> None:
    text = "Eksport af WhatsApp-chat mellem Krogh, Verner og Anthony Coleman (@sgt.walker_j)"
    assert of("PERSON", text) == ["Krogh, Verner", "Anthony Coleman"]
    # A Vietnamese family name that is also a word ("tran") is a surname here.
    assert of("PERSON", "chat mellem Tran, Hoa og David Harrington")[0] == "Tran, Hoa"


def test_between_given_names_is_a_list() -> None:
    # Near miss: two given names before "og" list three children.
    assert of("PERSON", "Det blev delt mellem Asger, Hjørdis og Mads.") == [
        "Asger",
        "Hjørdis",
        "Mads",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MODTAGER\nNavn: GREGORY MERCER\nLand: Ghana", "GREGORY MERCER"),
        ("partner account: IBAN X, beneficiary GRACE REDFORD.\nYour code", "GRACE REDFORD"),
        ("Send to IBAN XX, name GRACE CALDWELL\n03/09/2026 13:26 – Mogens: ok", "GRACE CALDWELL"),
        ("Kontohaver: PHAM VAN LONG · Konto 4327-8893385", "PHAM VAN LONG"),
        ("Gerningspersoner:\n2. MARK BRADLEY, modtager af overførsel til GE56", "MARK BRADLEY"),
    ],
)
def test_name_in_capitals_after_a_payee_label(text: str, name: str) -> None:
    assert name in of("PERSON", text)


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a firm, a mask and a bank in capitals after the same labels.
        "Modtager: NORDIC TRADE LTD\nBeløb: 500 EUR",
        "Navn: XXXX XXXX\nLand: Ghana",
        "beneficiary DANSKE BANK.\n",
    ],
)
def test_no_name_in_capitals_for_a_firm_or_mask(text: str) -> None:
    assert of("PERSON", text) == []


def test_genitive_before_a_statement() -> None:
    assert of("PERSON", "Jeg har set Agnetes kontoudtog: der er gået mindst 800 USDT") == [
        "Agnetes"
    ]
    # Near miss: a word in the genitive before the same noun.
    assert of("PERSON", "Jeg har set bankens kontoudtog.") == []


def test_slash_signature_of_a_note() -> None:
    assert of("PERSON", "Kunden er orienteret.\n/T. Overby\n") == ["T. Overby"]
    # Near miss: a slash inside a line (a date, a path) signs nothing.
    assert of("PERSON", "Se sag 12/T. Overby skal ringe.") == []


def test_card_purchase_row_names_a_merchant() -> None:
    text = (
        "Dato | Type | Modtager | Konto | Beløb\n"
        "16.10.2026 | Kortkøb | KRAKEN | ordre ORD-NZD4EACJ | EUR 48.000,00\n"
        "18.10.2026 | Udl. overførsel | ASGER DAHL | MTCN 878-510-0619 | EUR 4.000,00\n"
    )
    # The transfer's payee is a person, the card purchase's is a merchant.
    assert of("PERSON", text) == ["ASGER DAHL"]


def test_investment_platform_signature() -> None:
    assert of("PERSON", "Tak.\nMed venlig hilsen\nZenith FX Markets\n") == []
    # Near miss: a person's signature is still read.
    assert of("PERSON", "Tak.\nMed venlig hilsen\nZenith Holloway\n") == ["Zenith Holloway"]


def test_us_army_is_no_name() -> None:
    assert of("PERSON", "Han præsenterede sig som US Army soldier in Syria.") == []
    # Near miss: a name in capitals after a signature goes on in capitals.
    assert of("PERSON", "Mvh IB HANSEN") == ["IB HANSEN"]


def test_english_verification_code() -> None:
    text = "Your withdrawal verification code is 101529. Give it only to your account manager."
    assert of("OTP", text) == ["101529"]
    # Near miss: a verification code's name without its value.
    assert of("OTP", "Your verification code expires in 10 minutes.") == []


def test_chat_answer_after_an_en_dash() -> None:
    text = (
        "13/10/2026 15:37 – @gentleman_usa_1: the bank sent you a code baby, send it to me\n"
        "13/10/2026 16:06 – Henning: 61876273 🙏\n"
    )
    assert of("OTP", text) == ["61876273"]
    # Near miss: an answer that is a sentence, not the value alone.
    assert of("OTP", text.replace("61876273 🙏", "har ikke fået nogen")) == []


def test_norwegian_postcode_under_1000() -> None:
    text = "Kontoen tilhører Oskar Sjöberg, Lyngstien 13, 0468 Oslo. Kontoen ble sperret."
    assert of("ADDRESS", text) == ["Lyngstien 13, 0468 Oslo"]
    # Near miss: the same street with a Danish postcode stays the Danish rules' address.
    assert of("ADDRESS", "bor på Lyngstien 13, 4000 Roskilde. Hun") == [
        "Lyngstien 13, 4000 Roskilde"
    ]
