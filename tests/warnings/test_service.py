"""Matching for the message check, scheduled expiry and fingerprints."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.warnings.helpers import SCAM_TEXT, publish_warning
from vaern import db, site
from vaern.config import Settings
from vaern.text import fingerprint
from vaern.text.links import link_domain
from vaern.warnings import service


@pytest.mark.parametrize(
    ("kwargs", "kind"),
    [
        ({"text": "hej", "link_domains": ["postnord-levering.example.com"]}, "domain"),
        ({"text": "hej", "sender": "PostNrd"}, "sender"),
        ({"text": "hej", "phones": lambda: ["70203040"]}, "phone"),
        (
            {"text": SCAM_TEXT.replace("19 kr", "25 kr").replace("postnord-levering", "pn-x")},
            "text",
        ),
    ],
)
def test_match_warnings_by_each_indicator(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    kwargs: dict[str, object],
    kind: str,
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    w = publish_warning(client, t.token)
    args = {"text": "", "link_domains": [], "sender": None, "phones": list} | kwargs
    with db.session_scope(settings.database_url) as s:
        matches = service.match_warnings(s, **args)  # type: ignore[arg-type]
        mine = [m for m in matches if str(m.warning_id) == w["id"]]
        assert mine and kind in mine[0].matched and mine[0].path == f"/warnings/{w['id']}"
    client.post(f"/api/v1/warnings/{w['id']}/expire", headers=auth(t.token))
    with db.session_scope(settings.database_url) as s:
        matches = service.match_warnings(s, **args)  # type: ignore[arg-type]
        assert all(str(m.warning_id) != w["id"] for m in matches)


def test_unrelated_text_does_not_match(settings: Settings) -> None:
    with db.session_scope(settings.database_url) as s:
        text = "Hej mor, vi ses til middag på søndag klokken seks hos Anne og Peter."
        assert service.match_warnings(s, text=text, link_domains=[], sender=None, phones=list) == []


def test_the_index_computes_only_the_kinds_of_key_its_warnings_have() -> None:
    """Phone numbers and the text fingerprint are found only when some warning has them."""
    wid = uuid.uuid4()
    match = service.WarningMatch(wid, uuid.uuid4(), {"da": "t", "en": "t"}, "/w", ())
    asked: list[str] = []

    def phones() -> list[str]:
        asked.append("phones")
        return ["+4570203040"]

    text = SCAM_TEXT
    by_domain = service.PublishedIndex(
        {"domain:a.example": (wid,)}, {wid: match}, frozenset({"domain"})
    )
    assert by_domain.match(
        text=text, link_domains=["https://a.example/x"], sender=None, phones=phones
    )
    assert asked == []
    assert not by_domain.match(text=text, link_domains=[], sender=None, phones=phones)
    by_phone = service.PublishedIndex(
        {"phone:+4570203040": (wid,)}, {wid: match}, frozenset({"phone"})
    )
    [found] = by_phone.match(text=text, link_domains=[], sender=None, phones=phones)
    assert found.matched == ("phone",) and asked == ["phones"]
    fps = fingerprint.band_keys(text)
    by_text = service.PublishedIndex({fps[0]: (wid,)}, {wid: match}, frozenset({"fp"}))
    [found] = by_text.match(text=text, link_domains=[], sender=None, phones=phones)
    assert found.matched == ("text",) and asked == ["phones"]


def test_expiry_job_expires_due_warnings(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    until = (db.utcnow() + timedelta(days=1)).isoformat()
    w = publish_warning(client, t.token, valid_until=until)
    assert "warnings.expire" in site.jobs()
    with db.session_scope(settings.database_url) as s:
        service.expire_due(s, now=db.utcnow())
    got = client.get(f"/api/v1/warnings/{w['id']}", headers=auth(t.token)).json()
    assert got["status"] == "published"
    with db.session_scope(settings.database_url) as s:
        result = service.expire_due(s, now=db.utcnow() + timedelta(days=2))
        assert result["failed"] == 0 and result["expired"] >= 1
    got = client.get(f"/api/v1/warnings/{w['id']}", headers=auth(t.token)).json()
    assert got["status"] == "expired"


def test_fingerprint_normalisation_masks_numbers_and_links() -> None:
    a = fingerprint.masked("Betal 19 kr på https://a.example.com/x nu")
    b = fingerprint.masked("Betal 250 kr på www.b.example.dk nu")
    assert a == b == "betal <n> kr på <url> nu"
    assert fingerprint.band_keys("for kort") == []
    assert link_domain("https://WWW.Example.COM/path") == "example.com"


def test_matches_with_as_many_kinds_come_in_the_order_of_their_ids_text() -> None:
    ids = [uuid.UUID(int=n << 100 | n) for n in (0x9, 0xA, 0x10, 0x1, 0xF0)]
    matches = {
        wid: service.WarningMatch(wid, uuid.uuid4(), {"da": "t", "en": "t"}, f"/w/{wid}", ())
        for wid in ids
    }
    both = ids[3]  # a domain and a sender: first, whatever its id
    index = service.PublishedIndex(
        {"domain:a.example": tuple(ids), "sender:bankx": (both,)},
        matches,
        frozenset({"domain", "sender"}),
    )
    found = index.match(
        text="Se https://a.example/x",
        link_domains=["https://a.example/x"],
        sender="BankX",
        phones=list,
    )
    assert [m.warning_id for m in found] == [both, *sorted(set(ids) - {both}, key=str)]
    assert found[0].matched == ("domain", "sender")
