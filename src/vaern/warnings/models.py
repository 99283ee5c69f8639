"""Warnings about scams in an organisation's name, their versions and indicators."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vaern.db import Base, IdMixin, TimestampMixin, UTCDateTime, utcnow
from vaern.orgs.models import Organisation


class WarningStatus(enum.StrEnum):
    draft = "draft"
    published = "published"
    expired = "expired"
    withdrawn = "withdrawn"


INDICATOR_KINDS = ("domains", "urls", "sender_ids", "phones", "fingerprints")


class ScamWarning(IdMixin, TimestampMixin, Base):
    __tablename__ = "warnings"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(sa.String(16), default=WarningStatus.draft, index=True)
    version: Mapped[int] = mapped_column(default=1)
    # Bilingual texts: {"da": ..., "en": ...}
    title: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    summary: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    advice: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    channels: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    examples: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)  # redacted texts
    indicators: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    valid_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    search_text: Mapped[str] = mapped_column(sa.Text, default="")

    organisation: Mapped[Organisation] = relationship(lazy="joined")


class WarningVersion(IdMixin, Base):
    """An immutable snapshot taken at every change: the version history."""

    __tablename__ = "warning_versions"
    __table_args__ = (sa.UniqueConstraint("warning_id", "version"),)

    warning_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("warnings.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int]
    status: Mapped[str] = mapped_column(sa.String(16))
    change: Mapped[str] = mapped_column(sa.String(32))
    snapshot: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    actor_id: Mapped[str | None] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WarningIndicator(IdMixin, Base):
    """One look-up key per indicator of a published warning, so matching is an index hit."""

    __tablename__ = "warning_indicators"
    __table_args__ = (sa.Index("ix_warning_indicators_key", "key"),)

    warning_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("warnings.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(sa.String(300))


class EmailSubscription(IdMixin, TimestampMixin, Base):
    """A person subscribed to an organisation's warnings; the address lives only in the
    vault (blind index + ciphertext). Double opt-in: pending until confirmed."""

    __tablename__ = "warning_email_subscriptions"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "email_index"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    email_index: Mapped[str] = mapped_column(sa.String(64))
    email_ciphertext: Mapped[str] = mapped_column(sa.String(1000))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    status: Mapped[str] = mapped_column(sa.String(16), default="pending")
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Delivery(IdMixin, TimestampMixin, Base):
    """One mail to one e-mail subscriber, retried with backoff: the log (webhook pushes
    are in ``webhook_deliveries``)."""

    __tablename__ = "warning_deliveries"
    __table_args__ = (sa.Index("ix_warning_deliveries_due", "status", "next_attempt_at"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(16))  # email | email-confirm
    subscription_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, index=True)
    warning_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("warnings.id", ondelete="CASCADE")
    )
    event: Mapped[str] = mapped_column(sa.String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    status: Mapped[str] = mapped_column(sa.String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_result: Mapped[str | None] = mapped_column(sa.String(300))
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
