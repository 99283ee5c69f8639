"""Public warning pages, search, feeds (parsed by feedparser), conditional GET and widget."""

from __future__ import annotations

import json
from collections.abc import Callable

import feedparser
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.warnings.helpers import publish_warning, warning_body

W = ["warnings:write"]


def test_public_pages_and_search(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=W)
    w = publish_warning(client, t.token)
    page = client.get(f"/warnings/{w['id']}")
    assert page.status_code == 200
    assert "Falske pakke-SMS" in page.text and 'name="viewport"' in page.text
    assert "[EMAIL]" in page.text and "ole@example.com" not in page.text
    org_page = client.get(f"/orgs/{t.org.slug}/warnings")
    assert org_page.status_code == 200 and f"/warnings/{w['id']}" in org_page.text
    assert f"/warnings/{w['id']}" in client.get("/warnings", params={"q": "pakke gebyr"}).text
    assert f"/warnings/{w['id']}" not in client.get("/warnings", params={"q": "zzqx"}).text
    assert client.get("/orgs/no-such-org/warnings").status_code == 404
    assert client.get("/warnings/00000000-0000-0000-0000-000000000000").status_code == 404


def test_feeds_parse_and_conditional_get(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=W)
    other = make_tenant(scopes=W)
    w = publish_warning(client, t.token)
    publish_warning(client, other.token, title={"da": "Anden", "en": "Other"})

    atom = client.get(f"/feeds/{t.org.slug}/warnings.atom")
    assert atom.status_code == 200 and atom.headers["content-type"].startswith("application/atom")
    parsed = feedparser.parse(atom.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [e.link for e in parsed.entries] == [f"http://127.0.0.1:8000/warnings/{w['id']}"]

    js = client.get(f"/feeds/{t.org.slug}/warnings.json")
    doc = json.loads(js.content)
    assert doc["version"] == "https://jsonfeed.org/version/1.1"
    assert [i["id"] for i in doc["items"]] == [w["id"]]
    assert js.headers["content-type"].startswith("application/feed+json")
    # JSON Feed 1.1 requires a title and, per item, an id and content_html or content_text.
    assert doc["title"] and all(i["id"] and i["content_html"] for i in doc["items"])

    hub = feedparser.parse(client.get("/feeds/warnings.atom").content)
    assert f"urn:uuid:{w['id']}" in {e.id for e in hub.entries}
    assert client.get("/feeds/warnings.json").status_code == 200

    for path in (f"/feeds/{t.org.slug}/warnings.atom", f"/feeds/{t.org.slug}/warnings.json"):
        first = client.get(path)
        etag, modified = first.headers["etag"], first.headers["last-modified"]
        assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
        assert client.get(path, headers={"If-Modified-Since": modified}).status_code == 304
        assert client.get(path, headers={"If-None-Match": '"stale"'}).status_code == 200
    # A change to a warning invalidates the validators.
    etag = client.get(f"/feeds/{t.org.slug}/warnings.atom").headers["etag"]
    client.post(f"/api/v1/warnings/{w['id']}/expire", headers=auth(t.token))
    again = client.get(f"/feeds/{t.org.slug}/warnings.atom", headers={"If-None-Match": etag})
    assert again.status_code == 200 and again.headers["etag"] != etag
    assert client.get("/feeds/no-such-org/warnings.atom").status_code == 404


def test_widget_has_strict_csp(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=W)
    publish_warning(client, t.token)
    r = client.get(f"/embed/{t.org.slug}/warnings")
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'none'" in csp
    assert "<script" not in r.text and "Falske pakke-SMS" in r.text
    assert 'target="_blank"' in r.text


def test_draft_and_withdrawn_warnings_never_public(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=W)
    h = auth(t.token)
    draft = client.post("/api/v1/warnings", headers=h, json=warning_body()).json()
    gone = publish_warning(client, t.token)
    client.post(f"/api/v1/warnings/{gone['id']}/withdraw", headers=h)
    feed = client.get(f"/feeds/{t.org.slug}/warnings.json").json()
    assert feed["items"] == []
    assert client.get(f"/warnings/{draft['id']}").status_code == 404
    assert client.get(f"/warnings/{gone['id']}").status_code == 404
