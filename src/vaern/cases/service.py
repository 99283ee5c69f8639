"""Case services: open, work the playbook, notes, attachments, links, the timeline.

Every function takes the organisation from a ``Principal`` (or explicitly, for flows) and
scopes every query by it, so another organisation's case is simply not found.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.cases import playbooks
from vaern.cases.models import (
    LINK_KINDS,
    STATUSES,
    TRANSITIONS,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseLink,
    CaseNote,
    CaseTask,
    SavedView,
)
from vaern.db import utcnow
from vaern.errors import Conflict, Invalid, NotFound
from vaern.i18n import N_
from vaern.orgs.access import Principal
from vaern.orgs.models import Membership
from vaern.privacy import audit, restriction, subjects, vault
from vaern.registry import service as registry

MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
ALLOWED_TYPES = frozenset(
    {"image/png", "image/jpeg", "application/pdf", "text/plain", "message/rfc822"}
)
Actor = tuple[str, str | None]


@dataclass(frozen=True)
class LinkIn:
    kind: str
    target_id: uuid.UUID
    label: str = ""


def ensure_workable(session: Session, case: Case) -> None:
    """Refuse processing a case whose customer is restricted (GDPR art. 18): it is kept and
    can be read and closed, nothing more, until the restriction is lifted."""
    restriction.ensure_not_restricted(
        session, organisation_id=case.organisation_id, subject_id=case.subject_id
    )


def _actor(who: Principal | Actor) -> Actor:
    return who.actor if isinstance(who, Principal) else who


def record_event(
    session: Session, case: Case, who: Principal | Actor, action: str, **details: Any
) -> CaseEvent:
    kind, ident = _actor(who)
    event = CaseEvent(
        case_id=case.id,
        organisation_id=case.organisation_id,
        at=utcnow(),
        actor_type=kind,
        actor_id=ident,
        action=action,
        details=details,
    )
    session.add(event)
    # Every change to a case is also in the append-only audit trail.
    audit.record(
        session,
        action=f"case.{action}",
        actor_type=kind,
        actor_id=ident,
        organisation_id=case.organisation_id,
        object_type="case",
        object_id=case.id,
        details=details,
    )
    return event


def _clean(session: Session, text: str, organisation_id: uuid.UUID) -> str:
    """Redacted, the organisation's own published addresses left."""
    return registry.redact_own(session, organisation_id=organisation_id, text=text)


def _refresh_due(session: Session, case: Case) -> None:
    session.flush()
    first = session.scalar(
        sa.select(sa.func.min(CaseTask.due_at)).where(
            CaseTask.case_id == case.id, CaseTask.status == "open"
        )
    )
    if case.status == "closed":
        case.next_due_at = None
    else:
        case.next_due_at = min(d for d in (first, case.sla_due_at) if d is not None)


def open_case(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    case_type: str,
    source: str,
    title: str,
    customer_identifiers: dict[str, str] | None = None,
    links: Iterable[LinkIn] = (),
    priority: str = "normal",
    actor: Principal | Actor = ("system", None),
    now: datetime | None = None,
) -> Case:
    """Open a case and create its tasks from the organisation's playbook. Other domains'
    flows (alerts, reports, the victim's guide) call this."""
    if priority not in playbooks.PRIORITIES:
        raise Invalid(f"Unknown priority '{priority}'.")
    book = playbooks.playbook_for(session, organisation_id=organisation_id, case_type=case_type)
    now = now or utcnow()
    subject_id = None
    if customer_identifiers and any(v.strip() for v in customer_identifiers.values()):
        subject_id = subjects.record_subject(
            session,
            organisation_id=organisation_id,
            identifiers=customer_identifiers,
            actor=_actor(actor),
        ).id
    case = Case(
        organisation_id=organisation_id,
        case_type=case_type,
        title=_clean(session, title, organisation_id)[:200],
        source=source[:40],
        priority=priority,
        subject_id=subject_id,
        playbook_version=f"{book.source}:{book.version}",
        opened_at=now,
        sla_due_at=now + timedelta(hours=book.sla_hours[priority]),
        status="new",
        status_times={"new": now.isoformat()},
    )
    session.add(case)
    session.flush()
    for position, task in enumerate(book.tasks):
        session.add(
            CaseTask(
                case_id=case.id,
                organisation_id=organisation_id,
                position=position,
                step=task.step,
                actor=task.actor,
                due_at=now + timedelta(minutes=task.due_minutes),
            )
        )
    for link in links:
        _add_link(session, case, link)
    record_event(session, case, actor, "opened", case_type=case_type, source=source)
    _refresh_due(session, case)
    return case


def get_case(session: Session, *, organisation_id: uuid.UUID, case_id: uuid.UUID) -> Case:
    case = session.scalar(
        sa.select(Case).where(Case.id == case_id, Case.organisation_id == organisation_id)
    )
    if case is None:
        raise NotFound("No such case.")
    return case


def count_overdue(session: Session, *, organisation_id: uuid.UUID) -> int:
    """Open cases whose next deadline (a task or the SLA) has passed."""
    return int(
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Case)
            .where(
                Case.organisation_id == organisation_id,
                Case.status != "closed",
                Case.next_due_at < utcnow(),
            )
        )
        or 0
    )


SORTS = ("due", "priority", "newest", "oldest")
# Urgent first when sorting by priority.
_PRIORITY_RANK = sa.case(
    {p: n for n, p in enumerate(playbooks.PRIORITIES)}, value=Case.priority, else_=99
)


@dataclass(frozen=True)
class QueueFilter:
    """What an agent narrows the queue to; every field optional. ``assignee`` is a user
    id or "none" for unassigned cases; ``status`` "closed" shows closed cases."""

    status: str | None = None
    case_type: str | None = None
    priority: str | None = None
    assignee: str | None = None
    overdue: bool = False
    sort: str = "due"


def filter_query(f: QueueFilter) -> str:
    """The filters as a query string, defaults left out (paging and saved views keep it)."""
    chosen = {k: v for k, v in asdict(f).items() if v and not (k == "sort" and v == "due")}
    return urlencode({k: ("1" if v is True else v) for k, v in chosen.items()})


_NOT_A_FILTER = N_("The view does not name filters of the case queue.")


def _valid_filter_value(key: str, value: str) -> bool:
    if key == "assignee" and value != "none":
        try:
            uuid.UUID(value)
        except ValueError:
            return False
        return True
    allowed: dict[str, Iterable[str]] = {
        "status": STATUSES,
        "case_type": playbooks.builtin(),
        "priority": playbooks.PRIORITIES,
        "assignee": ("none",),
        "overdue": ("1", "true"),
        "sort": SORTS,
    }
    return key in allowed and value in allowed[key]


def parse_filter_query(query: str) -> QueueFilter:
    """The queue filters a query string names; anything else (an unknown key, a repeated
    key, a value the queue does not offer) is refused, so a saved view always reopens."""
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError as exc:
        raise Invalid(_NOT_A_FILTER) from exc
    fields: dict[str, str] = {}
    for key, value in pairs:
        if key in fields or not (value == "" or _valid_filter_value(key, value)):
            raise Invalid(_NOT_A_FILTER, field=key)
        fields[key] = value
    return QueueFilter(
        status=fields.get("status") or None,
        case_type=fields.get("case_type") or None,
        priority=fields.get("priority") or None,
        assignee=fields.get("assignee") or None,
        overdue=bool(fields.get("overdue")),
        sort=fields.get("sort") or "due",
    )


def queue_conditions(
    organisation_id: uuid.UUID, f: QueueFilter, *, include_closed: bool, now: datetime
) -> list[sa.ColumnElement[bool]]:
    where = [Case.organisation_id == organisation_id]
    if f.status in STATUSES:
        where.append(Case.status == f.status)
    elif not include_closed:
        where.append(Case.status.in_([s for s in STATUSES if s != "closed"]))
    if f.case_type:
        where.append(Case.case_type == f.case_type)
    if f.priority in playbooks.PRIORITIES:
        where.append(Case.priority == f.priority)
    if f.assignee == "none":
        where.append(Case.assignee_id.is_(None))
    elif f.assignee:
        try:
            where.append(Case.assignee_id == uuid.UUID(f.assignee))
        except ValueError as exc:
            raise Invalid("Unknown assignee.") from exc
    if f.overdue:
        where.append(Case.next_due_at <= now)
    return where


def _queue_order(sort: str) -> list[sa.ColumnElement[Any]]:
    due = Case.next_due_at.asc().nulls_last()
    orders: dict[str, list[sa.ColumnElement[Any]]] = {
        "priority": [_PRIORITY_RANK, due],
        "newest": [Case.opened_at.desc()],
        "oldest": [Case.opened_at.asc()],
    }
    return orders.get(sort, [due, Case.opened_at.asc()])


def queue(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    include_closed: bool = False,
    limit: int = 50,
    offset: int = 0,
    filters: QueueFilter | None = None,
    now: datetime | None = None,
) -> tuple[list[Case], int]:
    """Open cases by urgency (the earliest deadline, overdue first) unless ``filters`` sorts
    otherwise; the window and its total both come from SQL."""
    f = filters or QueueFilter()
    where = queue_conditions(organisation_id, f, include_closed=include_closed, now=now or utcnow())
    total = int(session.scalar(sa.select(sa.func.count()).select_from(Case).where(*where)) or 0)
    rows = session.scalars(
        sa.select(Case)
        .where(*where)
        .order_by(*_queue_order(f.sort), Case.id)
        .limit(limit)
        .offset(offset)
    )
    return list(rows), total


def tasks(session: Session, *, case: Case) -> list[CaseTask]:
    return list(
        session.scalars(
            sa.select(CaseTask).where(CaseTask.case_id == case.id).order_by(CaseTask.position)
        )
    )


def timeline(session: Session, *, case: Case) -> list[CaseEvent]:
    return list(
        session.scalars(
            sa.select(CaseEvent)
            .where(CaseEvent.case_id == case.id)
            .order_by(CaseEvent.at, CaseEvent.id)
        )
    )


def notes(session: Session, *, case: Case) -> list[CaseNote]:
    return list(
        session.scalars(
            sa.select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.at)
        )
    )


def attachments(session: Session, *, case: Case) -> list[CaseAttachment]:
    return list(
        session.scalars(
            sa.select(CaseAttachment)
            .where(CaseAttachment.case_id == case.id)
            .order_by(CaseAttachment.at)
        )
    )


def links(session: Session, *, case: Case) -> list[CaseLink]:
    return list(session.scalars(sa.select(CaseLink).where(CaseLink.case_id == case.id)))


def transition(
    session: Session,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    to: str,
    resolution: str | None = None,
    now: datetime | None = None,
) -> Case:
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    if to not in STATUSES:
        raise Invalid(f"Unknown status '{to}'.")
    if to not in TRANSITIONS[case.status]:
        raise Conflict(f"A case cannot move from '{case.status}' to '{to}'.")
    if to == "closed" and not (resolution and resolution.strip()):
        raise Invalid("Closing a case needs a resolution reason.")
    if to != "closed":  # closing ends the processing, so a restricted case may close
        ensure_workable(session, case)
    now = now or utcnow()
    previous = case.status
    case.status = to
    case.status_times = {**case.status_times, to: now.isoformat()}
    if to == "closed":
        case.resolution = _clean(session, resolution or "", case.organisation_id)[:500]
        case.closed_at = now
    elif previous == "closed":
        case.closed_at = None
    record_event(session, case, principal, "status", **{"from": previous, "to": to})
    _refresh_due(session, case)
    return case


BULK_ACTIONS = ("status", "priority", "assign")


def bulk_apply(
    session: Session,
    *,
    principal: Principal,
    case_ids: Sequence[uuid.UUID],
    action: str,
    value: str,
    resolution: str | None = None,
) -> list[dict[str, str]]:
    """Change status, priority or assignee of many cases. Each change is audited on its own
    case; the result is per item, and one failing case never stops the rest."""
    principal.require("operate")
    if action not in BULK_ACTIONS:
        raise Invalid(f"Unknown bulk action '{action}'.")
    assignee: uuid.UUID | None = None
    if action == "assign" and value:
        try:
            assignee = uuid.UUID(value)
        except ValueError as exc:
            raise Invalid("Choose a member.") from exc
    results = []
    for case_id in dict.fromkeys(case_ids):
        try:
            with session.begin_nested():
                if action == "status":
                    transition(
                        session,
                        principal=principal,
                        case_id=case_id,
                        to=value,
                        resolution=resolution,
                    )
                elif action == "priority":
                    set_priority(session, principal=principal, case_id=case_id, priority=value)
                else:
                    assign(session, principal=principal, case_id=case_id, assignee_id=assignee)
            results.append({"id": str(case_id), "result": "ok"})
        except (Conflict, Invalid, NotFound) as exc:
            results.append({"id": str(case_id), "result": "error", "detail": str(exc)})
    audit.record(
        session,
        action="case.bulk",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        details={
            "action": action,
            "ok": sum(r["result"] == "ok" for r in results),
            "failed": sum(r["result"] == "error" for r in results),
        },
    )
    return results


def assign(
    session: Session, *, principal: Principal, case_id: uuid.UUID, assignee_id: uuid.UUID | None
) -> Case:
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    ensure_workable(session, case)
    if assignee_id is not None:
        member = session.scalar(
            sa.select(Membership).where(
                Membership.user_id == assignee_id,
                Membership.organisation_id == principal.organisation_id,
            )
        )
        if member is None:
            raise Invalid("The assignee is not a member of this organisation.")
    previous = case.assignee_id
    case.assignee_id = assignee_id
    record_event(
        session,
        case,
        principal,
        "assigned",
        **{"from": str(previous) if previous else None, "to": str(assignee_id or "") or None},
    )
    return case


def set_priority(
    session: Session, *, principal: Principal, case_id: uuid.UUID, priority: str
) -> Case:
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    ensure_workable(session, case)
    if priority not in playbooks.PRIORITIES:
        raise Invalid(f"Unknown priority '{priority}'.")
    book = playbooks.playbook_for(
        session, organisation_id=case.organisation_id, case_type=case.case_type
    )
    record_event(session, case, principal, "priority", **{"from": case.priority, "to": priority})
    case.priority = priority
    case.sla_due_at = case.opened_at + timedelta(hours=book.sla_hours[priority])
    _refresh_due(session, case)
    return case


def finish_task(
    session: Session,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    task_id: uuid.UUID,
    outcome: str,
    note: str = "",
    now: datetime | None = None,
) -> CaseTask:
    """Mark a task done or skipped (skipping needs a note saying why)."""
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    ensure_workable(session, case)
    task = session.scalar(
        sa.select(CaseTask).where(CaseTask.id == task_id, CaseTask.case_id == case.id)
    )
    if task is None:
        raise NotFound("No such task.")
    if outcome not in ("done", "skipped"):
        raise Invalid("outcome must be 'done' or 'skipped'.")
    if outcome == "skipped" and not note.strip():
        raise Invalid("Skipping a task needs a note saying why.")
    if task.status != "open":
        raise Conflict("The task is already finished.")
    if case.status == "closed":
        raise Conflict("The case is closed; reopen it first.")
    task.status = outcome
    task.note = _clean(session, note, case.organisation_id)[:2000] or None
    task.completed_at = now or utcnow()
    task.completed_by = str(principal.id)
    record_event(session, case, principal, f"task.{outcome}", step=task.step, task_id=str(task.id))
    if case.status == "new":
        case.status = "in_progress"
        case.status_times = {**case.status_times, "in_progress": task.completed_at.isoformat()}
    _refresh_due(session, case)
    return task


def add_note(
    session: Session, *, principal: Principal, case_id: uuid.UUID, text: str, keep: bool = False
) -> CaseNote:
    """Store the note redacted; ``keep`` also stores the original encrypted in the vault."""
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    ensure_workable(session, case)
    if not text.strip():
        raise Invalid("The note is empty.")
    note = CaseNote(
        case_id=case.id,
        organisation_id=case.organisation_id,
        at=utcnow(),
        author=str(principal.id),
        body=_clean(session, text, case.organisation_id),
        vaulted=vault.encrypt(text, context=f"case-note:{case.organisation_id}") if keep else None,
    )
    session.add(note)
    session.flush()
    record_event(session, case, principal, "note", note_id=str(note.id), vaulted=keep)
    return note


def add_attachment(
    session: Session,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    filename: str,
    content_type: str,
    data: bytes,
) -> CaseAttachment:
    """Kept as bytes with their hash; never executed, served only as a download."""
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    ensure_workable(session, case)
    if not data:
        raise Invalid("The file is empty.")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise Invalid(f"The file is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MiB.")
    content_type = content_type.split(";")[0].strip().lower()
    if content_type not in ALLOWED_TYPES:
        raise Invalid(f"Files of type '{content_type}' are not accepted.")
    safe_name = "".join(c for c in filename if c.isalnum() or c in "._- ")[:200] or "file"
    row_id = uuid.uuid4()
    row = CaseAttachment(
        id=row_id,
        case_id=case.id,
        organisation_id=case.organisation_id,
        at=utcnow(),
        filename=_clean(session, safe_name, case.organisation_id)[:200],
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        data=vault.encrypt_bytes(data, context=attachment_context(case.organisation_id, row_id)),
    )
    session.add(row)
    session.flush()
    record_event(
        session, case, principal, "attachment", attachment_id=str(row.id), sha256=row.sha256
    )
    return row


def attachment_context(organisation_id: uuid.UUID, attachment_id: uuid.UUID) -> str:
    """Bound to the row: a file copied to another attachment or tenant does not decrypt."""
    return f"case-attachment:{organisation_id}:{attachment_id}"


def attachment_bytes(row: CaseAttachment) -> bytes:
    """The file as it was uploaded; it is stored encrypted (issue 17)."""
    return vault.decrypt_bytes(row.data, context=attachment_context(row.organisation_id, row.id))


def get_attachment(
    session: Session, *, principal: Principal, case_id: uuid.UUID, attachment_id: uuid.UUID
) -> CaseAttachment:
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    row = session.scalar(
        sa.select(CaseAttachment).where(
            CaseAttachment.id == attachment_id, CaseAttachment.case_id == case.id
        )
    )
    if row is None:
        raise NotFound("No such attachment.")
    return row


def _add_link(session: Session, case: Case, link: LinkIn) -> CaseLink:
    if link.kind not in LINK_KINDS:
        raise Invalid(f"Unknown link kind '{link.kind}'.")
    row = CaseLink(
        case_id=case.id,
        organisation_id=case.organisation_id,
        kind=link.kind,
        target_id=link.target_id,
        label=_clean(session, link.label, case.organisation_id)[:200],
    )
    session.add(row)
    session.flush()
    return row


def add_link(
    session: Session, *, principal: Principal, case_id: uuid.UUID, link: LinkIn
) -> CaseLink:
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    ensure_workable(session, case)
    row = _add_link(session, case, link)
    record_event(session, case, principal, "link", kind=link.kind, target_id=str(link.target_id))
    return row


def attach_link(session: Session, *, case: Case, link: LinkIn, actor: Actor) -> CaseLink:
    """A system flow adds a link to a case it found (e.g. another alert on the account)."""
    row = _add_link(session, case, link)
    record_event(session, case, actor, "link", kind=link.kind, target_id=str(link.target_id))
    return row


def reveal_customer(
    session: Session, *, principal: Principal, case_id: uuid.UUID, purpose: str
) -> dict[str, list[str]]:
    """The customer's identifiers in clear, audited and on the timeline. Only for who works
    cases (the agent role or above; a token with cases:write): a viewer, a DPO or a
    cases:read token could read them before (issue 17)."""
    principal.require("operate")
    principal.require_scope("cases:write")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    if case.subject_id is None:
        return {}
    if not purpose.strip():
        raise Invalid("State the purpose for revealing the customer's data.")
    ensure_workable(session, case)
    record_event(session, case, principal, "customer.revealed", purpose=purpose[:200])
    return subjects.reveal(
        session, principal=principal, subject_id=case.subject_id, purpose=purpose[:200]
    )


def record_contact_check(
    session: Session,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    answer: dict[str, Any],
    lookup_id: uuid.UUID | None = None,
) -> CaseEvent:
    """Record the answer to "did we contact this customer?" on the timeline."""
    principal.require("operate")
    case = get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    ensure_workable(session, case)
    if lookup_id is not None:
        _add_link(session, case, LinkIn("outbound_lookup", lookup_id, "did we contact you?"))
    return record_event(session, case, principal, "contact_check", **answer)


def override_playbook(
    session: Session, *, principal: Principal, case_type: str, text: str
) -> playbooks.Playbook:
    """Adopt an organisation's own version of a playbook (admin); new cases use it."""
    principal.require("admin")
    book = playbooks.set_override(
        session, organisation_id=principal.organisation_id, case_type=case_type, text=text
    )
    audit.record(
        session,
        action="playbook.override",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="playbook",
        object_id=case_type,
        details={"version": book.version, "tasks": len(book.tasks)},
    )
    return book


def reset_playbook(session: Session, *, principal: Principal, case_type: str) -> None:
    """Go back to the built-in playbook (admin)."""
    principal.require("admin")
    if playbooks.remove_override(
        session, organisation_id=principal.organisation_id, case_type=case_type
    ):
        audit.record(
            session,
            action="playbook.reset",
            actor_type=principal.kind,
            actor_id=principal.id,
            organisation_id=principal.organisation_id,
            object_type="playbook",
            object_id=case_type,
        )


MAX_VIEW_QUERY = 500


def save_view(session: Session, *, principal: Principal, name: str, query: str) -> SavedView:
    """Keep the queue filters ``query`` under ``name`` for this user in this organisation;
    the query is stored in canonical form, so opening the view shows the same queue."""
    name = name.strip()
    if not 1 <= len(name) <= 80:
        raise Invalid(N_("Give the view a name of at most 80 characters."), field="name")
    if len(query) > MAX_VIEW_QUERY:
        raise Invalid(_NOT_A_FILTER, field="query")
    canonical = filter_query(parse_filter_query(query))
    mine = (
        SavedView.organisation_id == principal.organisation_id,
        SavedView.user_id == principal.id,
    )
    if session.scalar(sa.select(SavedView.id).where(*mine, SavedView.name == name)):
        raise Conflict(N_("You already have a view with that name."), field="name")
    view = SavedView(
        organisation_id=principal.organisation_id, user_id=principal.id, name=name, query=canonical
    )
    session.add(view)
    session.flush()
    return view


def list_views(session: Session, *, principal: Principal) -> list[SavedView]:
    """This user's views in this organisation, by name."""
    return list(
        session.scalars(
            sa.select(SavedView)
            .where(
                SavedView.organisation_id == principal.organisation_id,
                SavedView.user_id == principal.id,
            )
            .order_by(SavedView.name)
        )
    )


def delete_view(session: Session, *, principal: Principal, view_id: uuid.UUID) -> None:
    """Delete one of this user's views; anyone else's is not found."""
    deleted = session.execute(
        sa.delete(SavedView).where(
            SavedView.id == view_id,
            SavedView.organisation_id == principal.organisation_id,
            SavedView.user_id == principal.id,
        )
    )
    if not deleted.rowcount:  # type: ignore[attr-defined]
        raise NotFound("No such view.")
