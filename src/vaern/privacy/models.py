"""Privacy tables owned by the foundation: the append-only audit log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, utcnow


class AuditEntry(IdMixin, Base):
    """Who did what to which object, when and from where. Never updated or deleted."""

    __tablename__ = "audit_log"

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
