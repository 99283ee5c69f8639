"""pii86: what the pension, conveyancing, debt-collection and payment-app sets showed missing:
a user ID told in a reply after it was asked for, and a customer's display name after a log's
"Bruger:" that is no user ID; an account given as the answer to a question about it; a car
parked by its plate; a code read out with a colon; names after more leads, before a phone
number's or contact's genitive, in a record's row after its ID, after "Bruger:", inverted
before a birth date, and with a trailing initial before a past tense. Each rule has a firing
case and a near miss. Synthetic names, IDs and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "user_id"),
    [
        (
            "[10:48] Hamid: Did anyone ask for your MitID user ID?\n"
            "[10:51] Inuk: yes a man called. I told him inukbak35\n",
            "inukbak35",
        ),
        (
            "[12:06] preben: der ringede en og spurgte efter mit MitID bruger-ID\n"
            "[12:09] Priya: Det gør vi aldrig. Hvad gav du dem?\n[12:09] preben: preben2004\n",
            "preben2004",
        ),
        # Asked for by the caller: MitID goes without saying.
        ("Han bad om hendes bruger-id, og hun oplyste tran41 i telefonen.\n", "tran41"),
    ],
)
def test_a_user_id_told_in_reply_is_found(text: str, user_id: str) -> None:
    assert of("MITID_USER", text) == [user_id]


@pytest.mark.parametrize(
    "text",
    [
        # Not a user ID's shape: a word in reply.
        "[10:48] Hamid: Did anyone ask for your MitID user ID?\n[10:51] Inuk: I told him no\n",
        # No user ID asked for and no MitID named.
        "Han bad om hendes adresse, og hun oplyste tran41 i telefonen.\n",
    ],
)
def test_no_user_id_told_without_its_shape_or_label(text: str) -> None:
    assert of("MITID_USER", text) == []


def test_a_display_name_after_bruger_is_a_person_not_a_user_id() -> None:
    text = "ENHEDSSKIFTE-ALARM\nBruger: Ali Mortensen (kunde-nr. KH-26-32755)\nMitID ok"
    assert of("MITID_USER", text) == []
    assert of("PERSON", text) == ["Ali Mortensen"]


def test_a_placeholder_after_bruger_is_no_name_and_an_id_stays_an_id() -> None:
    assert of("PERSON", "ALARM\nBruger: Anmelder A (kunde-nr. KH-26-57791)\nMitID ok") == []
    assert of("MITID_USER", "MitID-log\nBruger: anna1970 (kunde-nr. KH-26-57791)") == ["anna1970"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "[12:39] Egon: Er 6800-6332918 din konto?\n[12:39] arne: Nej, den rigtige er "
            "2590-8039007\n",
            "2590-8039007",
        ),
        (
            "[08:04] Aino: Hvilket kontonr. står der i mailen?\n[08:05] björn: 1454-19443238\n",
            "1454-19443238",
        ),
    ],
)
def test_an_account_answered_on_the_next_line_is_found(text: str, account: str) -> None:
    assert account in of("BANK_ACCOUNT", text)


def test_digits_after_a_question_about_something_else_are_no_account() -> None:
    text = "[08:04] Aino: Hvilket sagsnummer står der i mailen?\n[08:05] björn: 1454-19443238\n"
    assert of("BANK_ACCOUNT", text) == []


def test_a_parked_car_by_its_plate_is_found() -> None:
    text = "13.51 – Oskar Blom, +4593996210. Parkerede MH 14 946 ved Agerhønevej.\n"
    assert of("NUMBER_PLATE", text) == ["MH 14 946"]


def test_a_plates_shape_without_a_car_word_is_none() -> None:
    assert of("NUMBER_PLATE", "13.51 – Oskar Blom mødte MH 14 946 ved Agerhønevej.\n") == []


def test_a_code_read_out_before_a_colon_is_a_one_time_code() -> None:
    text = "Køber blev spurgt om MitID bruger-id: zoe77. Køber læste også en kode op: 859728.\n"
    assert of("OTP", text) == ["859728"]


def test_a_code_read_out_without_its_value_after_a_colon_is_none() -> None:
    assert of("OTP", "Køber læste også en kode op for sælger. Sag 859728 åben.\n") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vi har set en fuldmagt, angiveligt underskrevet af Khadra Hvidtfeldt, som beder",
            "Khadra Hvidtfeldt",
        ),
        (
            "Køretøjet var ifølge skyldner solgt til Zeynep Højlund inden afgiften.",
            "Zeynep Højlund",
        ),
        ("Manden i telefonen hed Karla fra Nordbanken og ringede igen.", "Karla"),
        ("Min klient kender ikke, og Khadras telefonnummer er ukendt.", "Khadras"),
        ("Zoé anmelder til politiet. Zoés kontakt i banken er orienteret.", "Zoés"),
    ],
)
def test_a_name_after_a_lead_or_before_a_genitives_noun_is_found(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_firm_after_sold_to_or_the_genitive_of_a_word_is_none() -> None:
    assert of("PERSON", "Bilen blev solgt til Bilpark Nord ApS inden afgiften.") == []
    assert of("PERSON", "Bankens kontakt i sagen er orienteret.") == []


def test_a_name_in_a_records_row_after_its_id_is_found() -> None:
    text = (
        "UGERAPPORT uge 3\n1. PF-168374 · Winther, Kaj · investering 8,87 ETH · lukket\n"
        "2. KH-26-52399 · karla · kurér i bil · lukket\nKL-26-7933 | 2026-03-22 09:34 | "
        "Tholstrup, Ulrikke | brev | åben\n"
    )
    assert of("PERSON", text) == ["Winther, Kaj", "karla", "Tholstrup, Ulrikke"]


def test_what_happened_in_a_records_row_is_no_name() -> None:
    assert of("PERSON", "UGERAPPORT\n4. PF-386342 · overtaget konto · anmeldt\n") == []
    assert of("PERSON", "Sag\nSAG-473618 · Kontoovertagelse · prioritet høj\n") == []


def test_a_listed_names_genitive_in_a_records_row_is_found() -> None:
    assert of("PERSON", "UGERAPPORT\n4. KH-26-89138 · Rikkes · safe transfer · anmeldt\n") == [
        "Rikkes"
    ]


def test_a_phone_answered_after_a_question_on_the_account_is_no_account() -> None:
    text = (
        "[11:47] Lilly: What is the phone number on the account?\n[11:48] Olga: +44 7700 900357\n"
    )
    assert of("BANK_ACCOUNT", text) == []


def test_an_inverted_name_before_a_birth_date_is_one_name() -> None:
    text = "Hej Torben\n\nSkyldner Krogh, Gorm (f. 10/3-1962) bestrider fakturaen.\n"
    assert of("PERSON", text)[-1:] == ["Krogh, Gorm"]


def test_a_place_and_a_word_before_a_birth_date_are_no_inverted_name() -> None:
    assert of("PERSON", "Sagen gælder Aarhus, Midtbyen (f. 2020) og intet andet.\n") == []


def test_a_trailing_initial_before_a_past_tense_is_the_names() -> None:
    text = "PAYOUT 21.000 kr.\nNOTE: Kirsten A. ringede kunden op; DOB stemmer.\n"
    assert of("PERSON", text) == ["Kirsten A."]


def test_a_given_name_before_a_capital_and_a_verb_keeps_no_letter() -> None:
    assert of("PERSON", "NOTE: Kirsten ringede A. Jensens kunde op.\n") == ["Kirsten"]


def test_a_listed_name_after_a_numbered_role_is_a_name() -> None:
    assert of("PERSON", "Vidne 2: Rahimi\nVidne 3: Ole Bak\n") == ["Rahimi", "Ole Bak"]


def test_a_numbered_roles_log_entry_is_no_name() -> None:
    text = "2026-03-26 19:41 Medarbejder 1: Udbetaling UDB-081065 på 871 kr. stoppet.\n"
    assert of("PERSON", text) == []


def test_a_debtors_placeholder_and_an_estate_agents_firm_are_no_names() -> None:
    assert of("PERSON", "Modtaget: 13.03.26\n\nHej Skyldner 1. Din gæld til ParkSikker") == []
    text = "pengene.\n\nVenlig hilsen\nBoligmægleren Fjordhus\n(Bemærk: Mæglerhuset Ådalen ændrer"
    assert of("PERSON", text) == []


def test_a_greeted_debtor_by_name_is_a_name() -> None:
    assert of("PERSON", "Modtaget: 13.03.26\n\nHej Gorm Krogh. Din gæld til ParkSikker") == [
        "Gorm Krogh"
    ]


def test_a_log_callers_name_after_the_time_is_found_in_danish_and_lower_case() -> None:
    text = (
        "Forløb:\n27.08.2026 kl. 18.14: milica ringer fra 62.45.75.82 og opdager svindlen.\n"
        "03.02.2026 kl. 17.42: Hawa Karimi ringer fra +45 42932539.\n"
    )
    assert of("PERSON", text) == ["milica", "Hawa Karimi"]


def test_a_role_calling_after_the_time_is_no_name() -> None:
    assert of("PERSON", "Forløb:\n27.08.2026 kl. 18.14: kunden ringer fra 62.45.75.82.\n") == []


def test_an_inverted_name_opening_a_viewing_logs_line_is_one_name() -> None:
    text = "Fremvisning\n\n13.38 – Rytter, Ebbe, +45 86949224. Parkerede ved huset.\n"
    assert of("PERSON", text) == ["Rytter, Ebbe"]


def test_a_town_and_district_opening_a_timed_line_are_no_name() -> None:
    assert of("PERSON", "Fremvisning\n\n14.00 – Vejle, Centrum, lukket for i dag.\n") == []


def test_a_closing_before_a_signatures_name_is_not_its_surname() -> None:
    text = "Hi, I never got a letter.\nRegards, Tove Lefèvre-Søgaard"
    assert of("PERSON", text) == ["Tove Lefèvre-Søgaard"]
