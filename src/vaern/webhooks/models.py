"""One table of webhook subscriptions and one delivery log for every topic."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, TimestampMixin, UTCDateTime, utcnow

# The vault context of each topic's secrets (the names the secrets were first kept under).
SECRET_CONTEXTS = {"cases": "case-webhook", "monitoring": "alert-webhook", "warnings": "webhook"}


def secret_context(topic: str, organisation_id: uuid.UUID) -> str:
    return f"{SECRET_CONTEXTS[topic]}:{organisation_id}"


class Webhook(IdMixin, TimestampMixin, Base):
    """An organisation's endpoint for one topic's events. Topics are kept apart: alerts
    and case reminders are internal and never reach the partner apps that subscribe to
    public warnings."""

    __tablename__ = "webhooks"
    __table_args__ = (sa.Index("ix_webhooks_organisation_topic", "organisation_id", "topic"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    topic: Mapped[str] = mapped_column(sa.String(20))
    url: Mapped[str] = mapped_column(sa.String(500))
    secret: Mapped[str] = mapped_column(sa.String(500))  # vault ciphertext of the HMAC key
    options: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)  # topic's filters
    active: Mapped[bool] = mapped_column(default=True)


class WebhookDelivery(IdMixin, TimestampMixin, Base):
    """One push of one event to one webhook, retried with backoff: the delivery log. The
    body is ``{"id": <this row's id>, **payload}``; ``subject_id`` is the case, alert or
    warning it is about."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        sa.Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
        sa.Index("ix_webhook_deliveries_organisation_topic", "organisation_id", "topic"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    topic: Mapped[str] = mapped_column(sa.String(20))
    webhook_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("webhooks.id", ondelete="CASCADE"), index=True
    )
    subject_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid, index=True)
    event: Mapped[str] = mapped_column(sa.String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    status: Mapped[str] = mapped_column(sa.String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_result: Mapped[str | None] = mapped_column(sa.String(300))
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
