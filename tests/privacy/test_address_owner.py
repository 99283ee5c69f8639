"""addrml: the learned signal "whose address is this?" (vaern.privacy.address_owner) beside
pii78's rules: an organisation's own address in phrasings no rule was written for is not
redacted; a private person's near the same words (where someone lives, a customer's form, a
delivery, a sole trader's home) still is. Synthetic names and addresses only."""

from __future__ import annotations

import pytest

from tests.privacy.findings import of
from vaern.privacy.address_owner import features, organisation_probability
from vaern.privacy.recognizers import gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Du er velkommen til at komme forbi. Vores kontor ligger på Kornmarken 14, 7100 Vejle.",
        "Personlig betjening ved skranken, Bytoften 3, 8600 Silkeborg.",
        "Afdelingen har til huse på Lindealle 9, 5700 Svendborg.",
        "Vores sagsbehandlere træffes på Bytoften 3, 8600 Silkeborg.",
        "Aftalen blev underskrevet hos Ejendomshuset Nordlys, Strandgade 41, 3000 Helsingør.",
        "Returneres til: Bølgen Forsikring & Pension, Postvej 2, 6700 Esbjerg.",
        "Brevet er sendt fra Skifteretten i Holbæk, Nygade 8, 4300 Holbæk.",
    ],
)
def test_an_organisations_address_in_new_words_is_not_redacted(text: str) -> None:
    assert of("ADDRESS", text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Hun bor på Lærkevej 7, 8000 Aarhus C og kan ringes op efter 16.",
            "Lærkevej 7, 8000 Aarhus C",
        ),
        (
            "Kundens oplysninger\nNavn: Sofie Holm\nAdresse: Birkevej 14, 2200 København N",
            "Birkevej 14, 2200 København N",
        ),
        ("Kunde: Jens Hansen, Møllevej 3, 4000 Roskilde", "Møllevej 3, 4000 Roskilde"),
        ("Min søster bor på Lindealle 9, 5700 Svendborg.", "Lindealle 9, 5700 Svendborg"),
        ("Jeg sidder på Lindealle 9, 5700 Svendborg.", "Lindealle 9, 5700 Svendborg"),
        (
            "Pakken blev leveret til Skovbrynet 22, 3400 Hillerød i går.",
            "Skovbrynet 22, 3400 Hillerød",
        ),
        ("Tømrerfirma v/ Jens Hansen, Bakkevej 9, 6000 Kolding", "Bakkevej 9, 6000 Kolding"),
    ],
)
def test_a_private_address_near_the_same_words_is_redacted(text: str, address: str) -> None:
    assert of("ADDRESS", text) == [address]


def test_the_model_reads_the_context_not_the_street() -> None:
    text = "Vores kontor ligger på Kornmarken 14, 7100 Vejle."
    start = text.index("Kornmarken")
    found = features(text, start, len(text) - 1, gazetteer())
    assert not any("kornmarken" in f for f in found)
    assert "b:vores" in found
    moved = "Vores kontor ligger på Solvej 2, 7100 Vejle."
    assert organisation_probability(moved, moved.index("Solvej"), len(moved) - 1, gazetteer()) > 0.5
