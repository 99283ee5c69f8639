"""Where monitoring calls other domains. Case-opening is wired here by the lead."""

from __future__ import annotations

from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.monitoring.models import Alert


def on_alert(session: Session, alert: Alert) -> None:
    """Record the recommended action on a new alert (opening a fraud case comes later)."""
    alert.actions_taken = [
        *alert.actions_taken,
        {"action": alert.action, "at": utcnow().isoformat(), "by": "monitoring"},
    ]
    session.flush()
