"""pii87: more of an organisation's own postal addresses that are not personal data (pii78's
convention), in frames found across several of the eighty-ninth to ninety-sixth generators'
sets: an invitation to come in ("… eller kom ind på …"), the organisation's place in the first
person plural ("Vores kontor ligger på …"), a department after its organisation's name
("ParkNord A/S, Klageafdelingen, …"), a bank's name before the address in brackets, a name of a
kind the earlier rules did not know ("Mæglerhuset Ådalen, …", "Skifteretten i Roskilde, …") and
a contact label ("Kundeservice: …"). A private person's address near the same words, a sole
trader's home included, still is redacted. Each rule has a firing case and a near miss.
Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of

_ADDRESS = "Strandgade 3, 1401 København K"
_HOME = "Lærkevej 4, 4000 Roskilde"


@pytest.mark.parametrize(
    "text",
    [
        # An invitation to come to the organisation.
        f"Ring 70 20 14 14 eller kom ind på {_ADDRESS}.",
        f"Du kan også komme ind på {_ADDRESS}, hvis du vil.",
        f"Personligt fremmøde: {_ADDRESS}",
        f"Beslutning: afventer – kunden møder op på {_ADDRESS}.",
        # The organisation's own place in the first person plural.
        f"Vores kontor ligger på {_ADDRESS}.",
        f"Vores afdeling på {_ADDRESS} har åbent.",
        f"Hun ville hente kontanter i vores partnerbutik på {_ADDRESS}.",
        f"Teamet sidder på {_ADDRESS}.",
        f"[13:51] René: kom forbi kontoret på {_ADDRESS}",
        # Contact labels and where complaints go.
        f"Kundeservice: {_ADDRESS}",
        f"Henvendelser ved skranken: {_ADDRESS}",
        f"Virksomhedens adresse: {_ADDRESS}",
        f"Status: Fysiske klager sendes fortsat til {_ADDRESS}.",
        f"Kunden kan hente kopi af afgiften på {_ADDRESS}.",
        f"Anmeldt til politiet. Brev sendt fra {_ADDRESS}.",
    ],
)
def test_an_organisations_frame_before_its_address_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Its department after its name.
        f"Sendes til: ParkNord A/S, Klageafdelingen, {_ADDRESS}",
        f"Kom ind på Viborg Domsogn, Kirkekontoret, {_ADDRESS}.",
        f"Svar venligst til Esbjerg Kommune, Folkeregistret, {_ADDRESS}.",
        f"Lukket af Medarbejder 1.\nKom ind på Sorø Sogns Kirkekontor, {_ADDRESS}.",
        f"Anmeldelse til NC3, Rigspolitiet, {_ADDRESS}",
        # A bank's or a firm's name before the address in brackets.
        f"Jeg har kontaktet Fjordbanken ({_ADDRESS}) i dag.",
        f"UGELISTE uge 35 – ParkNord A/S svindelteam ({_ADDRESS})",
        # A name of a kind: an estate agent's, a court, an authority, a car park, a desk.
        f"Mødested: Mæglerhuset Ådalen, {_ADDRESS}",
        f"Købsaftale underskrevet hos Boligmægleren Fjordhus, {_ADDRESS}.",
        f"Afdøde boede [ADRESSE]. Skifteretten i Roskilde, {_ADDRESS}.",
        f"Til: Spillemyndigheden, {_ADDRESS}",
        f"Kameraet i P-hus Banegården, {_ADDRESS}, så bilen.",
        f"> Fra: Revolut Fraud Desk, {_ADDRESS}",
        # Words joined by "&", a CVR number between, the name alone on the line above.
        f"Returneres til: Kystlinjen Liv & Pension, {_ADDRESS}",
        f"Grossisten Mel & Gryn A/S, {_ADDRESS}",
        f"Kreditor: Kronespil A/S (CVR-nr. 31874420), {_ADDRESS}",
        f"Venlig hilsen\nMæglerhuset Ådalen\n{_ADDRESS}",
    ],
)
def test_an_organisations_name_before_its_address_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    "text",
    [
        f"Han bor på {_HOME}.",
        f"Adresse: {_HOME}",
        f"Kunde: Jens Hansen, {_HOME}",
        f"Keramik v/ Jens Hansen, {_HOME}",
        f"Pakken blev leveret til {_HOME}.",
        f"Vi sælger vores hus på {_HOME}.",
        f"Vores hjemmekontor ligger på {_HOME}.",
        f"Kunde i Sydfjord Bank, bopæl: {_HOME}",
        f"Hun er flyttet til {_HOME}.",
        f"Kopi privat til: {_HOME}",
        f"Vi mødes på {_HOME}.",
        f"Du kan komme forbi på {_HOME} i aften.",
        # A department naming a person, a partnership (I/S), an owner's genitive.
        f"Kunde: Jens Hansen, Kundeafdelingen, {_HOME}",
        f"Forurettet: Blomsterhuset Anemone I/S, {_HOME}",
        f"Udlejer: Bent Hansens Mæglerhus, {_HOME}",
        f"Jeg har kontaktet Jens Hansen ({_HOME}) i dag.",
        f"Venlig hilsen\nJens Hansen\n{_HOME}",
    ],
)
def test_a_persons_address_near_these_frames_is_still_redacted(text: str) -> None:
    assert _HOME in of("ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        f"Med venlig hilsen\nRevisionskontoret Bøgebakken\n{_ADDRESS}",
        f"FYNBO REGNSKABSSERVICE\n{_ADDRESS}",
        f"LYKKE & RAVN REVISION\n{_ADDRESS}",
    ],
)
def test_an_accountants_letterhead_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


def test_an_accountants_line_under_its_signers_name_is_still_redacted() -> None:
    text = f"Venlig hilsen\nA. Kvist\nRavnsbjerg Revision\n{_HOME}\nDirekte: 5351 2587"
    assert _HOME in of("ADDRESS", text)
