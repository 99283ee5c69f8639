"""pii81: fixes on the seventy-eighth to eighty-second generators' sets (an acquirer's
chargebacks, a fraud line's chats, forms and case notes, scam messages, order notes): one-time
codes passed on, sent to a number or answered after a user ID, MitID user IDs logged in with,
answered or found in a log, card numbers after their label and no gift codes or acquirer
references, CPR numbers in pairs between slashes or before "bosat", plates a camera showed.
Each rule has a firing case and a near miss. Synthetic names, numbers and cards only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of

_ASKED = "> Send os dit MitID bruger-ID og koden vi sender.\n"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("11. Engangskode der blev givet videre: 266278", "266278"),
        ("OTP brugt af svindler: 52667929\nStatus: Åben", "52667929"),
        ("OTP given to the caller: 12328806\nStatus: Closed", "12328806"),
        ("- OTP sent to 66 71 79 46 was 51864442, used 21:52", "51864442"),
        ("- OTP sent to +44 7700 900090 was 699493, used 13:26", "699493"),
        ("03:37:13  engangskode sendt til 25-83-11-79: 77772043", "77772043"),
        ("[14:45] Clara: they also called and got my code 362117", "362117"),
        ("Hun gav brugernavn ab1960 og læste kode fra appen 777107 op.", "777107"),
        ("Din nye midlertidige kode er 934170. Koden udløber kl. 17.36.", "934170"),
        ("Koden blev ikke noteret. Ny kode sendt: 65917723.", "65917723"),
        (_ASKED + "(kundens svar: noah55 77765204 – sendt)", "77765204"),
        (_ASKED + "(kundens svar: oluf89 239014 – sendt)", "239014"),
    ],
)
def test_a_one_time_code_passed_on_sent_or_answered(text: str, code: str) -> None:
    assert of("OTP", text) == [code]
    assert of("PHONE", text) in ([], ["66 71 79 46"], ["+44 7700 900090"], ["25-83-11-79"])


@pytest.mark.parametrize(
    "text",
    [
        # A card payment's approval code on a statement, no login's code.
        "2 træk: DKK 4.347,00 (GlobalTix Ltd), godk.kode 164764, TID 92B38639.",
        "Din nye midlertidige adgang er åben fra 934170.",
        "Koden blev ikke noteret. Kode sendt: afventer.",
        "[14:45] Clara: my code of conduct says 2 things",
    ],
)
def test_no_one_time_code_without_its_label(text: str) -> None:
    assert of("OTP", text) == []


def test_an_answer_without_a_user_id_before_the_digits_is_a_phone() -> None:
    assert of("PHONE", "Kundens svar: ring til 20 30 40 50") == ["20 30 40 50"]


@pytest.mark.parametrize(
    ("text", "user"),
    [
        (_ASKED + "(kundens svar: noah55 77765204 – sendt)", "noah55"),
        ("Falsk MitID-side. Borger: jeg loggede ind med llind1964 og godkendte.", "llind1964"),
        ("så kom der noget\nMIT MITID ER norpop40 – HAR DE DET NU??", "norpop40"),
        ("- MitID bruger-ID i loggen: pbach48, login fra ny IP kort efter", "pbach48"),
        ("MitID spærret. [15:19] pia: ok. bruger-id i log er katgra79 btw", "katgra79"),
        ("Hun har givet sit MitID bruger-ID til en svindler: kamma1932", "kamma1932"),
        # A login's ID given with the code read out after it ("og læste kode").
        ("Han gav brugernavn mkoch1960 og læste kode fra appen 777107 op.", "mkoch1960"),
        (
            "[20:25] Kim: Fik de også dit MitID bruger-id?\n"
            "[20:27] Torben: ja desværre, torben33\n",
            "torben33",
        ),
    ],
)
def test_a_mitid_user_id_answered_logged_in_with_or_in_a_log(text: str, user: str) -> None:
    assert of("MITID_USER", text) == [user]


@pytest.mark.parametrize(
    "text",
    [
        "Falsk MitID-side. Borger: jeg loggede ind med MitID og godkendte.",
        "[20:25] Kim: Fik de også dit MitID bruger-id?\n[20:27] Torben: ja desværre, det fik de",
        "Hun har givet sit MitID bruger-ID til en svindler, desværre.",
        "Han gav brugernavn mkoch1960 og læste avisen.",
        _ASKED + "(kundens svar: nej tak)",
    ],
)
def test_no_mitid_user_id_without_an_ids_shape(text: str) -> None:
    assert of("MITID_USER", text) == []


def test_a_card_numbers_label_wins_over_an_orders_word() -> None:
    text = "kunden har skrevet fuldt kortnr i ordrekommentaren (!!): 4012 8801 8740 3103 udløb"
    assert of("CARD", text) == ["4012 8801 8740 3103"]


def test_an_order_number_after_an_orders_word_is_no_card() -> None:
    assert of("CARD", "Ordrekommentar: 4012 8801 8740 3103") == []


@pytest.mark.parametrize(
    "text",
    [
        # A gift card's code: no payment card's number starts with 0.
        "[13:33] Per: ja 0580 5170 3561 4417 og 0657 5777 6785 3107",
        # An acquirer reference number of 23 digits, a pair first.
        "ARN: 79 5988 8252 5979 8002 8202 2\nReason code: 10.4",
    ],
)
def test_gift_codes_and_acquirer_references_are_no_cards(text: str) -> None:
    assert of("CARD", text) == []


def test_a_card_number_after_a_lone_pair_without_an_arn_is_a_card() -> None:
    assert of("CARD", "Kort: 79 4012 8888 8888 1881 udløb") == ["4012 8888 8888 1881"]


@pytest.mark.parametrize(
    ("text", "cpr"),
    [
        ("vores kunde Evald Lauridsen, 28 08 49 2057, bosat\nÅbrinken 76", "28 08 49 2057"),
        (">> kunde Lisbeth Wagner / 26 09 02 4887 / kunde-id KUN-573512", "26 09 02 4887"),
    ],
)
def test_a_cpr_number_in_pairs_between_slashes_or_before_bosat(text: str, cpr: str) -> None:
    assert of("CPR", text) == [cpr]


@pytest.mark.parametrize(
    "text",
    [
        "vores kunde Evald Lauridsen, 28 08 49 2057, betaler",
        ">> kunde Lisbeth Wagner / 26 09 02 4887 og mere",
    ],
)
def test_a_cpr_number_in_pairs_without_its_delimiters_is_none(text: str) -> None:
    assert of("CPR", text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Kameraet ved port 2 viser også VZ 99 041 holde og vente.", "VZ 99 041"),
        ("Forurettedes nabo noterede NU 66 188. Kureren kom til døren.", "NU 66 188"),
    ],
)
def test_a_plate_a_camera_showed_or_a_witness_noted(text: str, plate: str) -> None:
    assert of("NUMBER_PLATE", text) == [plate]


def test_a_camera_showing_a_count_shows_no_plate() -> None:
    assert of("NUMBER_PLATE", "Kameraet ved port 2 viser 12 345 besøgende.") == []


def test_a_terminal_ids_letter_is_no_misread_digit() -> None:
    assert of("PHONE", "Merchant: LuxPhone Store (MCC 5732), TID 38B57145") == []


def test_a_misread_digit_in_a_number_without_an_id_label_is_still_read() -> None:
    assert of("PHONE", "Ring til LuxPhone: 38B57145") == ["38B57145"]
