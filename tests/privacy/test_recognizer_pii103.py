"""pii103: a word for a dwelling at the end of a compound ("Andelsbolig, <address>: <value>" in an
estate's list of assets, "ejerlejligheden", "sommerhuset") announces a person's home, so the
address model is not asked about the address after it (pii_blind110 lost 33 of its 34 private
addresses to an estate's "Bil, … ⏎ Andelsbolig, …"); an organisation's house or a word that
only begins like a home ("rådhuset", "boligselskabet") does not. Synthetic names and addresses
only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import features_at, of

NAMES = frozenset({"Jens", "Hansen", "Mette"})

ESTATE = (
    "BOOPGØRELSE – BO-26-1234\n"
    "Dødsbo efter Lund, Grethe, død 01.02.2026\n"
    "Bobestyrer: Advokatfirmaet Eksempel, CVR-nr. 12345678\n"
    "Aktiver\n"
    "  Indestående, reg. 1234 konto 1234567890: 12.000 kr.\n"
    "  Bil, Skoda Fabia, reg.nr. AB 12 345: 40.000 kr.\n"
    "  {home}, Lærkevej 4, 4700 Næstved: 900.000 kr.\n"
    "Passiver\n"
    "  Begravelse: 30.000 kr."
)


def _features(text: str, address: str) -> list[str]:
    return features_at(text, address, NAMES)


@pytest.mark.parametrize(
    "home",
    ["Andelsbolig", "Ejerlejlighed", "Sommerhus", "Rækkehus", "Ejerboligen", "Villaen"],
)
def test_a_home_in_an_estates_assets_is_a_persons_address(home: str) -> None:
    text = ESTATE.format(home=home)
    assert "person" in _features(text, "Lærkevej 4, 4700 Næstved")
    assert of("ADDRESS", text) == ["Lærkevej 4, 4700 Næstved"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Sælges: andelsboligen på Rosenvænget 12, 7100 Vejle.", "Rosenvænget 12, 7100 Vejle"),
        (
            "Fritidsboligen, Klitvej 8, 6960 Hvide Sande, udlejes i uge 30.",
            "Klitvej 8, 6960 Hvide Sande",
        ),
        ("Ejerlejligheden, Skovvej 22, 3. tv, 6000 Kolding", "Skovvej 22, 3. tv, 6000 Kolding"),
    ],
)
def test_a_compound_word_for_a_home_vetoes_the_model(text: str, address: str) -> None:
    assert "person" in _features(text, address)
    assert of("ADDRESS", text) == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Near misses: an organisation's house, a housing company, a word that only begins
        # like a home; none of them is a person's home.
        (
            "Boligselskabet Fjordbo, Havnevej 3, 9900 Frederikshavn",
            "Havnevej 3, 9900 Frederikshavn",
        ),
        (
            "Boligforeningens kontor, Havnevej 3, 9900 Frederikshavn",
            "Havnevej 3, 9900 Frederikshavn",
        ),
        ("Valget holdes på rådhuset, Torvet 1, 7100 Vejle.", "Torvet 1, 7100 Vejle"),
        ("Mødet er i forsamlingshuset, Bygaden 20, 4520 Svinninge.", "Bygaden 20, 4520 Svinninge"),
        ("Boligsocial helpdesk, Havnevej 3, 9900 Frederikshavn", "Havnevej 3, 9900 Frederikshavn"),
    ],
)
def test_an_organisations_house_or_a_housing_company_is_no_home(text: str, address: str) -> None:
    assert "person" not in _features(text, address)


def test_an_organisations_address_stays_out_beside_a_housing_company() -> None:
    text = "Boligselskabet Fjordbo A/S, Havnevej 3, 9900 Frederikshavn, tlf. 70 20 30 40"
    assert of("ADDRESS", text) == []


def test_a_visit_in_passing_leaves_the_rules_to_decide() -> None:
    # The model retrained on 110-112 learned a funeral home's "komme forbi: …"; a private
    # person's "komme forbi" (pii87's near miss) must stay private.
    text = "Du kan komme forbi på Lærkevej 4, 4000 Roskilde i aften."
    assert "person" in _features(text, "Lærkevej 4, 4000 Roskilde")
    assert of("ADDRESS", text) == ["Lærkevej 4, 4000 Roskilde"]
