"""pii78: an organisation's own postal address (a bank branch's, a shop's, a police
station's, an operator's head office, with or without a company form) is not personal data
(GDPR art. 4(1) covers natural persons) and is not redacted: in a letterhead or a signature's
block under its name, after its name and a separator on one line, and where it receives its
customers ("afhentes i afdelingen, …", "i butikken på …", "Vores adresse er …"). A private
person's address beside an organisation's name, a sole trader's home included, still is.
Each rule has a firing case and a near miss. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of
from vaern.privacy.recognizers import ORGANISATION_ADDRESS
from vaern.privacy.redact import RedactionPolicy, analyze, redact


@pytest.mark.parametrize(
    "text",
    [
        # A letterhead: the organisation's name on the line above, the address as a block.
        "Sydfjord Bank\nTorvet 3\n4700 Næstved\nTlf. 70 15 22 40",
        "Nordjyllands Politi – anmeldelse af bedrageri\nVesterbro 80B, 9000 Aalborg\n",
        # A signature's block: a unit and the organisation, or a unit's line between.
        "Med venlig hilsen\nEgon Thomsen\nSvindelforebyggelse, Sparekassen Vestkyst\n"
        "Storegade 40, 6800 Varde\n",
        "Kystnet Mobil A/S\nKundeservice\nHavnegade 4\n8000 Aarhus C\n",
    ],
)
def test_an_address_below_an_organisations_name_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A customer's block right under the bank's name: the line above is a person's.
        ("Sydfjord Bank\nJens Hansen\nLærkevej 4\n4700 Næstved\n", "Lærkevej 4\n4700 Næstved"),
        # A sole trader named in the genitive: often run from home.
        ("Bent Hansens VVS ApS\nSkovbrynet 53\n8600 Silkeborg\n", "Skovbrynet 53\n8600 Silkeborg"),
        # A label's line, not a name's: the bank's customer lives there.
        ("Kunde i Sydfjord Bank, bopæl:\nLærkevej 4, 4700 Næstved\n", "Lærkevej 4, 4700 Næstved"),
    ],
)
def test_a_persons_address_below_an_organisations_line_is_still_redacted(
    text: str, address: str
) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "Limfjordens Sparekasse, Østerå 21, 9000 Aalborg · tlf. 70 33 48 12",
        "Kapitalkompasset ApS · Åboulevarden 22, 8000 Aarhus C · CVR-nr. 39154287",
        "Butik: Kystnet Butik Esbjerg, Kongensgade 55, 6700 Esbjerg",
        "Vi kan se, at SIM blev skiftet i Kystnet Butik Vejle, Søndergade 21, 7100 Vejle.",
        "Låsene er skiftet af Låsesmeden Centrum ApS, Havnegade 31, 6700 Esbjerg.",
        "Kunden blev kontaktet af Reclaim Crypto Group (Havnepromenaden 7, 9000 Aalborg).",
    ],
)
def test_an_address_after_an_organisations_name_on_its_line_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A person's name and a comma before the bank's name: the address may be theirs.
        (
            "Kunde: Jens Hansen, Sydfjord Bank, Lærkevej 4, 4700 Næstved",
            "Lærkevej 4, 4700 Næstved",
        ),
        # A person's name after "af" and "i", with no organisation's word.
        (
            "Brevet er sendt af Jens Hansen, Lærkevej 4, 4700 Næstved.",
            "Lærkevej 4, 4700 Næstved",
        ),
        ("Hun bor i Hillerød, Lærkevej 4, 3400 Hillerød.", "Lærkevej 4, 3400 Hillerød"),
        # A care home is where its residents live.
        (
            "Beboeren bor på Plejecentret Solhøj, Solhøjvej 3, 4000 Roskilde.",
            "Solhøjvej 3, 4000 Roskilde",
        ),
    ],
)
def test_a_persons_address_after_a_name_on_its_line_is_still_redacted(
    text: str, address: str
) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "Nyt kort sendes til kunden; kan også afhentes i afdelingen, Torvet 3, 4700 Næstved.",
        "Aftalt: kunden kommer med sin mor i filialen (Østerå 21, 9000 Aalborg) i morgen.",
        "Du kan hente et nyt SIM i butikken på Nørrebrogade 88, 2200 København N.",
        "Mød op i vores afdeling på Jernbanegade 7, 7500 Holstebro.",
        "Ved akut fare ring 112. Vores adresse er Vagtvej 9, 8800 Viborg.",
        "Ny SIM kan afhentes i Kiosk Hjørnet, Torvet 2, 4300 Holbæk med legitimation.",
    ],
)
def test_where_an_organisation_receives_its_customers_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # The customer's own address in a bank's letter.
        (
            "Kunden bor på Solsortevej 6, 7500 Holstebro og kan afhente kortet i afdelingen.",
            "Solsortevej 6, 7500 Holstebro",
        ),
        # A pick-up at a person's home ("hos" names a person too).
        (
            "Sofaen kan afhentes hos Jens Hansen, Lærkevej 4, 8000 Aarhus C.",
            "Lærkevej 4, 8000 Aarhus C",
        ),
        # Where a new card is sent is the customer's home.
        (
            "Nyt kort sendes til Toftevej 11, 4300 Holbæk; kan også afhentes i afdelingen.",
            "Toftevej 11, 4300 Holbæk",
        ),
    ],
)
def test_a_persons_address_near_an_organisations_place_is_still_redacted(
    text: str, address: str
) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        # A quoted reply's signature.
        "> Med venlig hilsen\n> Andelskassen Vest A/S · Torvegade 19, 6700 Esbjerg · CVR 45811425",
        # An authority's and a law firm's letterhead.
        "Datatilsynet\nCarl Jacobsens Vej 35, 2500 Valby\n\nFjordbanken\nAtt.: DPO",
        "Koster & Brandt Advokatfirma\nFabriksparken 7, 2600 Glostrup\nCVR-nr. 26386449",
        # A bank's branch by its number.
        "Øresund Andelskasse, filialnr. 091, Hovedgaden 44, 2630 Taastrup\nMØDENOTAT",
        # A school's and a club's name above the address.
        "Hedeland Efterskole\nSkolevej 12, 6000 Kolding\nHovednr. 70 11 22 33",
        # A business's address by its label.
        "Forurettet: Lindahl Byg A/S, CVR 12345678\nForretningsadresse: Industrivej 4, 8000 "
        "Aarhus C",
    ],
)
def test_more_organisations_own_addresses_are_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A partnership's (I/S) business address: its partners are natural persons.
        (
            "Forurettet: Krag Rådgivning I/S, CVR 31376392\nForretningsadresse: Teglgårdsparken "
            "34A, 8600 Silkeborg",
            "Teglgårdsparken 34A, 8600 Silkeborg",
        ),
        # A customer quoted in a reply: the line above names a person.
        ("> Jens Hansen\n> Lærkevej 4, 8000 Aarhus C", "Lærkevej 4, 8000 Aarhus C"),
        # A street named after a school is no school's name.
        ("Kunden bor på Skolevej 12, 6000 Kolding.", "Skolevej 12, 6000 Kolding"),
    ],
)
def test_a_persons_or_partnerships_address_stays_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


def test_a_street_named_like_a_given_name_in_an_organisations_address_is_no_name() -> None:
    # The organisation's address is found as one and left out: "Solvej" is no one's name here.
    assert of("PERSON", "Herning Kommune\nSolvej 46, 1. tv.\n8800 Viborg\nTlf. 70 11 22 33") == []
    # A person of that name beside it still is.
    assert of("PERSON", "Herning Kommune\nSolvej Hansen\nLærkevej 4\n8800 Viborg") == [
        "Solvej Hansen"
    ]


def test_an_organisations_address_stays_whole_under_a_policy_of_some_entities() -> None:
    """A policy that redacts names only (the warnings' advice) still lets the organisation's
    address win its span: its street is no name, and the address is not reported."""
    text = "Herning Kommune\nSolvej 46, 1. tv.\n8800 Viborg\nTlf. 70 11 22 33"
    names_only = RedactionPolicy(entities=frozenset({"PERSON"}))
    assert redact(text, names_only).text == text
    assert all(f.entity != ORGANISATION_ADDRESS for f in analyze(text))
