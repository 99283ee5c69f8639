"""Where monitoring calls other domains: a serious alert opens a fraud case."""

from __future__ import annotations

from sqlalchemy.orm import Session

from vaern.cases import service as cases
from vaern.cases.service import LinkIn
from vaern.db import utcnow
from vaern.monitoring.models import Alert

# Alerts at these severities open an account-takeover case at this priority; lower ones
# stay in the alert queue for triage.
CASE_PRIORITY = {"critical": "urgent", "high": "high"}


def on_alert(session: Session, alert: Alert) -> None:
    """Record the recommended action and, for serious alerts, open a case linked to it."""
    taken = [{"action": alert.action, "at": utcnow().isoformat(), "by": "monitoring"}]
    priority = CASE_PRIORITY.get(alert.severity)
    if priority is not None:
        case = cases.open_case(
            session,
            organisation_id=alert.organisation_id,
            case_type="account_takeover",
            source="alert",
            title=f"Alert {alert.typology_id} on account {alert.account_ref[:12]}",
            # The account reference is already a keyed pseudonym, never the clear id.
            customer_identifiers={"customer_ref": alert.account_ref},
            links=[LinkIn(kind="alert", target_id=alert.id, label=alert.typology_id)],
            priority=priority,
            actor=("system", "monitoring"),
        )
        taken.append({"action": "case_opened", "case_id": str(case.id), "by": "monitoring"})
    alert.actions_taken = [*alert.actions_taken, *taken]
    session.flush()
