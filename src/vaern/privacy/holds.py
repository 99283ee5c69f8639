"""Legal holds: data under a hold is neither deleted by retention nor erased on request
(GDPR art. 17(3)(e): needed for legal claims), until the hold is released.

A hold covers a whole organisation, one data subject or one case. Retention handlers and
erasure handlers ask ``is_held`` / ``held_ids`` before removing anything.
"""

from __future__ import annotations

import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import Conflict, Invalid, NotFound
from vaern.privacy import audit, subjects
from vaern.privacy.models import LegalHold
from vaern.privacy.redact import redact

SCOPES = ("organisation", "subject", "case")
Actor = tuple[str, str | None]

EXPLANATION = {
    "da": "Data er omfattet af en retlig tilbageholdelse og kan ikke slettes, før den ophæves "
    "(databeskyttelsesforordningen art. 17, stk. 3, litra e). Behandlingen er begrænset.",
    "en": "The data is under a legal hold and cannot be deleted until the hold is released "
    "(GDPR art. 17(3)(e)). Its processing is restricted.",
}


def _audit(session: Session, hold: LegalHold, action: str, actor: Actor) -> None:
    audit.record(
        session,
        action=action,
        actor_type=actor[0],
        actor_id=actor[1],
        organisation_id=hold.organisation_id,
        object_type="legal_hold",
        object_id=hold.id,
        details={"scope": hold.scope, "target_id": str(hold.target_id or "")},
    )


def place(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    scope: str,
    reason: str,
    target_id: uuid.UUID | None = None,
    actor: Actor = ("system", None),
) -> LegalHold:
    if scope not in SCOPES:
        raise Invalid(f"Unknown hold scope '{scope}'.")
    if (scope == "organisation") != (target_id is None):
        raise Invalid("A subject or case hold names its target; an organisation hold does not.")
    if not reason.strip():
        raise Invalid("A legal hold needs a reason.")
    if scope == "subject" and target_id is not None:
        subjects.get_subject(session, organisation_id=organisation_id, subject_id=target_id)
    hold = LegalHold(
        organisation_id=organisation_id,
        scope=scope,
        target_id=target_id,
        reason=redact(reason).text,
    )
    session.add(hold)
    session.flush()
    _audit(session, hold, "hold.place", actor)
    return hold


def release(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    hold_id: uuid.UUID,
    actor: Actor = ("system", None),
    now: datetime | None = None,
) -> LegalHold:
    hold = session.scalar(
        sa.select(LegalHold).where(
            LegalHold.id == hold_id, LegalHold.organisation_id == organisation_id
        )
    )
    if hold is None:
        raise NotFound("No such legal hold.")
    if hold.released_at is not None:
        raise Conflict("This legal hold has already been released.")
    hold.released_at = now or utcnow()
    session.flush()
    _audit(session, hold, "hold.release", actor)
    return hold


def list_holds(
    session: Session, *, organisation_id: uuid.UUID, active_only: bool = False
) -> list[LegalHold]:
    query = sa.select(LegalHold).where(LegalHold.organisation_id == organisation_id)
    if active_only:
        query = query.where(LegalHold.released_at.is_(None))
    return list(session.scalars(query.order_by(LegalHold.created_at.desc())))


def _active(organisation_id: uuid.UUID) -> sa.ColumnElement[bool]:
    return sa.and_(LegalHold.organisation_id == organisation_id, LegalHold.released_at.is_(None))


def organisation_held(session: Session, *, organisation_id: uuid.UUID) -> bool:
    query = sa.select(LegalHold.id).where(
        _active(organisation_id), LegalHold.scope == "organisation"
    )
    return session.scalar(query.limit(1)) is not None


def held_ids(session: Session, *, organisation_id: uuid.UUID, scope: str) -> set[uuid.UUID]:
    """The subjects or cases under an active hold (for retention handlers' WHERE clauses)."""
    query = sa.select(LegalHold.target_id).where(_active(organisation_id), LegalHold.scope == scope)
    return {t for t in session.scalars(query) if t is not None}


def is_held(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    subject_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
) -> bool:
    """Whether the organisation, the subject or the case is under an active hold."""
    if organisation_held(session, organisation_id=organisation_id):
        return True
    if subject_id and subject_id in held_ids(
        session, organisation_id=organisation_id, scope="subject"
    ):
        return True
    return bool(
        case_id and case_id in held_ids(session, organisation_id=organisation_id, scope="case")
    )
