"""pii96: what the removal-and-storage, wedding-booking and driving-school sets showed: a
one-time code named for what it opens ("SMS-kode til porten …", "Engangskode til porten
(sendt på SMS): …"); a MitID code asked for and sent on; the phone a code was sent to named
before its number; a date logged right after a number; "kontaktede os på" before a number; a
person's row in a leaked list ending in the number; a Danish account listed after an IBAN; ten
digits alone where money went. Each rule has a firing case and a near miss. Synthetic
numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("[10:02] Bo: hun ville også have min MitID kode, jeg sendte 508213\n", "508213"),
        ("[10:02] Bo: han ville have min nemid kode, jeg sendte ham 73019452\n", "73019452"),
    ],
)
def test_a_mitid_code_sent_on_is_an_otp(text: str, code: str) -> None:
    assert of("OTP", text) == [code]
    assert of("PHONE", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "[10:02] Bo: han ville have min mitid kode, jeg sendte 2500 kr. i stedet\n",
        "[10:02] Bo: han ville have min mitid kode, jeg sendte 1234 til ham\n",
    ],
)
def test_money_or_a_short_number_sent_after_a_code_is_no_otp(text: str) -> None:
    assert of("OTP", text) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lejeaftale\n- Opbevaring: SMS-kode til døren 73920461\nVelkommen.", "73920461"),
        ("Lejeaftale\n- Opbevaring: engangskode til hallen 482019\nVelkommen.", "482019"),
        ("Engangskode til hallen (sendt på SMS): 40718253. Den gælder én gang.", "40718253"),
        ("Sms-kode til garagen (via appen): 661204", "661204"),
    ],
)
def test_a_one_time_code_named_for_what_it_opens_is_found(text: str, code: str) -> None:
    assert of("OTP", text) == [code]
    assert of("PHONE", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Not named one-time: a booking's number for the same gate.
        "Lejeaftale\n- Opbevaring: booking til døren 73920461\nVelkommen.",
        # Four digits are a door's code, not a one-time one.
        "Lejeaftale\n- Opbevaring: SMS-kode til døren 7392\nVelkommen.",
    ],
)
def test_no_otp_without_its_one_time_word_or_shape(text: str) -> None:
    assert of("OTP", text) == []


@pytest.mark.parametrize(
    ("where", "phone"),
    [
        ("din mobil", "28 41 73 90"),
        # Outside the allocated ranges, the noun names it a phone.
        ("nummeret", "51.02.44.19"),
        ("din mobil", "+4587114205"),
        ("hendes telefon", "2841 7390"),
    ],
)
def test_the_phone_a_code_went_to_is_a_phone(where: str, phone: str) -> None:
    text = f"[11:20] Lis: Vi har sendt en kode til {where} {phone} – hvad står der?"
    assert of("PHONE", text) == [phone]
    assert of("OTP", text) == []


def test_a_code_after_the_phones_noun_and_a_colon_is_the_code() -> None:
    text = "[11:20] Lis: Vi har sendt en kode til din mobil: 51820477"
    assert of("PHONE", text) == []
    assert of("OTP", text) == ["51820477"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Borgeren ringede til os fra 28 41 73 90 03.11.26. Hun sagde", "28 41 73 90"),
        ("Borgeren kontaktede os på +45 28417390 2026-11-03. Hun sagde", "+45 28417390"),
        ("Borgeren kontaktede os på (+45) 28 41 73 90 3.11.2026. Hun sagde", "(+45) 28 41 73 90"),
        # Outside the allocated ranges, after "kontaktede os på".
        ("Borgeren kontaktede os på 51 02 44 19 03.11.26. Hun sagde", "51 02 44 19"),
    ],
)
def test_a_number_before_a_logged_date_is_the_number_alone(text: str, phone: str) -> None:
    assert of("PHONE", text) == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Borgeren kontaktede os på +45 ** ** ** 19 03.11.26. Hun sagde",
        # No label: digits outside the allocated ranges are no phone.
        "Beløbet var 51 02 44 19 ifølge opgørelsen.",
    ],
)
def test_no_phone_from_a_mask_and_a_date_or_unlabelled_digits(text: str) -> None:
    assert of("PHONE", text) == []


ROWS = (
    "Deltagerlisten er sendt ud ved en fejl. Uddrag:\n"
    "- Bo Skov, Lærkevej 14, 7100 Vejle, 51 02 44 19\n"
    "- Holst, Ane, Mosevej 3, 1. tv., 87114205\n"
    "- K. Brix, Engtoften 102B, 4602 1177\n"
)


def test_a_number_ending_a_persons_row_is_a_phone() -> None:
    assert of("PHONE", ROWS) == ["51 02 44 19", "87114205", "4602 1177"]


@pytest.mark.parametrize(
    "text",
    [
        # No street with a number in the row.
        "Deltagerliste:\n- Bo Skov, Vejle, 51 02 44 19\n",
        # The number does not end the row (an amount's).
        "Deltagerliste:\n- Bo Skov, Lærkevej 14, 51 02 44 19 kr. i alt\n",
        # No bullet: a sentence, not a list's row.
        "Bo Skov, Lærkevej 14, 51 02 44 19\n",
    ],
)
def test_no_phone_from_a_row_without_its_shape(text: str) -> None:
    assert of("PHONE", text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        (
            "Vi overførte lejen til DE89 3704 0044 0532 0130 00 og 3150-44173908 (9.500 kr.).",
            "3150-44173908",
        ),
        ("Sælgerens konti: NO9386011117947 eller 3150 4417390821.", "3150 4417390821"),
        (
            "Depositum sendt til GB82WEST12345698765432 og 2031-0044173908 (2.000 kr.)",
            "2031-0044173908",
        ),
    ],
)
def test_an_account_after_an_iban_is_found(text: str, account: str) -> None:
    assert of("BANK_ACCOUNT", text) == [account]


def test_no_account_after_other_words_and_og() -> None:
    text = "Vi fik 3 kasser og 3150 44173908 stk. papir på lageret."
    assert of("BANK_ACCOUNT", text) == []


def test_ten_digits_where_money_went_are_an_account() -> None:
    text = "Depositum blev betalt efter en falsk mail. Pengene gik til 4417390821. Vi klager."
    assert of("BANK_ACCOUNT", text) == ["4417390821"]


@pytest.mark.parametrize(
    "text",
    [
        "Der er trukket 473 kr. fra 4417390821 i sagen.",
        "Pengene gik til sagsnummer 4417390821 hos os.",
    ],
)
def test_ten_digits_without_money_going_there_are_no_account(text: str) -> None:
    assert of("BANK_ACCOUNT", text) == []
