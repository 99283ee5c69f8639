"""JSON API for cases (scopes cases:read / cases:write)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from vaern.cases import evidence, flows, notify, playbooks, service
from vaern.cases.models import Case
from vaern.cases.schemas import (
    Assign,
    AttachmentRead,
    BulkStatus,
    CaseCreate,
    CaseDetail,
    CaseRead,
    EventRead,
    LinkCreate,
    LinkRead,
    NoteCreate,
    NoteRead,
    PriorityChange,
    Reveal,
    StatusChange,
    TaskFinish,
    TaskRead,
    WebhookCreate,
)
from vaern.errors import Invalid
from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.middleware import register_body_limit
from vaern.web.pagination import Page, PageParams, page_of

router = APIRouter(prefix="/api/v1", tags=["cases"], route_class=UnitOfWorkRoute)
register_body_limit("/api/v1/cases/", service.MAX_ATTACHMENT_BYTES + 64 * 1024)
READ = require_scope("cases:read")
WRITE = require_scope("cases:write")


def case_read(case: Case) -> CaseRead:
    return CaseRead.model_validate(case).model_copy(update={"has_customer": bool(case.subject_id)})


def case_detail(session: DB, case: Case) -> CaseDetail:
    return CaseDetail(
        **case_read(case).model_dump(),
        tasks=[TaskRead.model_validate(t) for t in service.tasks(session, case=case)],
    )


def _case(session: DB, principal: Principal, case_id: uuid.UUID) -> Case:
    return service.get_case(session, organisation_id=principal.organisation_id, case_id=case_id)


@router.get("/cases", response_model=Page[CaseRead], summary="The case queue, most urgent first")
def list_cases(
    session: DB, params: PageParams, include_closed: bool = False, principal: Principal = READ
) -> Page[CaseRead]:
    rows, total = service.queue(
        session,
        organisation_id=principal.organisation_id,
        include_closed=include_closed,
        limit=params.limit,
        offset=params.offset,
    )
    return page_of([case_read(c) for c in rows], total, params)


@router.post("/cases", response_model=CaseDetail, status_code=201)
def create_case(data: CaseCreate, session: DB, principal: Principal = WRITE) -> CaseDetail:
    case = service.open_case(
        session,
        organisation_id=principal.organisation_id,
        case_type=data.case_type,
        source=data.source,
        title=data.title,
        priority=data.priority,
        customer_identifiers={str(k): v for k, v in (data.customer or {}).items()},
        links=[service.LinkIn(lk.kind, lk.target_id, lk.label) for lk in data.links],
        actor=principal,
    )
    return case_detail(session, case)


@router.post("/cases/bulk/status", summary="Change the status of many cases; result per case")
def bulk_status(data: BulkStatus, session: DB, principal: Principal = WRITE) -> dict[str, Any]:
    return {
        "results": service.bulk_apply(
            session,
            principal=principal,
            case_ids=data.ids,
            action="status",
            value=data.to,
            resolution=data.resolution,
        )
    }


@router.post("/cases/webhooks", status_code=201, summary="Endpoint for reminders (admin)")
def create_webhook(
    data: WebhookCreate, session: DB, principal: Principal = WRITE
) -> dict[str, Any]:
    row, secret = notify.create_webhook(session, principal=principal, url=data.url)
    return {"id": str(row.id), "url": row.url, "secret": secret}


@router.get("/cases/webhooks", summary="The organisation's case webhooks (admin)")
def list_webhooks(session: DB, principal: Principal = WRITE) -> list[dict[str, Any]]:
    return [
        {"id": str(w.id), "url": w.url, "active": w.active}
        for w in notify.list_webhooks(session, principal=principal)
    ]


@router.delete("/cases/webhooks/{webhook_id}", status_code=204)
def delete_webhook(webhook_id: uuid.UUID, session: DB, principal: Principal = WRITE) -> Response:
    notify.deactivate_webhook(session, principal=principal, webhook_id=webhook_id)
    return Response(status_code=204)


@router.get("/cases/notifications", summary="Delivery log of reminders and escalations")
def notifications(
    session: DB, case_id: uuid.UUID | None = None, principal: Principal = READ
) -> list[dict[str, Any]]:
    rows = notify.delivery_log(session, principal=principal, case_id=case_id)
    return [notify.summary(n) for n in rows]


@router.get("/cases/{case_id}", response_model=CaseDetail)
def get_case(case_id: uuid.UUID, session: DB, principal: Principal = READ) -> CaseDetail:
    return case_detail(session, _case(session, principal, case_id))


@router.get("/cases/{case_id}/timeline", response_model=list[EventRead])
def timeline(case_id: uuid.UUID, session: DB, principal: Principal = READ) -> list[Any]:
    return list(service.timeline(session, case=_case(session, principal, case_id)))


@router.post("/cases/{case_id}/status", response_model=CaseRead)
def change_status(
    case_id: uuid.UUID, data: StatusChange, session: DB, principal: Principal = WRITE
) -> CaseRead:
    return case_read(
        service.transition(
            session, principal=principal, case_id=case_id, to=data.to, resolution=data.resolution
        )
    )


@router.post("/cases/{case_id}/assign", response_model=CaseRead)
def assign(case_id: uuid.UUID, data: Assign, session: DB, principal: Principal = WRITE) -> CaseRead:
    return case_read(
        service.assign(session, principal=principal, case_id=case_id, assignee_id=data.assignee_id)
    )


@router.post("/cases/{case_id}/priority", response_model=CaseRead)
def priority(
    case_id: uuid.UUID, data: PriorityChange, session: DB, principal: Principal = WRITE
) -> CaseRead:
    return case_read(
        service.set_priority(session, principal=principal, case_id=case_id, priority=data.priority)
    )


@router.post("/cases/{case_id}/tasks/{task_id}", response_model=TaskRead)
def finish_task(
    case_id: uuid.UUID,
    task_id: uuid.UUID,
    data: TaskFinish,
    session: DB,
    principal: Principal = WRITE,
) -> object:
    return service.finish_task(
        session,
        principal=principal,
        case_id=case_id,
        task_id=task_id,
        outcome=data.outcome,
        note=data.note,
    )


@router.get("/cases/{case_id}/notes", response_model=list[NoteRead])
def list_notes(case_id: uuid.UUID, session: DB, principal: Principal = READ) -> list[Any]:
    return list(service.notes(session, case=_case(session, principal, case_id)))


@router.post("/cases/{case_id}/notes", response_model=NoteRead, status_code=201)
def add_note(
    case_id: uuid.UUID, data: NoteCreate, session: DB, principal: Principal = WRITE
) -> object:
    return service.add_note(
        session, principal=principal, case_id=case_id, text=data.text, keep=data.keep_original
    )


@router.get("/cases/{case_id}/attachments", response_model=list[AttachmentRead])
def list_attachments(case_id: uuid.UUID, session: DB, principal: Principal = READ) -> list[Any]:
    return list(service.attachments(session, case=_case(session, principal, case_id)))


@router.post(
    "/cases/{case_id}/attachments",
    response_model=AttachmentRead,
    status_code=201,
    summary="Upload a file as the raw request body (Content-Type and ?filename=)",
)
async def upload(
    case_id: uuid.UUID,
    request: Request,
    session: DB,
    filename: Annotated[str, Query(min_length=1, max_length=200)],
    principal: Principal = WRITE,
) -> object:
    return service.add_attachment(
        session,
        principal=principal,
        case_id=case_id,
        filename=filename,
        content_type=request.headers.get("content-type", ""),
        data=await request.body(),
    )


def download(row: Any) -> Response:
    """Always a download with a neutral type: an attachment is never rendered or run."""
    return Response(
        service.attachment_bytes(row),
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="{row.filename}"',
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "X-Checksum-SHA256": row.sha256,
        },
    )


@router.get("/cases/{case_id}/attachments/{attachment_id}")
def get_attachment(
    case_id: uuid.UUID, attachment_id: uuid.UUID, session: DB, principal: Principal = READ
) -> Response:
    row = service.get_attachment(
        session, principal=principal, case_id=case_id, attachment_id=attachment_id
    )
    return download(row)


@router.post("/cases/{case_id}/links", response_model=LinkRead, status_code=201)
def add_link(
    case_id: uuid.UUID, data: LinkCreate, session: DB, principal: Principal = WRITE
) -> object:
    return service.add_link(
        session,
        principal=principal,
        case_id=case_id,
        link=service.LinkIn(data.kind, data.target_id, data.label),
    )


@router.post("/cases/{case_id}/customer", summary="Reveal the customer's identifiers (audited)")
def reveal(
    case_id: uuid.UUID, data: Reveal, session: DB, principal: Principal = WRITE
) -> dict[str, list[str]]:
    return service.reveal_customer(
        session, principal=principal, case_id=case_id, purpose=data.purpose
    )


@router.post("/cases/{case_id}/contact-check", summary='"Did we contact this customer?"')
def contact_check(case_id: uuid.UUID, session: DB, principal: Principal = WRITE) -> dict[str, Any]:
    return flows.did_we_contact(session, principal=principal, case_id=case_id)


@router.get("/cases/{case_id}/evidence.json", summary="Evidence pack (JSON bundle)")
def evidence_json(
    case_id: uuid.UUID, session: DB, purpose: str | None = None, principal: Principal = READ
) -> dict[str, Any]:
    data, _pdf = evidence.export(session, principal=principal, case_id=case_id, purpose=purpose)
    return data


@router.get("/cases/{case_id}/evidence.pdf", summary="Evidence pack (PDF)")
def evidence_pdf(
    case_id: uuid.UUID, session: DB, purpose: str | None = None, principal: Principal = READ
) -> Response:
    data, pdf = evidence.export(session, principal=principal, case_id=case_id, purpose=purpose)
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="evidence-{case_id}.pdf"',
            "X-Manifest-SHA256": data["manifest"]["sha256"],
        },
    )


@router.get("/playbooks", summary="The playbooks in force for this organisation")
def list_playbooks(session: DB, principal: Principal = READ) -> list[dict[str, Any]]:
    books = [
        playbooks.playbook_for(session, organisation_id=principal.organisation_id, case_type=t)
        for t in playbooks.CASE_TYPES
    ]
    return [
        {
            "case_type": b.case_type,
            "version": b.version,
            "source": b.source,
            "title": b.title,
            "sla_hours": b.sla_hours,
            "tasks": [
                {**playbooks.step_view(t.step), "due_minutes": t.due_minutes, "actor": t.actor}
                for t in b.tasks
            ],
        }
        for b in books
    ]


@router.put("/playbooks/{case_type}", summary="Override a playbook (YAML body)")
async def override_playbook(
    case_type: str, request: Request, session: DB, principal: Principal = WRITE
) -> dict[str, Any]:
    try:
        text = (await request.body()).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Invalid("The playbook must be UTF-8 text.") from exc
    book = service.override_playbook(session, principal=principal, case_type=case_type, text=text)
    return {"case_type": book.case_type, "version": book.version, "source": book.source}
