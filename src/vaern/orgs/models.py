"""Organisations (tenants), users, memberships with roles, and API tokens."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vaern.db import Base, IdMixin, TimestampMixin


class Role(enum.StrEnum):
    viewer = "viewer"
    agent = "agent"
    analyst = "analyst"
    admin = "admin"
    dpo = "dpo"


# What each role may do. Admin can do everything within its organisation;
# the DPO sees personal-data functions but does not run fraud operations.
ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.viewer: frozenset({"read"}),
    Role.agent: frozenset({"read", "operate"}),
    Role.analyst: frozenset({"read", "operate", "analyse"}),
    Role.dpo: frozenset({"read", "privacy"}),
    Role.admin: frozenset({"read", "operate", "analyse", "privacy", "admin"}),
}


class Organisation(IdMixin, TimestampMixin, Base):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(sa.String(200))
    slug: Mapped[str] = mapped_column(sa.String(64), unique=True, index=True)
    cvr: Mapped[str | None] = mapped_column(sa.String(8), unique=True)
    main_phone: Mapped[str | None] = mapped_column(sa.String(32))
    website: Mapped[str | None] = mapped_column(sa.String(300))

    memberships: Mapped[list[Membership]] = relationship(back_populates="organisation")


class User(IdMixin, TimestampMixin, Base):
    __tablename__ = "users"

    email: Mapped[str] = mapped_column(sa.String(320), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(sa.String(200))
    display_name: Mapped[str] = mapped_column(sa.String(200), default="")
    is_superadmin: Mapped[bool] = mapped_column(default=False)
    is_active: Mapped[bool] = mapped_column(default=True)
    locale: Mapped[str] = mapped_column(sa.String(5), default="da")
    # Sign-outs end every session cookie issued before this moment (web/deps.py).
    sessions_revoked_at: Mapped[datetime | None]

    memberships: Mapped[list[Membership]] = relationship(back_populates="user")


class Membership(IdMixin, Base):
    __tablename__ = "memberships"
    __table_args__ = (sa.UniqueConstraint("user_id", "organisation_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(sa.String(16))

    user: Mapped[User] = relationship(back_populates="memberships")
    organisation: Mapped[Organisation] = relationship(back_populates="memberships")


class ApiToken(IdMixin, Base):
    __tablename__ = "api_tokens"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(100))
    # The public prefix finds the row; only a keyed hash of the secret is stored.
    prefix: Mapped[str] = mapped_column(sa.String(16), unique=True, index=True)
    secret_hash: Mapped[str] = mapped_column(sa.String(64))
    scopes: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]
    created_by: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)


class Invitation(IdMixin, Base):
    """An invitation to join an organisation with a role. The membership exists only once
    the person holding the address accepts; the token is sent by mail and only its keyed
    hash is stored."""

    __tablename__ = "org_invitations"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(sa.String(320))
    role: Mapped[str] = mapped_column(sa.String(16))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    invited_by: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)
    accepted_at: Mapped[datetime | None]
    accepted_by: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid)
    revoked_at: Mapped[datetime | None]
