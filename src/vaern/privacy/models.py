"""Privacy tables: the append-only audit log and the vault of data subjects."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, TimestampMixin, utcnow


class AuditEntry(IdMixin, Base):
    """Who did what to which object, when and from where. Never updated or deleted.

    Tamper-evident: entries form one hash chain per organisation (``chain``), numbered
    without gaps by ``chain_seq``; each carries the hash of the one before it and of its
    own content (see ``vaern.privacy.audit``)."""

    __tablename__ = "audit_log"
    # An index, not a table constraint: SQLite would rebuild the table (and lose the
    # append-only triggers) to add a constraint.
    __table_args__ = (sa.Index("ix_audit_log_chain_seq", "chain", "chain_seq", unique=True),)

    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid, index=True)
    actor_type: Mapped[str] = mapped_column(sa.String(16))  # user | token | system | anonymous
    actor_id: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    action: Mapped[str] = mapped_column(sa.String(64), index=True)
    object_type: Mapped[str | None] = mapped_column(sa.String(64))
    object_id: Mapped[str | None] = mapped_column(sa.String(64))
    # Keyed pseudonym of the client address: enough to throttle and investigate,
    # not the address itself.
    source: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Null only on entries written before the chain existed.
    chain: Mapped[str | None] = mapped_column(sa.String(36))
    chain_seq: Mapped[int | None]
    prev_hash: Mapped[str | None] = mapped_column(sa.String(64))
    hash: Mapped[str | None] = mapped_column(sa.String(64))


class DataSubject(IdMixin, TimestampMixin, Base):
    """A person whose data an organisation holds: customer, victim, reporter."""

    __tablename__ = "data_subjects"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    # Processing restricted (GDPR art. 18) or erased (art. 17): identifiers are kept
    # only as blind indexes after erasure, so the person can be recognised as erased.
    restricted: Mapped[bool] = mapped_column(default=False)
    erased_at: Mapped[datetime | None]


class SubjectIdentifier(IdMixin, Base):
    """One identifier of a data subject: a blind index for look-up and a ciphertext."""

    __tablename__ = "subject_identifiers"
    __table_args__ = (sa.UniqueConstraint("subject_id", "kind", "blind_index"),)

    subject_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("data_subjects.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # email | phone | cpr | name | customer_ref …
    blind_index: Mapped[str] = mapped_column(sa.String(64), index=True)
    ciphertext: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SubjectRequest(IdMixin, TimestampMixin, Base):
    """A data-subject request (GDPR art. 15–21) and where it stands; the due date is on
    the row so overdue requests are one query away."""

    __tablename__ = "subject_requests"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    subject_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("data_subjects.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(16))  # access | rectification | erasure | …
    status: Mapped[str] = mapped_column(sa.String(16), index=True)
    received_at: Mapped[datetime]
    due_at: Mapped[datetime] = mapped_column(index=True)
    closed_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(sa.Text)  # redacted free text
    # Per-handler outcome of erasure/export, and the history of status changes.
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    history: Mapped[list[Any]] = mapped_column(default=list)
    # "staff" or "public" (the public form, verified by a one-time code).
    channel: Mapped[str] = mapped_column(sa.String(16), default="staff", server_default="staff")
    # Keyed hash of the one-time code, its expiry and the wrong guesses so far.
    code_hash: Mapped[str | None] = mapped_column(sa.String(64))
    code_expires_at: Mapped[datetime | None]
    code_attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    reminded_at: Mapped[datetime | None]


class RetentionRule(IdMixin, TimestampMixin, Base):
    """An organisation's own retention period for one data category (defaults in code)."""

    __tablename__ = "retention_rules"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "category"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(sa.String(64))
    days: Mapped[int]


class Breach(IdMixin, TimestampMixin, Base):
    """A personal-data breach (GDPR art. 33–34) with its 72-hour notification clock."""

    __tablename__ = "breaches"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    aware_at: Mapped[datetime]
    nature: Mapped[str] = mapped_column(sa.Text)  # free texts are stored redacted
    data_categories: Mapped[list[Any]] = mapped_column(default=list)
    subject_categories: Mapped[list[Any]] = mapped_column(default=list)
    approx_subjects: Mapped[int | None]
    approx_records: Mapped[int | None]
    consequences: Mapped[str] = mapped_column(sa.Text, default="")
    measures: Mapped[str] = mapped_column(sa.Text, default="")
    contact: Mapped[str] = mapped_column(sa.Text, default="")
    notified_at: Mapped[datetime | None]
    # Art. 34: whether the people affected are told, and why (not).
    inform_subjects: Mapped[bool | None]
    inform_reason: Mapped[str | None] = mapped_column(sa.Text)
    updates: Mapped[list[Any]] = mapped_column(default=list)


class LegalHold(IdMixin, TimestampMixin, Base):
    """Keep data although retention or an erasure request would remove it: a whole
    organisation, one data subject or one case (e.g. litigation or a police request)."""

    __tablename__ = "legal_holds"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[str] = mapped_column(sa.String(16))  # organisation | subject | case
    target_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid, index=True)
    reason: Mapped[str] = mapped_column(sa.Text)  # redacted
    released_at: Mapped[datetime | None]


class OutboxMessage(IdMixin, Base):
    """A message to a person (one-time codes) waiting in the embedded default's outbox;
    recipient and body are encrypted, since both are personal data."""

    __tablename__ = "privacy_outbox"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(sa.String(16))  # email | phone
    recipient: Mapped[str] = mapped_column(sa.Text)  # ciphertext
    body: Mapped[str] = mapped_column(sa.Text)  # ciphertext
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
