from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from, login
from vaern import db
from vaern.config import Settings
from vaern.db import utcnow
from vaern.localtime import LOCAL
from vaern.orgs import service as orgs
from vaern.orgs.schemas import TokenCreate
from vaern.privacy.models import AuditEntry

TEXT = "Din kode til demobank er klar. Log ind på https://demobank.example"


def rec(client_id: str, **kw: object) -> dict[str, object]:
    data: dict[str, object] = {
        "client_id": client_id,
        "channel": "sms",
        "sender": "DemoBank",
        "recipient": "20304050",
        "sent_at": (utcnow() - timedelta(minutes=30)).isoformat(),
        "text": TEXT,
    }
    data.update(kw)
    return data


def test_record_single_and_batch(client: TestClient, sender_tenant: Callable[[], Tenant]) -> None:
    t = sender_tenant()
    h = auth(t.token)
    single = client.post("/api/v1/outbound", json=rec("one"), headers=h)
    assert single.status_code == 200, single.text
    assert single.json()["accepted"] == 1
    batch = {"items": [rec("one"), rec("two"), rec("three", sender="Nope")]}
    r = client.post("/api/v1/outbound", json=batch, headers=h).json()
    assert [i["status"] for i in r["items"]] == ["duplicate", "accepted", "rejected"]
    assert "not a registered" in r["items"][2]["reason"]


def test_bad_input_is_422_and_nothing_written(
    client: TestClient, sender_tenant: Callable[[], Tenant]
) -> None:
    t = sender_tenant()
    h = auth(t.token)
    unknown = client.post("/api/v1/outbound", json=rec("x", colour="red"), headers=h)
    assert unknown.status_code == 422
    assert unknown.headers["content-type"].startswith("application/problem+json")
    mixed = {"items": [rec("fine"), rec("broken", sent_at="yesterday")]}
    assert client.post("/api/v1/outbound", json=mixed, headers=h).status_code == 422
    naive = client.post(
        "/api/v1/outbound", json=rec("naive", sent_at="2026-11-23T10:00:00"), headers=h
    )
    assert naive.status_code == 422
    both = client.post("/api/v1/outbound", json=rec("both", text_sha256="a" * 64), headers=h)
    assert both.status_code == 422
    too_many = {"items": [rec(f"c{i}", text=None) for i in range(1001)]}
    assert client.post("/api/v1/outbound", json=too_many, headers=h).status_code == 422
    look = client.post(
        "/api/v1/outbound/lookup",
        json={"recipient": "20304050", "channel": "sms", "around": utcnow().isoformat()},
        headers=h,
    )
    assert look.json()["match"] == "none"


def test_auth_scopes_and_isolation(
    client: TestClient, sender_tenant: Callable[[], Tenant], make_tenant: Callable[..., Tenant]
) -> None:
    a, b = sender_tenant(), sender_tenant()
    assert client.post("/api/v1/outbound", json=rec("x")).status_code == 401
    reader = make_tenant(scopes=["orgs:read"])
    assert (
        client.post("/api/v1/outbound", json=rec("x"), headers=auth(reader.token)).status_code
        == 403
    )
    assert (
        client.post("/api/v1/outbound", json=rec("x"), headers=auth(a.token)).json()["accepted"]
        == 1
    )
    query = {
        "recipient": "+4520304050",
        "channel": "sms",
        "around": utcnow().isoformat(),
        "text": TEXT,
    }
    assert (
        client.post("/api/v1/outbound/lookup", json=query, headers=auth(a.token)).json()["match"]
        == "exact"
    )
    assert (
        client.post("/api/v1/outbound/lookup", json=query, headers=auth(b.token)).json()["match"]
        == "none"
    )
    assert client.post("/api/v1/outbound/lookup", json=query).status_code == 401
    # The same client id in another organisation is a different record.
    assert (
        client.post("/api/v1/outbound", json=rec("x"), headers=auth(b.token)).json()["accepted"]
        == 1
    )


def test_staff_lookup_page(client: TestClient, sender_tenant: Callable[[], Tenant]) -> None:
    t = sender_tenant()
    client.post("/api/v1/outbound", json=rec("p1"), headers=auth(t.token))
    login(client, t.agent.email)
    url = f"/staff/{t.org.slug}/outbound"
    page = client.get(url)
    assert page.status_code == 200
    token = csrf_from(page.text)
    # The agent types Copenhagen wall time; the message was sent 30 minutes before now.
    around = utcnow().astimezone(LOCAL).strftime("%Y-%m-%dT%H:%M")
    found = client.post(
        url,
        data={
            "csrf_token": token,
            "channel": "sms",
            "recipient": "20 30 40 50",
            "around": around,
            "text": TEXT,
        },
    )
    assert found.status_code == 200 and "(samme tekst)" in found.text
    assert 'class="ok"' in found.text and "demobank" in found.text
    assert "CET" in found.text or "CEST" in found.text  # the sent time, labelled
    other = client.post(
        url,
        data={
            "csrf_token": token,
            "channel": "sms",
            "recipient": "20 30 40 50",
            "around": around,
            "text": "Your parcel is waiting, pay the customs fee at https://fee.example",
        },
    )
    assert 'class="warning"' in other.text and "ikke med denne tekst" in other.text
    # Five days off is outside the three-day window.
    far = (utcnow() + timedelta(days=5)).astimezone(LOCAL).strftime("%Y-%m-%dT%H:%M")
    missed = client.post(
        url,
        data={"csrf_token": token, "channel": "sms", "recipient": "20304050", "around": far},
    )
    assert 'class="error"' in missed.text
    bad = client.post(
        url, data={"csrf_token": token, "channel": "fax", "recipient": "20304050", "around": around}
    )
    assert bad.status_code == 422


def test_body_over_the_outbound_limit_is_refused(
    client: TestClient, sender_tenant: Callable[[], Tenant]
) -> None:
    t = sender_tenant()
    huge = b'{"items": [' + b" " * (9 * 1024 * 1024) + b"]}"
    r = client.post(
        "/api/v1/outbound",
        content=huge,
        headers={**auth(t.token), "content-type": "application/json"},
    )
    assert r.status_code == 413


def test_retention_setting(
    client: TestClient, sender_tenant: Callable[[], Tenant], settings: Settings
) -> None:
    a, b = sender_tenant(), sender_tenant()
    with db.session_scope(settings.database_url) as s:
        admin, _ = orgs.create_token(
            s,
            organisation_id=a.org.id,
            actor=None,
            data=TokenCreate(name="dpo", scopes=["privacy:admin"]),
        )
    assert client.get("/api/v1/outbound/retention", headers=auth(a.token)).json() == {"days": 180}

    def put(days: int, token: str = admin) -> int:
        url = "/api/v1/outbound/retention"
        return client.put(url, json={"days": days}, headers=auth(token)).status_code

    assert put(1, a.token) == 403  # outbound:write set it to 1 day before, unaudited
    assert put(30) == 200
    assert client.get("/api/v1/outbound/retention", headers=auth(a.token)).json() == {"days": 30}
    assert client.get("/api/v1/outbound/retention", headers=auth(b.token)).json() == {"days": 180}
    assert put(0) == 422 and put(6) == 422  # under the floor
    with db.session_scope(settings.database_url) as s:
        changes = s.scalars(
            sa.select(AuditEntry.details).where(
                AuditEntry.organisation_id == a.org.id,
                AuditEntry.action == "outbound.retention.set",
            )
        ).all()
    assert changes == [{"from": 180, "to": 30}]
    old = rec("old", sent_at=(utcnow() - timedelta(days=40)).isoformat())
    item = client.post("/api/v1/outbound", json=old, headers=auth(a.token)).json()["items"][0]
    assert item["status"] == "rejected" and "retention" in item["reason"]
