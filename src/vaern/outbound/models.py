"""Outbound records (messages and calls) and per-organisation retention."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, utcnow


class OutboundRecord(IdMixin, Base):
    __tablename__ = "outbound_records"
    __table_args__ = (
        sa.UniqueConstraint("organisation_id", "client_id"),
        sa.Index("ix_outbound_lookup", "organisation_id", "recipient_index", "sent_at"),
        sa.Index("ix_outbound_sent", "organisation_id", "sent_at"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    client_id: Mapped[str] = mapped_column(sa.String(100))
    channel: Mapped[str] = mapped_column(sa.String(8))  # sms | email | call
    sender: Mapped[str] = mapped_column(sa.String(300))  # normalised channel value
    partner: Mapped[str | None] = mapped_column(sa.String(200))
    # HMAC blind index of the normalised recipient; never the recipient itself.
    recipient_index: Mapped[str] = mapped_column(sa.String(64))
    sent_at: Mapped[datetime]
    template_id: Mapped[str | None] = mapped_column(sa.String(100))
    purpose: Mapped[str | None] = mapped_column(sa.String(50))  # calls
    text_hash: Mapped[str | None] = mapped_column(sa.String(64))
    template_hash: Mapped[str | None] = mapped_column(sa.String(64))
    sketch: Mapped[str | None] = mapped_column(sa.String(128))
    link_domains: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboundRetention(Base):
    __tablename__ = "outbound_retention"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    days: Mapped[int]
