"""The rules written on the twenty-fifth and twenty-sixth blind sets' misses (work and
business life; crises, news and the public good), each firing on its story and quiet on a
genuine neighbour: the directory's version 11 (authorities, charities, lotteries, grid
companies and business software people are written to in the name of), and Betalingsservice,
whose name names the way a creditor collects, not the sender."""

from __future__ import annotations

import pytest

from tests.messages.helpers import verdict_and_codes


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("https://ssi-vaccinationsbevis.dk/login", "url"),
        ("https://dmi-stormvarsel-app.com/premium", "url"),
        ("https://knaekcancer-donation.net/giv?kampagne=tv2", "url"),
        (
            "Folkekirkens Nødhjælp: Giv dit bidrag til sogneindsamlingen på noedhjaelp-sogn.dk",
            "sms",
        ),
        (
            "Lønseddel: Der er fejl i din udbetaling. Se den rettede her: dataloen-portal.info",
            "sms",
        ),
        (
            "Betalingsservice: En ny aftale er tilmeldt din konto. Afmeld: betalingsservice-dk.com",
            "sms",
        ),
    ],
)
def test_look_alikes_of_the_new_directory_organisations_are_flagged(
    text: str, channel: str
) -> None:
    verdict, codes = verdict_and_codes(text, channel)
    assert verdict == "scam" and any(c.startswith("lookalike_") for c in codes)


@pytest.mark.parametrize(
    "url",
    ["https://www.ssi.dk/vaccinationer", "https://www.brs.dk/da/borger/", "https://danloen.dk"],
)
def test_their_own_sites_are_genuine(url: str) -> None:
    verdict, codes = verdict_and_codes(url, "url")
    assert verdict == "genuine" and "official_link" in codes


def test_a_creditor_collecting_through_betalingsservice_does_not_claim_it() -> None:
    verdict, codes = verdict_and_codes(
        "Emne: Tilmelding til Betalingsservice\nHej\nTilmeld din betaling af kontingentet til "
        "Betalingsservice. Log ind på https://www.roklubben-fjord.dk/medlem og vælg "
        "Betalingsservice under betaling.",
        "email",
    )
    assert verdict not in ("scam", "suspicious") and "link_not_own_domain" not in codes
