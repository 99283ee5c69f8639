"""The one helper that writes audit entries. No code path updates or deletes them."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.privacy.models import AuditEntry


def record(
    session: Session,
    *,
    action: str,
    actor_type: str,
    actor_id: str | uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    object_type: str | None = None,
    object_id: str | uuid.UUID | None = None,
    source: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        at=utcnow(),
        action=action,
        actor_type=actor_type,
        actor_id=str(actor_id) if actor_id else None,
        organisation_id=organisation_id,
        object_type=object_type,
        object_id=str(object_id) if object_id else None,
        source=source,
        details=details or {},
    )
    session.add(entry)
    return entry


def count_since(
    session: Session,
    *,
    action: str,
    since: timedelta,
    actor_id: str | None = None,
    source: str | None = None,
) -> int:
    query = (
        sa.select(sa.func.count())
        .select_from(AuditEntry)
        .where(AuditEntry.action == action, AuditEntry.at >= utcnow() - since)
    )
    if actor_id is not None:
        query = query.where(AuditEntry.actor_id == actor_id)
    if source is not None:
        query = query.where(AuditEntry.source == source)
    return int(session.scalar(query) or 0)


def entries(
    session: Session,
    *,
    organisation_id: uuid.UUID | None,
    limit: int = 100,
    before: datetime | None = None,
    since: datetime | None = None,
    action: str | None = None,
    actor_id: str | None = None,
    object_id: str | None = None,
) -> list[AuditEntry]:
    """Newest first; every filter is optional (the DPO's audit-trail viewer)."""
    query = sa.select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)
    if organisation_id is not None:
        query = query.where(AuditEntry.organisation_id == organisation_id)
    if before is not None:
        query = query.where(AuditEntry.at < before)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if action:
        query = query.where(AuditEntry.action == action)
    if actor_id:
        query = query.where(AuditEntry.actor_id == actor_id)
    if object_id:
        query = query.where(AuditEntry.object_id == object_id)
    return list(session.scalars(query))


class AppendOnlyViolation(RuntimeError):
    pass


@event.listens_for(Session, "before_flush")
def _refuse_audit_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEntry):
            raise AppendOnlyViolation("audit_log is append-only")
