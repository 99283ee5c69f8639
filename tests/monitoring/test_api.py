"""POST /api/v1/events and the alert API: scopes, idempotency, isolation, bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import db
from vaern.config import Settings
from vaern.monitoring.models import Alert, MonitoredEvent

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"
SCOPES = ["events:write", "alerts:read"]


def seed() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SEED.read_text().splitlines()]


def test_batch_ingest_raises_alerts_and_is_idempotent(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=SCOPES)
    response = client.post("/api/v1/events", headers=auth(t.token), json=seed())
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["accepted"], body["rejected"]) == (9, 0)
    alerted = [i["event_id"] for i in body["items"] if i["alert_ids"]]
    assert alerted == ["s003-h-foreign-1", "s003-m-foreign-2", "s003-m-instant"]

    again = client.post("/api/v1/events", headers=auth(t.token), json=seed()).json()
    assert (again["accepted"], again["duplicates"]) == (0, 9)

    alerts = client.get("/api/v1/alerts", headers=auth(t.token)).json()["items"]
    assert len(alerts) == 3
    first = next(a for a in alerts if a["event_id"] == "s003-h-foreign-1")
    assert (first["action"], first["status"], first["severity"]) == ("hold", "open", "critical")
    assert first["actions_taken"][0]["action"] == "hold"  # recorded by flows.on_alert
    assert first["explanation"]["da"] and first["explanation"]["en"]
    with db.session_scope(settings.database_url) as s:
        refs = s.scalars(
            sa.select(MonitoredEvent.account_ref).where(MonitoredEvent.organisation_id == t.org.id)
        ).all()
        payloads = s.scalars(
            sa.select(MonitoredEvent.payload).where(MonitoredEvent.organisation_id == t.org.id)
        ).all()
    assert len(refs) == 9 and all(r.startswith("a_") for r in refs)
    assert "agreement-H" not in json.dumps(payloads) and "customer-M" not in json.dumps(payloads)


def test_single_event_and_per_item_rejections(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant(scopes=SCOPES)
    one = client.post("/api/v1/events", headers=auth(t.token), json=seed()[0])
    assert one.status_code == 200 and one.json()["accepted"] == 1

    bad = {**seed()[1], "currency": "XYZ"}
    single = client.post("/api/v1/events", headers=auth(t.token), json=bad)
    assert single.status_code == 422
    assert single.headers["content-type"] == "application/problem+json"
    assert "unknown currency" in single.json()["detail"]

    batch = [{"type": "teleport", "event_id": "x"}, bad, seed()[2], 7]
    body = client.post("/api/v1/events", headers=auth(t.token), json=batch).json()
    assert [i["status"] for i in body["items"]] == ["rejected", "rejected", "accepted", "rejected"]
    assert "unknown event type" in body["items"][0]["reason"]
    with db.session_scope(settings.database_url) as s:
        count = s.scalar(
            sa.select(sa.func.count())
            .select_from(MonitoredEvent)
            .where(MonitoredEvent.organisation_id == t.org.id)
        )
    assert count == 2


def test_auth_scope_and_size_limits(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    assert client.post("/api/v1/events", json=seed()[0]).status_code == 401
    reader = make_tenant(scopes=["alerts:read"])
    assert client.post("/api/v1/events", headers=auth(reader.token), json=seed()).status_code == 403
    writer = make_tenant(scopes=["events:write"])
    assert client.get("/api/v1/alerts", headers=auth(writer.token)).status_code == 403
    too_many = [seed()[0]] * 1001
    response = client.post("/api/v1/events", headers=auth(writer.token), json=too_many)
    assert response.status_code == 422 and "at most 1000" in response.json()["detail"]
    assert client.post("/api/v1/events", headers=auth(writer.token), json="nope").status_code == 422


def test_alerts_are_tenant_scoped(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant(scopes=SCOPES)
    client.post("/api/v1/events", headers=auth(a.token), json=seed())
    with db.session_scope(settings.database_url) as s:
        alert_id = s.scalars(sa.select(Alert.id).where(Alert.organisation_id == a.org.id)).first()
    assert client.get(f"/api/v1/alerts/{alert_id}", headers=auth(a.token)).status_code == 200
    assert client.get(f"/api/v1/alerts/{alert_id}", headers=auth(b.token)).status_code == 404
    assert client.get("/api/v1/alerts", headers=auth(b.token)).json()["items"] == []
    # The same event ids are independent per organisation.
    body = client.post("/api/v1/events", headers=auth(b.token), json=seed()).json()
    assert body["accepted"] == 9
