"""Reminders before the one-month deadline: once per deadline, overdue flagged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import Tenant
from vaern import db
from vaern.config import Settings
from vaern.dpo import requests

NOW = datetime(2026, 6, 30, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("received_days_ago", "expected"),
    [(31, True), (25, True), (20, False), (60, True)],
)
def test_needs_reminder_within_a_week_of_the_deadline(
    session: db.Session, tenant: Tenant, received_days_ago: int, expected: bool
) -> None:
    r = requests.create_request(
        session,
        organisation_id=tenant.org.id,
        kind="access",
        identifiers={"email": "rem@example.dk"},
        now=NOW - timedelta(days=received_days_ago),
    )
    assert requests.needs_reminder(r, now=NOW) is expected


def test_remind_due_records_once_and_flags_overdue(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        near = requests.create_request(
            s,
            organisation_id=t.org.id,
            kind="access",
            identifiers={"email": "near@example.dk"},
            now=NOW - timedelta(days=26),
        )
        late = requests.create_request(
            s,
            organisation_id=t.org.id,
            kind="erasure",
            identifiers={"email": "late@example.dk"},
            now=NOW - timedelta(days=40),
        )
        far = requests.create_request(
            s,
            organisation_id=t.org.id,
            kind="access",
            identifiers={"email": "far@example.dk"},
            now=NOW - timedelta(days=2),
        )
        first = requests.remind_due(s, now=NOW)
        assert first["reminded"] >= 2 and first["overdue"] >= 1
        assert near.reminded_at == NOW and late.reminded_at == NOW and far.reminded_at is None
        assert near.history[-1]["reminder"] is True and late.history[-1]["days_left"] < 0
        requests.remind_due(s, now=NOW + timedelta(hours=1))
        assert near.reminded_at == NOW and len(near.history) == 2  # not reminded twice
        # An extension gives a new deadline, which gets its own reminder later.
        requests.transition(s, organisation_id=t.org.id, request_id=near.id, status="verified")
        requests.transition(
            s,
            organisation_id=t.org.id,
            request_id=near.id,
            status="extended",
            reason="complex request",
        )
        assert near.reminded_at is None
        assert not requests.needs_reminder(near, now=NOW)
        assert requests.needs_reminder(near, now=near.due_at - timedelta(days=3))
