"""The legal-holds staff page: place, list, release; validation, permissions, isolation."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login
from vaern import db
from vaern.config import Settings
from vaern.privacy import holds


def test_place_and_release_a_hold_on_the_page(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/privacy/holds"
    page = client.get(url)
    assert page.status_code == 200 and "Ingen retlige tilbageholdelser." in page.text
    token = csrf_from(page.text)
    bad = client.post(
        url, data={"csrf_token": token, "scope": "subject", "target_id": "x", "reason": "r"}
    )
    assert bad.status_code == 422 and "Målet er ikke et gyldigt id." in bad.text
    missing = client.post(url, data={"csrf_token": token, "scope": "subject", "reason": "r"})
    assert missing.status_code == 422
    placed = client.post(
        url, data={"csrf_token": token, "scope": "organisation", "reason": "Lawsuit"}
    )
    assert placed.status_code == 303
    with db.session_scope(settings.database_url) as s:
        assert holds.organisation_held(s, organisation_id=t.org.id)
        [hold] = holds.list_holds(s, organisation_id=t.org.id)
        hold_id = hold.id
    assert "Lawsuit" in client.get(url).text
    released = client.post(f"{url}/{hold_id}/release", data={"csrf_token": token})
    assert released.status_code == 303
    with db.session_scope(settings.database_url) as s:
        assert not holds.organisation_held(s, organisation_id=t.org.id)


def test_hold_page_permissions_and_isolation(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        theirs = holds.place(s, organisation_id=other.org.id, scope="organisation", reason="x")
        theirs_id = theirs.id
    login(client, t.agent.email)
    assert client.get(f"/staff/{t.org.slug}/privacy/holds").status_code == 403
    login(client, t.admin_email)
    page = client.get(f"/staff/{t.org.slug}/privacy/holds")
    stolen = client.post(
        f"/staff/{t.org.slug}/privacy/holds/{theirs_id}/release",
        data={"csrf_token": csrf_from(page.text)},
    )
    assert stolen.status_code == 404
    assert client.get(f"/staff/{other.org.slug}/privacy/holds").status_code == 404
