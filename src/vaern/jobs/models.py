"""One row per scheduled job: the lock that keeps two workers from running it at once."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from vaern.db import Base


class JobState(Base):
    __tablename__ = "job_state"

    name: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    locked_until: Mapped[datetime | None]
    locked_by: Mapped[str | None] = mapped_column(sa.String(64))
    last_started_at: Mapped[datetime | None]
    last_finished_at: Mapped[datetime | None]
    last_result: Mapped[dict[str, Any]] = mapped_column(default=dict)
