"""Every list endpoint pages in SQL: a LIMIT/OFFSET window and a COUNT for the total."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import config, db
from vaern.monitoring.models import Alert

SCOPES = [
    "alerts:read",
    "warnings:write",
    "disputes:write",
    "orgs:read",
    "reports:read",
    "privacy:admin",
]
# endpoint -> the table it lists
ENDPOINTS = {
    "/api/v1/alerts": "monitoring_alerts",
    "/api/v1/warnings": "warnings",
    "/api/v1/disputes": "disputes",
    "/api/v1/members": "memberships",
    "/api/v1/tokens": "api_tokens",
    "/api/v1/reports": "reports",
    "/api/v1/campaigns": "campaigns",
    "/api/v1/privacy/requests": "subject_requests",
    "/api/v1/privacy/breaches": "breaches",
}


def _alerts(settings: config.Settings, organisation_id: uuid.UUID, n: int) -> list[str]:
    """``n`` alerts, one minute apart; their ids newest first."""
    now = db.utcnow()
    rows: list[dict[str, Any]] = [
        {
            "id": uuid.uuid4(),
            "organisation_id": organisation_id,
            "event_id": f"ev-{i}",
            "account_ref": "acct-pseudonym",
            "typology_id": "new_payee_large_amount",
            "typology_version": 1,
            "severity": "high",
            "score": 0.9,
            "model_score": None,
            "action": "hold",
            "status": "open",
            "explanation": {},
            "features": {},
            "event_ids": [f"ev-{i}"],
            "actions_taken": [],
            "occurred_at": now - timedelta(minutes=i),
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    with db.get_engine(settings.database_url).begin() as conn:
        conn.execute(sa.insert(Alert), rows)
    return [str(r["id"]) for r in rows]


@pytest.fixture
def statements(settings: config.Settings) -> Iterator[list[str]]:
    """The SQL the app sends, as the database driver receives it."""
    seen: list[str] = []
    engine = db.get_engine(settings.database_url)

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))

    sa.event.listen(engine, "before_cursor_execute", record)
    yield seen
    sa.event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize("path", list(ENDPOINTS))
def test_list_endpoint_windows_and_counts_in_sql(
    client: TestClient, make_tenant: Any, statements: list[str], path: str
) -> None:
    tenant: Tenant = make_tenant(SCOPES)
    statements.clear()
    response = client.get(f"{path}?limit=1&offset=0", headers=auth(tenant.token))
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"items", "total", "limit", "offset", "next_offset"}
    table = ENDPOINTS[path]
    on_table = [s for s in statements if f"FROM {table}" in s or f"JOIN {table}" in s]
    assert any("LIMIT" in s for s in on_table), on_table
    assert any("count(*)" in s for s in on_table), on_table


def test_alert_pages_walk_newest_first_without_gaps(
    client: TestClient, make_tenant: Any, settings: config.Settings
) -> None:
    tenant: Tenant = make_tenant(SCOPES)
    other: Tenant = make_tenant(SCOPES)
    expected = _alerts(settings, tenant.org.id, 5)
    _alerts(settings, other.org.id, 3)  # another organisation's alerts never count
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(
            f"/api/v1/alerts?limit=2&offset={offset}", headers=auth(tenant.token)
        ).json()
        assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == offset
        seen += [a["id"] for a in page["items"]]
        offset = page["next_offset"]
    assert seen == expected
    beyond = client.get("/api/v1/alerts?limit=2&offset=10", headers=auth(tenant.token)).json()
    assert beyond["items"] == [] and beyond["total"] == 5 and beyond["next_offset"] is None


def test_members_page_gives_names_and_roles(client: TestClient, make_tenant: Any) -> None:
    tenant: Tenant = make_tenant(SCOPES)
    page = client.get("/api/v1/members?limit=1", headers=auth(tenant.token)).json()
    assert page["total"] == 2 and page["next_offset"] == 1
    assert page["items"][0]["role"] == "admin"  # admin-… sorts before agent-…
    rest = client.get("/api/v1/members?limit=1&offset=1", headers=auth(tenant.token)).json()
    assert rest["items"][0]["role"] == "agent" and rest["next_offset"] is None
