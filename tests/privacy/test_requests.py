"""Data-subject requests: status machine, deadline, erasure hooks, export, API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import db, domains
from vaern.config import Settings
from vaern.dpo import requests
from vaern.errors import Conflict, Invalid
from vaern.privacy.models import DataSubject, SubjectIdentifier, SubjectRequest

EMAIL = "person@example.dk"


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (datetime(2026, 1, 31, tzinfo=UTC), 1, datetime(2026, 2, 28, tzinfo=UTC)),
        (datetime(2026, 11, 23, tzinfo=UTC), 1, datetime(2026, 12, 23, tzinfo=UTC)),
        (datetime(2026, 12, 15, tzinfo=UTC), 3, datetime(2027, 3, 15, tzinfo=UTC)),
    ],
)
def test_add_months(start: datetime, months: int, expected: datetime) -> None:
    assert requests.add_months(start, months) == expected


@pytest.fixture
def failing_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_domain(session: db.Session, subject: DataSubject) -> dict[str, object]:
        raise RuntimeError("boom")

    erasers = domains.erasers()
    monkeypatch.setattr(domains, "erasers", lambda: (*erasers, broken_domain))


def test_status_machine_deadline_and_overdue(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    received = datetime(2026, 1, 10, 9, tzinfo=UTC)
    with db.session_scope(settings.database_url) as s:
        r = requests.create_request(
            s, organisation_id=t.org.id, kind="access", identifiers={"email": EMAIL}, now=received
        )
        assert r.due_at == datetime(2026, 2, 10, 9, tzinfo=UTC)
        assert requests.is_overdue(r, now=received + timedelta(days=32))
        assert not requests.is_overdue(r, now=received + timedelta(days=30))
        with pytest.raises(Conflict):
            requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="completed")
        with pytest.raises(Invalid):
            requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="rejected")
        requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="verified")
        requests.transition(
            s, organisation_id=t.org.id, request_id=r.id, status="extended", reason="Omfattende"
        )
        assert r.due_at == datetime(2026, 4, 10, 9, tzinfo=UTC)
        requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="in_progress")
        with pytest.raises(Conflict):
            requests.transition(
                s, organisation_id=t.org.id, request_id=r.id, status="extended", reason="again"
            )
        exported = requests.export(s, organisation_id=t.org.id, request_id=r.id)
        assert exported["data"]["vault_identifiers"] == {"email": [EMAIL]}
        requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="completed")
        assert r.closed_at is not None and not requests.is_overdue(
            r, now=received + timedelta(days=365)
        )
        assert [h["status"] for h in r.history] == [
            "received",
            "verified",
            "extended",
            "in_progress",
            "completed",
        ]


def test_erasure_keeps_tombstone_and_reports_each_handler(
    settings: Settings, make_tenant: Callable[..., Tenant], failing_handler: None
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        r = requests.create_request(
            s,
            organisation_id=t.org.id,
            kind="erasure",
            identifiers={"email": EMAIL, "cpr": "0101901234"},
        )
        requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="verified")
        report = requests.erase(s, organisation_id=t.org.id, request_id=r.id)
        subject_id, request_id = r.subject_id, r.id
    by_name = {h["handler"]: h for h in report["handlers"]}
    assert by_name["vault_ciphertexts"]["ok"] and by_name["vault_ciphertexts"]["details"] == {
        "identifiers": 2
    }
    assert by_name["broken_domain"] == {
        "handler": "broken_domain",
        "ok": False,
        "error": "RuntimeError",
    }
    assert report["ok"] is False
    with db.session_scope(settings.database_url) as s:
        idents = s.scalars(
            sa.select(SubjectIdentifier).where(SubjectIdentifier.subject_id == subject_id)
        ).all()
        assert len(idents) == 2 and all(i.ciphertext is None and i.blind_index for i in idents)
        assert s.get_one(DataSubject, subject_id).erased_at is not None
        # A handler failed, so the request stays open for another attempt.
        assert s.get_one(SubjectRequest, request_id).status == "verified"


def test_restriction_and_rectification(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        r = requests.create_request(
            s, organisation_id=t.org.id, kind="objection", identifiers={"email": EMAIL}
        )
        with pytest.raises(Conflict):
            requests.restrict(s, organisation_id=t.org.id, request_id=r.id)  # not verified yet
        requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="verified")
        assert requests.restrict(s, organisation_id=t.org.id, request_id=r.id).status == "completed"
        assert s.get_one(DataSubject, r.subject_id).restricted
        fix = requests.create_request(
            s, organisation_id=t.org.id, kind="rectification", identifiers={"email": EMAIL}
        )
        requests.transition(s, organisation_id=t.org.id, request_id=fix.id, status="verified")
        requests.rectify(
            s, organisation_id=t.org.id, request_id=fix.id, identifiers={"email": "new@example.dk"}
        )
        assert fix.subject_id == r.subject_id
        access = requests.create_request(
            s, organisation_id=t.org.id, kind="access", identifiers={"email": "new@example.dk"}
        )
        requests.transition(s, organisation_id=t.org.id, request_id=access.id, status="verified")
        data = requests.export(s, organisation_id=t.org.id, request_id=access.id)["data"]
        assert data["vault_identifiers"] == {"email": ["new@example.dk"]}


def test_api_lifecycle_auth_isolation_and_bad_input(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["privacy:admin"])
    other = make_tenant(scopes=["privacy:admin"])
    weak = make_tenant(scopes=["orgs:read"])
    body = {"kind": "erasure", "identifiers": {"email": EMAIL}, "note": "cpr 010190-1234"}
    assert client.post("/api/v1/privacy/requests", json=body).status_code == 401
    assert (
        client.post("/api/v1/privacy/requests", json=body, headers=auth(weak.token)).status_code
        == 403
    )
    created = client.post("/api/v1/privacy/requests", json=body, headers=auth(t.token))
    assert created.status_code == 201, created.text
    item = created.json()
    assert item["status"] == "received" and item["note"] == "cpr [CPR]" and item["days_left"] >= 27
    url = f"/api/v1/privacy/requests/{item['id']}"
    assert client.get(url, headers=auth(other.token)).status_code == 404
    assert client.post(f"{url}/erase", headers=auth(other.token)).status_code == 404
    listed = client.get("/api/v1/privacy/requests", headers=auth(t.token)).json()
    assert [i["id"] for i in listed["items"]] == [item["id"]]
    for bad in (
        {"kind": "delete", "identifiers": {"email": EMAIL}},
        {"kind": "access", "identifiers": {}},
        {"kind": "access", "identifiers": {"shoe": "42"}},
        {"kind": "access", "identifiers": {"email": EMAIL}, "note": "x" * 5001},
    ):
        response = client.post("/api/v1/privacy/requests", json=bad, headers=auth(t.token))
        assert response.status_code == 422, bad
        assert response.headers["content-type"] == "application/problem+json"
    assert client.post(f"{url}/erase", headers=auth(t.token)).status_code == 409  # unverified
    moved = client.post(f"{url}/transition", json={"status": "verified"}, headers=auth(t.token))
    assert moved.status_code == 200 and moved.json()["status"] == "verified"
    erased = client.post(f"{url}/erase", headers=auth(t.token))
    assert erased.status_code == 200 and erased.json()["ok"] is True
    assert client.get(url, headers=auth(t.token)).json()["status"] == "completed"
    assert client.get("/api/v1/privacy/requests", headers=auth(other.token)).json()["items"] == []
