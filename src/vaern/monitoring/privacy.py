"""Monitoring in data-subject requests. Events and alerts carry only keyed pseudonyms:
the account's (``engine.pseudonymise``: ``a_`` + the first 20 characters of the vault's
``account`` blind index) and the customer's (``c_`` + the same of the ``customer_ref``
index). So a person's account numbers and customer ids in the vault lead to their events
without either in clear: by account, and by customer id, whose events also name the
accounts it used; every event and alert of those accounts belongs to the person."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.monitoring.models import Alert, MonitoredEvent
from vaern.privacy import subjects
from vaern.privacy.models import DataSubject
from vaern.privacy.processing import INTEREST, UNTIL_CHANGED, Processing, activity
from vaern.privacy.retention import MONTHS_13, Category, by_age

TABLES = ("monitoring_events", "monitoring_alerts", "monitoring_deliveries")
ERASED_REF = "erased"
NO_LINK = {
    "da": "Overvågningen kender kun pseudonymiserede konto- og kundenumre; uden et kontonummer "
    "eller kunde-id hos den registrerede kan hændelser ikke kobles til personen.",
    "en": "Monitoring knows only pseudonymised account and customer ids; without an account "
    "number or customer id for the person, no event can be linked to them.",
}


def customer_refs(session: Session, subject: DataSubject) -> list[str]:
    """The monitoring pseudonyms of the person's customer ids."""
    return ["c_" + i[:20] for i in subjects.blind_indexes(session, subject, "customer_ref")]


def account_refs(session: Session, subject: DataSubject) -> list[str]:
    """The monitoring pseudonyms of the person's accounts: those in the vault and those
    their customer ids' events name."""
    refs = {"a_" + index[:20] for index in subjects.blind_indexes(session, subject, "account")}
    customers = customer_refs(session, subject)
    if customers:
        refs.update(
            session.scalars(
                sa.select(MonitoredEvent.account_ref)
                .where(
                    MonitoredEvent.organisation_id == subject.organisation_id,
                    MonitoredEvent.payload["customer_id"].as_string().in_(customers),
                )
                .distinct()
            )
        )
    return sorted(refs)


def _events(subject: DataSubject, refs: list[str], customers: list[str]) -> sa.Select[Any]:
    return sa.select(MonitoredEvent).where(
        MonitoredEvent.organisation_id == subject.organisation_id,
        sa.or_(
            MonitoredEvent.account_ref.in_(refs),
            MonitoredEvent.payload["customer_id"].as_string().in_(customers),
        ),
    )


def monitoring(session: Session, subject: DataSubject) -> dict[str, Any]:
    refs, customers = account_refs(session, subject), customer_refs(session, subject)
    if not refs and not customers:
        return {"linked": False, "why": NO_LINK}
    events = session.scalars(_events(subject, refs, customers).order_by(MonitoredEvent.occurred_at))
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


def monitoring_erased(session: Session, subject: DataSubject) -> dict[str, Any]:
    """Delete the events; keep the alerts (the organisation's record of what it flagged and
    did) without the account pseudonym and its features."""
    refs, customers = account_refs(session, subject), customer_refs(session, subject)
    if not refs and not customers:
        return {"linked": False, "why": NO_LINK}
    ids = list(
        session.scalars(_events(subject, refs, customers).with_only_columns(MonitoredEvent.id))
    )
    deleted = 0
    for i in range(0, len(ids), 500):
        result = session.execute(
            sa.delete(MonitoredEvent).where(MonitoredEvent.id.in_(ids[i : i + 500]))
        )
        deleted += getattr(result, "rowcount", 0)
    anonymised = session.execute(
        sa.update(Alert)
        .where(Alert.organisation_id == subject.organisation_id, Alert.account_ref.in_(refs))
        .values(account_ref=ERASED_REF, features={})
    )
    return {
        "linked": True,
        "events_deleted": deleted,
        "alerts_anonymised": getattr(anonymised, "rowcount", 0),
    }


_ACCOUNTS = ("customers (by pseudonymised account reference)",)

_MONITORING = {
    "da": "Overvågning af kontohændelser for svindel i realtid",
    "en": "Real-time monitoring of account events for fraud",
}

_MONITORING_RETENTION = {"da": "13 måneder", "en": "13 months"}

# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "monitoring_events",
        _MONITORING,
        INTEREST,
        ("pseudonymised account reference", "event type", "amounts and times"),
        _ACCOUNTS,
        _MONITORING_RETENTION,
    ),
    activity(
        "monitoring_alerts",
        _MONITORING,
        INTEREST,
        ("pseudonymised account reference", "score", "explanation"),
        _ACCOUNTS,
        _MONITORING_RETENTION,
    ),
    activity(
        "monitoring_models",
        {
            "da": "Online-model, der lærer af hændelser og analytikernes afgørelser",
            "en": "Online model learning from events and analysts' verdicts",
        },
        INTEREST,
        ("model weights (no identifiers)",),
        _ACCOUNTS,
        _MONITORING_RETENTION,
    ),
    activity(
        "monitoring_typology_files",
        _MONITORING,
        INTEREST,
        ("author id",),
        ("staff users",),
        UNTIL_CHANGED,
    ),
)

# Retention (run daily by the DPO product's ``privacy.retention`` job).
RETENTION: tuple[Category, ...] = (
    by_age(
        "monitoring_events",
        MonitoredEvent,
        MonitoredEvent.occurred_at,
        days=MONTHS_13,
        tables=("monitoring_events",),
        explanation={
            "da": "Overvågede hændelser slettes efter 13 måneder.",
            "en": "Monitored events are deleted after 13 months.",
        },
    ),
    by_age(
        "monitoring_alerts",
        Alert,
        Alert.occurred_at,
        days=MONTHS_13,
        tables=("monitoring_alerts",),
        explanation={
            "da": "Alarmer slettes efter 13 måneder.",
            "en": "Alerts are deleted after 13 months.",
        },
    ),
)
