from __future__ import annotations

import pytest

from vaern.registry.normalise import display_domain, normalise_channel


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        ("email_domain", "Example.DK", "example.dk"),
        ("web_domain", "https://www.Example.dk/login", "www.example.dk"),
        ("web_domain", "blåbærgrød.dk.", "xn--blbrgrd-fxak7p.dk"),
        ("sms_sender", "  Demo  Bank ", "demo bank"),
        ("sms_sender", "DEMOBANK", "demobank"),
        ("sms_sender", "1234", "1234"),
        ("phone", "70 10 10 10", "+4570101010"),
        ("phone", "+45 70101010", "+4570101010"),
        ("app", "DK.Demobank.App", "dk.demobank.app"),
        (
            "postal",
            " Demo Bank A/S,\n Havnegade 4,  1058 København K",
            "Demo Bank A/S, Havnegade 4, 1058 København K",
        ),
    ],
)
def test_normalises(kind: str, raw: str, expected: str) -> None:
    assert normalise_channel(kind, raw) == expected


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("email_domain", "localhost"),
        ("email_domain", "user@example.dk"),
        ("web_domain", "exa mple.dk"),
        ("web_domain", "-bad-.dk"),
        ("web_domain", "10.0.0.1"),
        ("sms_sender", "A very long sender name"),
        ("sms_sender", "12"),
        ("phone", "12"),
        ("app", "not an app"),
        # A postal address that yields no key would be stored and never match a text.
        ("postal", "Demo Bank A/S"),
        ("postal", "Havnegade 4, København K"),
        ("postal", "Havnegade, 1058 København K"),
        ("carrier-pigeon", "x"),
    ],
)
def test_rejects(kind: str, raw: str) -> None:
    with pytest.raises(ValueError):
        normalise_channel(kind, raw)


def test_a_postal_address_without_a_key_is_refused_with_an_example() -> None:
    with pytest.raises(ValueError, match=r"four-digit postcode, e\.g\. Havnegade 4"):
        normalise_channel("postal", "Kundeservice, Havnegade 4")


def test_display_domain_is_unicode() -> None:
    assert display_domain("xn--blbrgrd-fxak7p.dk") == "blåbærgrød.dk"
