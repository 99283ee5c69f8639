"""pii82: more of an organisation's own postal addresses that are not personal data (pii78's
convention): where a citizen is asked to come with "evt." or a building's or an entrance's name
between ("Mød evt. op i Information på …", "mød op på Regionsgården, …"), after an office's or
an institution's address label ("Kontor: Fjordtryg, …", "Politiets adresse til sagen: …"), after
a record's CVR and 70/80 numbers ("CVR-nr. …; hotline 70 …; …"), and a signature's firm over
its own address and numbers is no person. A private person's address beside an organisation's
name or numbers, a sole trader's home included, still is redacted. Each rule has a firing case
and a near miss. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    "text",
    [
        "Ringede fra 80 30 12 12. Mød evt. op i Information på Sundhedsparken 11, 8200 Aarhus N.",
        "Spørgsmål: ring 1813 eller mød op på Regionsgården, Skottenborg 26, 8800 Viborg.",
        "Mød evt. op i Information på Indgang C, Sundhedsparken 11.",
        "Aftalt at kunden møder op i afdelingen på Politigården, Ridderstræde 1, 5000 Odense C.",
    ],
)
def test_where_a_citizen_is_asked_to_come_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A person's name, no building's, between: "hos" a person is their home.
        (
            "Mød evt. op hos Jens Hansen, Skottenborg 26, 8800 Viborg.",
            "Skottenborg 26, 8800 Viborg",
        ),
        (
            "Du kan møde op på Jensens, Skottenborg 26, 8800 Viborg.",
            "Skottenborg 26, 8800 Viborg",
        ),
    ],
)
def test_a_persons_address_where_one_comes_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "Police POL-449-2725, 2026-10-13\nKontor: Fjordtryg, Værkstedsvej 21, 7400 Herning.\n",
        "Kontor: Nordlys Forsikring, Politigården, Ridderstræde 1, 5000 Odense C.\n",
        "Tilhører [NAVN].\nPolitiets adresse til sagen: Politigården, Ridderstræde 1, "
        "5000 Odense C.\n",
    ],
)
def test_an_address_after_an_offices_label_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kontor: Jens Hansen, Værkstedsvej 21, 7400 Herning.\n", "Værkstedsvej 21, 7400 Herning"),
        # A sole trader's office is its owner's home.
        (
            "Kontor: Keramik v/ Frank Nyborg, Værkstedsvej 21, 7400 Herning.\n",
            "Værkstedsvej 21, 7400 Herning",
        ),
        # The customer's address, not an institution's, in the genitive.
        (
            "Kundens adresse til sagen: Politigården, Ridderstræde 1, 5000 Odense C.\n",
            "Ridderstræde 1, 5000 Odense C",
        ),
    ],
)
def test_a_persons_address_after_an_office_label_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


def test_an_address_after_a_records_company_numbers_is_not_redacted() -> None:
    text = (
        "Brud: 29.837 registrerede; CVR-nr. 22725478; hotline 70 11 48 33; "
        "Fabriksparken 7, 2600 Glostrup; j.nr. 2026-31-7671; art. 82"
    )
    assert of("ADDRESS", text) == []


def test_a_sole_traders_home_after_its_company_numbers_is_still_redacted() -> None:
    text = (
        "Jens Hansen VVS; CVR-nr. 22725478; hotline 70 11 48 33; "
        "Fabriksparken 7, 2600 Glostrup; j.nr. 2026-31-7671"
    )
    assert of("ADDRESS", text) == ["Fabriksparken 7, 2600 Glostrup"]


def test_a_signatures_firm_over_its_address_is_no_person() -> None:
    text = (
        "Kunden kan nås på [TLF].\n\nMvh\nBilglas Syd\nKalvebod Plads 12, 1560 København V\n"
        "Tlf. 70 82 14 28\n"
    )
    assert of("PERSON", text) == []
    assert of("ADDRESS", text) == []


def test_a_signers_name_over_the_firms_address_is_still_a_person() -> None:
    text = "Mvh\nJens Hansen\nKalvebod Plads 12, 1560 København V\nTlf. 70 82 14 28\n"
    assert of("PERSON", text) == ["Jens Hansen"]
