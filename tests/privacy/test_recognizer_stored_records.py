"""Forms of the records Værn itself stores that the recognisers must read (issue 18, the
tenth generator's errors): outbound-log key=value fields, a card dispute's merchant number,
payees and claimed callers written "Surname, First name", Værn addressed by name and a
redacted record's stand-in. Each rule: one text where it fires, one near miss where it must
not. Synthetic numbers and invented names only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import found
from vaern.privacy.recognizers import in_number_field, log_number_field

# An outbound log's recipient field: a number, not a URL's or token's digits.


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2026-01-25T14:57:00Z WARN outbound retry to=+4520304050 reason=timeout", "+4520304050"),
        ("INFO outbound from=1277 to=0045 2030 4050 tpl=sag_opdateret", "0045 2030 4050"),
        ('INFO outbound msisdn="20 30 40 50" tpl=kvittering', "20 30 40 50"),
        # Outside the allocated ranges, the field still says it is a number.
        ("WARN outbound retry to=20033712 reason=timeout", "20033712"),
    ],
)
def test_a_log_lines_recipient_field_is_a_number(text: str, number: str) -> None:
    assert ("PHONE", number) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Link: https://example.dk/track?to=20304050",
        "Link: https://example.dk/track?id=1&to=20304050",
        "INFO outbound id=20304050 tpl=sag_opdateret",
        "WARN outbound retry ref=20033712 reason=timeout",
    ],
)
def test_a_urls_or_another_keys_digits_are_no_number(text: str) -> None:
    assert "PHONE" not in {entity for entity, _ in found(text)}, found(text)


def test_the_field_test_reads_the_key_alone() -> None:
    assert log_number_field("to=") and log_number_field('msisdn="')
    assert not log_number_field("?to=") and not log_number_field("x&to=")
    assert in_number_field("a to=20033712", 5)
    assert not in_number_field("a id=20033712", 5)


# A card dispute's merchant number.


def test_a_merchants_number_is_no_phone() -> None:
    text = "Transaktion: 05.03.2026 849,00 DKK hos WEBSHOP APS (MCC 5732, forretningsnr. 20304050)"
    assert "PHONE" not in {entity for entity, _ in found(text)}, found(text)


def test_a_phone_after_the_merchants_line_is_still_one() -> None:
    text = "Hos WEBSHOP APS (MCC 5732, forretningsnr. 12345678)\nTelefon: 20 30 40 50"
    assert ("PHONE", "20 30 40 50") in found(text)


# "Surname, First name" after a payee's or a claimed caller's label.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Overført 900 kr. til 1234-0012345678 (modtager Hansen, Mette).", "Hansen, Mette"),
        ("Han gav sig ud for en 'rådgiver' ved navn Jensen, Anna.\n", "Jensen, Anna"),
    ],
)
def test_an_inverted_payee_or_caller_is_one_name(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


def test_a_list_of_two_names_after_a_payee_word_stays_two() -> None:
    # A comma and a second first name in a sentence: two people, not one inverted name.
    text = "Modtagerne var Mette og Anna, Jens og Søren."
    assert ("PERSON", "Anna, Jens") not in found(text)


# Værn addressed by name, and a redacted record's stand-in.


@pytest.mark.parametrize(
    "text",
    [
        "Emne: Anmodning om indsigt\n\nKære Værn\n\nJeg anmoder hermed om indsigt.",
        "Med venlig hilsen\nBorger B\nKundeservice, Eksempel Bank",
        "Ring til din rådgiver Borger B på +45 ** ** 93 17",
    ],
)
def test_vaern_and_a_stand_in_are_no_name(text: str) -> None:
    assert "PERSON" not in {entity for entity, _ in found(text)}, found(text)


def test_a_real_name_after_the_greeting_is_still_one() -> None:
    assert ("PERSON", "Mette Hansen") in found("Kære Mette Hansen\n\nTak for din henvendelse.")


# A dispute's or case note's party label, and an initial before an unlisted surname.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kortholder: Svend Vindsholt\nAdresse: Eksempelvej 1, 5000 Odense C", "Svend Vindsholt"),
        ("Forurettet: Lis Vindsholt, f. 01.02.1950\n", "Lis Vindsholt"),
        ("til en 'rådgiver' ved navn G. Quistgaard.\n", "G. Quistgaard"),
    ],
)
def test_a_party_label_or_an_initial_after_a_lead_gives_a_name(text: str, name: str) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kortholders forklaring: Jeg har ikke godkendt betalingen.",
        "Navn: A. Person\n",
        "Han bad mig ringe til G. Quistgaard i morgen.",
    ],
)
def test_a_labels_sentence_a_stand_in_or_an_initial_without_lead_is_no_name(text: str) -> None:
    assert "PERSON" not in {entity for entity, _ in found(text)}, found(text)


def test_a_cpr_number_with_its_date_in_pairs_after_its_label() -> None:
    """A case bundle writes "CPR: 29 10 73 2395"; without the label the digits could be a
    phone number and its extension, so only the label makes them a CPR number."""
    assert ("CPR", "29 10 73 2395") in found("Forurettede: Jeppesen, Else (CPR: 29 10 73 2395)")
    assert not any(e == "CPR" for e, _ in found("Kvittering 29 10 73 2395 betalt"))


def test_the_customer_as_a_stand_in_is_no_name() -> None:
    assert not any(
        e == "PERSON" for e, _ in found("Kunde: A. Kunden oplyser at beløbet er trukket")
    )
    assert ("PERSON", "A. Kjærgaard") in found("Kunde: A. Kjærgaard oplyser at beløbet er trukket")
