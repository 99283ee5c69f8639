"""E-mail addresses in text: found once each, lower-case; never read as links."""

from __future__ import annotations

from vaern.text.emails import addresses
from vaern.text.links import links


def test_addresses() -> None:
    text = (
        "Skriv til Kontakt@PostNord.dk eller support+dk@pakke-hjaelp.example.com "
        "(Kontakt@postnord.dk)"
    )
    assert addresses(text) == ["kontakt@postnord.dk", "support+dk@pakke-hjaelp.example.com"]
    assert links(text) == []
    assert addresses("ingen adresse her, kun @ og a.b") == []
