"""pii89: more of an organisation's own postal addresses that are not personal data (pii78's
convention), in frames of the ninety-first to ninety-fifth generators' sets: an organisation's
quoted reply signed with its address, its short name before the address where the text gives
it with its company form elsewhere, a meeting at the place of those contacted in a firm's case
log, goods picked up at a place, and a letter to an organisation to a person's attention. A
private person's address in a similar frame, a sole trader's home included, still is redacted.
Each rule has a firing case and a near miss. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of

_ADDRESS = "Strandgade 3, 1401 København K"
_HOME = "Lærkevej 4, 4000 Roskilde"


@pytest.mark.parametrize(
    "text",
    [
        # An organisation's reply, signed with its address.
        f"> Svar fra Vestkystbanken: Sagen er oprettet. Kunde B, {_ADDRESS}.",
        f"Svar fra Sparekassen Nord: Tak for din besked. Rådgiver 3, {_ADDRESS}.",
        # A firm's short name, given with its company form elsewhere in the text.
        f"Det er ikke en sms fra os. (Bilpas, {_ADDRESS})\n\nMvh.\nKundeservice, Bilpas A/S",
        # A meeting at the place of those contacted, in a firm's case log.
        f"12.03.26 kl. 09.10  Kunde B ringer til os; møde på {_ADDRESS}",
        f"2026-02-01 10:00  Leverandør Y kontakter os, aftalt møde på {_ADDRESS}",
        # Goods picked up at a place.
        f"2026-03-02 08:15  Varer afhentet af bil AB ** *** på {_ADDRESS}",
        f"Godset blev afhentet på {_ADDRESS} om morgenen.",
        # A letter to an organisation, to a person's attention.
        f"Til: Café Solsikken, att. Kunde B\n{_ADDRESS}\nFra: Revisor 2",
    ],
)
def test_an_organisations_address_in_its_frame_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A reply telling where the customer lives, or a person's reply.
        f"> Svar fra Vestkystbanken: Kunden bor på {_HOME}.",
        f"> Svar fra Vestkystbanken: Kunden oplyser sin private adresse, {_HOME}.",
        f"> Svar fra Bo Vinther: Tak. Bo Vinther, {_HOME}.",
        # A short name the text gives with no company form, or a person's.
        f"Det er ikke fra os. (Bilpas, {_HOME})\n\nMvh.\nKundeservice",
        f"Hilsen (Bo Vinther, {_HOME})\nBo Vinther er ikke Bilpas A/S",
        # A meeting at someone's home, and a meeting without "us".
        f"12.03.26 kl. 09.10  Kunde B ringer; møde på {_HOME}",
        f"Kunde B kontakter os; møde hos kunden på {_HOME}",
        # A private sale picked up, not goods.
        f"Sofaen blev afhentet af køber på {_HOME}.",
        # A person addressed, a sole trader, and a private copy.
        f"Til: Jens Hansen, att. Kunde B\n{_HOME}",
        f"Til: Keramik v/ Bo Vinther, att. Kunde B\n{_HOME}",
        f"Til: Café Solsikken, att. Kunde B\n{_ADDRESS}\nKopi privat til: {_HOME}",
    ],
)
def test_a_private_address_in_a_similar_frame_is_still_redacted(text: str) -> None:
    assert of("ADDRESS", text) == [_HOME]
