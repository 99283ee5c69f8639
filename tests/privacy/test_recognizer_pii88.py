"""pii88: what the parking, gambling, parish-office and accounting-firm sets showed missing: a
plate a camera read (its confidence or the places it was seen at once after it); a user ID
given away, told on one's own chat line or after one's own label in a reply, or asked for by
how one logs in; a code read out from where it came, in quotes after a colon; a trailing
initial in any Latin capital. Each rule has a firing case and a near miss. Synthetic names,
IDs and numbers only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("KAMERALOG\n2026-08-12 11:45:16  IND  SS 56 788  konf. 0,75\n", "SS 56 788"),
        ("2026-08-12 10:32:53  out  FT90666  konf. 0,97\n", "FT90666"),
        ("SV-2026-3005 | NordPas misbrug | Anders | XF 74 274 set 2 steder samtidig", "XF 74 274"),
    ],
)
def test_a_plate_a_camera_read_is_found(text: str, plate: str) -> None:
    assert of("NUMBER_PLATE", text) == [plate]


@pytest.mark.parametrize(
    "text",
    [
        # No read after it: a case's code in a plate's shape.
        "2026-08-12 11:45:16  IND  SS 56 788  afventer\n",
        # "set" not of places seen.
        "Sagen SS 56 788 set fra kundens side.\n",
    ],
)
def test_no_plate_without_a_camera_read(text: str) -> None:
    assert of("NUMBER_PLATE", text) == []


@pytest.mark.parametrize(
    ("text", "user_id"),
    [
        ("[11:54] Noor: kunde ringede fra 40720784, gav bruger-ID marekp71 ved fejl\n", "marekp71"),
        ("[08:56] karoline: bruger-id er karoli1963 skal jeg skifte det?\n", "karoli1963"),
        ("[08:51] Bent: jeg gav dem mit bruger id i telefonen, det var ben74\n", "ben74"),
        (
            "[19:09] Tariq: Hvilket bruger-ID logger du ind med?\n[19:11] HODAN SKOVBO: hodan55\n",
            "hodan55",
        ),
    ],
)
def test_a_user_id_given_or_told_without_mitid_named_is_found(text: str, user_id: str) -> None:
    assert of("MITID_USER", text) == [user_id]


@pytest.mark.parametrize(
    "text",
    [
        # Given, but a shop's user name, no MitID login.
        "[11:54] Noor: kunde ringede fra 40720784, gav brugernavn marekp71 ved fejl\n",
        # Not given away nor told on one's own chat line: a shop's login in a sentence.
        "Kunden ringede fra 40720784, bruger-ID marekp71 ved fejl.\n",
        # Told on a chat line, but not opening it: the agent's question.
        "[08:56] Gitte: Hvad mener du med bruger-id er karoli1963?\n",
        # The question's verb is no user ID.
        "[19:09] Tariq: Hvilket bruger-ID logger du ind med?\n[19:11] Hodan: det ved jeg ikke\n",
    ],
)
def test_no_user_id_without_its_giving_or_own_line(text: str) -> None:
    assert of("MITID_USER", text) == []


def test_a_code_read_out_in_quotes_after_where_it_came_from_is_found() -> None:
    text = 'Hun læste koden op fra sms\'en: "836474" - vi bruger IKKE sms-koder, afvist.\n'
    assert of("OTP", text) == ["836474"]


def test_no_code_read_out_without_its_colon() -> None:
    text = "Hun læste koden op fra sms'en og ringede 83647412 bagefter.\n"
    assert of("OTP", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[10:17] Signe Ć.: nyt kort på Draganas profil\n", "Signe Ć."),
        ("SV-2026-1 | falsk sms | kort 4111 | Mette Ć.\nSV-2026-2 | x | y | z\n", "Mette Ć."),
    ],
)
def test_a_trailing_initial_in_any_latin_capital_is_read(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_lower_case_letter_after_a_name_is_no_initial() -> None:
    assert "Signe ç." not in of("PERSON", "[10:17] Signe ç.: nyt kort på profilen\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "[07:43] Edel: Hvad er dit fulde navn og mobilnr.?\n"
            "[07:44] Anne Krogh: anne krogh – +46 70 174 06 80\n",
            "anne krogh",
        ),
        (
            "[17:08] Vibeke: Can you confirm your full name and phone?\n"
            "[17:10] Mette: Mette Demir, +44 7700 900990\n",
            "Mette Demir",
        ),
    ],
)
def test_a_name_answered_before_a_dash_or_comma_and_a_phone_is_found(text: str, name: str) -> None:
    assert name in of("PERSON", text)


def test_a_sentence_answered_before_a_phone_is_no_name() -> None:
    text = "[07:43] Edel: Hvad er dit fulde navn?\n[07:44] Thit: ved ikke – 70 174 06 80\n"
    assert "ved ikke" not in of("PERSON", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2026-01-12 10:25 | oprettet af solveig al-sayed\n2026-01-12 10:41 | x\n", "solveig"),
        ("Flytningen er annulleret af Kaj Warsame.\n", "Kaj Warsame"),
    ],
)
def test_a_case_log_creator_or_canceller_is_found(text: str, name: str) -> None:
    assert any(name in found for found in of("PERSON", text))


def test_a_case_created_by_a_system_is_no_name() -> None:
    assert of("PERSON", "2026-01-12 10:25 | oprettet af systemet\n") == []
