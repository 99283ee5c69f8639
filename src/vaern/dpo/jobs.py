"""Scheduled privacy jobs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.dpo import requests, retention
from vaern.jobs import job


@job("privacy.retention", every=timedelta(days=1))
def retention_job(session: Session) -> dict[str, Any]:
    report = retention.apply(session)
    return {k: report[k] for k in ("succeeded", "failed", "expired")}


@job("privacy.request_reminders", every=timedelta(hours=1))
def request_reminders_job(session: Session) -> dict[str, Any]:
    return requests.remind_due(session)
