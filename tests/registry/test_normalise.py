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
        ("carrier-pigeon", "x"),
    ],
)
def test_rejects(kind: str, raw: str) -> None:
    with pytest.raises(ValueError):
        normalise_channel(kind, raw)


def test_display_domain_is_unicode() -> None:
    assert display_domain("xn--blbrgrd-fxak7p.dk") == "blåbærgrød.dk"
