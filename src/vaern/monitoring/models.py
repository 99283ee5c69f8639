"""Stored account events (for idempotency and rebuilding state) and alerts."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, TimestampMixin


class AlertStatus(enum.StrEnum):
    open = "open"
    confirmed = "confirmed"
    dismissed = "dismissed"
    closed = "closed"


class MonitoredEvent(IdMixin, TimestampMixin, Base):
    """An accepted event, pseudonymised; ``payload`` is the event as scored."""

    __tablename__ = "monitoring_events"
    __table_args__ = (
        sa.UniqueConstraint("organisation_id", "event_id", name="uq_monitoring_event"),
        sa.Index("ix_monitoring_events_org_time", "organisation_id", "occurred_at"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    event_id: Mapped[str] = mapped_column(sa.String(100))
    event_type: Mapped[str] = mapped_column(sa.String(40))
    account_ref: Mapped[str] = mapped_column(sa.String(40))
    occurred_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(sa.JSON)


class Alert(IdMixin, TimestampMixin, Base):
    __tablename__ = "monitoring_alerts"
    __table_args__ = (
        sa.Index("ix_monitoring_alerts_org_status", "organisation_id", "status"),
        # One alert per event and typology: replays and retried deliveries raise it once.
        sa.UniqueConstraint(
            "organisation_id", "event_id", "typology_id", name="uq_monitoring_alert_event"
        ),
        # the alert list pages newest first per organisation
        sa.Index("ix_monitoring_alerts_org_time", "organisation_id", "occurred_at"),
        sa.Index("ix_monitoring_alerts_flows_pending", "flows_pending"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    event_id: Mapped[str] = mapped_column(sa.String(100))
    account_ref: Mapped[str] = mapped_column(sa.String(40), index=True)
    typology_id: Mapped[str] = mapped_column(sa.String(60))
    typology_version: Mapped[int]
    severity: Mapped[str] = mapped_column(sa.String(20))
    score: Mapped[float]
    # The online model's fraud probability for the event (None while it is still learning).
    model_score: Mapped[float | None]
    action: Mapped[str] = mapped_column(sa.String(30))
    status: Mapped[str] = mapped_column(sa.String(20), default=AlertStatus.open.value)
    explanation: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    features: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    event_ids: Mapped[list[Any]] = mapped_column(sa.JSON)
    actions_taken: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    occurred_at: Mapped[datetime]
    # Stored by an API request, its follow-up (recorded action, case, webhook queue) not
    # yet run: ``flows.run_alert_flows`` does that after the answer.
    flows_pending: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class TypologyFile(IdMixin, TimestampMixin, Base):
    """An organisation's typology YAML; the highest version is in force."""

    __tablename__ = "monitoring_typology_files"
    __table_args__ = (
        sa.UniqueConstraint("organisation_id", "version", name="uq_monitoring_typology_version"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    version: Mapped[int]
    text: Mapped[str] = mapped_column(sa.Text)
    author_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)


class ModelSnapshot(IdMixin, TimestampMixin, Base):
    """The organisation's online model (signed pickle, see ``model.OnlineModel.dumps``)."""

    __tablename__ = "monitoring_models"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), unique=True
    )
    data: Mapped[bytes] = mapped_column(sa.LargeBinary)
    positives: Mapped[int]
    negatives: Mapped[int]
