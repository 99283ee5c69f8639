"""Scheduled privacy jobs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.jobs import job
from vaern.privacy import retention


@job("privacy.retention", every=timedelta(days=1))
def retention_job(session: Session) -> dict[str, Any]:
    report = retention.apply(session)
    return {k: report[k] for k in ("succeeded", "failed", "expired")}
