"""Reminders and escalations for due and overdue work (the scheduled job calls this).
Each is recorded on the timeline and queued for delivery (``notify``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.cases import notify
from vaern.cases.models import Case, CaseEvent, CaseTask

DUE_SOON = timedelta(minutes=30)


def urgency(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "none"
    if due <= now:
        return "overdue"
    if due <= now + DUE_SOON:
        return "due_soon"
    return "later"


def send_reminders(session: Session, *, now: datetime) -> dict[str, Any]:
    """Remind once per task when it is due soon or overdue; escalate a case once its SLA
    has passed. Each item is recorded on the case's timeline."""
    counts = {"reminded": 0, "escalated": 0, "failed": 0}
    due_tasks = session.execute(
        sa.select(CaseTask, Case)
        .join(Case, Case.id == CaseTask.case_id)
        .where(
            CaseTask.status == "open",
            CaseTask.reminded_at.is_(None),
            CaseTask.due_at <= now + DUE_SOON,
            Case.status != "closed",
        )
        .limit(1000)
    ).all()
    for task, case in due_tasks:
        try:
            with session.begin_nested():
                task.reminded_at = now
                details = {
                    "step": task.step,
                    "urgency": urgency(task.due_at, now),
                    "due_at": task.due_at.isoformat(),
                }
                session.add(
                    _system_event(case.id, case.organisation_id, now, "reminder", **details)
                )
                notify.enqueue(session, case=case, event="case.reminder", now=now, **details)
            counts["reminded"] += 1
        except Exception:  # one bad item never stops the rest
            counts["failed"] += 1
    late_cases = session.scalars(
        sa.select(Case)
        .where(Case.status != "closed", Case.escalated_at.is_(None), Case.sla_due_at <= now)
        .limit(1000)
    ).all()
    for case in late_cases:
        try:
            with session.begin_nested():
                case.escalated_at = now
                if case.priority != "urgent":
                    case.priority = {"low": "normal", "normal": "high"}.get(case.priority, "urgent")
                session.add(
                    _system_event(
                        case.id, case.organisation_id, now, "escalated", priority=case.priority
                    )
                )
                notify.enqueue(session, case=case, event="case.escalated", now=now)
            counts["escalated"] += 1
        except Exception:
            counts["failed"] += 1
    return counts


def _system_event(
    case_id: Any, organisation_id: Any, now: datetime, action: str, **details: Any
) -> CaseEvent:
    return CaseEvent(
        case_id=case_id,
        organisation_id=organisation_id,
        at=now,
        actor_type="system",
        actor_id=None,
        action=action,
        details=details,
    )
