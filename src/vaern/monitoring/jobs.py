"""Scheduled work of monitoring: alert webhook deliveries and their retries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.jobs import job
from vaern.monitoring import webhooks


@job("monitoring.webhooks", every=timedelta(seconds=30))
def push_alerts(session: Session) -> dict[str, Any]:
    return webhooks.deliver_due(session)
