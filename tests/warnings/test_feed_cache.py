"""The feed fast path (vaern.warnings.feedcache): answers from the change stamps and kept
bodies, and still shows every change in the next fetch: through the API in this process,
and by a write from elsewhere straight to the database (another process or a tool)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import feedparser
import httpx2
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.warnings.helpers import publish_warning
from vaern import changes, db
from vaern.config import Settings
from vaern.orgs.models import Organisation
from vaern.warnings import service

W = ["warnings:write"]


def _ids(body: bytes) -> set[str]:
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return {e.id for e in parsed.entries}


def test_published_warning_shows_in_the_next_fetch_and_bodies_are_reused(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=W)
    first = publish_warning(client, t.token)
    path = f"/feeds/{t.org.slug}/warnings.atom"
    a = client.get(path)
    b = client.get(path)  # served from the kept body
    assert a.status_code == b.status_code == 200
    assert a.content == b.content and a.headers["etag"] == b.headers["etag"]
    assert a.headers["content-type"] == b.headers["content-type"]
    assert a.headers["last-modified"] == b.headers["last-modified"]
    assert "Accept-Language" in b.headers["vary"]
    etag = a.headers["etag"]
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    hub_etag = client.get("/feeds/warnings.json").headers["etag"]

    second = publish_warning(client, t.token, title={"da": "Ny", "en": "New"})
    c = client.get(path, headers={"If-None-Match": etag})
    assert c.status_code == 200 and c.headers["etag"] != etag
    assert _ids(c.content) == {f"urn:uuid:{first['id']}", f"urn:uuid:{second['id']}"}
    assert client.get(path, headers={"If-None-Match": c.headers["etag"]}).status_code == 304
    hub = client.get("/feeds/warnings.json", headers={"If-None-Match": hub_etag})
    assert hub.status_code == 200 and second["id"] in hub.text

    client.post(f"/api/v1/warnings/{second['id']}/withdraw", headers=auth(t.token))
    d = client.get(path, headers={"If-None-Match": c.headers["etag"]})
    assert d.status_code == 200 and _ids(d.content) == {f"urn:uuid:{first['id']}"}


def test_each_language_has_its_own_etag_and_body(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=W)
    publish_warning(client, t.token, title={"da": "Falsk pakke", "en": "Fake parcel"})
    path = f"/feeds/{t.org.slug}/warnings.json"
    da = client.get(path, headers={"Accept-Language": "da"})
    en = client.get(path, headers={"Accept-Language": "en"})
    assert da.headers["etag"] != en.headers["etag"]
    assert "Falsk pakke" in da.text and "Fake parcel" in en.text
    again = client.get(path, headers={"Accept-Language": "en", "If-None-Match": da.headers["etag"]})
    assert again.status_code == 200 and "Fake parcel" in again.text


def test_a_change_written_elsewhere_reaches_the_feed(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    """A write that bypasses this process (raw SQL on its own connection): the trigger bumps
    the change stamp; without a listener (SQLite) the change stamps are read at every
    request, on PostgreSQL the trigger's NOTIFY tells the listener.
    Delivery of a notification is asynchronous, so the fetch is repeated until it shows
    the change, at most for 10 s (no timing is asserted)."""
    t = make_tenant(scopes=W)
    w = publish_warning(client, t.token)
    path = f"/feeds/{t.org.slug}/warnings.atom"
    etag = client.get(path).headers["etag"]
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    postgresql = settings.database_url.startswith("postgresql")
    tracker = changes.tracker(settings.database_url)
    if postgresql:  # the reuse of stamps is on: only the NOTIFY can tell this process
        deadline = time.monotonic() + 10
        while not tracker.listening and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tracker.listening
        assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    _write_elsewhere(settings, "UPDATE warnings SET status = 'withdrawn' WHERE id = :id", w["id"])
    r = _refetch(client, path, etag)
    assert r.status_code == 200 and r.headers["etag"] != etag
    assert _ids(r.content) == set()


def test_a_change_dated_before_the_newest_still_changes_the_etag(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    """A server whose clock is behind writes an ``updated_at`` older than the newest one:
    count and newest date stay the same, the sum of versions does not."""
    t = make_tenant(scopes=W)
    older = publish_warning(client, t.token)
    publish_warning(client, t.token)
    path = f"/feeds/{t.org.slug}/warnings.json"
    first = client.get(path)
    with db.session_scope(settings.database_url) as s:
        before = service.feed_version(s, organisation_id=t.org.id)
    _write_elsewhere(
        settings,
        "UPDATE warnings SET version = version + 1, updated_at = :at WHERE id = :id",
        older["id"],
        at=datetime(2026, 1, 2, tzinfo=UTC),
    )
    with db.session_scope(settings.database_url) as s:
        after = service.feed_version(s, organisation_id=t.org.id)
    assert after[1] == before[1] and after[0] != before[0]  # same date, new validator
    r = _refetch(client, path, first.headers["etag"])
    assert r.status_code == 200 and r.headers["etag"] != first.headers["etag"]


def _write_elsewhere(settings: Settings, sql: str, warning_id: str, **params: object) -> None:
    """Raw SQL on a connection of its own, as another process or a tool would write."""
    engine = sa.create_engine(settings.database_url)
    try:
        postgresql = engine.dialect.name == "postgresql"
        with engine.begin() as c:
            ident = warning_id if postgresql else warning_id.replace("-", "")
            c.execute(sa.text(sql), {"id": ident, **params})
    finally:
        engine.dispose()


def _refetch(client: TestClient, path: str, etag: str) -> httpx2.Response:
    """Fetch until the answer is no longer 304, at most for 10 s: a NOTIFY is delivered
    asynchronously (no timing is asserted)."""
    deadline = time.monotonic() + 10
    while True:
        r = client.get(path, headers={"If-None-Match": etag})
        if r.status_code != 304 or time.monotonic() > deadline:
            return r
        time.sleep(0.05)


def test_an_organisations_new_name_is_in_its_next_feed(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=W)
    publish_warning(client, t.token)
    path = f"/feeds/{t.org.slug}/warnings.json"
    assert f"Org {t.org.slug}" in client.get(path).text
    assert f"Org {t.org.slug}" in client.get(path).text  # kept body
    with db.session_scope(settings.database_url) as s:
        org = s.get(Organisation, t.org.id)
        assert org is not None
        org.name = "Omdøbt Bank A/S"
    assert "Omdøbt Bank A/S" in client.get(path).text
