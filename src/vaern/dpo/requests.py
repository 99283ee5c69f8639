"""Data-subject requests: access, rectification, erasure, restriction and objection, as a
status machine with the one-month deadline (GDPR art. 12(3)) on the row.

Every domain lists its exporters, erasers and lift handlers in its manifest
(``vaern.domains``). Each handler gets ``(session, subject)`` and returns a dict for the
report; erasure runs every handler in its own savepoint so one failure never stops the
rest, and reports per handler what succeeded and what failed.
"""

from __future__ import annotations

import calendar
import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import domains
from vaern.db import utcnow
from vaern.errors import Conflict, Invalid, NotFound
from vaern.privacy import audit, holds, restriction, subjects, vault
from vaern.privacy.models import DataSubject, SubjectIdentifier, SubjectRequest
from vaern.registry import service as registry

KINDS = ("access", "rectification", "erasure", "restriction", "objection")
# Allowed moves of the status machine.
TRANSITIONS: dict[str, frozenset[str]] = {
    "received": frozenset({"verified", "rejected"}),
    "verified": frozenset({"in_progress", "extended", "completed", "rejected"}),
    "in_progress": frozenset({"extended", "completed", "rejected"}),
    "extended": frozenset({"in_progress", "completed", "rejected"}),
    "completed": frozenset(),
    "rejected": frozenset(),
}
OPEN = frozenset({"received", "verified", "in_progress", "extended"})
# Open and with the person's identity verified: the request can be carried out.
WORKABLE = frozenset({"verified", "in_progress", "extended"})

Actor = tuple[str, str | None]


def add_months(moment: datetime, months: int) -> datetime:
    """The same day ``months`` later, or the month's last day when it is shorter."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def is_overdue(request: SubjectRequest, *, now: datetime | None = None) -> bool:
    return request.status in OPEN and request.due_at < (now or utcnow())


def days_left(request: SubjectRequest, *, now: datetime | None = None) -> int:
    return (request.due_at - (now or utcnow())).days


def _audit(
    session: Session, request: SubjectRequest, action: str, actor: Actor, **details: Any
) -> None:
    audit.record(
        session,
        action=action,
        actor_type=actor[0],
        actor_id=actor[1],
        organisation_id=request.organisation_id,
        object_type="subject_request",
        object_id=request.id,
        details=details,
    )


def create_request(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    kind: str,
    identifiers: dict[str, str],
    note: str | None = None,
    actor: Actor = ("system", None),
    now: datetime | None = None,
    channel: str = "staff",
) -> SubjectRequest:
    if kind not in KINDS:
        raise Invalid(f"Unknown request kind '{kind}'.")
    subject = subjects.record_subject(
        session, organisation_id=organisation_id, identifiers=identifiers, actor=actor
    )
    received = now or utcnow()
    request = SubjectRequest(
        organisation_id=organisation_id,
        subject_id=subject.id,
        kind=kind,
        status="received",
        received_at=received,
        due_at=add_months(received, 1),
        note=registry.redact_own(session, organisation_id=organisation_id, text=note)
        if note
        else None,
        result={},
        history=[{"status": "received", "at": received.isoformat()}],
        channel=channel,
    )
    session.add(request)
    session.flush()
    _audit(session, request, "request.create", actor, kind=kind)
    return request


def get_request(
    session: Session, *, organisation_id: uuid.UUID, request_id: uuid.UUID
) -> SubjectRequest:
    request = session.scalar(
        sa.select(SubjectRequest).where(
            SubjectRequest.id == request_id, SubjectRequest.organisation_id == organisation_id
        )
    )
    if request is None:
        raise NotFound("No such data-subject request.")
    return request


def requests_query(*, organisation_id: uuid.UUID, status: str | None = None) -> sa.Select[Any]:
    """Earliest due first."""
    query = sa.select(SubjectRequest).where(SubjectRequest.organisation_id == organisation_id)
    if status:
        query = query.where(SubjectRequest.status == status)
    return query.order_by(SubjectRequest.due_at, SubjectRequest.id)


def list_requests(
    session: Session, *, organisation_id: uuid.UUID, status: str | None = None
) -> list[SubjectRequest]:
    return list(session.scalars(requests_query(organisation_id=organisation_id, status=status)))


def transition(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    request_id: uuid.UUID,
    status: str,
    reason: str | None = None,
    actor: Actor = ("system", None),
    now: datetime | None = None,
) -> SubjectRequest:
    """Move a request on. An extension (by two months, once) and a rejection need a reason,
    which is told to the person."""
    request = get_request(session, organisation_id=organisation_id, request_id=request_id)
    if status not in TRANSITIONS:
        raise Invalid(f"Unknown status '{status}'.")
    if status not in TRANSITIONS[request.status]:
        raise Conflict(f"A request that is {request.status} cannot become {status}.")
    if status in ("extended", "rejected") and not (reason and reason.strip()):
        raise Invalid(f"A reason is required to mark a request {status}.")
    moment = now or utcnow()
    if status == "extended":
        if any(step.get("status") == "extended" for step in request.history):
            raise Conflict("A request can be extended only once.")
        request.due_at = add_months(request.received_at, 3)
        request.reminded_at = None  # a new deadline gets its own reminder
    request.status = status
    if status not in OPEN:
        request.closed_at = moment
    step = {"status": status, "at": moment.isoformat()}
    if reason:
        step["reason"] = registry.redact_own(session, organisation_id=organisation_id, text=reason)
    request.history = [*request.history, step]
    session.flush()
    _audit(session, request, "request.transition", actor, status=status)
    return request


REMIND_BEFORE = timedelta(days=7)


def needs_reminder(
    request: SubjectRequest, *, now: datetime, before: timedelta = REMIND_BEFORE
) -> bool:
    """An open request within a week of its deadline (or past it) that has not been
    reminded of this deadline yet."""
    return request.status in OPEN and request.reminded_at is None and request.due_at <= now + before


def remind_due(session: Session, *, now: datetime | None = None) -> dict[str, int]:
    """Record a reminder on every request that needs one (history and audit); the DPO page
    and the request list show them."""
    now = now or utcnow()
    candidates = session.scalars(
        sa.select(SubjectRequest).where(
            SubjectRequest.status.in_(sorted(OPEN)),
            SubjectRequest.reminded_at.is_(None),
            SubjectRequest.due_at <= now + REMIND_BEFORE,
        )
    )
    reminded = overdue = 0
    for request in candidates:
        if not needs_reminder(request, now=now):
            continue
        left = days_left(request, now=now)
        request.reminded_at = now
        request.history = [
            *request.history,
            {"status": request.status, "at": now.isoformat(), "reminder": True, "days_left": left},
        ]
        _audit(session, request, "request.reminder", ("system", None), days_left=left)
        reminded += 1
        overdue += left < 0
    session.flush()
    return {"reminded": reminded, "overdue": overdue}


def _ensure_open(request: SubjectRequest) -> None:
    if request.status not in WORKABLE:
        raise Conflict("Only a verified, open request can be carried out.")


def export(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    request_id: uuid.UUID,
    actor: Actor = ("system", None),
) -> dict[str, Any]:
    """Everything about the person as JSON (art. 15 and 20). Audited as an export."""
    request = get_request(session, organisation_id=organisation_id, request_id=request_id)
    _ensure_open(request)
    subject = session.get_one(DataSubject, request.subject_id)
    sections: dict[str, Any] = {}
    for handler in domains.exporters():
        sections[handler.__name__] = handler(session, subject)
    _audit(session, request, "request.export", actor, sections=sorted(sections))
    return {
        "request": {"id": str(request.id), "kind": request.kind},
        "subject": {"id": str(subject.id), "restricted": subject.restricted},
        "data": sections,
        "exported_at": utcnow().isoformat(),
    }


def erase(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    request_id: uuid.UUID,
    actor: Actor = ("system", None),
    now: datetime | None = None,
) -> dict[str, Any]:
    """Run every erasure handler; complete the request when all succeed. Under a legal
    hold nothing is erased: the person's data is restricted instead, the request stays
    open, and the result explains why."""
    request = get_request(session, organisation_id=organisation_id, request_id=request_id)
    if request.kind != "erasure":
        raise Conflict("Only an erasure request erases data.")
    _ensure_open(request)
    subject = session.get_one(DataSubject, request.subject_id)
    if holds.is_held(session, organisation_id=organisation_id, subject_id=subject.id):
        restriction.restrict(session, subject=subject, why="erasure:held", actor=actor)
        request.result = {"held": True, "explanation": holds.EXPLANATION}
        _audit(session, request, "request.erase_held", actor)
        session.flush()
        return {"ok": False, "held": True, "explanation": holds.EXPLANATION, "handlers": []}
    outcomes: list[dict[str, Any]] = []
    for handler in domains.erasers():
        try:
            with session.begin_nested():
                details = handler(session, subject)
            outcomes.append({"handler": handler.__name__, "ok": True, "details": details})
        except Exception as exc:  # one failing domain must not stop the others
            outcomes.append({"handler": handler.__name__, "ok": False, "error": type(exc).__name__})
    failed = [o["handler"] for o in outcomes if not o["ok"]]
    request.result = {"erasure": outcomes}
    _audit(session, request, "request.erase", actor, failed=failed)
    if not failed:
        transition(
            session,
            organisation_id=organisation_id,
            request_id=request_id,
            status="completed",
            actor=actor,
            now=now,
        )
    session.flush()
    return {"ok": not failed, "handlers": outcomes}


def restrict(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    request_id: uuid.UUID,
    actor: Actor = ("system", None),
) -> SubjectRequest:
    """Restriction (art. 18) and objection (art. 21): stop processing the person's data."""
    request = get_request(session, organisation_id=organisation_id, request_id=request_id)
    if request.kind not in ("restriction", "objection"):
        raise Conflict("Only a restriction or objection request restricts processing.")
    _ensure_open(request)
    subject = session.get_one(DataSubject, request.subject_id)
    restriction.restrict(session, subject=subject, why=f"request:{request.kind}", actor=actor)
    return transition(
        session,
        organisation_id=organisation_id,
        request_id=request_id,
        status="completed",
        actor=actor,
    )


def rectify(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    request_id: uuid.UUID,
    identifiers: dict[str, str],
    actor: Actor = ("system", None),
) -> SubjectRequest:
    """Rectification (art. 16): replace the person's identifiers of the given kinds."""
    request = get_request(session, organisation_id=organisation_id, request_id=request_id)
    if request.kind != "rectification":
        raise Conflict("Only a rectification request changes identifiers.")
    _ensure_open(request)
    unknown = sorted(set(identifiers) - subjects.IDENTIFIER_KINDS)
    if unknown or not identifiers:
        raise Invalid("Give identifiers of known kinds to rectify.")
    session.execute(
        sa.delete(SubjectIdentifier).where(
            SubjectIdentifier.subject_id == request.subject_id,
            SubjectIdentifier.kind.in_(list(identifiers)),
        )
    )
    for kind, value in identifiers.items():
        session.add(
            SubjectIdentifier(
                subject_id=request.subject_id,
                organisation_id=organisation_id,
                kind=kind,
                blind_index=vault.blind_index(kind, value, organisation_id=organisation_id),
                ciphertext=vault.encrypt(
                    value.strip(), context=subjects.identifier_context(organisation_id, kind)
                ),
            )
        )
    session.flush()
    return transition(
        session,
        organisation_id=organisation_id,
        request_id=request_id,
        status="completed",
        actor=actor,
    )


def lift_restriction(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    subject_id: uuid.UUID,
    reason: str,
    actor: Actor = ("system", None),
) -> dict[str, Any]:
    """Lift a restriction with the reason told to the person; re-enables processing and
    runs the domains' lift handlers."""
    if not reason or not reason.strip():
        raise Invalid("A reason is required to lift a restriction; it is told to the person.")
    subject = subjects.get_subject(session, organisation_id=organisation_id, subject_id=subject_id)
    if not subject.restricted:
        raise Conflict("This person's data is not restricted.")
    if subject.erased_at is not None:
        raise Conflict("The person has been erased; what is kept stays restricted.")
    pending = session.scalar(
        sa.select(sa.func.count(SubjectRequest.id)).where(
            SubjectRequest.subject_id == subject.id,
            SubjectRequest.kind == "erasure",
            SubjectRequest.status.in_(("received", "verified", "in_progress", "extended")),
        )
    )
    if pending:
        raise Conflict("An erasure request of this person is still open; finish it first.")
    subject.restricted = False
    session.flush()
    results = {fn.__name__: fn(session, subject) for fn in domains.lifters()}
    audit.record(
        session,
        action="subject.lift_restriction",
        actor_type=actor[0],
        actor_id=actor[1],
        organisation_id=organisation_id,
        object_type="data_subject",
        object_id=subject.id,
        details={
            "reason": registry.redact_own(session, organisation_id=organisation_id, text=reason),
            "handlers": sorted(results),
        },
    )
    return {"subject_id": str(subject.id), "restricted": False, "handlers": results}
