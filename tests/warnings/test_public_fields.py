"""Every published field is redacted and XML-safe, not only the examples (issue 17)."""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Tenant
from tests.warnings.helpers import publish_warning
from vaern.warnings.feeds import without_controls


def test_title_summary_and_advice_are_redacted_where_they_are_published(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    published = publish_warning(
        client,
        t.token,
        title={"da": "Svindel mod CPR 010190-1234", "en": "Fraud against CPR 010190-1234"},
        summary={"da": "Kort 4111 1111 1111 1111 blev brugt.", "en": "Card 4111 1111 1111 1111."},
        advice={
            "da": "Oplys aldrig CPR 010190-1234. Ring til os på 70 20 30 40.",
            "en": "Never give CPR 010190-1234. Call us on 70 20 30 40.",
        },
    )
    page = client.get(f"/warnings/{published['id']}").text
    feed = client.get(f"/feeds/{t.org.slug}/warnings.atom").text
    for published_text in (str(published), page, feed):
        assert "010190-1234" not in published_text
        assert "4111 1111 1111 1111" not in published_text
    assert published["title"]["da"] == "Svindel mod CPR [CPR]"
    assert "70 20 30 40" in published["advice"]["da"]  # the organisation's own line stays


def test_control_characters_never_reach_the_atom_feed(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    publish_warning(
        client,
        t.token,
        title={"da": "Falsk\x00 SMS\x1b[31m", "en": "Fake\x0b text\x85"},
        summary={"da": "Linje et\nlinje to\tog\x07 tre", "en": "Line\x7f one"},
    )
    for path in (f"/feeds/{t.org.slug}/warnings.atom", "/feeds/warnings.atom"):
        answer = client.get(path)
        assert answer.status_code == 200, path
        ET.fromstring(answer.content)  # noqa: S314 - our own feed; raises on a bad character


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x00b\x1bc", "abc"),
        ("tab\tnew\nline\r", "tab\tnew\nline\r"),
        ("del\x7f c1\x85 bom\ufeff", "del c1 bom\ufeff"),
        ("\ufffe\uffff", ""),
        ("Æble øl å", "Æble øl å"),
    ],
)
def test_without_controls(raw: str, clean: str) -> None:
    assert without_controls(raw) == clean
