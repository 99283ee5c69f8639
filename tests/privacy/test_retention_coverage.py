"""Every retention period the processing register declares is enforced by a handler that
deletes (issue 18), and the domains' handlers delete an expired row and keep a fresh one, on
SQLite and PostgreSQL (the ``settings`` fixture runs each test on both)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from tests.conftest import Tenant
from vaern import db, site
from vaern.cases.models import Case, CaseNote
from vaern.config import Settings
from vaern.dpo import processing, retention
from vaern.errors import Invalid
from vaern.monitoring.models import Alert, MonitoredEvent
from vaern.outbound import service as outbound
from vaern.outbound.models import OutboundRecord, OutboundRetention
from vaern.privacy import holds
from vaern.reports.grouping import reference
from vaern.reports.models import Report

NOW = datetime(2030, 6, 1, tzinfo=UTC)
PERIOD = re.compile(r"\d+\s*(?:day|month|year)", re.IGNORECASE)

NOT_BY_AGE = {
    "audit_log": "hash chain: deleting its oldest rows needs a signed checkpoint first",
    "organisations": "contract term + 5 years: ends by the contract, not by a row's age",
    "api_tokens": "expiry or revocation + 1 year: tokens carry no organisation-wide date yet",
    "disputes": "5 years after the linked case closes: no case foreign key to cascade on",
    "monitoring_models": "model snapshots are replaced, not aged; none outlives 13 months",
}


def _periods() -> dict[str, str]:
    return {
        table: activity.retention["en"]
        for table, activity in processing.REGISTER.items()
        if PERIOD.search(activity.retention["en"])
    }


def test_every_declared_period_has_a_handler_that_deletes() -> None:
    covered = {table for c in retention.CATEGORIES.values() for table in c.tables}
    missing = {
        table: period
        for table, period in _periods().items()
        if table not in covered and table not in NOT_BY_AGE
    }
    assert not missing, missing
    jobs = site.jobs()
    assert "privacy.retention" in jobs
    # One mechanism: no domain keeps a purge job of its own beside it.
    assert not [name for name in jobs if name.endswith(".purge")], sorted(jobs)


def test_handlers_only_name_declared_tables_and_explain_themselves() -> None:
    for category in retention.CATEGORIES.values():
        assert set(category.tables) <= set(processing.REGISTER), category.name
        assert set(category.explanation) == {"da", "en"}, category.name


def test_exemptions_are_still_declared_periods() -> None:
    # An exemption whose table lost its period (or was renamed) must go.
    assert set(NOT_BY_AGE) <= set(_periods())


def _report(org: uuid.UUID, received: datetime, **extra: Any) -> Report:
    key = uuid.uuid4().hex
    return Report(
        organisation_id=org,
        reference=reference("R"),  # the product's own; hex digits could read as a phone
        channel="sms",
        text="[PHONE] skrev om en pakke",
        received_at=received,
        dedupe_key=key,
        **extra,
    )


def _event(org: uuid.UUID, occurred: datetime) -> MonitoredEvent:
    return MonitoredEvent(
        organisation_id=org,
        event_id=uuid.uuid4().hex,
        event_type="payment",
        account_ref="acct-1",
        occurred_at=occurred,
        payload={},
    )


def _alert(org: uuid.UUID, occurred: datetime) -> Alert:
    return Alert(
        organisation_id=org,
        event_id=uuid.uuid4().hex,
        account_ref="acct-1",
        typology_id="t",
        typology_version=1,
        severity="high",
        score=0.9,
        model_score=None,
        action="review",
        explanation={},
        features={},
        event_ids=[],
        occurred_at=occurred,
    )


def _case(org: uuid.UUID, closed: datetime | None) -> Case:
    return Case(
        organisation_id=org,
        case_type="fraud",
        title="Svindel",
        source="call",
        playbook_version="1",
        sla_due_at=NOW,
        closed_at=closed,
        status="closed" if closed else "new",
    )


def _outbound(org: uuid.UUID, sent: datetime) -> OutboundRecord:
    return OutboundRecord(
        organisation_id=org,
        client_id=uuid.uuid4().hex,
        channel="sms",
        sender="DEMOBANK",
        recipient_index=uuid.uuid4().hex,
        sent_at=sent,
    )


Make = Callable[[uuid.UUID, datetime], Any]


@pytest.mark.parametrize(
    ("make", "days"),
    [
        (_report, 2 * 365),
        (_event, 395),
        (_alert, 395),
        (_case, 5 * 365),
        (_outbound, 180),
    ],
    ids=["reports", "monitoring_events", "monitoring_alerts", "closed_cases", "outbound"],
)
def test_an_expired_row_is_deleted_and_a_fresh_one_kept(
    settings: Settings, tenant: Tenant, make: Make, days: int
) -> None:
    org = tenant.org.id
    with db.session_scope(settings.database_url) as s:
        old = make(org, NOW - timedelta(days=days + 1))
        fresh = make(org, NOW - timedelta(days=days - 1))
        s.add_all([old, fresh])
        s.flush()
        old_id, fresh_id, model = old.id, fresh.id, type(old)
        report = retention.apply(s, now=NOW, organisation_id=org)
        assert report["failed"] == 0, report
    with db.session_scope(settings.database_url) as s:
        left = set(s.scalars(sa.select(model.id).where(model.organisation_id == org)))
        assert fresh_id in left and old_id not in left


def test_closed_cases_take_their_notes_and_open_or_held_cases_stay(
    settings: Settings, tenant: Tenant
) -> None:
    org = tenant.org.id
    long_ago = NOW - timedelta(days=6 * 365)
    with db.session_scope(settings.database_url) as s:
        closed, still_open, held = _case(org, long_ago), _case(org, None), _case(org, long_ago)
        s.add_all([closed, still_open, held])
        s.flush()
        s.add(CaseNote(case_id=closed.id, organisation_id=org, author="x", body="note"))
        holds.place(s, organisation_id=org, scope="case", target_id=held.id, reason="Retssag")
        ids = (closed.id, still_open.id, held.id)
        retention.apply(s, now=NOW, organisation_id=org)
    with db.session_scope(settings.database_url) as s:
        left = set(s.scalars(sa.select(Case.id).where(Case.organisation_id == org)))
        assert left == {ids[1], ids[2]}
        assert not s.scalars(sa.select(CaseNote.id).where(CaseNote.case_id == ids[0])).all()


def test_a_dry_run_counts_but_keeps(settings: Settings, tenant: Tenant) -> None:
    org = tenant.org.id
    with db.session_scope(settings.database_url) as s:
        s.add(_event(org, NOW - timedelta(days=400)))
        s.flush()
        report = retention.apply(s, now=NOW, organisation_id=org, dry_run=True)
        expired = {i["category"]: i["expired"] for i in report["items"]}
        assert expired["monitoring_events"] == 1
        assert _count(s, org) == 1


def _count(s: Session, org: uuid.UUID) -> int:
    query = sa.select(sa.func.count()).where(MonitoredEvent.organisation_id == org)
    return int(s.scalar(query) or 0)


@pytest.mark.parametrize(("stored", "days"), [(30, 30), (1, 7)], ids=["own", "under-floor"])
def test_outbound_records_go_after_the_organisations_own_period_never_under_7_days(
    settings: Settings, tenant: Tenant, stored: int, days: int
) -> None:
    """The outbound log's period is the organisation's own (PUT /outbound/retention); one
    stored before the 7-day floor existed counts as 7 days."""
    org = tenant.org.id
    with db.session_scope(settings.database_url) as s:
        s.add(OutboundRetention(organisation_id=org, days=stored))
        old, fresh = (
            _outbound(org, NOW - timedelta(days=days + 1)),
            _outbound(org, NOW - timedelta(days=days - 1)),
        )
        s.add_all([old, fresh])
        s.flush()
        assert retention.rules(s, organisation_id=org)["outbound_records"] == days
        report = retention.apply(s, now=NOW, organisation_id=org)
        assert report["failed"] == 0, report
        ids = (old.id, fresh.id)
    with db.session_scope(settings.database_url) as s:
        left = set(
            s.scalars(sa.select(OutboundRecord.id).where(OutboundRecord.organisation_id == org))
        )
        assert left == {ids[1]}


def test_the_outbound_period_is_set_only_where_its_floor_and_audit_are(
    settings: Settings, tenant: Tenant
) -> None:
    with db.session_scope(settings.database_url) as s:
        with pytest.raises(Invalid):
            retention.set_rule(
                s, organisation_id=tenant.org.id, category="outbound_records", days=1
            )
        outbound.set_retention_days(s, organisation_id=tenant.org.id, days=12)
        assert retention.rules(s, organisation_id=tenant.org.id)["outbound_records"] == 12
