"""The seventh session: an address right after a firm's or an institution's own name (a
company form, a pharmacy, a surgery, a clinic, a hospital, a municipality) is its postal
address, no one's home, and is not redacted; a person's address beside it still is.
Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    "text",
    [
        "Med venlig hilsen\nMathilde Nygaard\nBrugtbasen ApS, Lagerkaj 14, 2150 Nordhavn",
        "Returadresse: Mynte Apotek Valby, Lyshøjgårdsvej 41, 2500 Valby.",
        "Lægehuset ved Søen, Søndergade 77, 8600 Silkeborg\nAtt.: lægen",
        "Returadresse: BasenPay A/S, Fondsbørsvej 3, 8000 Aarhus C.",
    ],
)
def test_a_firms_own_address_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kunden Jens Hansen, Lærkevej 4, 8000 Aarhus C", "Lærkevej 4, 8000 Aarhus C"),
        (
            "Brugtbasen ApS har talt med kunden, der bor på Lærkevej 4, 8000 Aarhus C.",
            "Lærkevej 4, 8000 Aarhus C",
        ),
    ],
)
def test_a_persons_address_beside_a_firm_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)
