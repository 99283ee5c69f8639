"""The organisation API: tokens, scopes, errors and tenant isolation."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import db
from vaern.config import Settings
from vaern.orgs.models import ApiToken


def test_me_returns_the_tokens_organisation(client: TestClient, tenant: Tenant) -> None:
    response = client.get("/api/v1/me", headers=auth(tenant.token))
    assert response.status_code == 200
    assert response.json()["slug"] == tenant.org.slug


def test_missing_and_invalid_tokens_get_401_problem(client: TestClient, tenant: Tenant) -> None:
    for headers in (
        {},
        auth("vaern_000000000000_nope"),
        auth("garbage"),
        {"Authorization": "Basic x"},
    ):
        response = client.get("/api/v1/me", headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"] == "urn:vaern:problem:unauthorized"


def test_wrong_scope_gets_403(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=["outbound:write"])
    response = client.post(
        "/api/v1/tokens", headers=auth(t.token), json={"name": "x", "scopes": ["orgs:read"]}
    )
    assert response.status_code == 403
    assert "tokens:admin" in response.json()["detail"]


def test_token_lifecycle_shown_once_hashed_revocable(
    client: TestClient, tenant: Tenant, settings: Settings
) -> None:
    created = client.post(
        "/api/v1/tokens",
        headers=auth(tenant.token),
        json={"name": "partner", "scopes": ["outbound:write"], "expires_in_days": 30},
    )
    assert created.status_code == 201
    body = created.json()
    secret = body["token"]
    assert secret.startswith("vaern_")
    # Never stored in clear, never shown again.
    with db.session_scope(settings.database_url) as s:
        row = s.get(ApiToken, uuid.UUID(body["id"]))
        assert row is not None and secret.split("_", 2)[2] not in row.secret_hash
    listed = client.get(f"/api/v1/tokens/{body['id']}", headers=auth(tenant.token)).json()
    assert "token" not in listed
    # The new token works, and records its last use.
    assert client.get("/api/v1/me", headers=auth(secret)).status_code == 200
    assert (
        client.get(f"/api/v1/tokens/{body['id']}", headers=auth(tenant.token)).json()[
            "last_used_at"
        ]
        is not None
    )
    revoked = client.delete(f"/api/v1/tokens/{body['id']}", headers=auth(tenant.token))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert client.get("/api/v1/me", headers=auth(secret)).status_code == 401


def test_expired_token_is_refused(client: TestClient, tenant: Tenant, settings: Settings) -> None:
    created = client.post(
        "/api/v1/tokens",
        headers=auth(tenant.token),
        json={"name": "short", "scopes": ["orgs:read"]},
    ).json()
    with db.session_scope(settings.database_url) as s:
        s.execute(
            sa.update(ApiToken)
            .where(ApiToken.id == uuid.UUID(created["id"]))
            .values(expires_at=db.utcnow())
        )
    assert client.get("/api/v1/me", headers=auth(created["token"])).status_code == 401


def test_unknown_scope_is_rejected_and_nothing_written(client: TestClient, tenant: Tenant) -> None:
    before = client.get("/api/v1/tokens", headers=auth(tenant.token)).json()["total"]
    response = client.post(
        "/api/v1/tokens",
        headers=auth(tenant.token),
        json={"name": "bad", "scopes": ["orgs:read", "root:everything"]},
    )
    assert response.status_code == 422
    assert "root:everything" in response.json()["detail"]
    assert client.get("/api/v1/tokens", headers=auth(tenant.token)).json()["total"] == before


def test_tenant_isolation_every_object_is_404(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(), make_tenant()
    b_tokens = client.get("/api/v1/tokens", headers=auth(b.token)).json()["items"]
    b_token_id = b_tokens[0]["id"]
    assert client.get(f"/api/v1/tokens/{b_token_id}", headers=auth(a.token)).status_code == 404
    assert client.delete(f"/api/v1/tokens/{b_token_id}", headers=auth(a.token)).status_code == 404
    # A's listings never contain B's objects.
    a_ids = {t["id"] for t in client.get("/api/v1/tokens", headers=auth(a.token)).json()["items"]}
    assert b_token_id not in a_ids
    members = client.get("/api/v1/members", headers=auth(a.token)).json()["items"]
    assert {m["user_id"] for m in members} == {str(a.admin.id), str(a.agent.id)}
    # B's token still works: A's attempt changed nothing.
    assert client.get("/api/v1/me", headers=auth(b.token)).status_code == 200


def test_pagination_convention(client: TestClient, tenant: Tenant) -> None:
    for i in range(3):
        client.post(
            "/api/v1/tokens",
            headers=auth(tenant.token),
            json={"name": f"t{i}", "scopes": ["orgs:read"]},
        )
    page = client.get("/api/v1/tokens?limit=2", headers=auth(tenant.token)).json()
    assert page["total"] == 4 and len(page["items"]) == 2 and page["next_offset"] == 2
    last = client.get("/api/v1/tokens?limit=2&offset=2", headers=auth(tenant.token)).json()
    assert len(last["items"]) == 2 and last["next_offset"] is None
    assert client.get("/api/v1/tokens?limit=0", headers=auth(tenant.token)).status_code == 422


def test_public_organisation_and_unknown_slug(client: TestClient, tenant: Tenant) -> None:
    assert client.get(f"/api/v1/orgs/{tenant.org.slug}").json()["name"] == tenant.org.name
    missing = client.get("/api/v1/orgs/no-such-org")
    assert missing.status_code == 404
    assert missing.json()["type"] == "urn:vaern:problem:not-found"
