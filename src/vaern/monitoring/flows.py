"""Where monitoring calls other domains: a stored alert's follow-up (its recommended
action, a fraud case for a serious alert, its webhooks)."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.cases import service as cases
from vaern.cases.models import Case
from vaern.cases.service import LinkIn
from vaern.db import utcnow
from vaern.monitoring import service, webhooks
from vaern.monitoring.models import Alert
from vaern.orgs.access import Principal

# Alerts at these severities open an account-takeover case at this priority; lower ones
# stay in the alert queue for triage.
CASE_PRIORITY = {"critical": "urgent", "high": "high"}


def on_alert(session: Session, alert: Alert) -> None:
    """Record the recommended action and, for serious alerts, open a case linked to it."""
    alert.actions_taken = [
        *alert.actions_taken,
        {"action": alert.action, "at": utcnow().isoformat(), "by": "monitoring"},
    ]
    priority = CASE_PRIORITY.get(alert.severity)
    if priority is not None:
        _open_case(session, alert, priority=priority, actor=("system", "monitoring"))
    session.flush()


def follow_up(session: Session, alert: Alert) -> None:
    """What a stored alert sets off: the recommended action, a case for serious alerts,
    its webhooks queued."""
    on_alert(session, alert)
    webhooks.enqueue(session, alert)


def store_alert(
    session: Session, *, organisation_id: uuid.UUID, values: dict[str, Any]
) -> Alert | None:
    """Store an alert (``engine.alert_values``) and run its follow-up in the same unit of
    work; ``None`` when the organisation already holds it (``service.store_alert``)."""
    alert = service.store_alert(
        session, organisation_id=organisation_id, values=values, pending=False
    )
    if alert is not None:
        follow_up(session, alert)
    return alert


def run_alert_flows(
    session: Session, *, organisation_id: uuid.UUID | None = None, limit: int = 500
) -> int:
    """Run the pending follow-up of alerts stored by API requests; returns how many. Each
    alert is claimed once (``service.claim_pending_alerts``), so the request's own
    follow-up and the job's sweep never both run it."""
    claimed = service.claim_pending_alerts(session, organisation_id=organisation_id, limit=limit)
    for alert in claimed:
        follow_up(session, alert)
    return len(claimed)


def case_of(alert: Alert) -> uuid.UUID | None:
    """The case opened for this alert, if any."""
    for taken in alert.actions_taken:
        if taken.get("action") in ("case_opened", "case_joined"):
            return uuid.UUID(taken["case_id"])
    return None


def open_case_for_alert(session: Session, *, principal: Principal, alert: Alert) -> uuid.UUID:
    """An analyst's "open a case" on an alert: the alert's case, opened now if it has none."""
    principal.require("operate")
    existing = case_of(alert)
    if existing is not None:
        return existing
    return _open_case(session, alert, priority="normal", actor=principal.actor)


def open_case_on_account(session: Session, alert: Alert) -> Case | None:
    """The case still open for another alert on the same account, newest first."""
    others = session.scalars(
        sa.select(Alert)
        .where(
            Alert.organisation_id == alert.organisation_id,
            Alert.account_ref == alert.account_ref,
            Alert.id != alert.id,
        )
        .order_by(Alert.occurred_at.desc())
    )
    for other in others:
        case_id = case_of(other)
        if case_id is None:
            continue
        case = session.get(Case, case_id)
        if case is not None and case.status != "closed":
            return case
    return None


def _open_case(
    session: Session, alert: Alert, *, priority: str, actor: tuple[str, str]
) -> uuid.UUID:
    link = LinkIn(kind="alert", target_id=alert.id, label=alert.typology_id)
    case = open_case_on_account(session, alert)
    if case is not None:
        # One account, one case: a further alert joins the case already being worked.
        cases.attach_link(session, case=case, link=link, actor=actor)
        alert.actions_taken = [
            *alert.actions_taken,
            {"action": "case_joined", "case_id": str(case.id), "by": actor[1]},
        ]
        session.flush()
        return case.id
    case = cases.open_case(
        session,
        organisation_id=alert.organisation_id,
        case_type="account_takeover",
        source="alert",
        title=f"Alert {alert.typology_id} on account {alert.account_ref[:12]}",
        # The account reference is already a keyed pseudonym, never the clear id.
        customer_identifiers={"customer_ref": alert.account_ref},
        links=[link],
        priority=priority,
        actor=actor,
    )
    alert.actions_taken = [
        *alert.actions_taken,
        {"action": "case_opened", "case_id": str(case.id), "by": actor[1]},
    ]
    session.flush()
    return case.id
