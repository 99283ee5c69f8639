"""Retention rules per organisation and category, the job's service, dry run, API."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.conftest import Tenant, auth
from vaern import db, site
from vaern.config import Settings
from vaern.dpo import requests, retention
from vaern.errors import Invalid
from vaern.privacy import secret_mail
from vaern.privacy.models import OutboxMessage, SubjectRequest
from vaern.privacy.retention import category

NOW = datetime(2030, 6, 1, tzinfo=UTC)


def _closed_request(s: Session, org_id: uuid.UUID, closed: datetime) -> uuid.UUID:
    r = requests.create_request(
        s, organisation_id=org_id, kind="access", identifiers={"email": "r@example.dk"}, now=closed
    )
    requests.transition(
        s,
        organisation_id=org_id,
        request_id=r.id,
        status="rejected",
        reason="Ikke identificeret",
        now=closed,
    )
    return r.id


@pytest.fixture
def failing_category(monkeypatch: pytest.MonkeyPatch) -> None:
    @category("broken", default_days=1, explanation={"da": "x", "en": "x"})
    def broken(session: Session, org: uuid.UUID, cutoff: datetime, dry_run: bool) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(retention.CATEGORIES, "broken", broken)


def test_rules_default_and_per_organisation(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t, other = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        assert retention.rules(s, organisation_id=t.org.id)["subject_requests"] == 3 * 365
        retention.set_rule(s, organisation_id=t.org.id, category="subject_requests", days=30)
        retention.set_rule(s, organisation_id=t.org.id, category="subject_requests", days=40)
        assert retention.rules(s, organisation_id=t.org.id)["subject_requests"] == 40
        assert retention.rules(s, organisation_id=other.org.id)["subject_requests"] == 3 * 365
        for category, days in (("nope", 10), ("subject_requests", 0)):
            with pytest.raises(Invalid):
                retention.set_rule(s, organisation_id=t.org.id, category=category, days=days)


def test_apply_dry_run_then_delete_and_report_failures(
    settings: Settings, make_tenant: Callable[..., Tenant], failing_category: None
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        retention.set_rule(s, organisation_id=t.org.id, category="subject_requests", days=30)
        old = _closed_request(s, t.org.id, NOW - timedelta(days=31))
        recent = _closed_request(s, t.org.id, NOW - timedelta(days=29))
    with db.session_scope(settings.database_url) as s:
        dry = retention.apply(s, now=NOW, dry_run=True, organisation_id=t.org.id)
    by_cat = {i["category"]: i for i in dry["items"]}
    assert by_cat["subject_requests"] == {
        "organisation_id": str(t.org.id),
        "category": "subject_requests",
        "expired": 1,
        "ok": True,
    }
    assert by_cat["broken"]["ok"] is False and by_cat["broken"]["error"] == "RuntimeError"
    assert dry["failed"] == 1 and dry["succeeded"] >= 1
    with db.session_scope(settings.database_url) as s:
        assert s.get(SubjectRequest, old) is not None  # dry run deleted nothing
        report = retention.apply(s, now=NOW, organisation_id=t.org.id)
        assert report["expired"] == 1
    with db.session_scope(settings.database_url) as s:
        left = s.scalars(
            sa.select(SubjectRequest.id).where(SubjectRequest.organisation_id == t.org.id)
        ).all()
        assert left == [recent]


def test_retention_job_is_registered() -> None:
    assert "privacy.retention" in site.jobs()


def test_retention_api(client: TestClient, make_tenant: Callable[..., Tenant]) -> None:
    t = make_tenant(scopes=["privacy:admin"])
    other = make_tenant(scopes=["privacy:admin"])
    weak = make_tenant(scopes=["orgs:read"])
    assert client.get("/api/v1/privacy/retention").status_code == 401
    assert client.get("/api/v1/privacy/retention", headers=auth(weak.token)).status_code == 403
    put = client.put(
        "/api/v1/privacy/retention",
        headers=auth(t.token),
        json={"category": "subject_requests", "days": 90},
    )
    assert put.status_code == 200 and put.json()["subject_requests"] == 90
    theirs = client.get("/api/v1/privacy/retention", headers=auth(other.token)).json()
    assert theirs["subject_requests"] == 3 * 365
    for bad in (
        {"category": "subject_requests", "days": 0},
        {"category": "x" * 65, "days": 5},
        {"category": "subject_requests"},
    ):
        r = client.put("/api/v1/privacy/retention", headers=auth(t.token), json=bad)
        assert r.status_code == 422, bad
    unknown = client.put(
        "/api/v1/privacy/retention", headers=auth(t.token), json={"category": "nope", "days": 5}
    )
    assert unknown.status_code == 422
    dry = client.post("/api/v1/privacy/retention/dry-run", headers=auth(t.token)).json()
    assert dry["dry_run"] is True
    assert {i["organisation_id"] for i in dry["items"]} == {str(t.org.id)}


def test_outbox_codes_expire_after_a_week(session: db.Session, tenant: Tenant) -> None:
    secret_mail.send_to_outbox(session, tenant.org.id, "phone", "20304050", "Kode", "code 123456")
    session.flush()
    later = db.utcnow() + timedelta(days=8)
    report = retention.apply(session, now=later, organisation_id=tenant.org.id)
    [item] = [i for i in report["items"] if i["category"] == "privacy_outbox"]
    assert item == {
        "organisation_id": str(tenant.org.id),
        "category": "privacy_outbox",
        "expired": 1,
        "ok": True,
    }
    assert (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.organisation_id == tenant.org.id)
        )
        == 0
    )


def test_sqlite_overwrites_deleted_content(session: db.Session) -> None:
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("a SQLite setting")
    assert session.execute(sa.text("PRAGMA secure_delete")).scalar() == 1
