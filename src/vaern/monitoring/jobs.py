"""Scheduled work of monitoring: alert follow-ups left pending, webhook deliveries and
their retries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.jobs import job
from vaern.monitoring import flows, webhooks


@job("monitoring.webhooks", every=timedelta(seconds=30))
def push_alerts(session: Session) -> dict[str, Any]:
    # Follow-ups an API process did not get to (it stopped after answering) queue their
    # webhooks first.
    followed = flows.run_alert_flows(session)
    return {"alert_flows": followed, **webhooks.deliver_due(session)}
