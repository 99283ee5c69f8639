"""Monitoring in data-subject requests. Events and alerts carry only the keyed pseudonym
of the account (``engine.pseudonymise``: ``a_`` + the first 20 characters of the
account's blind index), so a person's account identifiers in the vault lead to them
without the account number. Customer ids are pseudonymised under another key than the
vault's customer references, so they cannot be linked; the result says so."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.monitoring.models import Alert, MonitoredEvent
from vaern.privacy import requests, subjects
from vaern.privacy.models import DataSubject

TABLES = ("monitoring_events", "monitoring_alerts", "monitoring_deliveries")
ERASED_REF = "erased"
NO_LINK = {
    "da": "Overvågningen kender kun pseudonymiserede kontonumre; uden et kontonummer hos den "
    "registrerede kan hændelser ikke kobles til personen.",
    "en": "Monitoring knows only pseudonymised account numbers; without an account number "
    "for the person, no event can be linked to them.",
}


def account_refs(session: Session, subject: DataSubject) -> list[str]:
    """The monitoring pseudonyms of the person's accounts (see ``engine._pseudonym``)."""
    return ["a_" + index[:20] for index in subjects.blind_indexes(session, subject, "account")]


@requests.register_export_handler
def monitoring(session: Session, subject: DataSubject) -> dict[str, Any]:
    refs = account_refs(session, subject)
    if not refs:
        return {"linked": False, "why": NO_LINK}
    org = MonitoredEvent.organisation_id == subject.organisation_id
    events = session.scalars(
        sa.select(MonitoredEvent)
        .where(org, MonitoredEvent.account_ref.in_(refs))
        .order_by(MonitoredEvent.occurred_at)
    )
    alerts = session.scalars(
        sa.select(Alert)
        .where(Alert.organisation_id == subject.organisation_id, Alert.account_ref.in_(refs))
        .order_by(Alert.occurred_at)
    )
    return {
        "linked": True,
        "events": [
            {"type": e.event_type, "occurred_at": e.occurred_at.isoformat(), "event": e.payload}
            for e in events
        ],
        "alerts": [
            {
                "typology": a.typology_id,
                "severity": a.severity,
                "action": a.action,
                "status": a.status,
                "occurred_at": a.occurred_at.isoformat(),
                "explanation": a.explanation,
            }
            for a in alerts
        ],
    }


@requests.register_erasure_handler
def monitoring_erased(session: Session, subject: DataSubject) -> dict[str, Any]:
    """Delete the events; keep the alerts (the organisation's record of what it flagged and
    did) without the account pseudonym and its features."""
    refs = account_refs(session, subject)
    if not refs:
        return {"linked": False, "why": NO_LINK}
    deleted = session.execute(
        sa.delete(MonitoredEvent).where(
            MonitoredEvent.organisation_id == subject.organisation_id,
            MonitoredEvent.account_ref.in_(refs),
        )
    )
    anonymised = session.execute(
        sa.update(Alert)
        .where(Alert.organisation_id == subject.organisation_id, Alert.account_ref.in_(refs))
        .values(account_ref=ERASED_REF, features={})
    )
    return {
        "linked": True,
        "events_deleted": getattr(deleted, "rowcount", 0),
        "alerts_anonymised": getattr(anonymised, "rowcount", 0),
    }
