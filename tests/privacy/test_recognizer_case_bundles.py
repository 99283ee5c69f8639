"""Forms of a fraud case bundle pasted from several systems (issue 18, pii16): PDF line
breaks inside a value, Nordic and German postcodes, bracketed country codes, surnames as
case files write them, and the near misses beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found


def test_a_keyword_after_a_german_sharp_s_is_found_where_it_stands() -> None:
    # "Straße" casefolds one character longer; the words after it keep their offsets.
    text = "Adresse: Lindenstraße 5, D-24937 Flensburg\nKontakt: Bent Ulrich, født 12. april 1949"
    assert ("DATE_OF_BIRTH", "12. april 1949") in found(text)


def test_a_date_after_a_sharp_s_without_a_birth_word_is_no_birth_date() -> None:
    text = "Adresse: Lindenstraße 5, D-24937 Flensburg\nMødet var 12. april 2026"
    assert "DATE_OF_BIRTH" not in {e for e, _ in found(text)}


@pytest.mark.parametrize("number", ["(+45) 20 30 40 50", "(0045) 2030 4050", "0045-20304050"])
def test_a_country_code_in_brackets_or_with_a_hyphen_belongs_to_the_number(number: str) -> None:
    assert ("PHONE", number) in found(f"Ring til ham på {number} i morgen.")


def test_a_bracket_that_opens_a_remark_stays_outside_the_number() -> None:
    assert ("PHONE", "+45 20 30 40 50") in found("Ring til ham (+45 20 30 40 50) i morgen.")


def test_a_phone_number_with_0045_and_a_hyphen_is_no_bank_account() -> None:
    text = "Konto og telefon: ring 0045-31134022 i dag."
    assert ("PHONE", "0045-31134022") in found(text)
    # Ten digits after "0045-" are no Danish number: an account after its reg.nr.
    assert ("BANK_ACCOUNT", "0045-3113402244") in found("konto 0045-3113402244")


def test_an_address_broken_over_a_line_is_one_span() -> None:
    text = (
        "Det fremgår, at Aase Dam, bosat Rosen-\nvænget 5B, 2. tv., 4700 Næstved, blev ringet op."
    )
    assert ("ADDRESS", "Rosen-\nvænget 5B, 2. tv., 4700 Næstved") in found(text)


def test_a_street_broken_over_a_line_without_its_town_is_left_alone() -> None:
    # A scan's broken street word without postcode and town may be noise.
    assert "ADDRESS" not in {e for e, _ in found("om forholdene på Mejeri-\nvej 7. Vi skal")}


def test_a_name_broken_over_a_line_is_one_span() -> None:
    assert ("PERSON", "Jesper Sønder-\ngaard") in found(
        "I går ringede Jesper Sønder-\ngaard til os."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Med venlig hilsen\n\nJakob Lund-\npolitiassistent", "Jakob Lund"),
        ("Formularen sendes til vores kontor på Sol-\nvej senest 7. maj.", None),
    ],
)
def test_a_role_or_a_street_word_after_a_break_is_no_part_of_a_name(
    text: str, name: str | None
) -> None:
    people = [value for entity, value in found(text) if entity == "PERSON"]
    assert people == ([name] if name else [])


@pytest.mark.parametrize(
    "address",
    [
        "Storgatan 29B, 211 34 Malmö",
        "Lindenstraße 5, 4. mf., D-24937 Flensburg",
        "Kirkeveien 61A, 3. th., 0361 Oslo",
        "Storgatan 81A, st.\n211 34 Malmö",
        "Markledet 1\n2630 Taastrup",
    ],
)
def test_a_street_with_postcode_and_town_is_an_address_whatever_its_ending(address: str) -> None:
    assert ("ADDRESS", address) in found(f"Adresse: {address}\nIBAN: se bilag")


@pytest.mark.parametrize(
    "text",
    ["Pakken ligger i pakkeshoppen Coop 365, 4000 Roskilde.", "Side 2, 4000 Roskilde"],
)
def test_a_shop_or_a_page_before_a_postcode_is_no_street(text: str) -> None:
    assert "ADDRESS" not in {e for e, _ in found(text)}


def test_an_inverted_name_in_a_table_cell_is_one_span() -> None:
    text = "| 2026-02-16 | Iversen, Preben | Reg.nr.: 8574 Konto: 1128286 |"
    assert ("PERSON", "Iversen, Preben") in found(text)


def test_an_inverted_name_before_an_email_address_is_one_span() -> None:
    text = "Politiassistent: Fogh, Tove <tove.fogh@example.com>\n"
    assert ("PERSON", "Fogh, Tove") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Forurettede: HOLMGAARD, CPR 3105491897",
        "Overførsler:\n| 06.06.2026 | BECH | 9182 7144065 | 32.409,00 |",
    ],
)
def test_a_surname_in_capitals_as_a_field_value_is_a_name(text: str) -> None:
    assert "PERSON" in {e for e, _ in found(text)}


def test_a_town_in_capitals_as_a_field_value_is_no_name() -> None:
    assert "PERSON" not in {e for e, _ in found("Gyldig fra 1/1  Kommune: HJALLERUP\n")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("As discussed, the victim (F. Kirk) can be reached on 33399033.", "F. Kirk"),
        ("Søn: O. Kragh, bopæl Havnegade 4", "O. Kragh"),
        ("Rådgiver, Vestlands Andelskasse: T. Kragh, mail t@example.com", "T. Kragh"),
        ("Spørg efter Brian B. Bertelsen – hun kender sagen", "Brian B. Bertelsen"),
    ],
)
def test_an_initial_before_a_surname_is_a_name(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    ["Vi mødes i St. Kongensgade i dag.", "Navn: A. Person\n", "Ring til H. Damgaard i morgen."],
)
def test_an_initial_outside_a_field_or_before_a_stand_in_is_no_name(text: str) -> None:
    assert "PERSON" not in {e for e, _ in found(text)}


def test_a_listed_surname_in_the_genitive_is_a_name() -> None:
    assert ("PERSON", "Thorsens") in found("Kan du bekræfte Thorsens oplysninger?")


def test_a_surname_in_the_genitive_after_a_first_name_is_not_cut_off() -> None:
    text = "Husk at Hansi Lynges konto er lukket."
    assert ("PERSON", "Lynges") not in found(text)


def test_greenlands_own_name_is_no_person() -> None:
    assert "PERSON" not in {e for e, _ in found("Kalaallit Nunaat: [NAVN]\nE-mail: i***@x.dk")}


def test_a_callers_alias_is_a_name() -> None:
    text = "Gerningsperson, alias Svend fra Nordfjord Bank, ringede i går."
    assert ("PERSON", "Svend") in found(text)


def test_the_word_alias_alone_names_no_one() -> None:
    assert "PERSON" not in {e for e, _ in found("Svindleren brugte et alias fra banken.")}


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Pengene gik til 1147-0322242 (spærring).", "1147-0322242"),
        ("Telefon: +45 40482870, reg. 1413 kt. 4393106\n", "4393106"),
    ],
)
def test_an_account_after_money_moving_or_kt_is_an_account(text: str, account: str) -> None:
    assert ("BANK_ACCOUNT", account) in found(text)


def test_numbers_after_gik_til_without_an_account_shape_are_no_account() -> None:
    assert "BANK_ACCOUNT" not in {e for e, _ in found("Vi gik til 1147 og 2200 mennesker.")}
