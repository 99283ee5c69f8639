"""Staff pages for cases and the public victim's guide (no JavaScript needed)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from vaern.cases import deadlines, evidence, flows, notify, playbooks, service
from vaern.cases.api import download
from vaern.db import utcnow
from vaern.errors import Conflict, DomainError, Invalid
from vaern.i18n import N_
from vaern.orgs import service as orgs
from vaern.orgs.deps import StaffPrincipal, current_user
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.middleware import register_body_limit
from vaern.web.templating import (
    Attention,
    add_attention,
    add_staff_link,
    add_template_dir,
    render,
)

router = APIRouter(include_in_schema=False, route_class=UnitOfWorkRoute)
add_template_dir(Path(__file__).resolve().parent / "templates")
add_staff_link("cases", N_("Cases"))
add_staff_link("playbooks", N_("Playbooks"), group="admin", permission="admin")


@add_attention
def overdue_cases(session: Session, organisation_id: uuid.UUID) -> Attention:
    count = service.count_overdue(session, organisation_id=organisation_id)
    return Attention(N_("cases past a deadline"), count, "cases")


UPLOAD_PREFIX = "/staff-upload/cases"
register_body_limit(UPLOAD_PREFIX, service.MAX_ATTACHMENT_BYTES + 64 * 1024)
# Which playbook opens when the guide's answers name several: the most urgent damage first.
SEVERITY = (
    "money_transferred",
    "mitid_compromised",
    "card_data_disclosed",
    "account_takeover",
    "sim_swap",
    "identity_documents_leaked",
    "impersonation_call",
    "suspicious_message",
)


def _base(slug: str) -> str:
    return f"/staff/{slug}/cases"


def _queue_context(
    session: DB, principal: Any, offset: int = 0, filters: service.QueueFilter | None = None
) -> dict[str, Any]:
    f = filters or service.QueueFilter()
    now = utcnow()
    rows, total = service.queue(
        session,
        organisation_id=principal.organisation_id,
        limit=50,
        offset=offset,
        filters=f,
        now=now,
    )
    members = orgs.list_members(session, organisation_id=principal.organisation_id)
    return {
        "filters": f,
        "query": service.filter_query(f),
        "views": service.list_views(session, principal=principal),
        "view_error": None,
        "sorts": service.SORTS,
        "priorities": playbooks.PRIORITIES,
        "names": {u.id: u.display_name or u.email for u, _ in members},
        "cases": [(c, deadlines.urgency(c.next_due_at, now)) for c in rows],
        "total": total,
        "offset": offset,
        "books": playbooks.builtin(),
        "principal": principal,
        "members": members,
        "statuses": service.STATUSES,
        "results": None,
    }


@router.get("/staff/{slug}/cases")
def queue_page(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    offset: Annotated[int, Query(ge=0)] = 0,
    status: Annotated[str, Query(max_length=16)] = "",
    case_type: Annotated[str, Query(max_length=40)] = "",
    priority: Annotated[str, Query(max_length=10)] = "",
    assignee: Annotated[str, Query(max_length=40)] = "",
    overdue: bool = False,
    sort: Annotated[str, Query(max_length=10)] = "due",
) -> Response:
    filters = service.QueueFilter(
        status=status or None,
        case_type=case_type or None,
        priority=priority or None,
        assignee=assignee or None,
        overdue=overdue,
        sort=sort if sort in service.SORTS else "due",
    )
    return render(request, "cases/queue.html", _queue_context(session, principal, offset, filters))


@router.post("/staff/{slug}/cases/views", dependencies=[CSRF])
def save_view_form(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    name: Annotated[str, Form(max_length=200)],
    query: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Save the queue's current filters under a name; the queue with them is shown next."""
    try:
        view = service.save_view(session, principal=principal, name=name, query=query)
    except (Conflict, Invalid) as exc:
        session.rollback()
        ctx = _queue_context(session, principal)
        ctx["view_error"] = exc.detail
        return render(request, "cases/queue.html", ctx, status_code=exc.status)
    return RedirectResponse(f"{_base(slug)}?{view.query}".rstrip("?"), status_code=303)


@router.post("/staff/{slug}/cases/views/{view_id}/delete", dependencies=[CSRF])
def delete_view_form(
    slug: str, view_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    service.delete_view(session, principal=principal, view_id=view_id)
    return RedirectResponse(_base(slug), status_code=303)


@router.post("/staff/{slug}/cases/bulk", dependencies=[CSRF])
async def bulk_form(
    slug: str, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    """Assign, change status or priority of the ticked cases; the result per case."""
    form = await request.form()
    raw = [str(v) for v in form.getlist("ids")][:200]
    try:
        ids = [uuid.UUID(v) for v in raw]
    except ValueError as exc:
        raise Invalid("Unknown case id.") from exc
    action = str(form.get("op", ""))[:20]
    value = str(form.get({"status": "to", "priority": "priority"}.get(action, "assignee_id"), ""))
    status = 200
    if not ids:
        results: list[dict[str, str]] = []
        error: str | None = N_("Tick at least one case.")
        status = 422
    else:
        results = service.bulk_apply(
            session,
            principal=principal,
            case_ids=ids,
            action=action,
            value=value[:40],
            resolution=str(form.get("resolution", ""))[:500] or None,
        )
        error = None
    ctx = _queue_context(session, principal)
    ctx["results"] = {"items": results, "error": error}
    return render(request, "cases/queue.html", ctx, status_code=status)


@router.post("/staff/{slug}/cases", dependencies=[CSRF])
def open_case_form(
    slug: str,
    session: DB,
    principal: StaffPrincipal,
    case_type: Annotated[str, Form(max_length=40)],
    title: Annotated[str, Form(min_length=1, max_length=200)],
    priority: Annotated[str, Form(max_length=10)] = "normal",
    phone: Annotated[str, Form(max_length=40)] = "",
    email: Annotated[str, Form(max_length=320)] = "",
) -> Response:
    principal.require("operate")
    case = service.open_case(
        session,
        organisation_id=principal.organisation_id,
        case_type=case_type,
        source="call",
        title=title,
        priority=priority,
        customer_identifiers={"phone": phone, "email": email},
        actor=principal,
    )
    return RedirectResponse(f"{_base(slug)}/{case.id}", status_code=303)


def _detail_context(session: DB, principal: Any, case_id: uuid.UUID) -> dict[str, Any]:
    case = service.get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    now = utcnow()
    slug = orgs.get_organisation(session, organisation_id=principal.organisation_id).slug
    return {
        "base": f"{_base(slug)}/{case.id}",
        "slug": slug,
        "case": case,
        "book": playbooks.builtin()[case.case_type],
        "tasks": [
            (
                t,
                playbooks.step_view(t.step),
                deadlines.urgency(t.due_at, now) if t.status == "open" else "",
            )
            for t in service.tasks(session, case=case)
        ],
        "events": (events := service.timeline(session, case=case)),
        # The latest "did we contact this customer?" answer, shown above the timeline.
        "contact": next((e for e in reversed(events) if e.action == "contact_check"), None),
        "notes": service.notes(session, case=case),
        "attachments": service.attachments(session, case=case),
        "links": service.links(session, case=case),
        "link_kinds": service.LINK_KINDS,
        "notifications": [
            (notify.channel(n), n)
            for n in notify.delivery_log(session, principal=principal, case_id=case.id)
        ],
        "members": orgs.list_members(session, organisation_id=principal.organisation_id),
        "next_statuses": sorted(service.TRANSITIONS[case.status]),
        "purposes": evidence.LEGAL_PURPOSES,
        "upload_action": f"{UPLOAD_PREFIX}/{principal.organisation_id}/{case.id}",
        "principal": principal,
        "revealed": None,
        "message": None,
    }


@router.get("/staff/{slug}/cases/{case_id}")
def case_page(
    slug: str, case_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    return render(request, "cases/case.html", _detail_context(session, principal, case_id))


def _back(slug: str, case_id: uuid.UUID) -> Response:
    # The request's session (web/deps.py) commits before the response is sent, so the
    # browser following this 303 sees what was just written.
    return RedirectResponse(f"{_base(slug)}/{case_id}", status_code=303)


def _with_error(
    request: Request, session: DB, principal: Any, case_id: uuid.UUID, exc: DomainError
) -> Response:
    if exc.status in (403, 404):
        raise exc
    session.rollback()
    ctx = _detail_context(session, principal, case_id)
    ctx["message"] = ("error", exc.detail)
    return render(request, "cases/case.html", ctx, status_code=exc.status)


@router.post("/staff/{slug}/cases/{case_id}/status", dependencies=[CSRF])
def status_form(
    slug: str,
    case_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    to: Annotated[str, Form(max_length=20)],
    resolution: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    try:
        service.transition(
            session, principal=principal, case_id=case_id, to=to, resolution=resolution or None
        )
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    return _back(slug, case_id)


@router.post("/staff/{slug}/cases/{case_id}/assign", dependencies=[CSRF])
def assign_form(
    slug: str,
    case_id: uuid.UUID,
    session: DB,
    principal: StaffPrincipal,
    assignee_id: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    try:
        target = uuid.UUID(assignee_id) if assignee_id else None
    except ValueError as exc:
        raise Invalid("Choose a member.") from exc
    service.assign(session, principal=principal, case_id=case_id, assignee_id=target)
    return _back(slug, case_id)


@router.post("/staff/{slug}/cases/{case_id}/priority", dependencies=[CSRF])
def priority_form(
    slug: str,
    case_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    priority: Annotated[str, Form(max_length=10)],
) -> Response:
    try:
        service.set_priority(session, principal=principal, case_id=case_id, priority=priority)
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    return _back(slug, case_id)


@router.post("/staff/{slug}/cases/{case_id}/links", dependencies=[CSRF])
def link_form(
    slug: str,
    case_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    kind: Annotated[str, Form(max_length=20)],
    target_id: Annotated[str, Form(max_length=40)],
    label: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    try:
        target = uuid.UUID(target_id.strip())
    except ValueError:
        exc = Invalid("The id to link must be a UUID (copy it from the report, warning or alert).")
        return _with_error(request, session, principal, case_id, exc)
    try:
        service.add_link(
            session,
            principal=principal,
            case_id=case_id,
            link=service.LinkIn(kind, target, label),
        )
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    return _back(slug, case_id)


@router.post("/staff/{slug}/cases/{case_id}/tasks/{task_id}", dependencies=[CSRF])
def task_form(
    slug: str,
    case_id: uuid.UUID,
    task_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    outcome: Annotated[str, Form(max_length=10)],
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    try:
        service.finish_task(
            session,
            principal=principal,
            case_id=case_id,
            task_id=task_id,
            outcome=outcome,
            note=note,
        )
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    return _back(slug, case_id)


@router.post("/staff/{slug}/cases/{case_id}/notes", dependencies=[CSRF])
def note_form(
    slug: str,
    case_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    text: Annotated[str, Form(max_length=10_000)],
) -> Response:
    try:
        service.add_note(session, principal=principal, case_id=case_id, text=text)
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    return _back(slug, case_id)


@router.post("/staff/{slug}/cases/{case_id}/contact-check", dependencies=[CSRF])
def contact_check_form(
    slug: str, case_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    try:
        flows.did_we_contact(session, principal=principal, case_id=case_id)
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    return _back(slug, case_id)


@router.post("/staff/{slug}/cases/{case_id}/reveal", dependencies=[CSRF])
def reveal_form(
    slug: str,
    case_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    purpose: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    try:
        revealed = service.reveal_customer(
            session, principal=principal, case_id=case_id, purpose=purpose
        )
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    ctx = _detail_context(session, principal, case_id)
    ctx["revealed"] = revealed
    return render(request, "cases/case.html", ctx)


@router.post(UPLOAD_PREFIX + "/{org_id}/{case_id}", dependencies=[CSRF])
async def upload_form(
    org_id: uuid.UUID,
    case_id: uuid.UUID,
    request: Request,
    session: DB,
    file: UploadFile,
) -> Response:
    org = orgs.get_organisation(session, organisation_id=org_id)
    principal = orgs.principal_for_user(
        session, user=current_user(request, session), organisation=org
    )
    try:
        service.add_attachment(
            session,
            principal=principal,
            case_id=case_id,
            filename=file.filename or "file",
            content_type=file.content_type or "",
            data=await file.read(service.MAX_ATTACHMENT_BYTES + 1),
        )
    except DomainError as exc:
        return _with_error(request, session, principal, case_id, exc)
    return _back(org.slug, case_id)


@router.get("/staff/{slug}/cases/{case_id}/attachments/{attachment_id}")
def attachment_download(
    slug: str, case_id: uuid.UUID, attachment_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    row = service.get_attachment(
        session, principal=principal, case_id=case_id, attachment_id=attachment_id
    )
    return download(row)


@router.get("/staff/{slug}/cases/{case_id}/evidence.{fmt}")
def evidence_download(
    slug: str,
    case_id: uuid.UUID,
    fmt: str,
    session: DB,
    principal: StaffPrincipal,
    purpose: str = "",
) -> Response:
    if fmt not in ("pdf", "json"):
        raise Invalid("Choose pdf or json.")
    data, pdf = evidence.export(
        session, principal=principal, case_id=case_id, purpose=purpose or None
    )
    name = f"evidence-{case_id}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt == "json":
        return JSONResponse(data, headers=headers)
    return Response(pdf, media_type="application/pdf", headers=headers)


# -- playbooks: each organisation may adapt the built-in ones ----------------------------
@router.get("/staff/{slug}/playbooks")
def playbooks_page(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    books = [
        playbooks.playbook_for(session, organisation_id=principal.organisation_id, case_type=t)
        for t in playbooks.CASE_TYPES
    ]
    return render(request, "cases/playbooks.html", {"books": books, "principal": principal})


def _playbook_context(
    session: DB, principal: Any, case_type: str, text: str | None = None
) -> dict[str, Any]:
    book = playbooks.playbook_for(
        session, organisation_id=principal.organisation_id, case_type=case_type
    )
    return {
        "book": book,
        "tasks": [(t, playbooks.step_view(t.step)) for t in book.tasks],
        "steps": playbooks.steps(),
        "actors": playbooks.ACTORS,
        "text": text
        if text is not None
        else playbooks.document_text(
            session, organisation_id=principal.organisation_id, case_type=case_type
        ),
        "principal": principal,
        "error": None,
    }


@router.get("/staff/{slug}/playbooks/{case_type}")
def playbook_page(
    slug: str, case_type: str, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    return render(request, "cases/playbook.html", _playbook_context(session, principal, case_type))


@router.post("/staff/{slug}/playbooks/{case_type}", dependencies=[CSRF])
def playbook_form(
    slug: str,
    case_type: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    text: Annotated[str, Form(max_length=20_000)],
) -> Response:
    try:
        service.override_playbook(session, principal=principal, case_type=case_type, text=text)
    except Invalid as exc:
        session.rollback()
        ctx = _playbook_context(session, principal, case_type, text=text)
        ctx["error"] = exc.detail
        return render(request, "cases/playbook.html", ctx, status_code=422)
    return RedirectResponse(f"/staff/{slug}/playbooks/{case_type}", status_code=303)


@router.post("/staff/{slug}/playbooks/{case_type}/reset", dependencies=[CSRF])
def playbook_reset(slug: str, case_type: str, session: DB, principal: StaffPrincipal) -> Response:
    playbooks.playbook_for(session, organisation_id=principal.organisation_id, case_type=case_type)
    service.reset_playbook(session, principal=principal, case_type=case_type)
    return RedirectResponse(f"/staff/{slug}/playbooks/{case_type}", status_code=303)


# -- the public victim's guide ------------------------------------------------
@router.get("/guide")
def guide(
    request: Request, session: DB, answer: Annotated[list[str] | None, Query()] = None
) -> Response:
    chosen = [a for a in (answer or []) if a in playbooks.guide_answers()]
    return render(
        request,
        "cases/guide.html",
        {
            "answers": playbooks.guide_answers(),
            "chosen": chosen,
            "steps": playbooks.guide_steps(chosen),
            "organisations": orgs.list_organisations(session),
            "opened": None,
            "error": None,
        },
    )


@router.post("/guide/case", dependencies=[CSRF])
async def guide_case(request: Request, session: DB) -> Response:
    form = await request.form()
    chosen = [str(a) for a in form.getlist("answer") if str(a) in playbooks.guide_answers()]
    error = None
    opened = None
    types = {t for a in chosen for t in playbooks.guide_answers()[a]["case_types"]}
    phone, email = str(form.get("phone", ""))[:40], str(form.get("email", ""))[:320]
    if form.get("consent") != "yes":
        error = N_("Tick the box to agree that the organisation may contact you.")
    elif not types:
        error = N_("Choose what happened first.")
    elif not (phone.strip() or email.strip()):
        error = N_("Give a phone number or an e-mail address so they can reach you.")
    else:
        org = orgs.get_organisation_by_slug(session, slug=str(form.get("organisation", ""))[:100])
        case_type = next(t for t in SEVERITY if t in types)
        service.open_case(
            session,
            organisation_id=org.id,
            case_type=case_type,
            source="guide",
            title="Victim's guide: " + ", ".join(chosen),
            priority="high",
            customer_identifiers={"phone": phone, "email": email},
            actor=("anonymous", None),
        )
        opened = org
    return render(
        request,
        "cases/guide.html",
        {
            "answers": playbooks.guide_answers(),
            "chosen": chosen,
            "steps": playbooks.guide_steps(chosen),
            "organisations": orgs.list_organisations(session),
            "opened": opened,
            "error": error,
        },
        status_code=201 if opened else (422 if error else 200),
    )
