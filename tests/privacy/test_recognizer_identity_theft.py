"""Personal data as identity-theft and account-takeover cases write it (issue 18, pii31): an FI
payment slip's code line, a subscription's or loan's number with hyphens, a device ID's hex
groups, a victim's genitive before spouse, case number and papers, a telco's subscriber and
the person post is redirected to; and the near miss beside each. Synthetic values only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    "text",
    [
        # An FI code line: its payment ID passes Luhn, its creditor number looks Danish.
        "Betal inden 10 dage med FI-kort: +71< 4863 6672 3632 194 +8731 0494<",
        "1. 03.02.26 Lynlån: 64.067,95 kr., betaling med FI +71< 6126 2353 4388 979 +8754 9267<",
        "Indbetalingskort +75<000000000001234+82804312<",
        "Giro +01< +8280 1431<",
    ],
)
def test_fi_payment_line_is_no_card_or_phone(text: str) -> None:
    assert of("CARD", text) == []
    assert of("PHONE", text) == []


def test_card_and_phone_beside_an_fi_word_still_found() -> None:
    # Near miss: "FI" and a "<" elsewhere do not hide a card or a number outside the line.
    text = "FI-kort betalt med kort 4111 1111 1111 1111 <ok>; ring +45 20 30 40 50"
    assert of("CARD", text) == ["4111 1111 1111 1111"]
    assert of("PHONE", text) == ["+45 20 30 40 50"]


@pytest.mark.parametrize(
    "text",
    [
        "04.02.26 Strømhuset Energi: abonnement 23-650-260, 871,39 kr. pr. md.",
        "Aftalenr. 40-112-733 er oprettet uden min underskrift.",
        "Lånenummer: 23-782-201",
    ],
)
def test_agreement_number_with_hyphens_is_no_phone(text: str) -> None:
    assert of("PHONE", text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # Near misses: a telco's "abonnement på" a number, and one without hyphens.
        ("Han har abonnement på 20-30-40-50 hos os.", ["20-30-40-50"]),
        ("Abonnement 20304050, ring hvis der er spørgsmål.", ["20304050"]),
    ],
)
def test_number_after_subscription_word_still_found(text: str, numbers: list[str]) -> None:
    assert of("PHONE", text) == numbers


def test_device_id_hex_groups_are_no_phone() -> None:
    text = "IP 198.51.100.186  enheds-ID DD9E-28AE-2B40-1414  sess_950fw39f31"
    assert of("PHONE", text) == []
    text = "enheds-ID 9981-3B35-F89E-3F79 ved bestilling"
    assert of("PHONE", text) == []


def test_two_groups_of_four_are_still_a_number() -> None:
    # Near miss: a number in two groups of four is no device ID.
    assert of("PHONE", "Ring på 2030-4050 i aften.") == ["2030-4050"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kontakt Klaras ægtefælle på 96.70.77.21.", ["Klaras"]),
        ("Ring 7021 5560 med Idas sagsnummer ved hånden.", ["Idas"]),
        ("Dækket under retshjælp. Thygesens dokumentation er i orden.", ["Thygesens"]),
    ],
)
def test_genitive_before_spouse_case_number_and_papers(text: str, names: list[str]) -> None:
    assert of("PERSON", text) == names


def test_no_genitive_of_a_word() -> None:
    # Near miss: a common noun's genitive before the same words names no one.
    assert of("PERSON", "Ring med bankens sagsnummer ved hånden.") == []


def test_subscriber_label() -> None:
    text = "Abonnent: Reyes, Liv (kundenr. 63-381-222)"
    assert of("PERSON", text) == ["Reyes, Liv"]
    # Near miss: the subscriber's word alone names no one.
    assert of("PERSON", "Abonnenten har ikke bestilt et nyt SIM-kort.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Posten er omadresseret til A. Bisgaard på Møllebakken 41B.", ["A. Bisgaard"]),
        ("Posten er omadresseret til E. Petrović på Anemonevej 179.", ["E. Petrović"]),
    ],
)
def test_initial_and_surname_post_is_redirected_to(text: str, names: list[str]) -> None:
    assert of("PERSON", text) == names


def test_initial_after_bare_til_is_no_name() -> None:
    # Near miss: "til" alone before an initial and a word names no one sure.
    assert of("PERSON", "Vi skal ringe til G. Quistgaard på mandag.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Initials that repeat the name before them, in brackets or after "/".
        (
            "Sagsbehandler: Kenneth Aksel Tran (KAT), tlf. 7021 5560",
            ["Kenneth Aksel Tran", "KAT"],
        ),
        ("Kontakt: 80 88 40 12.\nHolger Nielsen / HN", ["Holger Nielsen", "HN"]),
        # The unit's line under the signed name.
        ("Venlig hilsen\nHenrik Bo Brandt\nBorgerservice, Esbjerg Kommune (HBB)", None),
        # Who made a record at a time, and a signature's line of its own.
        ("Oprettet: 2026-02-08 kl. 09.38 af EVQ\nEmne: SIM-skift", ["EVQ"]),
        ("Kundeservice: 80 20 31 77\n/LSM", ["LSM"]),
    ],
)
def test_staff_initials(text: str, names: list[str] | None) -> None:
    found = of("PERSON", text)
    if names is None:
        assert found[-1] == "HBB"
    else:
        assert found == names


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: an abbreviation in brackets after a name that it does not repeat,
        # "/" glued to a word, a placeholder's initials, "af" without a time before it.
        "Skrevet af Holger Nielsen (SMS), tlf. 7021 5560",
        "Dækket under retshjælp/ID-tyveri.",
        "Politiet har journalnr. 6400-86934-00326-26.\n\n/NN",
        "Opgaven blev løst af IT\nEmne: SIM-skift",
    ],
)
def test_no_staff_initials(text: str) -> None:
    assert [n for n in of("PERSON", text) if n.isupper()] == []


def test_sentence_word_before_genitive_is_no_name() -> None:
    # "Grys" is a listed surname too: "Kontakt" before it is a sentence word, no given name.
    assert of("PERSON", "Bil: KX 77 663\n\nKontakt Grys ægtefælle på 22812545") == ["Grys"]
