"""pii112: what the locksmith (pii_blind122), car-repair (123) and estate-agent (124) sets
showed. Each rule has a firing case and a near miss. Synthetic values only."""

from __future__ import annotations

from tests.privacy.findings import of

# ADDRESS: a scammer's alias "<Name> fra <unit>" does not make the unit the address's owner.


def test_home_shown_by_an_alias_from_a_unit_is_private() -> None:
    text = (
        "Hun forklarede, at en mand, der udgav sig for at være Birthe fra kundeservice, "
        "viste rundt på Rosenhaven 12, 2. tv., 6000 Kolding. Hun betalte depositum."
    )
    assert of("ADDRESS", text) == ["Rosenhaven 12, 2. tv., 6000 Kolding"]


def test_unit_right_before_its_address_stays_the_organisations() -> None:
    text = "Spørg efter Birthe fra kundeservice, Rosenhaven 12, 6000 Kolding."
    assert of("ADDRESS", text) == []
