"""Card details, one-time codes and MitID user IDs as the older development sets write them
(issue 18, pii27a): one's own user ID given without MitID named, mistyped labels, a card
read out word by word, a card's number, expiry and code in a row, a chat's answer on the
next message, a login's log line and a MitID table's row; and the near miss beside each.
Synthetic values only (published test card numbers)."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found, of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hej igen. mit bruger-id er ella1973 og nu virker det ikke.", "ella1973"),
        ("Far gav ham sit bruger-ID mmz6hddm og godkendte to gange i appen.", "mmz6hddm"),
        ("Han bad om mit bruger-ID og jeg gav ham aishah58. Så fik jeg en kode.", "aishah58"),
        ("Kunde: mit brugernavn er ivan.jakobsen hvis I skal bruge det", "ivan.jakobsen"),
    ],
)
def test_ones_own_user_id_needs_no_mitid_named(text: str, value: str) -> None:
    assert of("MITID_USER", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: no ID's shape after the possessive label, or no possessive.
        "mit bruger-id er spærret, og jeg kan ikke logge på.",
        "mit brugernavn er f.eks. det samme som før",
        "Opret et bruger-id som anna1990 i formularen.",
        # A shop's mail of its own login ("dit"): test_recognizer_forms has it far from MitID.
        "Velkommen til webshoppen. Dit brugernavn er lone.k77",
    ],
)
def test_no_own_user_id_without_its_shape_or_possessive(text: str) -> None:
    assert of("MITID_USER", text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("[10:05] Kunde: mit brguernavn er mitid38162 hvis i skal bruge det", "mitid38162"),
        ("[16:05] Kunde: mit rbugernavn er jepbak49 hvis i skal rbuge det", "jepbak49"),
        ("Anmelder oplyste sit MitID buger-id (hodan.rahimi) samt koden.", "hodan.rahimi"),
    ],
)
def test_a_mistyped_user_id_label(text: str, value: str) -> None:
    assert of("MITID_USER", text) == [value]


def test_a_mistyped_label_still_needs_a_value() -> None:
    # Near miss: the mistyped label with no value after it.
    assert of("MITID_USER", "Jeg har glemt mit brguernavn, kan I hjælpe med MitID?") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jeg kom til at skrive min koed 23502078 på siden :(", "23502078"),
        ("jeg kom til at skrive min okde 1100 på siden", "1100"),
    ],
)
def test_a_mistyped_code_after_its_possessive(text: str, value: str) -> None:
    assert found(text) == [("OTP", value)]


def test_a_mistyped_code_word_alone_is_no_label() -> None:
    # Near miss: without "min"/"din" the slip is no code's label.
    assert of("OTP", "Varenummer kdoe 933685 er udsolgt.") == []


def test_a_card_number_read_out_word_by_word() -> None:
    text = (
        "[00:01:50] kunde: jeg gav ham også kortnummeret fem fem fem fem fem fem fem otte "
        "fire otte seks tre fire tre fire to\n[00:02:05] agent: jeg spærrer kortet nu"
    )
    assert of("CARD", text) == [
        "fem fem fem fem fem fem fem otte fire otte seks tre fire tre fire to"
    ]


def test_spoken_digits_failing_luhn_are_no_card() -> None:
    # Near miss: the same words with the last digit changed fail the card's check.
    text = (
        "kunde: jeg gav ham også kortnummeret fem fem fem fem fem fem fem otte "
        "fire otte seks tre fire tre fire en"
    )
    assert of("CARD", text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Du\n14.01\n3714 496353 98431 12/27 0670", "0670"),
        ("11/03/2024, 08:35 - Du: 4012888888881881 07/2031 488", "488"),
        ("3782-822463-10005 07-30 0803", "0803"),
        ("4111111111111111|12/27|123", "123"),
        ("INSERT INTO kort VALUES (674424, '5105100971300919', '12/29', '117');", "117"),
    ],
)
def test_the_code_after_a_card_number_and_its_expiry(text: str, value: str) -> None:
    assert of("CARD_CVV", text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: an amount after the expiry, a number failing Luhn, a shipment label.
        "kort 4111 1111 1111 1111 05/24 1250 kr. trukket",
        "4111 1111 1111 1112 12/27 123",
        "ordre 4111111111111111 12/27 123",
    ],
)
def test_no_code_after_an_amount_a_bad_number_or_a_shipment(text: str) -> None:
    assert of("CARD_CVV", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "[29.03.24, 08.39.06] Wei: Og udløb og kontrolcifre?\n[29.03.24, 08.45.27] Anh: "
        "02/31 og 603",
        "13/09/2023, 16:31 - Lina: Og udløb og kontrolcifre?\n13/09/2023, 16:39 - Arjun: "
        "02/31 og 603",
        "Hjalte\n13.47\nOg udløb og kontrolcifre?\n\nMette\n13.49\n02/31 og 603",
    ],
)
def test_a_cards_expiry_and_code_answered_in_the_next_message(text: str) -> None:
    assert of("CARD_EXPIRY", text) == ["02/31"]
    assert of("CARD_CVV", text) == ["603"]


def test_a_line_naming_the_expiry_asks_nothing() -> None:
    # Near miss: no question, so the next message's number is no card detail.
    text = "[10:01] Bank: Dit kort har udløb snart.\n[10:02] Anh: 603"
    assert of("CARD_CVV", text) == []


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        (
            "spk_0: og dit mitid øh bruger id har øh du også sagt det\n"
            "spk_1: ja øhm det er samirasantos54\nspk_0: okay",
            "MITID_USER",
            "samirasantos54",
        ),
        ("Tak mor, du får en kode nu, skriv den her\n\nDu\n17.35\n7812", "OTP", "7812"),
    ],
)
def test_an_answer_after_a_transcripts_yes_or_in_a_messenger_thread(
    text: str, entity: str, value: str
) -> None:
    assert of(entity, text) == [value]


def test_a_yes_before_a_plain_word_is_no_user_id() -> None:
    # Near miss: the answer has no user ID's shape.
    text = "agent: og dit mitid bruger id har du også sagt det\nkunde: ja det er rigtigt\n"
    assert of("MITID_USER", text) == []


def test_the_user_of_a_login_in_a_log() -> None:
    text = "2025-01-12T19:58:09Z INFO auth.login user=mai1991 email=mai@example.dk ok=true"
    assert of("MITID_USER", text) == ["mai1991"]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a record's number, a system account, a user that did not log in.
        "2025-01-12T19:58:09Z INFO auth.login user_id=431877 session=889100 ok=true",
        "2025-01-12T19:58:09Z INFO auth.login user=admin ok=true",
        "2025-01-12T19:58:09Z INFO export.done user=mai1991 rows=12",
    ],
)
def test_no_login_user_without_a_login_or_an_ids_shape(text: str) -> None:
    assert of("MITID_USER", text) == []


def test_a_mitid_tables_row() -> None:
    text = "INSERT INTO mitid VALUES (515634, 'tove2480', '61251978', '2026-11-09 04:02:00');"
    assert found(text) == [("MITID_USER", "tove2480"), ("OTP", "61251978")]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: another table's row, a masked row.
        "INSERT INTO kunder VALUES (515634, 'tove2480', '2026-11-09');",
        "INSERT INTO mitid VALUES (515634, 'h*****88', '******');",
    ],
)
def test_no_user_id_in_another_table_or_a_masked_row(text: str) -> None:
    assert of("MITID_USER", text) == []
    assert of("OTP", text) == []
