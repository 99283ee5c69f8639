"""pii80: more of an organisation's own postal addresses that are not personal data (pii78's
convention): beside its unit ("Svindelteamet", "Kortindsigelser", "Borgerservice"), beside its
CVR or 70/80 number, after a case handler's employer or in a signature's firm line, a webshop
known by its domain, a union, a national body ending in "Danmark", and places an organisation
runs ("Vores kamera ved …", "til pakkeshop: …", "møde op på …"). A greeting before a
pseudonymised party's label is no street. A private person's address beside an organisation's
name, a sole trader's home included, still is redacted. Each rule has a firing case and a near
miss. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    "text",
    [
        # A unit beside the organisation's name, on the address's line or the line above.
        "Fra: Hjemmebixen, Svindelteamet, Vestergade 8, 8000 Aarhus C\nEmne: Sag",
        "Fjordbank · Kortindsigelser · Havnegade 19, 5000 Odense C · tlf. 12 34 56 78",
        "Henvist til politiet og til Aalborg Kommune, Borgerservice på Boulevarden 13, "
        "9000 Aalborg ved spørgsmål.",
        "Med venlig hilsen\nWilly Ottesen\nSvindelteamet, Kortcentralen Danmark\n"
        "Borgergade 21, 9000 Aalborg\n",
    ],
)
def test_an_address_beside_an_organisations_unit_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A listed name after the unit: the customer's address.
        (
            "Svindelteamet, Jens Hansen, Vestergade 8, 8000 Aarhus C",
            "Vestergade 8, 8000 Aarhus C",
        ),
        # A unit alone on the line above, after "Att.:": a letter's addressee, the address
        # below it the writer's (pii_blind12).
        (
            "Fjordbanken\nAtt.: Kundeservice\nLærkevej 4\n4700 Næstved\n",
            "Lærkevej 4\n4700 Næstved",
        ),
    ],
)
def test_a_persons_address_beside_a_unit_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "Circle K · Lautrupbjerg 14, 2750 Ballerup · CVR-nr. 13893032\nRe: Chargeback",
        "Anmelder: Fagfælles, CVR-nr. 47991257, Nørre Boulevard 41, 7100 Vejle\n",
        "Nordvik\nHavnegade 4, 1058 København K\nTlf. 70 20 30 80 · CVR-nr. 24123456\n",
    ],
)
def test_an_address_beside_its_company_number_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A sole trader's: run by its owner ("v/"), or named after its owner.
        (
            "Keramik v/ Frank Nyborg · Tagensvej 12A, 6200 Aabenraa · CVR-nr. 12345678",
            "Tagensvej 12A, 6200 Aabenraa",
        ),
        (
            "Jens Hansen VVS · Lærkevej 4, 8000 Aarhus C · CVR-nr. 12345678",
            "Lærkevej 4, 8000 Aarhus C",
        ),
        # A label's value: the person's 70 number.
        ("Adresse: Vesterbro 37, 6630 Rødding\nTlf.: 70 08 67 14\n", "Vesterbro 37, 6630 Rødding"),
        # A record's person; the CVR number on the next line is the record's firm's.
        (
            "Forbruger: Svend (født 03/04-1961), Engtoften 12C, 6100 Haderslev\nCVR-nr. 12345678",
            "Engtoften 12C, 6100 Haderslev",
        ),
    ],
)
def test_a_persons_address_beside_a_company_number_is_still_redacted(
    text: str, address: str
) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "Vores kamera ved Algade 31, 4000 Roskilde viser afhentning i bil.",
        "Leveringsadresse ændret til pakkeshop: Havnegade 4, 1058 København K\n",
        "Du kan også møde op på Torvet 7, 8600 Silkeborg.",
        "Du er velkommen til at møde op i Borgerservice på Rådhusstræde 3, 6700 Esbjerg.",
        "Call us or visit us at Boulevarden 13, 9000 Aalborg.",
        "Click & collect, drive-in ved rampen på Lagervej 14, 6000 Kolding.",
    ],
)
def test_a_place_an_organisation_runs_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kunden bor ved Algade 31, 4000 Roskilde.", "Algade 31, 4000 Roskilde"),
        ("Pakken blev leveret på Havnegade 4, 1058 København K.", "Havnegade 4, 1058 København K"),
    ],
)
def test_a_persons_address_after_a_place_word_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "Modtaget via webformular. Behandles af Elin Patel, Nordlys Shop, Vestergade 8, "
        "8000 Aarhus C.",
        "Behandles af Pia Kristiansen, Hjemmebixen, Kongensgade 52, 5000 Odense C.",
        "Vh Frits Schou\nHjemmebixen · Borgergade 21, 9000 Aalborg\n",
        "Med venlig hilsen\nFrits Schou\nHjemmebixen · Borgergade 21, 9000 Aalborg\n",
        "Vh Gorm Hedegaard\nGaveboden.dk · Havnegade 4, 1058 København K",
        "Fagforbundet Norden\nJernbanegade 22, 5000 Odense C\n",
        "Tilbagekald anmodet hos Udbetaling Danmark, Kalvebod Brygge 39, 1560 København V.",
    ],
)
def test_an_employers_or_a_named_organisations_address_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A person's name where the employer would stand.
        (
            "Behandles af Mona Kaya, Jens Hansen, Havnegade 4, 1058 København K.",
            "Havnegade 4, 1058 København K",
        ),
        # The signer's own name before the separator.
        ("Vh Frits\nFrits Schou · Borgergade 21, 9000 Aalborg\n", "Borgergade 21, 9000 Aalborg"),
        # No closing above: a form's line, not a signature's.
        ("Kunde\nHjemmebixen · Borgergade 21, 9000 Aalborg\n", "Borgergade 21, 9000 Aalborg"),
        # A shop's name after a person's name and a comma (no case handler).
        (
            "Kunde: Jens Hansen, Nordlys Shop, Lærkevej 4, 4700 Næstved",
            "Lærkevej 4, 4700 Næstved",
        ),
        # "Danmark" alone is the country.
        ("Hun er flyttet til Danmark, Vestergade 8, 8000 Aarhus C.", "Vestergade 8, 8000 Aarhus C"),
    ],
)
def test_a_persons_address_beside_a_name_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


def test_a_greeting_before_a_partys_label_is_no_street() -> None:
    assert of("ADDRESS", "Modtager 1\n[ADRESSE]\n\nKære Modtager 1\n\nVi skriver til dig") == []
    assert of("ADDRESS", "[17:44] Medarbejder 2: Hej Modtager 1, jeg hedder Medarbejder 2") == []


def test_a_greeting_before_a_street_keeps_the_street() -> None:
    assert of("ADDRESS", "Hej Kirkeager 3, 4000 Roskilde er solgt.") == [
        "Kirkeager 3, 4000 Roskilde"
    ]
