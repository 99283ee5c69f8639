"""pii84: more of an organisation's own postal addresses that are not personal data (pii78's
convention): a place the organisation runs named by its kind ("Pakken ligger i depotet på …",
"Returneret til depot …"), a log's header led by such a place ("DEPOTLOG …", whose capitals are
no word of the street), a branch after its organisation's name ("Fjordbanken, afd. …"), a
letterhead whose line ends in its journal number ("Fyns Politi – ANMELDELSE – J.nr. …" ⏎ …) and
the police in the definite form ("Til: Politiet, …"). A private person's address near the same
words, a sole trader's home included, still is redacted. Each rule has a firing case and a near
miss. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of


@pytest.mark.parametrize(
    "text",
    [
        "Oprettet PL-2026-1. Pakken kan afhentes i depotet på Fragtvej 8, 4100 Ringsted mod "
        "legitimation.",
        "Pakken ligger nu i depotet på Rugmarken 5, 5260 Odense S mod legitimation.",
        "Nabo ringede fra [TLF]. Returneret til depot Industriskellet 14, 2635 Ishøj.",
        "Sendt fra terminalen på Transportvej 2, 6000 Kolding.",
        "Kunden kan hente kortet i vores filial på Torvet 3, 7100 Vejle.",
        "Pakken er sendt retur til vores lager: Fragtvej 8, 4100 Ringsted.",
        "Udleveret fra depot Aalborg (Ved Sporet 3, 9000 Aalborg) kl. 14.",
        # A depot's or a police station's name ("Depot", "Politistation" as its kind).
        "Fra: GLS Depot Aalborg, Ved Sporet 3, 9000 Aalborg",
        "Til: Næstved Politistation, Hans Tausens Gade 5, 4700 Næstved",
    ],
)
def test_a_place_the_organisation_runs_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Where the parcel was delivered, where someone lives, a form's address: a person's.
        (
            "Pakken blev leveret til kunden på Rugmarken 5, 5260 Odense S.",
            "Rugmarken 5, 5260 Odense S",
        ),
        ("Leveret til Rugmarken 5, 5260 Odense S kl. 14.", "Rugmarken 5, 5260 Odense S"),
        ("Kunden bor på Fragtvej 8, 4100 Ringsted.", "Fragtvej 8, 4100 Ringsted"),
        (
            "Pakken blev kørt fra lageret til Fragtvej 8, 4100 Ringsted.",
            "Fragtvej 8, 4100 Ringsted",
        ),
        ("Adresse: Fragtvej 8, 4100 Ringsted\nDepot: Aalborg", "Fragtvej 8, 4100 Ringsted"),
        # Where a citizen went to the police: pii_blind12 labels it.
        (
            "Jeg har tidligere henvendt mig på politistationen på Åbrinken 5, 2. th., "
            "6400 Sønderborg, hvor jeg fik journalnummer 1.",
            "Åbrinken 5, 2. th., 6400 Sønderborg",
        ),
        # A depot of securities is no place ("overført fra depotet til …").
        (
            "Aktierne er overført fra depotet til Jens, Lærkevej 4, 8000 Aarhus C.",
            "Lærkevej 4, 8000 Aarhus C",
        ),
    ],
)
def test_a_persons_address_near_a_place_word_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "DEPOTLOG Ved Sporet 3, 9000 Aalborg\n2026-09-10 08:25 udlevering af RR875030402DK",
        "DEPOTLOG Industriskellet 14, 2635 Ishøj\n2026-09-10 08:25 udlevering",
        "Udlevering 2026-09-10\nDepot: Logistikparken 22, 8200 Aarhus N\nMedarb.: 2",
        "Lageradresse: Fragtvej 8, 4100 Ringsted",
    ],
)
def test_a_places_header_before_its_address_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A header in capitals naming no place: the address stays, without the header's word.
        ("KUNDELOG Ved Sporet 3, 9000 Aalborg\nx", "Ved Sporet 3, 9000 Aalborg"),
        ("KUNDELOG Industriskellet 14, 2635 Ishøj\nx", "Industriskellet 14, 2635 Ishøj"),
        ("NOTAT Lærkevej 4, 8000 Aarhus C", "Lærkevej 4, 8000 Aarhus C"),
        # An address in capitals throughout keeps its words.
        ("BOPÆL: NY KONGENSGADE 5, 1472 KØBENHAVN K", "NY KONGENSGADE 5, 1472 KØBENHAVN K"),
        # A home office is someone's home.
        ("Hjemmekontor: Ved Sporet 3, 9000 Aalborg", "Ved Sporet 3, 9000 Aalborg"),
    ],
)
def test_a_header_naming_no_place_leaves_the_address(text: str, address: str) -> None:
    assert of("ADDRESS", text) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Anmeldt: Fyns Politi, J.nr. 7039-1.\n/Rådgiver 3, Nordlys Bank, afd. Søndergade 12, "
        "8000 Aarhus C",
        "/Anne, Fjordbanken, afd. Torvet 3, 7100 Vejle",
        "Hilsen Sydkyst Sparekasse afdeling Algade 9, 4760 Vordingborg",
        "Nordlys, filial Havnegade 4, 1058 København K",
    ],
)
def test_a_branch_after_its_organisation_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kunde: Jens Hansen, afd. Søndergade 12, 8000 Aarhus C", "Søndergade 12, 8000 Aarhus C"),
        # A sole trader's branch is its owner's home.
        (
            "Keramik v/ Frank Nyborg, afd. Søndergade 12, 8000 Aarhus C",
            "Søndergade 12, 8000 Aarhus C",
        ),
        # A ward's number, then the patient's address.
        ("Indlagt på afd. 12, Søndergade 12, 8000 Aarhus C", "Søndergade 12, 8000 Aarhus C"),
    ],
)
def test_a_persons_address_after_a_branch_word_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "Midt- og Vestsjællands Politi – ANMELDELSE – J.nr. 1575-61698-73232-26\n"
        "Nørregade 18, 8800 Viborg\n\nFORURETTEDE: [NAVN]",
        "Til: Politiet, Polititorvet 14, 1567 København V\nEmne: Anmeldelse – tyveri af pakker",
        # The journal number on a line of its own between.
        "Fyns Politi\nJ.nr. 1575-61698-73232-26\nNørregade 18, 8800 Viborg\n",
    ],
)
def test_the_polices_letterhead_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A case number under a person's name, not an organisation's.
        (
            "Kunde: Jens Hansen – J.nr. 1575-61698\nNørregade 18, 8800 Viborg",
            "Nørregade 18, 8800 Viborg",
        ),
        (
            "Kunde: Jens Hansen\nJ.nr. 1575-61698\nNørregade 18, 8800 Viborg",
            "Nørregade 18, 8800 Viborg",
        ),
        # The police told, then the victim's own address.
        (
            "Anmeldt til politiet. Til: Jens Hansen, Polititorvet 14, 1567 København V",
            "Polititorvet 14, 1567 København V",
        ),
    ],
)
def test_a_persons_address_under_a_case_number_is_still_redacted(text: str, address: str) -> None:
    assert address in of("ADDRESS", text)
