"""Persisted payment disputes: the (redacted) input, its assessment and the letter drafts."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base, IdMixin, TimestampMixin


class Dispute(IdMixin, TimestampMixin, Base):
    __tablename__ = "disputes"

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    # The cases domain is built separately; a plain nullable UUID keeps the link optional.
    case_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid, index=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    input: Mapped[dict[str, Any]]
    assessment: Mapped[dict[str, Any]]
    letter_da: Mapped[str] = mapped_column(sa.Text)
    letter_en: Mapped[str] = mapped_column(sa.Text)
    created_by: Mapped[str | None] = mapped_column(sa.String(64))
