"""An organisation's published postal address is left by ``redact`` (RedactionPolicy's
``published_addresses``); everything that only resembles it stays redacted. Synthetic
addresses only."""

from __future__ import annotations

import pytest

from vaern.privacy.published import address_key, published_key
from vaern.privacy.redact import RedactionPolicy, analyze, analyze_many, redact, redact_many

OWN = "Nørregade 18, 6700 Esbjerg"
POLICY = RedactionPolicy(published_addresses=frozenset({"nørregade|18||6700"}))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (OWN, "nørregade|18||6700"),
        ("NØRREGADE  18 ,6700 esbjerg", "nørregade|18||6700"),
        ("Nørregade 18, 6700", "nørregade|18||6700"),  # the town is the postcode's
        ("Nørregade 18 b, DK-6700 Esbjerg", "nørregade|18b||6700"),
        ("Nørregade 18B, 6700 Esbjerg", "nørregade|18b||6700"),
        ("Nørregade 18, 2. th., 6700 Esbjerg", "nørregade|18|2 th|6700"),
        ("Nørregade 18, 2.TH, 6700 Esbjerg", "nørregade|18|2 th|6700"),
        ("H.C. Andersens Boulevard 2, 1553 København V", "h c andersens boulevard|2||1553"),
        # No postcode, no key: a street and number are found in many towns.
        ("Nørregade 18", None),
        ("Nørregade 18, Esbjerg", None),
        ("6700 Esbjerg", None),
        ("Kundeservice", None),
    ],
)
def test_address_key(text: str, key: str | None) -> None:
    assert address_key(text) == key


def test_published_key_skips_recipient_lines_a_finding_never_does() -> None:
    value = "Demo Bank A/S, Kundeservice, Nørregade 18, 2. sal, 6700 Esbjerg"
    assert published_key(value) == "nørregade|18|2 sal|6700"
    # A finding is read whole: a name before the street is no part of the organisation's.
    assert address_key("Ida Vestergaard, Nørregade 18, 6700 Esbjerg") != "nørregade|18||6700"


def test_own_address_left_and_a_private_one_in_the_same_text_redacted() -> None:
    private = "Vestergade 4, 1. tv., 8000 Aarhus C"
    text = f"Notat: kunden kom forbi {OWN}, og oplyste sin adresse {private}."
    assert redact(text).text.count("[ADDRESS]") == 2, "the recognisers take both for private"
    out = redact(text, POLICY)
    assert OWN in out.text
    assert "Vestergade" not in out.text and out.text.count("[ADDRESS]") == 1
    assert [f.entity for f in out.findings] == ["ADDRESS"]


@pytest.mark.parametrize(
    "address",
    [
        "Nørregade 19, 6700 Esbjerg",  # another house number
        "Nørregade 18B, 6700 Esbjerg",  # another letter
        "Nørregade 18, 6705 Esbjerg Ø",  # another postcode
        "Nørregade 18, 2. th., 6700 Esbjerg",  # a flat in the organisation's building
        "Nørregade 18, st. tv., 6700 Esbjerg",
        "Østergade 18, 6700 Esbjerg",  # another street
        "Nørregade 18",  # street and number alone: in every town
    ],
)
def test_near_misses_stay_redacted(address: str) -> None:
    text = f"Send brevet til {address} i morgen."
    assert address not in redact(text).text, "the recognisers find it at all"
    assert address not in redact(text, POLICY).text


def test_a_published_flat_matches_only_itself() -> None:
    policy = RedactionPolicy(published_addresses=frozenset({"nørregade|18|2 th|6700"}))
    kept = "Nørregade 18, 2. th., 6700 Esbjerg"
    assert kept not in redact(f"Skriv til {kept}.").text
    assert kept in redact(f"Skriv til {kept}.", policy).text
    assert OWN not in redact(f"Skriv til {OWN}.", policy).text


def test_only_addresses_are_left() -> None:
    # A key that is some other finding's text changes nothing.
    text = "Ring til Ida Vestergaard på 20 12 34 56, Nørregade 18, 6700 Esbjerg."
    out = redact(text, POLICY)
    assert OWN in out.text and "Ida" not in out.text and "20 12 34 56" not in out.text


def test_many_alike_and_default_unchanged() -> None:
    texts = [
        f"Returadresse: {OWN}.",
        "Kunden bor på Vestergade 4, 8000 Aarhus C.",
        f"Advarsel: falske breve med afsender {OWN}.",
        "Kunden Ida Vestergaard, Nørregade 19, 6700 Esbjerg.",
    ]
    assert [r.text for r in redact_many(texts, POLICY)] == [redact(t, POLICY).text for t in texts]
    assert analyze_many(texts, policy=POLICY) == [analyze(t, policy=POLICY) for t in texts]
    # Without published addresses (the default) nothing is left.
    assert all(OWN not in r.text for r in redact_many(texts))
    assert RedactionPolicy().published_addresses == frozenset()
