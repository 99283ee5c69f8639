"""pii91: more of an organisation's own postal addresses that are not personal data (pii78's
convention), in frames of the ninety-seventh to hundredth generators' sets (an animal shelter,
a ticket platform, a daycare and school portal, a fitness chain and its payment service): a
report made in person, an animal handed in, a venue's entrance, a visiting address, "our
office", opening hours or a service number after the address, a building between its
organisation's name and its address, a nursery's, a shelter's or a service firm's name and a
case handler's signature above it. A private person's address in a frame of the same shape, a
sole trader's home included, still is redacted. Each rule has a firing case and a near miss.
Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of

_ADDRESS = "Strandgade 3, 1401 København K"
_HOME = "Lærkevej 4, 4000 Roskilde"


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # Where a report was made in person, where an animal was handed in.
        (
            f"Sagen er anmeldt ved personligt fremmøde på {_ADDRESS} i går.",
            f"Sagen er anmeldt, og anmelderen bor på {_HOME}.",
        ),
        (
            f"Katten blev indleveret på {_ADDRESS} og bliver der.",
            f"Katten blev leveret til {_HOME} og bliver der.",
        ),
        # A venue's entrance, a named place one is asked to come to or collect papers in.
        (
            f"Koncerten er udsolgt. Indgang via {_ADDRESS} (port 2).",
            f"Han kom ind via {_HOME} (port 2).",
        ),
        (
            f"Henvend dig i Sportshallen på {_ADDRESS} med billed-ID.",
            f"Henvend dig hos Gitte Holm på {_HOME} med billed-ID.",
        ),
        (
            f"Kontrakten kan afhentes i Kat & Kurv, {_ADDRESS}.",
            f"Kontrakten kan afhentes hos Gitte Holm, {_HOME}.",
        ),
        (
            "Kontrakten kan afhentes i Vuggestuen Bakketop på Strandgade 3.",
            "Kontrakten kan afhentes i morgen på Lærkevej 4.",
        ),
        # A visiting address's label, the organisation's office in the first person plural.
        (f"Besøgsadresse: {_ADDRESS} (parkering bagved)", f"Kopi privat til: {_HOME}"),
        (
            f"Ring på 70 12 34 56. Vores kontor: {_ADDRESS}.",
            f"Ring på 70 12 34 56. Vores hus: {_HOME}.",
        ),
        # A facility in the definite form with its address in brackets.
        (
            f"Medlemmet er meldt ud. Centeret ({_ADDRESS}) har åbent hele døgnet.",
            f"Medlemmet er meldt ud. Huset ({_HOME}) er solgt.",
        ),
    ],
)
def test_an_organisations_frame_around_its_address(text: str, near_miss: str) -> None:
    assert of("ADDRESS", text) == []
    assert of("ADDRESS", near_miss) != []


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # Opening hours after the address, where the words before it name no one.
        (
            f"Henvist til internatet:\nÅbningstider {_ADDRESS}: man-tors 8-18, fre 8-15.",
            f"Gitte Holm, {_HOME}: man-fre 9-17",
        ),
        (
            f"Åbningstider for kundeservice, {_ADDRESS}: hverdage kl. 09.00-17.00.",
            f"Frisør v/ Gitte Holm, {_HOME}: man-fre 9-17",
        ),
        # A letterhead's line with the organisation's 70/80 or CVR number after the address.
        (
            f"Billetten · {_ADDRESS} · 70 12 34 56",
            f"Gitte Holm · {_HOME} · 70 12 34 56",
        ),
        (
            f"Modtaget kl. 10.33. Sportshallen · {_ADDRESS} · CVR-nr. 12345678",
            f"Modtaget kl. 10.33. Gitte Holm · {_HOME} · CVR-nr. 12345678",
        ),
        # An institution's number after the address.
        (
            f"INDSKRIVNING 2026/2027 – Bakkeskolen\n{_ADDRESS} · institutionsnr. 123456",
            f"Barnets forælder: Gitte Holm\n{_HOME} · tlf. 12 34 56 78",
        ),
    ],
)
def test_what_follows_an_organisations_address(text: str, near_miss: str) -> None:
    assert of("ADDRESS", text) == []
    assert of("ADDRESS", near_miss) != []


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # A building between the organisation's name and its address.
        (
            f"Anmeldelse – j.nr. 0100-1234\nPolitiet, Politigården, {_ADDRESS}.",
            f"Anmelder: Gitte Holm, Solgården, {_HOME}.",
        ),
        # An organisation's name of a kind after a department's words and a comma.
        (
            f"Log – portal\nDigitalisering og IT, Holmby Kommune, {_ADDRESS}",
            f"Kunde: Gitte Holm, Holmby Kommune, {_HOME}",
        ),
        # A nursery's, a service firm's name.
        (f"Vuggestuen Bakketop, {_ADDRESS}", f"Forælder: Gitte Holm, {_HOME}"),
        (
            f"Post sendes til Nordopkræv Betalingsservice, {_ADDRESS}.",
            f"Post sendes til Gitte Holm, {_HOME}.",
        ),
        (
            "Svar.\nDyreværnet Fyn\nStrandgade 3\n1401 København K",
            "Svar.\nGitte Holm\nLærkevej 4\n4000 Roskilde",
        ),
        # Its unit in lower case after its name, a case handler's signature above it.
        (
            "Svar.\nDyreværnet Fyn, internatet\nStrandgade 3\n1401 København K",
            "Svar.\nGitte Holm, privat\nLærkevej 4\n4000 Roskilde",
        ),
        (
            "Venlig hilsen\nPia Holm, sagsbehandler\nDyreværnet Fyn\nStrandgade 3\n5000 Odense C",
            "Venlig hilsen\nPia Holm, sagsbehandler\nGitte Holm\nLærkevej 4\n4000 Roskilde",
        ),
    ],
)
def test_an_organisations_name_above_or_before_its_address(text: str, near_miss: str) -> None:
    assert of("ADDRESS", text) == []
    assert of("ADDRESS", near_miss) != []


def test_a_patients_address_after_the_doctors_initial_and_practice_is_still_redacted() -> None:
    text = f"Egen læge: H. Holm, Lægerne i Byen, {_HOME}"
    assert of("ADDRESS", text) == [_HOME]


def test_a_shelters_name_under_its_signers_name_alone_is_still_redacted() -> None:
    text = "Venlig hilsen\nPia Holm\nDyreværnet Fyn\nLærkevej 4\n4000 Roskilde"
    assert of("ADDRESS", text) == ["Lærkevej 4\n4000 Roskilde"]
