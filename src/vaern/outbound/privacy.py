"""The outbound log in data-subject requests: the records sent to the person's phone or
e-mail, found by the recipient's blind index. The log is no legal record, so erasure
deletes the records."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.outbound import service
from vaern.outbound.models import OutboundRecord
from vaern.privacy import subjects
from vaern.privacy.models import DataSubject
from vaern.privacy.processing import INTEREST, NO_PERSONAL, UNTIL_CHANGED, Processing, activity
from vaern.privacy.retention import Category, by_age

TABLES = ("outbound_records",)


def _mine(session: Session, subject: DataSubject) -> sa.ColumnElement[bool]:
    return sa.and_(
        OutboundRecord.organisation_id == subject.organisation_id,
        OutboundRecord.recipient_index.in_(
            subjects.blind_indexes(session, subject, "phone", "email")
        ),
    )


def outbound_records(session: Session, subject: DataSubject) -> dict[str, Any]:
    """Metadata only: the log never held the text."""
    rows = session.scalars(
        sa.select(OutboundRecord).where(_mine(session, subject)).order_by(OutboundRecord.sent_at)
    )
    return {
        "records": [
            {
                "channel": r.channel,
                "sender": r.sender,
                "sent_at": r.sent_at.isoformat(),
                "template_id": r.template_id,
                "purpose": r.purpose,
                "link_domains": r.link_domains,
            }
            for r in rows
        ]
    }


def outbound_records_erased(session: Session, subject: DataSubject) -> dict[str, Any]:
    deleted = session.execute(sa.delete(OutboundRecord).where(_mine(session, subject)))
    return {"deleted": getattr(deleted, "rowcount", 0)}


# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "outbound_records",
        {
            "da": "Log over udgående beskeder, så kunder kan få svar på 'kontaktede I mig?'",
            "en": "Log of outbound messages, to answer 'did you contact me?'",
        },
        INTEREST,
        ("recipient blind index", "channel", "time", "content fingerprints"),
        ("customers",),
        {"da": "180 dage (kan ændres)", "en": "180 days (configurable)"},
    ),
    activity(
        "outbound_retention",
        {"da": "Opbevaringsperiode for udgående log", "en": "Retention of the outbound log"},
        INTEREST,
        NO_PERSONAL,
        (),
        UNTIL_CHANGED,
    ),
)


def _configured_days(session: Session, organisation_id: Any) -> int:
    return service.retention_days(session, organisation_id=organisation_id)


# The organisation's own period (PUT /api/v1/outbound/retention, with its 7-day floor and
# its audit entry) in the one retention mechanism: the daily retention job deletes.
RETENTION: tuple[Category, ...] = (
    by_age(
        "outbound_records",
        OutboundRecord,
        OutboundRecord.sent_at,
        days=settings().outbound_retention_days,
        tables=("outbound_records",),
        configured=_configured_days,
        explanation={
            "da": "Registrerede udgående beskeder og opkald slettes efter organisationens "
            "egen periode (180 dage, hvis intet er valgt, aldrig under 7 dage).",
            "en": "Recorded outbound messages and calls are deleted after the organisation's "
            "own period (180 days unless set, never under 7 days).",
        },
    ),
)
