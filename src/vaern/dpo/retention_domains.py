"""Retention handlers for the periods the processing register (``activities``) declares for
the domains' tables: reports 2 years, campaigns 2 years after last seen, monitoring events
and alerts 13 months, closed cases 5 years, posture reports and look-alike domains 1 year,
warning deliveries 90 days, released legal holds 3 years, breaches 5 years.

Each is a category of the one retention mechanism (``retention.apply``, run daily by the
``privacy.retention`` job): an organisation can change the period, a dry run counts, an
organisation under a legal hold is skipped, and rows held by a subject or case hold stay.
``tables`` names every table a handler empties, children deleted by their foreign key's
ON DELETE CASCADE included, so ``tests/privacy/test_retention_coverage.py`` can check that
every declared period has a handler.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.cases.models import Case
from vaern.monitoring.models import Alert, MonitoredEvent
from vaern.privacy import holds
from vaern.privacy.models import Breach, LegalHold
from vaern.privacy.retention import delete_expired, register_retention_handler
from vaern.registry.models import LookalikeDomain, PostureReport
from vaern.reports.models import Campaign, Report
from vaern.warnings.models import Delivery

# Rows a handler must leave although they are old: (session, organisation) -> condition.
Keep = Callable[[Session, uuid.UUID], sa.ColumnElement[bool]]

MONTHS_13 = 395
YEAR = 365


def _by_age(
    name: str,
    model: type[Any],
    column: Any,
    *,
    days: int,
    tables: tuple[str, ...],
    explanation: dict[str, str],
    keep: Keep | None = None,
) -> None:
    """Register a category that deletes ``model``'s rows whose ``column`` is older than the
    period (rows where it is NULL, such as open cases, never expire)."""

    def handler(
        session: Session, organisation_id: uuid.UUID, cutoff: datetime, dry_run: bool
    ) -> int:
        expired = sa.and_(model.organisation_id == organisation_id, column < cutoff)
        if keep is not None:
            expired = sa.and_(expired, sa.not_(keep(session, organisation_id)))
        return delete_expired(session, model, expired, dry_run)

    register_retention_handler(name, default_days=days, explanation=explanation, tables=tables)(
        handler
    )


def _held(scope: str, column: Any) -> Keep:
    def keep(session: Session, organisation_id: uuid.UUID) -> sa.ColumnElement[bool]:
        held = holds.held_ids(session, organisation_id=organisation_id, scope=scope)
        return column.in_(held) if held else sa.false()

    return keep


_by_age(
    "reports",
    Report,
    Report.received_at,
    days=2 * YEAR,
    tables=("reports",),
    keep=_held("subject", Report.subject_id),
    explanation={
        "da": "Anmeldelser af svindel slettes 2 år efter modtagelsen.",
        "en": "Scam reports are deleted 2 years after they were received.",
    },
)
_by_age(
    "campaigns",
    Campaign,
    Campaign.last_seen,
    days=2 * YEAR,
    tables=("campaigns", "campaign_keys", "takedown_requests"),
    explanation={
        "da": "Kampagner (med nøgler og nedtagningsanmodninger) slettes 2 år efter, at de "
        "sidst blev set.",
        "en": "Campaigns (with their keys and takedown requests) are deleted 2 years after "
        "they were last seen.",
    },
)
_by_age(
    "monitoring_events",
    MonitoredEvent,
    MonitoredEvent.occurred_at,
    days=MONTHS_13,
    tables=("monitoring_events",),
    explanation={
        "da": "Overvågede hændelser slettes efter 13 måneder.",
        "en": "Monitored events are deleted after 13 months.",
    },
)
_by_age(
    "monitoring_alerts",
    Alert,
    Alert.occurred_at,
    days=MONTHS_13,
    tables=("monitoring_alerts", "monitoring_deliveries"),
    explanation={
        "da": "Alarmer (og deres leveringer) slettes efter 13 måneder.",
        "en": "Alerts (and their deliveries) are deleted after 13 months.",
    },
)
_by_age(
    "closed_cases",
    Case,
    Case.closed_at,
    days=5 * YEAR,
    tables=(
        "cases",
        "case_attachments",
        "case_events",
        "case_links",
        "case_notes",
        "case_notifications",
        "case_tasks",
    ),
    keep=_held("case", Case.id),
    explanation={
        "da": "Afsluttede sager (med noter, bilag og opgaver) slettes 5 år efter afslutningen "
        "(hvidvask- og bogføringsregler); åbne sager og sager under retligt hold bevares.",
        "en": "Closed cases (with notes, attachments and tasks) are deleted 5 years after "
        "closing (anti-money-laundering and bookkeeping rules); open and held cases stay.",
    },
)
_by_age(
    "posture_reports",
    PostureReport,
    PostureReport.checked_at,
    days=YEAR,
    tables=("posture_reports",),
    explanation={
        "da": "Rapporter om e-mail-sikkerhed slettes efter 1 år.",
        "en": "E-mail posture reports are deleted after 1 year.",
    },
)
_by_age(
    "lookalike_domains",
    LookalikeDomain,
    LookalikeDomain.last_seen,
    days=YEAR,
    tables=("lookalike_domains",),
    explanation={
        "da": "Forvekslingsdomæner slettes 1 år efter, at de sidst blev set.",
        "en": "Look-alike domains are deleted 1 year after they were last seen.",
    },
)
_by_age(
    "warning_deliveries",
    Delivery,
    Delivery.created_at,
    days=90,
    tables=("warning_deliveries",),
    explanation={
        "da": "Leveringslog for advarsler slettes efter 90 dage.",
        "en": "The delivery log of warnings is deleted after 90 days.",
    },
)
_by_age(
    "legal_holds",
    LegalHold,
    LegalHold.released_at,
    days=3 * YEAR,
    tables=("legal_holds",),
    explanation={
        "da": "Ophævede retlige hold slettes 3 år efter ophævelsen; aktive hold bevares.",
        "en": "Released legal holds are deleted 3 years after release; active holds stay.",
    },
)
_by_age(
    "breaches",
    Breach,
    Breach.aware_at,
    days=5 * YEAR,
    tables=("breaches",),
    explanation={
        "da": "Registrerede brud på persondatasikkerheden slettes efter 5 år.",
        "en": "Recorded personal-data breaches are deleted after 5 years.",
    },
)
