"""A fraud-prevention service's week (issue 18, pii21): a citizen-service note telling what a
caller gave away ("spurgt om MitID-bruger-ID'et, og borgeren oplyste …", "en kode fra appen:
…"), and the near misses beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found, kinds


@pytest.mark.parametrize(
    ("text", "user_id"),
    [
        (
            "Der blev spurgt om MitID-bruger-ID'et, og borgeren oplyste frida2002 samt koden.",
            "frida2002",
        ),
        ("Han bad om mit MitID bruger-id'et, og hun gav ham anna_77 i telefonen.", "anna_77"),
    ],
)
def test_a_user_id_someone_told_after_its_label_is_found(text: str, user_id: str) -> None:
    assert ("MITID_USER", user_id) in found(text)


def test_a_user_id_label_followed_by_a_plain_word_is_no_user_id() -> None:
    text = "Der blev spurgt om MitID-bruger-ID'et, og borgeren oplyste ingenting."
    assert "MITID_USER" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Borgeren oplyste en kode fra appen: 298797. Der er hævet penge.", "298797"),
        ("Hun læste koden fra sms'en: 54494317 op for ham.", "54494317"),
    ],
)
def test_a_code_told_with_where_it_came_from_is_an_otp(text: str, code: str) -> None:
    assert ("OTP", code) in found(text)


def test_a_discount_code_from_a_newsletter_is_no_otp() -> None:
    assert "OTP" not in kinds("Brug rabatkode fra nyhedsbrevet: 298797 ved kassen.")


def test_a_code_from_a_year_is_no_otp() -> None:
    # "fra 2019" leads digits, not a place a code came from.
    assert "OTP" not in kinds("Ordren har en kode fra 2019: 298797 i systemet.")


def test_a_log_entry_after_a_time_stamp_is_no_speaker() -> None:
    text = (
        "[14:20] Identitet bekræftet via MitID\n"
        "[14:30] Udleveret: kontooplysninger og fakturaer\n"
        "[14:35] Modtaget: kvittering\n"
    )
    assert "PERSON" not in kinds(text)


def test_a_name_after_a_time_stamp_is_still_a_speaker() -> None:
    assert ("PERSON", "Henriette") in found("[14:30] Henriette: jeg har fået en sms\n")


def test_a_quoted_genitive_name_before_a_relative_is_a_person() -> None:
    assert ("PERSON", "Rikkes") in found("Skriv ikke 'Rikkes mand' i artiklen.")


def test_a_genitive_ending_after_an_apostrophe_is_no_person() -> None:
    # An apostrophe inside a word ("sms'Rikkes"): the word's ending, not a quoted name.
    assert ("PERSON", "Rikkes") not in found("Filen hed sms'Rikkes mand i arkivet.")


@pytest.mark.parametrize("name", ["Le Thi Hoa", "Nguyen Thi Lan"])
def test_a_vietnamese_name_with_thi_is_one_person(name: str) -> None:
    assert ("PERSON", name) in found(f"Kontoen tilhører ifølge banken {name}.")


def test_a_word_before_thi_that_is_no_family_name_is_left_out() -> None:
    assert ("PERSON", "Hej Thi Lan") not in found("Hej Thi Lan, tak for svaret.")


@pytest.mark.parametrize("name", ["Jeppesen, Vibeke", "Gregersen, Signe", "Aagaard, Bent"])
def test_a_greeting_before_surname_comma_given_name_is_one_person(name: str) -> None:
    assert ("PERSON", name) in found(f"Kære {name}\n\nVi har fået en anmodning om udbetaling.")


def test_a_greeting_to_two_given_names_stays_two_people() -> None:
    assert ("PERSON", "Mette, Søren") not in found("Hej Mette, Søren\n\nTak for sidst.")


def test_a_clock_time_after_a_street_address_is_left_out() -> None:
    # (A shop's own address, "i butikken på Mosevej 10", is not redacted at all: pii78.)
    text = "- Besøg hos kunden på Mosevej 10, kl. 14.45\n"
    assert ("ADDRESS", "Mosevej 10") in found(text)


def test_a_cellar_floor_stays_in_the_address() -> None:
    assert ("ADDRESS", "Mosevej 10, kl. th.") in found("Han bor på Mosevej 10, kl. th. i dag.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("- Kunde: Bo Holst, abonnement på 4604 8907\n", "4604 8907"),
        ("Skriv til mig på dette nr: 2904 7827. Kan du overføre 2.400 kr.?", "2904 7827"),
    ],
)
def test_a_subscription_or_this_number_is_a_phone(text: str, number: str) -> None:
    assert ("PHONE", number) in found(text)


def test_an_order_number_beside_a_subscription_is_no_phone() -> None:
    assert "PHONE" not in kinds("Ordre nr: 29047827 på dit abonnement.")
