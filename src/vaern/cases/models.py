"""Case tables. Personal data lives in the vault (``subject_id``), never in clear here."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, TimestampMixin, utcnow

STATUSES = ("new", "triage", "in_progress", "waiting", "closed")
# Allowed moves; reopening a closed case goes back to triage.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"triage", "in_progress", "closed"}),
    "triage": frozenset({"in_progress", "waiting", "closed"}),
    "in_progress": frozenset({"waiting", "closed"}),
    "waiting": frozenset({"in_progress", "closed"}),
    "closed": frozenset({"triage"}),
}
LINK_KINDS = ("report", "warning", "campaign", "alert", "dispute", "outbound_lookup")


def _org_fk() -> Mapped[uuid.UUID]:
    return mapped_column(sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True)


def _case_fk() -> Mapped[uuid.UUID]:
    return mapped_column(sa.ForeignKey("cases.id", ondelete="CASCADE"), index=True)


class Case(IdMixin, TimestampMixin, Base):
    __tablename__ = "cases"
    __table_args__ = (sa.Index("ix_cases_queue", "organisation_id", "status", "next_due_at"),)

    organisation_id: Mapped[uuid.UUID] = _org_fk()
    case_type: Mapped[str] = mapped_column(sa.String(40))
    title: Mapped[str] = mapped_column(sa.String(200))
    source: Mapped[str] = mapped_column(sa.String(40))  # call, guide, alert, report, api, …
    status: Mapped[str] = mapped_column(sa.String(16), default="new")
    priority: Mapped[str] = mapped_column(sa.String(10), default="normal")
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("users.id", ondelete="SET NULL")
    )
    subject_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("data_subjects.id", ondelete="SET NULL")
    )
    playbook_version: Mapped[str] = mapped_column(sa.String(40))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    sla_due_at: Mapped[datetime] = mapped_column()  # SLA for the whole case
    # The earliest open deadline (task or SLA): the queue sorts on it.
    next_due_at: Mapped[datetime | None] = mapped_column()
    status_times: Mapped[dict[str, Any]] = mapped_column(default=dict)
    resolution: Mapped[str | None] = mapped_column(sa.String(500))
    closed_at: Mapped[datetime | None] = mapped_column()
    escalated_at: Mapped[datetime | None] = mapped_column()


class CaseTask(IdMixin, Base):
    __tablename__ = "case_tasks"

    case_id: Mapped[uuid.UUID] = _case_fk()
    organisation_id: Mapped[uuid.UUID] = _org_fk()
    position: Mapped[int] = mapped_column()
    step: Mapped[str] = mapped_column(sa.String(60))
    actor: Mapped[str] = mapped_column(sa.String(16))
    due_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(sa.String(10), default="open")  # open | done | skipped
    note: Mapped[str | None] = mapped_column(sa.Text)
    completed_at: Mapped[datetime | None] = mapped_column()
    completed_by: Mapped[str | None] = mapped_column(sa.String(64))
    reminded_at: Mapped[datetime | None] = mapped_column()


class CaseEvent(IdMixin, Base):
    """The timeline: everything that happened to a case, who did it and when."""

    __tablename__ = "case_events"

    case_id: Mapped[uuid.UUID] = _case_fk()
    organisation_id: Mapped[uuid.UUID] = _org_fk()
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_type: Mapped[str] = mapped_column(sa.String(16))
    actor_id: Mapped[str | None] = mapped_column(sa.String(64))
    action: Mapped[str] = mapped_column(sa.String(40))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CaseNote(IdMixin, Base):
    __tablename__ = "case_notes"

    case_id: Mapped[uuid.UUID] = _case_fk()
    organisation_id: Mapped[uuid.UUID] = _org_fk()
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str | None] = mapped_column(sa.String(64))
    body: Mapped[str] = mapped_column(sa.Text)  # redacted
    vaulted: Mapped[str | None] = mapped_column(sa.Text)  # vault ciphertext, only when chosen


class CaseAttachment(IdMixin, Base):
    __tablename__ = "case_attachments"

    case_id: Mapped[uuid.UUID] = _case_fk()
    organisation_id: Mapped[uuid.UUID] = _org_fk()
    at: Mapped[datetime] = mapped_column(default=utcnow)
    filename: Mapped[str] = mapped_column(sa.String(200))
    content_type: Mapped[str] = mapped_column(sa.String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(sa.String(64))
    data: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)


class CaseLink(IdMixin, Base):
    """A typed link to another domain's object (report, warning, alert, …)."""

    __tablename__ = "case_links"

    case_id: Mapped[uuid.UUID] = _case_fk()
    organisation_id: Mapped[uuid.UUID] = _org_fk()
    kind: Mapped[str] = mapped_column(sa.String(20))
    target_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, index=True)
    label: Mapped[str] = mapped_column(sa.String(200), default="")


class PlaybookOverride(IdMixin, TimestampMixin, Base):
    __tablename__ = "case_playbook_overrides"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "case_type"),)

    organisation_id: Mapped[uuid.UUID] = _org_fk()
    case_type: Mapped[str] = mapped_column(sa.String(40))
    document: Mapped[dict[str, Any]] = mapped_column()


class CaseNotification(IdMixin, TimestampMixin, Base):
    """The e-mail log: one row per reminder or escalation per staff user, retried with
    backoff by the ``cases.notify`` job (webhook pushes are in ``webhook_deliveries``)."""

    __tablename__ = "case_notifications"
    __table_args__ = (sa.Index("ix_case_notifications_due", "status", "next_attempt_at"),)

    organisation_id: Mapped[uuid.UUID] = _org_fk()
    case_id: Mapped[uuid.UUID] = _case_fk()
    recipient_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, index=True)  # the staff user
    event: Mapped[str] = mapped_column(sa.String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(sa.String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_result: Mapped[str | None] = mapped_column(sa.String(300))
    delivered_at: Mapped[datetime | None] = mapped_column()


class SavedView(IdMixin, Base):
    """A named set of queue filters, private to one staff user in one organisation."""

    __tablename__ = "saved_views"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "user_id", "name"),)

    organisation_id: Mapped[uuid.UUID] = _org_fk()
    user_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(80))
    query: Mapped[str] = mapped_column(sa.String(500))  # canonical filter query string
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
