"""pii107: features of an organisation's address that carry to a new writer (the fitness-centre,
holiday-home and pharmacy sets, pii_blind116-118): two capitalised words that are no listed names
before "<words> (<address>, <town>)" (``cap:before``, as before "<words>, <address>"), and a word
for premises or of visiting after the address on its line (``after:place``: "– udlevering ved
skranken"; ``after:visit``: "(åbent 9.00-18.00)"). A person's word or name before a referral
("Kunden henvist til <place>") no longer vetoes the model. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import ADDRESS, features_at, of

STREET = "Mågevej 7"


def test_cap_before_a_bracket() -> None:
    text = f"Indringer kan komme forbi Styrkehuset Roskilde ({STREET}, Roskilde)."
    assert "cap:before" in features_at(text, STREET)


@pytest.mark.parametrize(
    "text",
    [
        f"Det er ikke fra os. (Bilpas, {STREET}, Roskilde)",
        f"Vi mødes hos Jens Hansen ({STREET}, Roskilde).",
        f"Det var i går ({STREET}, Roskilde).",
    ],
)
def test_cap_before_a_bracket_near_miss(text: str) -> None:
    assert "cap:before" not in features_at(text, STREET)


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (f"Kort: {STREET}, Roskilde – udlevering ved skranken", "after:place"),
        (f"Hent den i {STREET}, Roskilde (receptionen, 1. sal)", "after:place"),
        (f"Kom forbi os på {STREET} (åbent 9.00-18.00), så hjælper vi.", "after:visit"),
    ],
)
def test_after(text: str, feature: str) -> None:
    assert feature in features_at(text, STREET)


@pytest.mark.parametrize(
    "text",
    [
        f"Mødet er på {STREET}, kl 10.",
        f"Jeg bor på {STREET}\nKontoret ringer i morgen.",
    ],
)
def test_after_near_miss(text: str) -> None:
    found = features_at(text, STREET)
    assert "after:place" not in found
    assert "after:visit" not in found


@pytest.mark.parametrize(
    "text",
    [
        f"Kunden henvist til Varen kan afhentes på {ADDRESS}.",
        f"Jens Hansen er henvist til klinikken på {ADDRESS}.",
    ],
)
def test_a_referral_leaves_the_model_asked(text: str) -> None:
    assert "person" not in features_at(text)


@pytest.mark.parametrize(
    "text",
    [
        f"Kunden bor på {ADDRESS}.",
        f"Kunden er henvist til sin søster, Mette Lund, {ADDRESS}.",
        f"Henvist til egen læge. Jens Hansen, {ADDRESS}.",
    ],
)
def test_a_referral_near_miss(text: str) -> None:
    assert "person" in features_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "Medicinen ligger klar på Tranevej 12, 4300 Holbæk – udlevering ved skranken.",
        "Kom forbi Styrkehuset Holbæk (Tranevej 12, 4300 Holbæk).",
        "Kunden henvist til Varen kan afhentes på Tranevej 12, 4300 Holbæk.\n",
    ],
)
def test_the_shipped_model_takes_an_organisations_place(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kunden bor på Tranevej 12, 4300 Holbæk.\n", "Tranevej 12, 4300 Holbæk"),
        ("Du kan komme forbi på Tranevej 12, 4300 Holbæk i aften.", "Tranevej 12, 4300 Holbæk"),
        (
            "Kunden er henvist til sin søster, Mette Lund, Tranevej 12, 4300 Holbæk.",
            "Tranevej 12, 4300 Holbæk",
        ),
    ],
)
def test_the_shipped_model_keeps_a_persons_address(text: str, address: str) -> None:
    assert of("ADDRESS", text) == [address]
