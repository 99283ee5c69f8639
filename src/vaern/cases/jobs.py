"""Scheduled work of the cases domain."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.cases import notify
from vaern.cases.deadlines import send_reminders
from vaern.db import utcnow
from vaern.jobs import job


@job("cases.deadlines", every=timedelta(minutes=5))
def deadlines(session: Session) -> dict[str, Any]:
    return send_reminders(session, now=utcnow())


@job("cases.notify", every=timedelta(minutes=1))
def deliver_notifications(session: Session) -> dict[str, Any]:
    return notify.deliver_due(session)
