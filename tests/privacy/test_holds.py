"""Legal holds stop retention deletion and erasure until released; audited, per tenant."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth
from vaern import db
from vaern.config import Settings
from vaern.dpo import requests, retention
from vaern.errors import Invalid, NotFound
from vaern.privacy import holds
from vaern.privacy.models import AuditEntry, DataSubject, SubjectIdentifier, SubjectRequest

OLD = datetime(2015, 1, 5, tzinfo=UTC)


def _closed_request(s: db.Session, org_id: object, email: str) -> SubjectRequest:
    r = requests.create_request(
        s, organisation_id=org_id, kind="access", identifiers={"email": email}, now=OLD
    )
    requests.transition(
        s, organisation_id=org_id, request_id=r.id, status="rejected", reason="duplicate", now=OLD
    )
    return r


@pytest.mark.parametrize(
    ("scope", "with_target"), [("organisation", True), ("subject", False), ("case", False)]
)
def test_a_hold_names_its_target_exactly_when_it_is_not_organisation_wide(
    session: db.Session, tenant: Tenant, scope: str, with_target: bool
) -> None:
    with pytest.raises(Invalid):
        holds.place(
            session,
            organisation_id=tenant.org.id,
            scope=scope,
            reason="litigation",
            target_id=tenant.org.id if with_target else None,
        )


def test_organisation_and_subject_holds_stop_retention(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        kept = _closed_request(s, t.org.id, "kept@example.dk")
        gone = _closed_request(s, t.org.id, "gone@example.dk")
        org_hold = holds.place(s, organisation_id=t.org.id, scope="organisation", reason="audit")
        report = retention.apply(s, organisation_id=t.org.id)
        assert report["items"] == [{"organisation_id": str(t.org.id), "ok": True, "held": True}]
        assert s.get(SubjectRequest, gone.id) is not None
        holds.release(s, organisation_id=t.org.id, hold_id=org_hold.id)
        holds.place(
            s,
            organisation_id=t.org.id,
            scope="subject",
            target_id=kept.subject_id,
            reason="police request",
        )
        report = retention.apply(s, organisation_id=t.org.id)
        assert report["expired"] == 1
        assert s.get(SubjectRequest, kept.id) is not None
        assert s.get(SubjectRequest, gone.id) is None
        actions = set(
            s.scalars(sa.select(AuditEntry.action).where(AuditEntry.organisation_id == t.org.id))
        )
    assert {"hold.place", "hold.release"} <= actions


def test_erasure_under_a_hold_restricts_and_explains_then_erases_after_release(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        r = requests.create_request(
            s, organisation_id=t.org.id, kind="erasure", identifiers={"email": "held@example.dk"}
        )
        requests.transition(s, organisation_id=t.org.id, request_id=r.id, status="verified")
        hold = holds.place(
            s,
            organisation_id=t.org.id,
            scope="subject",
            target_id=r.subject_id,
            reason="open fraud case",
        )
        report = requests.erase(s, organisation_id=t.org.id, request_id=r.id)
        assert report["held"] is True and report["ok"] is False
        assert "art. 17(3)(e)" in report["explanation"]["en"]
        assert r.status == "verified" and s.get_one(DataSubject, r.subject_id).restricted
        kept = s.scalar(
            sa.select(SubjectIdentifier.ciphertext).where(
                SubjectIdentifier.subject_id == r.subject_id
            )
        )
        assert kept is not None  # nothing erased while held
        holds.release(s, organisation_id=t.org.id, hold_id=hold.id)
        report = requests.erase(s, organisation_id=t.org.id, request_id=r.id)
        assert report["ok"] is True and r.status == "completed"
        assert (
            s.scalar(
                sa.select(SubjectIdentifier.ciphertext).where(
                    SubjectIdentifier.subject_id == r.subject_id
                )
            )
            is None
        )


def test_holds_are_per_tenant(settings: Settings, make_tenant: Callable[..., Tenant]) -> None:
    t, other = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        hold = holds.place(s, organisation_id=t.org.id, scope="organisation", reason="x")
        with pytest.raises(NotFound):
            holds.release(s, organisation_id=other.org.id, hold_id=hold.id)
        mine = requests.create_request(
            s, organisation_id=t.org.id, kind="access", identifiers={"email": "x@example.dk"}
        )
        with pytest.raises(NotFound):  # another organisation's subject cannot be held
            holds.place(
                s,
                organisation_id=other.org.id,
                scope="subject",
                target_id=mine.subject_id,
                reason="x",
            )
        assert not holds.is_held(s, organisation_id=other.org.id)
        assert holds.is_held(s, organisation_id=t.org.id)
        holds.release(s, organisation_id=t.org.id, hold_id=hold.id, now=OLD + timedelta(days=1))
        assert not holds.is_held(s, organisation_id=t.org.id)


def test_holds_and_audit_verification_through_the_api(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(scopes=["privacy:admin"]), make_tenant(scopes=["privacy:admin"])
    weak = make_tenant(scopes=["orgs:read"])
    h = auth(t.token)
    assert client.get("/api/v1/privacy/holds").status_code == 401
    assert client.get("/api/v1/privacy/holds", headers=auth(weak.token)).status_code == 403
    bad = client.post("/api/v1/privacy/holds", headers=h, json={"scope": "subject", "reason": "x"})
    assert bad.status_code == 422  # a subject hold names its subject
    created = client.post(
        "/api/v1/privacy/holds", headers=h, json={"scope": "organisation", "reason": "lawsuit"}
    )
    assert created.status_code == 201
    hold_id = created.json()["id"]
    assert [x["id"] for x in client.get("/api/v1/privacy/holds", headers=h).json()] == [hold_id]
    assert client.get("/api/v1/privacy/holds", headers=auth(other.token)).json() == []
    stolen = client.post(f"/api/v1/privacy/holds/{hold_id}/release", headers=auth(other.token))
    assert stolen.status_code == 404
    released = client.post(f"/api/v1/privacy/holds/{hold_id}/release", headers=h)
    assert released.status_code == 200 and released.json()["released_at"]
    again = client.post(f"/api/v1/privacy/holds/{hold_id}/release", headers=h)
    assert again.status_code == 409
    chain = client.get("/api/v1/privacy/audit/verify", headers=h).json()
    assert chain["ok"] is True and chain["entries"] >= 2 and chain["chain"] == str(t.org.id)
