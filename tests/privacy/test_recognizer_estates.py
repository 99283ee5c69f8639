"""Personal data in fraud around death and inheritance (issue 18, pii33): a pseudonymised
party's label of any noun ("Arving A", "Gerningsperson 1"), an estate's roles, inverted names
after a record's lead, courtesy titles and a lawyer's titles, lower-case names in an exported
chat, the deceased after "boet efter", a numbered list's heirs, a log's actor, genitives
with an apostrophe, a foreign IBAN before its balance, an estate's accounts, a CPR number in
pairs in brackets, a town of three words, a date that ends a sentence; and the near miss
beside each. Synthetic values only (CPR numbers fail modulus 11, IBANs are test numbers)."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of
from vaern.privacy.columns import pseudonym_label
from vaern.privacy.recognizers import party_label


@pytest.mark.parametrize(
    "text",
    [
        "Navn: Arving A\nAdresse: [ADRESSE]",
        "Kære Arving A\n\nSkifteretten har modtaget",
        "ringede og sagde at være Arving B's advokat",
        "Bobestyrer: advokat Bobestyrer A, Advokathuset Vestkyst",
        "Mit barnebarn Arving A siger det er svindel",
        "Kontaktperson: Efterlevende A's søn Arving A, [TLF]",
        "Til: Gerningsperson 1 <[e-mail]>",
        "Dear Mr. Afsender A, jeg er meget interesseret.",
    ],
)
def test_party_labels_of_any_noun_are_no_names(text: str) -> None:
    assert of("PERSON", text) == []


def test_party_label_shape() -> None:
    text = "Kære Skifteværge B og Anmodning 2"
    assert party_label(text, 5, 16)  # "Skifteværge" with " B" after it
    assert party_label("Afdøde C", 0, 8)
    # Near miss: a listed given name before a letter, an initial before a surname.
    assert not party_label("Kære Mette A", 5, 10)
    assert not party_label("Kære Vidnet H. Smed", 5, 11)
    assert pseudonym_label("Arving A") and not pseudonym_label("Arving Jens")


def test_real_names_after_estate_roles_still_found() -> None:
    # Near miss: a role word before a real name is left out of it, the name is kept.
    assert of("PERSON", "afdøde Kaj Tran efterlod et hus") == ["Kaj Tran"]
    assert of("PERSON", "Kære Jens H. Smed") == ["Jens H. Smed"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i boet efter Farah, Aksel (CPR 21 02 38 2808), der døde", "Farah, Aksel"),
        (
            "10:01 slettet: kundeprofil Saxild-Holm, Ewa, adresse Engblommevej 168B",
            "Saxild-Holm, Ewa",
        ),
        ("CPR 091079 2368\n2) Yilmaz, Klaus, Æblehaven 49, 1. tv.", "Yilmaz, Klaus"),
        (
            "Arvinger: Rikke Lind (010380 1360), Hussein, Holger (født 25.09.1976) og",
            "Hussein, Holger",
        ),
    ],
)
def test_inverted_name_after_a_records_lead(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_list_of_members_after_a_bracket_is_no_inverted_name() -> None:
    # Near miss: a list goes on after "(formand), " with a given name and a whole name.
    text = "Til stede: Malthe Hvidberg (formand), Rasmus, Finn Skov-Ladefoged (kasserer)"
    assert "Rasmus, Finn Skov-Ladefoged" not in of("PERSON", text)


def test_courtesy_and_lawyers_titles_stay_outside() -> None:
    assert of("PERSON", "Yours faithfully,\nJames Ashby\n\nDear Mr. Ashby, jeg er") == [
        "James Ashby",
        "Ashby",
    ]
    text = "I am Barrister Frank Hollis of Global Trust, attorney to the late Engineer Asta Overby"
    assert of("PERSON", text) == ["Frank Hollis", "Asta Overby"]
    # Near miss: a masked name after the title is none.
    assert of("PERSON", "Dear Mr. [NAVN], jeg er meget interesseret.") == []


def test_lower_case_names_in_an_exported_chat_thread() -> None:
    text = (
        "SMS-tråd eksporteret 07.05.2026\nFra sanne: fars bil er væk\n"
        "Fra gitte: godt gået emil 👍\nFra sanne: inger du skal ikke svare ham"
    )
    assert of("PERSON", text) == ["sanne", "gitte", "emil", "sanne", "inger"]
    messenger = "Messenger\nkaj kl. 11.55\nhar i fået sms\nulla kl. 09.28\ngodt gået bente 💪"
    assert of("PERSON", messenger) == ["kaj", "ulla", "bente"]


def test_lower_case_given_names_outside_a_thread_are_left() -> None:
    # Near miss: one speaker line is no thread; a wish after "god" and a user ID name no one.
    assert of("PERSON", "Fra sanne: hej\nvi ses") == []
    text = "Fra gitte: god weekend!\nFra gitte: skriv til emil86 i morgen"
    assert of("PERSON", text) == ["gitte", "gitte"]


def test_the_deceased_after_boet_efter_and_a_payer() -> None:
    assert of("PERSON", "Boet efter SVEND VINTHER, CPR 050854-3358") == ["SVEND VINTHER"]
    assert of("PERSON", "Boet efter PHAM, DUC, CPR-nr. 1802291047") == ["PHAM, DUC"]
    assert of("PERSON", "Emne: Dødsbo efter Signe Wandall, SAG-2026-9073") == ["Signe Wandall"]
    assert of("PERSON", "Betaler: Kaj Fenger\nBetaling med kort") == ["Kaj Fenger"]
    # Near miss: "betaler" as a verb, capitals that hold no given name.
    assert of("PERSON", "hun betaler Netto hver uge") == []
    assert of("PERSON", "Boet efter DØDSBOET NORD, CPR 050854-3358") == []


def test_numbered_heirs_and_a_logs_actor() -> None:
    text = (
        "ARVINGER\n1) Iris Quist-Overgaard, Sivsangervej 99B\n2) Wandall, Kaj, Store Tårnbygade 113"
    )
    assert of("PERSON", text) == ["Iris Quist-Overgaard", "Wandall, Kaj"]
    assert of("PERSON", "2025-11-29 12:09 [Thygesen] søgt på CPR 0101010000") == ["Thygesen"]
    # Near miss: a to-do list's entries and a log's system name.
    assert of("PERSON", "Huskeliste:\n1) Ring til banken, nu\n2) Spær kortet (vigtigt)") == []
    assert of("PERSON", "2025-11-29 12:09 [System] søgt på sag") == []


def test_genitives_with_an_apostrophe_and_before_data() -> None:
    assert of("PERSON", "sagde at være Iris' advokat, ringede") == ["Iris"]
    assert of("PERSON", "om udlevering af Kaspers data afvist") == ["Kaspers"]
    # Near miss: a word that is no listed name.
    assert of("PERSON", "om udlevering af Husets data afvist, se Bilags' konto") == []


def test_foreign_iban_before_its_balance() -> None:
    text = "Udenlandsk konto: ES05 5378 7136 5502 4712 1727 3,071,000.00 USD"
    assert of("IBAN", text) == ["ES05 5378 7136 5502 4712 1727"]
    # Near miss: a compact IBAN in a CSV row keeps its last group before the next field.
    assert of("IBAN", "Ananya,DE49663077133745547209,11/08/1994") == ["DE49663077133745547209"]


def test_estate_accounts_under_their_balances_kind() -> None:
    text = "Bankindestående, Nordlys Bank: 9889-693879995, saldo\nOpsparing: 4589-8483221084: 5 kr."
    assert of("BANK_ACCOUNT", text) == ["9889-693879995", "4589-8483221084"]
    # Near miss: the same shape without an account's word is a case number.
    assert of("BANK_ACCOUNT", "Nordlys Bank: 9889-693879995") == []


def test_cpr_in_pairs_in_brackets_after_a_name() -> None:
    assert of("CPR", "Arvinger: Bilal Hussein (13 09 53 0498), Yilmaz") == ["13 09 53 0498"]
    # Near miss: a phone in pairs in brackets.
    assert of("CPR", "Ring til Bilal (20 30 40 50) i dag") == []


def test_town_of_three_words() -> None:
    text = "Adresse: Hestehavevej 92, st. th., 8680 Gammel Rye Mark\nTlf."
    assert of("ADDRESS", text) == ["Hestehavevej 92, st. th., 8680 Gammel Rye Mark"]
    # Near miss: a further capitalised word after two is a sentence's, not the town's.
    text = "Vestergade 12, 2630 Høje Taastrup Mette Hansen ringede"
    assert of("ADDRESS", text) == ["Vestergade 12, 2630 Høje Taastrup"]


def test_a_date_ending_a_sentence_is_no_phone() -> None:
    text = "mistede sin ægtefælle den 31.12.25. 10. januar 2026 modtog hun et brev"
    assert of("PHONE", text) == []
    # Near miss: a number written in pairs with full stops is one.
    assert of("PHONE", "ring 20.30.40.50 nu") == ["20.30.40.50"]
    assert of("PHONE", "Fra Niels: mit nye nr er 53063511 btw") == ["53063511"]
