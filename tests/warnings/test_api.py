"""Warnings API: lifecycle, versions, redaction, validation, scopes and tenant isolation."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.warnings.helpers import publish_warning, warning_body

W = ["warnings:write"]


def test_draft_publish_update_expire_with_history(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=W)
    h = auth(t.token)
    created = client.post("/api/v1/warnings", headers=h, json=warning_body())
    assert created.status_code == 201
    w = created.json()
    assert w["status"] == "draft" and w["version"] == 1
    # Personal data in examples is redacted before storing.
    assert "22334455" not in w["examples"][0] and "ole@example.com" not in w["examples"][0]
    assert w["indicators"]["phones"] == ["+4570203040"]
    assert w["indicators"]["fingerprints"]
    # A draft is not public.
    assert client.get(f"/warnings/{w['id']}").status_code == 404

    published = client.post(f"/api/v1/warnings/{w['id']}/publish", headers=h).json()
    assert published["status"] == "published" and published["published_at"]
    updated = client.patch(
        f"/api/v1/warnings/{w['id']}",
        headers=h,
        json={"advice": {"da": "Ring til os.", "en": "Call us."}},
    )
    assert updated.status_code == 200 and updated.json()["version"] == 3
    assert updated.json()["title"]["en"] == "Fake parcel texts"
    expired = client.post(f"/api/v1/warnings/{w['id']}/expire", headers=h).json()
    assert expired["status"] == "expired"
    # Cannot expire twice; withdrawn cannot be changed.
    assert client.post(f"/api/v1/warnings/{w['id']}/expire", headers=h).status_code == 409
    versions = client.get(f"/api/v1/warnings/{w['id']}/versions", headers=h).json()
    assert [v["change"] for v in versions] == ["expired", "update", "published", "create"]


def test_bad_input_is_422_and_nothing_written(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=W)
    h = auth(t.token)
    for body in (
        warning_body(title={"da": "", "en": "x"}),
        warning_body(channels=["pigeon"]),
        warning_body(examples=["x" * 2001]),
        warning_body(valid_from="2026-12-01T00:00:00Z", valid_until="2026-11-01T00:00:00Z"),
    ):
        response = client.post("/api/v1/warnings", headers=h, json=body)
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
    assert client.get("/api/v1/warnings", headers=h).json()["total"] == 0


def test_scope_and_tenant_isolation(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    a, b = make_tenant(scopes=W), make_tenant(scopes=W)
    no_scope = make_tenant(scopes=["orgs:read"])
    assert client.post("/api/v1/warnings", json=warning_body()).status_code == 401
    assert (
        client.post(
            "/api/v1/warnings", headers=auth(no_scope.token), json=warning_body()
        ).status_code
        == 403
    )
    w = publish_warning(client, a.token)
    hb = auth(b.token)
    for method, path in (
        ("get", f"/api/v1/warnings/{w['id']}"),
        ("patch", f"/api/v1/warnings/{w['id']}"),
        ("post", f"/api/v1/warnings/{w['id']}/expire"),
        ("get", f"/api/v1/warnings/{w['id']}/versions"),
    ):
        kwargs = {"json": {}} if method == "patch" else {}
        assert getattr(client, method)(path, headers=hb, **kwargs).status_code == 404
    assert client.get("/api/v1/warnings", headers=hb).json()["total"] == 0
