"""Matching a restricted person's outbound records (GDPR art. 18) is refused to staff and
systems until the restriction is lifted; the public message check is the person's own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from tests.outbound.test_api import TEXT, rec
from vaern import db
from vaern.config import Settings
from vaern.db import utcnow
from vaern.dpo import requests
from vaern.outbound import service

PHONE = "+45 21 43 65 87"


def test_lookup_of_a_restricted_recipient_is_refused_until_lifted(
    client: TestClient, sender_tenant: Callable[[], Tenant], settings: Settings
) -> None:
    t = sender_tenant()
    h = auth(t.token)
    assert (
        client.post("/api/v1/outbound", json=rec("r1", recipient=PHONE), headers=h).json()[
            "accepted"
        ]
        == 1
    )
    query = {"recipient": "21436587", "channel": "sms", "around": utcnow().isoformat()}
    before = client.post("/api/v1/outbound/lookup", json={**query, "text": TEXT}, headers=h)
    assert before.json()["match"] == "exact"
    with db.session_scope(settings.database_url) as s:
        r = requests.create_request(
            s, organisation_id=t.org.id, kind="objection", identifiers={"phone": PHONE}
        )
        requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="verified")
        requests.restrict(s, organisation_id=t.org.id, request_id=r.id)
        subject_id = r.subject_id
    refused = client.post("/api/v1/outbound/lookup", json=query, headers=h)
    assert refused.status_code == 409
    assert refused.json()["type"] == "urn:vaern:problem:restricted"
    assert "2143" not in refused.text
    other = {**query, "recipient": "20304050"}
    assert client.post("/api/v1/outbound/lookup", json=other, headers=h).status_code == 200
    with db.session_scope(settings.database_url) as s:
        # The person's own check (no actor) still finds the message sent to them.
        own = service.lookup(
            s,
            organisation_id=t.org.id,
            recipient=PHONE,
            channel="sms",
            around=utcnow() - timedelta(minutes=30),
            text=TEXT,
        )
        assert own.match == "exact"
        requests.lift_restriction(
            s, organisation_id=t.org.id, subject_id=subject_id, reason="Samtykke"
        )
    again = client.post("/api/v1/outbound/lookup", json={**query, "text": TEXT}, headers=h)
    assert again.status_code == 200 and again.json()["match"] == "exact"
