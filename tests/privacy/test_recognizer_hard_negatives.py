"""Hard negatives of the older development sets (issue 18, pii23n): values marked as made
up, a month's or weekday's name in a date, firms and departments named after people, and
the near misses beside each that stay personal data. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Eksempel: Pas nr. 276883154 (fiktivt), udløber 17. februar 2024.",
        "EKSEMPEL: PAS NR. 998694893 (FIKTIVT), UDLØBER 23/2-25.",
        "Kørekort nr. 12345678 (eksempel) skrives uden mellemrum.",
    ],
)
def test_a_number_marked_as_made_up_is_no_id(text: str) -> None:
    assert not kinds(text) & {"PASSPORT", "DRIVING_LICENCE"}


def test_a_passport_number_without_the_mark_is_found() -> None:
    assert ("PASSPORT", "276883154") in found("Pas nr. 276883154, udløber 17. februar 2024.")


@pytest.mark.parametrize(
    "text",
    [
        "regningen er på 2528 kroner og den forfalder den 6 august\nagent: men jeg har betalt",
        "INDSENDES SENEST 29. AUGUST 2024. SAGSNR. UDFYLDES AF KOMMUNEN.",
        "Our next info session is on 3 August 2024 at 21:00 at the library.",
        "\tfor <m****@example.net>; Thu, 12 Nov 2026 07:44:04 +0100\n",
    ],
)
def test_a_month_or_weekday_in_a_date_is_no_name(text: str) -> None:
    assert "PERSON" not in kinds(text)


def test_a_given_name_like_a_month_before_a_surname_is_found() -> None:
    assert ("PERSON", "August Holm") in found("Mødet blev holdt med August Holm i går.")


def test_an_english_weekday_without_a_date_is_left_to_the_others() -> None:
    assert "PERSON" in kinds("Hej Thu, tak for sidst")


@pytest.mark.parametrize(
    "text",
    [
        "Tak for din ordre hos Peter Lunds Vinhandel!",
        "Tæt på Karen Blixens Plads og Lene Mortensens Rengøring.",
        "PETER LUNDS VINHANDEL\nKVITTERING\n",
        "OLE KROGH TRANSPORT APS\nKVITTERING\n",
        "NIELS BROCK\nKVITTERING\n",
        "Med venlig hilsen\nDebitorbogholderiet\nKaren Blixen Skolen",
        "Med venlig hilsen\nkunden\nFraud Operations | Fyrtårn Tele",
    ],
)
def test_a_firm_or_department_named_after_a_person_is_no_name(text: str) -> None:
    assert "PERSON" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Husk at Sólja Rasmussens konto er lukket.", "Sólja Rasmussen"),
        ("* #219634: Jørgen Mortensens kort spærret", "Jørgen Mortensen"),
        ("Vi har talt med Peter Lunds datter.", "Peter Lund"),
    ],
)
def test_a_person_in_the_genitive_before_a_lowercase_noun_is_found(text: str, name: str) -> None:
    assert any(entity == "PERSON" and name in value for entity, value in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Videresendt til GB** **** **20 (Malerfirma Ivan Berg, CVR-nr. 36 07 99 83).",
        "Bemærk: Vognmand Mikael Mølgaard på Karen Blixens Plads er ikke involveret.",
        "Bo i et roligt område tæt på Tandlæge Karen Bisgaard. Fremvisning søndag.",
        "Overført til (Frisør Hanne, CVR-nr. 16 38 69 87).",
    ],
)
def test_a_one_person_firm_is_no_name(text: str) -> None:
    assert "PERSON" not in kinds(text)


def test_a_role_in_lower_case_before_a_name_is_a_person() -> None:
    assert ("PERSON", "Karen Bisgaard") in found("Jeg talte med tandlæge Karen Bisgaard i går.")
