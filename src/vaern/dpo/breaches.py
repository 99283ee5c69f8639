"""The breach register: the 72-hour clock from awareness (art. 33(1)), a notification draft
for Datatilsynet with the content art. 33(3) requires, the art. 34 decision on telling the
people affected, and staged updates (art. 33(4))."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import Conflict, NotFound
from vaern.privacy import audit
from vaern.privacy.models import Breach
from vaern.registry import service as registry

DEADLINE = timedelta(hours=72)
WARNING = timedelta(hours=24)
Actor = tuple[str, str | None]


def _clean(session: Session, organisation_id: uuid.UUID, text: str | None) -> str:
    """Redacted, the organisation's own published postal addresses left (a breach at its
    branch names the branch)."""
    return registry.redact_own(session, organisation_id=organisation_id, text=text or "")


def deadline(breach: Breach) -> datetime:
    return breach.aware_at + DEADLINE


def clock(breach: Breach, *, now: datetime | None = None) -> str:
    """notified | ok | warning (under 24 hours left) | overdue."""
    if breach.notified_at is not None:
        return "notified"
    left = deadline(breach) - (now or utcnow())
    if left < timedelta(0):
        return "overdue"
    return "warning" if left < WARNING else "ok"


def hours_left(breach: Breach, *, now: datetime | None = None) -> float:
    return round((deadline(breach) - (now or utcnow())).total_seconds() / 3600, 1)


def _audit(session: Session, breach: Breach, action: str, actor: Actor) -> None:
    audit.record(
        session,
        action=action,
        actor_type=actor[0],
        actor_id=actor[1],
        organisation_id=breach.organisation_id,
        object_type="breach",
        object_id=breach.id,
    )


def create_breach(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    aware_at: datetime,
    nature: str,
    data_categories: list[str],
    subject_categories: list[str],
    approx_subjects: int | None = None,
    approx_records: int | None = None,
    consequences: str = "",
    measures: str = "",
    contact: str = "",
    actor: Actor = ("system", None),
) -> Breach:
    breach = Breach(
        organisation_id=organisation_id,
        aware_at=aware_at,
        nature=_clean(session, organisation_id, nature),
        data_categories=data_categories,
        subject_categories=subject_categories,
        approx_subjects=approx_subjects,
        approx_records=approx_records,
        consequences=_clean(session, organisation_id, consequences),
        measures=_clean(session, organisation_id, measures),
        contact=contact,
        updates=[],
    )
    session.add(breach)
    session.flush()
    _audit(session, breach, "breach.create", actor)
    return breach


def get_breach(session: Session, *, organisation_id: uuid.UUID, breach_id: uuid.UUID) -> Breach:
    breach = session.scalar(
        sa.select(Breach).where(Breach.id == breach_id, Breach.organisation_id == organisation_id)
    )
    if breach is None:
        raise NotFound("No such breach.")
    return breach


def breaches_query(*, organisation_id: uuid.UUID) -> sa.Select[Any]:
    return (
        sa.select(Breach)
        .where(Breach.organisation_id == organisation_id)
        .order_by(Breach.aware_at.desc(), Breach.id)
    )


def list_breaches(session: Session, *, organisation_id: uuid.UUID) -> list[Breach]:
    return list(session.scalars(breaches_query(organisation_id=organisation_id)))


def add_update(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    breach_id: uuid.UUID,
    text: str,
    actor: Actor = ("system", None),
    now: datetime | None = None,
) -> Breach:
    """Information given in phases (art. 33(4)), kept in order."""
    breach = get_breach(session, organisation_id=organisation_id, breach_id=breach_id)
    entry = {"at": (now or utcnow()).isoformat(), "text": _clean(session, organisation_id, text)}
    breach.updates = [*breach.updates, entry]
    session.flush()
    _audit(session, breach, "breach.update", actor)
    return breach


def mark_notified(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    breach_id: uuid.UUID,
    at: datetime | None = None,
    actor: Actor = ("system", None),
) -> Breach:
    breach = get_breach(session, organisation_id=organisation_id, breach_id=breach_id)
    if breach.notified_at is not None:
        raise Conflict("Datatilsynet has already been notified of this breach.")
    breach.notified_at = at or utcnow()
    session.flush()
    _audit(session, breach, "breach.notified", actor)
    return breach


def decide_informing(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    breach_id: uuid.UUID,
    inform: bool,
    reason: str,
    actor: Actor = ("system", None),
) -> Breach:
    breach = get_breach(session, organisation_id=organisation_id, breach_id=breach_id)
    breach.inform_subjects = inform
    breach.inform_reason = _clean(session, organisation_id, reason)
    session.flush()
    _audit(session, breach, "breach.decision", actor)
    return breach


def notification_draft(breach: Breach, *, now: datetime | None = None) -> dict[str, Any]:
    """The content art. 33(3) requires, in Danish and English, plus the reason for any delay
    past 72 hours (art. 33(1))."""
    late = (breach.notified_at or now or utcnow()) > deadline(breach)

    def amount(n: int | None) -> str:
        return "?" if n is None else f"ca. {n}"

    da = [
        "# Anmeldelse af brud på persondatasikkerheden til Datatilsynet",
        f"Konstateret: {breach.aware_at:%Y-%m-%d %H:%M} UTC",
        f"## a) Bruddets karakter\n{breach.nature}",
        "Kategorier af registrerede: " + (", ".join(breach.subject_categories) or "?"),
        f"Antal berørte personer: {amount(breach.approx_subjects)}",
        "Kategorier af personoplysninger: " + (", ".join(breach.data_categories) or "?"),
        f"Antal berørte registreringer: {amount(breach.approx_records)}",
        f"## b) Kontaktpunkt (DPO)\n{breach.contact or '?'}",
        f"## c) Sandsynlige konsekvenser\n{breach.consequences or '?'}",
        f"## d) Trufne eller foreslåede foranstaltninger\n{breach.measures or '?'}",
    ]
    en = [
        "# Notification of a personal data breach to Datatilsynet",
        f"Became aware: {breach.aware_at:%Y-%m-%d %H:%M} UTC",
        f"## a) Nature of the breach\n{breach.nature}",
        "Categories of data subjects: " + (", ".join(breach.subject_categories) or "?"),
        f"Approximate number of people: {amount(breach.approx_subjects)}",
        "Categories of personal data: " + (", ".join(breach.data_categories) or "?"),
        f"Approximate number of records: {amount(breach.approx_records)}",
        f"## b) Contact point (DPO)\n{breach.contact or '?'}",
        f"## c) Likely consequences\n{breach.consequences or '?'}",
        f"## d) Measures taken or proposed\n{breach.measures or '?'}",
    ]
    if late:
        da.append("## Begrundelse for forsinkelse ud over 72 timer\n?")
        en.append("## Reasons for the delay beyond 72 hours\n?")
    return {
        "deadline": deadline(breach).isoformat(),
        "late": late,
        "da": "\n\n".join(da),
        "en": "\n\n".join(en),
    }
