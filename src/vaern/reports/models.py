"""Customer reports of scam messages, the campaigns they group into, and takedown requests."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, TimestampMixin, UTCDateTime, utcnow
from vaern.registry.models import LookalikeDomain
from vaern.warnings.models import ScamWarning


class Report(IdMixin, Base):
    __tablename__ = "reports"
    __table_args__ = (
        sa.UniqueConstraint("organisation_id", "dedupe_key"),
        # the report list pages newest first per organisation
        sa.Index("ix_reports_org_received", "organisation_id", "received_at"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    reference: Mapped[str] = mapped_column(sa.String(16), unique=True)
    channel: Mapped[str] = mapped_column(sa.String(16))
    source: Mapped[str] = mapped_column(sa.String(16), default="api")
    text: Mapped[str] = mapped_column(sa.Text)  # redacted by the privacy core
    sender: Mapped[str | None] = mapped_column(sa.String(200))  # the scammer's sender ID
    # A hub report (a scam in the name of a non-member): the directory slug it names.
    claimed: Mapped[str | None] = mapped_column(sa.String(64))
    link_domains: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    phones: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    check_result: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    consent: Mapped[bool] = mapped_column(default=False)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)  # feedback contact, in the vault
    dedupe_key: Mapped[str] = mapped_column(sa.String(64))
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )


class CampaignStatus(enum.StrEnum):
    open = "open"
    merged = "merged"


class Campaign(IdMixin, TimestampMixin, Base):
    __tablename__ = "campaigns"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    reference: Mapped[str] = mapped_column(sa.String(16), unique=True)
    status: Mapped[str] = mapped_column(sa.String(16), default=CampaignStatus.open)
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    report_count: Mapped[int] = mapped_column(default=0)
    indicators: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    examples: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    channels: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    warning_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey(ScamWarning.id, ondelete="SET NULL")
    )


class CampaignKey(IdMixin, Base):
    """A grouping key (LSH band, link domain, sender, phone) owned by one campaign:
    a new report finds its campaign with one indexed look-up."""

    __tablename__ = "campaign_keys"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "key"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    key: Mapped[str] = mapped_column(sa.String(300))
    campaign_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )


class TakedownStatus(enum.StrEnum):
    drafted = "drafted"
    sent = "sent"
    acknowledged = "acknowledged"
    resolved = "resolved"


class TakedownRequest(IdMixin, TimestampMixin, Base):
    __tablename__ = "takedown_requests"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    # What the request is about: a campaign of reports, or a lookalike domain found by
    # the registry's watch.
    campaign_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    lookalike_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey(LookalikeDomain.id, ondelete="CASCADE"), index=True
    )
    recipient_kind: Mapped[str] = mapped_column(sa.String(16))  # host | registrar | telecom
    target: Mapped[str] = mapped_column(sa.String(300))
    status: Mapped[str] = mapped_column(sa.String(16), default=TakedownStatus.drafted)
    subject: Mapped[str] = mapped_column(sa.String(300))
    body: Mapped[str] = mapped_column(sa.Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(sa.JSON)


class ReceiptMail(IdMixin, TimestampMixin, Base):
    """A receipt e-mail to someone who reported by mail: the outbox row and its delivery
    log. The address is kept only encrypted (vault) and only until the delivery ends;
    ``sender_key`` (a keyed hash) throttles receipts per sender."""

    __tablename__ = "report_receipt_mails"
    __table_args__ = (sa.Index("ix_report_receipt_mails_due", "status", "next_attempt_at"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    sender_key: Mapped[str] = mapped_column(sa.String(64), index=True)
    recipient: Mapped[str | None] = mapped_column(sa.String(1000))  # vault ciphertext
    references: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    event: Mapped[str] = mapped_column(sa.String(32), default="report.receipt")
    status: Mapped[str] = mapped_column(sa.String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_result: Mapped[str | None] = mapped_column(sa.String(300))
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
