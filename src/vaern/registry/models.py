"""Channels of an organisation and the versions of its communication policy."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, utcnow

CHANNEL_KINDS = ("email_domain", "web_domain", "sms_sender", "phone", "app", "postal")
DOMAIN_KINDS = frozenset({"email_domain", "web_domain"})


class Channel(IdMixin, Base):
    __tablename__ = "channels"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "kind", "value"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(16))
    # Normalised: IDNA domain, E.164 number, case-folded sender id.
    value: Mapped[str] = mapped_column(sa.String(300), index=True)
    label: Mapped[str] = mapped_column(sa.String(200), default="")
    # A partner (telemarketing firm, payment provider) that uses this channel for us.
    partner: Mapped[str | None] = mapped_column(sa.String(200))
    verification_token: Mapped[str | None] = mapped_column(sa.String(64))
    verified_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(sa.String(80), default="")


class PolicyVersion(IdMixin, Base):
    __tablename__ = "policy_versions"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "version"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int]
    policy: Mapped[dict[str, Any]] = mapped_column(default=dict)
    valid_from: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(sa.String(80), default="")


class PostureReport(IdMixin, Base):
    """One sender-posture check of a domain, kept so an organisation sees its progress."""

    __tablename__ = "posture_reports"
    __table_args__ = (sa.Index("ix_posture_org_domain", "organisation_id", "domain", "checked_at"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    domain: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[str] = mapped_column(sa.String(16))
    grade: Mapped[str] = mapped_column(sa.String(1))
    findings: Mapped[list[Any]] = mapped_column(default=list)
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)


class LookalikeDomain(IdMixin, Base):
    """A registered domain that looks like one of the organisation's domains."""

    __tablename__ = "lookalike_domains"
    __table_args__ = (sa.UniqueConstraint("organisation_id", "domain"),)

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    domain: Mapped[str] = mapped_column(sa.String(300))
    of_domain: Mapped[str] = mapped_column(sa.String(300))
    fuzzer: Mapped[str] = mapped_column(sa.String(40))
    records: Mapped[list[Any]] = mapped_column(default=list)  # record types that resolved
    first_seen: Mapped[datetime]
    last_seen: Mapped[datetime]
