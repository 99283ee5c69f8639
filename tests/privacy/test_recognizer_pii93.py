"""pii93: more of an organisation's own postal addresses that are not personal data (pii78's
convention), in frames of the hundred-and-first to hundred-and-fourth generators' sets (a
car-sharing desk, door-to-door sales complaints, a student administration, ferry bookings): a
place named by its kind before its address (a hub, a depot, a ticket office, a desk, a
student administration), where an office lies, a firm's stated address, a showroom's header,
opening days listed after the address, a service number after "telefon", a dash after a
university's name, an organisation's name on a quoted line above; and a ferry's passenger
label, which is no street. A private person's address in a frame of the same shape, a sole
trader's home included, still is redacted. Each rule has a firing case and a near miss.
Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of

_ADDRESS = "Strandgade 3, 1401 København K"
_HOME = "Lærkevej 4, 4000 Roskilde"


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # A place named by its kind in the definite form, maybe with its town.
        (
            f"Mød op på hubben i Vejle, {_ADDRESS}, med kørekort.",
            f"Mød op hos Gitte Holm i Vejle, {_HOME}, med kørekort.",
        ),
        (
            f"Åbent i depotet i Køge ({_ADDRESS}) alle dage.",
            f"Åbent i huset i Køge ({_HOME}) alle dage.",
        ),
        (
            f"[10:12] Billetkontoret på {_ADDRESS} stopper udleveringen.",
            f"[10:12] Kunden på {_HOME} stopper udleveringen.",
        ),
        (
            f"Breve sendes til Eksamensadministrationen, {_ADDRESS}.",
            f"Breve sendes til Gitte Holm, {_HOME}.",
        ),
        (f"Notat – billetkontoret {_ADDRESS}\nDato 1.2.", f"Notat – Gitte Holm {_HOME}\nDato 1.2."),
        # A person's own office or store stays personal.
        (
            f"Bilen står ved kundecentret, {_ADDRESS}.",
            f"Han arbejder fra sit hjemmekontoret, {_HOME}.",
        ),
        (
            f"Nøglen ligger på lageret, {_ADDRESS}.",
            f"Nøglen ligger på hans lageret, {_HOME}.",
        ),
        # Where an office lies, a firm's stated address, a showroom, an invitation, forms.
        (
            f"Forhandlerens kontor ligger på {_ADDRESS}; ring først.",
            f"Hendes kontor ligger på {_HOME}; ring først.",
        ),
        (
            f"Firmaets adresse er oplyst som {_ADDRESS}.",
            f"Kundens adresse er oplyst som {_HOME}.",
        ),
        (
            f"Solpanel Nord ApS har ifølge CVR adresse på {_ADDRESS}.",
            f"Gitte Holm har adresse på {_HOME}.",
        ),
        (
            f"Ring gerne, og kom forbi os på {_ADDRESS}.",
            f"Ring gerne, og kom forbi mig på {_HOME}.",
        ),
        (
            f"Forms are handed in at {_ADDRESS}, first floor.",
            f"Forms are sent to {_HOME}, first floor.",
        ),
        (f"Tlf. 70 12 34 56.\nShowroom: {_ADDRESS} (åbent)", f"Tlf. 70 12 34 56.\nPrivat: {_HOME}"),
    ],
)
def test_a_place_of_its_kind_before_an_organisations_address(text: str, near_miss: str) -> None:
    assert of("ADDRESS", text) == []
    assert of("ADDRESS", near_miss) != []


@pytest.mark.parametrize(
    ("text", "near_miss"),
    [
        # Opening days listed or abbreviated with a full stop after the address.
        (
            f"Kollegiekontoret\n{_ADDRESS} · åbent man, ons og tors kl. 12-15",
            f"Gitte Holm\n{_HOME} · tlf. 12 34 56 78",
        ),
        (f"Svar.\n\n{_ADDRESS}: man.-tors. 9-16", f"Gitte Holm, {_HOME}: man.-tors. 9-16"),
        # A service number after "telefon".
        (f"Svar.\n\n{_ADDRESS} · telefon 70 12 34 56", f"Svar.\n\n{_HOME} · telefon 12 34 56 78"),
        # A dash after a university's name.
        (f"Holmby Universitet — {_ADDRESS}\nSag 12", f"Gitte Holm — {_HOME}\nSag 12"),
        # An organisation's name on the quoted line above in a reply's thread.
        (
            f"Svar:\n> Holmby Universitet, Studieadministrationen\n> {_ADDRESS}\n> tlf.",
            f"Svar:\n> Gitte Holm\n> {_HOME}\n> tlf.",
        ),
    ],
)
def test_what_surrounds_an_organisations_address(text: str, near_miss: str) -> None:
    assert of("ADDRESS", text) == []
    assert of("ADDRESS", near_miss) != []


def test_a_ferry_passengers_label_is_no_street() -> None:
    text = "1. Passager 1  f. xx.xx.xxxx  voksen\n2. Passager 2  f. xx.xx.xxxx  barn"
    assert of("ADDRESS", text) == []
    assert of("ADDRESS", "Brevet kom til Passagevej 2, 4000 Roskilde.") != []
