"""The DPO's audit-trail viewer: filters, CSV export (itself audited), permissions."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, login
from vaern import db
from vaern.config import Settings
from vaern.dpo import requests
from vaern.privacy import audit


def test_audit_viewer_filters_and_exports(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        r = requests.create_request(
            s, organisation_id=t.org.id, kind="access", identifiers={"email": "a@example.dk"}
        )
        request_id = str(r.id)
        requests.create_request(
            s, organisation_id=other.org.id, kind="access", identifiers={"email": "b@example.dk"}
        )
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/privacy/audit"
    page = client.get(url, params={"action": "request.create"})
    assert page.status_code == 200
    assert request_id in page.text and "subject.create" not in page.text
    exported = client.get(f"{url}.csv", params={"subject": request_id, "since": "2020-01-01"})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [row["action"] for row in rows] == ["request.create"]
    assert client.get(url, params={"until": "2000-01-01"}).text.count("<code>") == 0
    assert client.get(url, params={"since": "not-a-date"}).status_code == 422
    with db.session_scope(settings.database_url) as s:
        mine = audit.entries(s, organisation_id=t.org.id, action="audit.export")
        theirs = audit.entries(s, organisation_id=other.org.id, action="request.create")
        assert len(mine) == 1 and mine[0].details["rows"] == 1
        assert all(e.object_id != request_id for e in theirs)


def test_audit_viewer_needs_privacy_permission(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    login(client, t.agent.email)
    assert client.get(f"/staff/{t.org.slug}/privacy/audit").status_code == 403
    assert client.get(f"/staff/{t.org.slug}/privacy/audit.csv").status_code == 403
    assert client.get(f"/staff/{other.org.slug}/privacy/audit").status_code == 404


def test_audit_page_verifies_the_chain_on_request(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/privacy/audit"
    assert 'id="chain"' not in client.get(url).text
    page = client.get(url, params={"verify": "1"})
    assert 'id="chain"' in page.text and "Hashkæden er intakt." in page.text


def test_audit_viewer_names_the_staff_member(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    login(client, t.admin_email)
    url = f"/staff/{t.org.slug}/privacy/audit"
    client.get(f"{url}.csv")  # recorded as audit.export by the admin
    page = client.get(url, params={"action": "audit.export"}).text
    row = page.split("<code>audit.export</code>", 1)[1].split("</tr>", 1)[0]
    assert "Medarbejder: Admin" in row and str(t.admin.id) not in row
