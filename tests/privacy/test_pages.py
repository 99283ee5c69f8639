"""The DPO page for data-subject requests: deadlines, overdue, permissions, isolation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from, login
from vaern import db
from vaern.config import Settings
from vaern.dpo import requests


def test_requests_page_lists_overdue_and_registers(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        old = requests.create_request(
            s,
            organisation_id=t.org.id,
            kind="access",
            identifiers={"email": "old@example.dk"},
            now=datetime(2020, 1, 1, tzinfo=UTC),
        )
        old_id = old.id
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/privacy/requests"
    page = client.get(url)
    assert page.status_code == 200
    assert f'id="request-{old_id}"' in page.text and "Overskredet" in page.text
    assert "old@example.dk" not in page.text
    created = client.post(
        url, data={"csrf_token": csrf_from(page.text), "kind": "erasure", "phone": "20304050"}
    )
    assert created.status_code == 303
    page = client.get(url)
    assert "erasure" in page.text
    empty = client.post(url, data={"csrf_token": csrf_from(page.text), "kind": "erasure"})
    assert empty.status_code == 422 and 'class="error"' in empty.text
    moved = client.post(
        f"{url}/{old_id}/transition",
        data={"csrf_token": csrf_from(page.text), "status": "verified"},
    )
    assert moved.status_code == 303
    no_csrf = client.post(f"{url}/{old_id}/transition", data={"status": "rejected"})
    assert no_csrf.status_code == 403


def test_requests_page_permissions_and_isolation(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    login(client, t.agent.email)  # an agent has no privacy permission
    assert client.get(f"/staff/{t.org.slug}/privacy/requests").status_code == 403
    assert client.get(f"/staff/{other.org.slug}/privacy/requests").status_code == 404


def test_dpo_views_and_downloads_an_access_export(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    import json

    from tests.conftest import PASSWORD
    from vaern.orgs import service as orgs
    from vaern.orgs.models import Role
    from vaern.orgs.schemas import UserCreate

    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        dpo = orgs.create_user(
            s,
            data=UserCreate(
                email=f"dpo-{t.org.slug}@example.com", password=PASSWORD, display_name="DPO"
            ),
        )
        orgs.set_role(s, organisation_id=t.org.id, user_id=dpo.id, role=Role.dpo)
        access = requests.create_request(
            s, organisation_id=t.org.id, kind="access", identifiers={"email": "p@example.dk"}
        )
        access_id = access.id
    base = f"/staff/{t.org.slug}/privacy/requests"
    login(client, t.agent.email)
    assert client.get(f"{base}/{access_id}/export").status_code == 403
    client.cookies.clear()
    login(client, dpo.email)
    listing = client.get(base).text
    assert f"{base}/{access_id}/export" not in listing  # not before the identity is verified
    moved = client.post(
        f"{base}/{access_id}/transition",
        data={"csrf_token": csrf_from(listing), "status": "verified"},
    )
    assert moved.status_code == 303
    listing = client.get(base).text
    assert f"{base}/{access_id}/export" in listing
    page = client.get(f"{base}/{access_id}/export")
    assert page.status_code == 200 and "p@example.dk" in page.text
    assert f"{base}/{access_id}/export.json" in page.text
    download = client.get(f"{base}/{access_id}/export.json")
    assert download.status_code == 200
    assert download.headers["content-disposition"].startswith("attachment;")
    body = json.loads(download.content)
    assert body["request"]["kind"] == "access" and "p@example.dk" in json.dumps(body)
