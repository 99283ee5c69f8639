"""Alert webhooks: HMAC-signed, retried with backoff, logged; against a loopback server."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.loopback import Receiver
from vaern import db, delivery
from vaern.config import Settings
from vaern.monitoring import webhooks

SEED = Path(__file__).parents[2] / "src/vaern/monitoring/examples/seed003_221-2021.jsonl"
SCOPES = ["events:write", "alerts:read", "alerts:admin"]


def seed() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SEED.read_text().splitlines()]


def verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    parts = dict(p.split("=", 1) for p in headers["x-vaern-signature"].split(","))
    mac = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256)
    return hmac.compare_digest(parts["v1"], mac.hexdigest())


def test_alerts_are_signed_sent_at_once_retried_and_logged(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    receiver: Receiver,
) -> None:
    t = make_tenant(scopes=SCOPES)
    h = auth(t.token)
    created = client.post("/api/v1/alert-webhooks", headers=h, json={"url": receiver.url})
    assert created.status_code == 201, created.text
    hook = created.json()
    assert hook["secret"].startswith("whsec_") and hook["min_severity"] == "high"
    assert "secret" not in client.get("/api/v1/alert-webhooks", headers=h).json()[0]

    receiver.statuses = [500]  # the first push fails
    result = client.post("/api/v1/events", headers=h, json=seed()).json()
    alert_ids = {str(a) for i in result["items"] for a in i["alert_ids"]}
    assert len(alert_ids) == 3
    # Sent right after the response: two delivered, the first one failed and waits.
    assert len(receiver.requests) == 3
    log = client.get(f"/api/v1/alert-webhooks/{hook['id']}/deliveries", headers=h).json()
    assert sorted(d["status"] for d in log) == ["delivered", "delivered", "pending"]
    waiting = next(d for d in log if d["status"] == "pending")
    assert waiting["attempts"] == 1 and waiting["last_result"] == "RuntimeError: HTTP 500"

    now = db.utcnow()
    with db.session_scope(settings.database_url) as s:
        assert webhooks.deliver_due(s, now=now)["retry"] == 0  # not due before the backoff
        due = now + delivery.BASE_BACKOFF + timedelta(seconds=1)
        assert webhooks.deliver_due(s, now=due)["delivered"] == 1
    assert len(receiver.requests) == 4

    sent = {}
    for headers, body in receiver.requests:
        assert headers["x-vaern-event"] == "monitoring.alert"
        assert verify(hook["secret"], headers, body)
        assert "agreement-H" not in body.decode() and "customer-M" not in body.decode()
        sent[json.loads(body)["alert"]["id"]] = json.loads(body)["alert"]
    assert set(sent) == alert_ids
    first = next(a for a in sent.values() if a["event_id"] == "s003-h-foreign-1")
    assert (first["action"], first["severity"]) == ("hold", "critical")
    assert first["explanation"]["da"] and first["account_ref"].startswith("a_")
    assert not verify("whsec_wrong", *receiver.requests[0])


def test_min_severity_scope_isolation_and_giving_up(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    settings.webhook_allow_private = True  # the dead port is on loopback
    t, other = make_tenant(scopes=SCOPES), make_tenant(scopes=SCOPES)
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
    h = auth(t.token)
    low = client.post(
        "/api/v1/alert-webhooks", headers=h, json={"url": dead, "min_severity": "low"}
    )
    crit = client.post(
        "/api/v1/alert-webhooks", headers=h, json={"url": dead, "min_severity": "critical"}
    )
    assert (
        client.post("/api/v1/alert-webhooks", headers=h, json={"url": "ftp://x"}).status_code == 422
    )
    reader = make_tenant(scopes=["alerts:read"])
    assert client.get("/api/v1/alert-webhooks", headers=auth(reader.token)).status_code == 403
    path = f"/api/v1/alert-webhooks/{low.json()['id']}/deliveries"
    assert client.get(path, headers=auth(other.token)).status_code == 404

    at = "2021-03-05T18:00:00+01:00"
    high = [  # a new device, then an instant transfer to a new payee: a "high" alert
        {"event_id": "nd-1", "type": "device_enrolled", "occurred_at": at,
         "account_id": "acc-nd", "device_id": "dev-x"},
        {"event_id": "nd-2", "type": "transfer", "occurred_at": at.replace("18:00", "18:05"),
         "account_id": "acc-nd", "amount": "4000.00", "instant": True, "new_payee": True},
    ]  # fmt: skip
    client.post("/api/v1/events", headers=h, json=seed() + high)
    by_low = client.get(path, headers=h).json()
    by_crit = client.get(f"/api/v1/alert-webhooks/{crit.json()['id']}/deliveries", headers=h).json()
    assert (len(by_low), len(by_crit)) == (4, 3)  # the "high" one only to the first
    now = db.utcnow()
    with db.session_scope(settings.database_url) as s:
        for attempt in range(delivery.MAX_ATTEMPTS):
            now += delivery.BASE_BACKOFF * 2**attempt + timedelta(seconds=1)
            webhooks.deliver_due(s, now=now, organisation_id=t.org.id)
    log = client.get(path, headers=h).json()
    assert {d["status"] for d in log} == {"failed"}
    assert all(d["attempts"] == delivery.MAX_ATTEMPTS for d in log)
    assert all("ConnectError" in d["last_result"] for d in log)
