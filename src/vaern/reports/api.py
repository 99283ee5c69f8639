"""JSON API: the public report endpoint and the staff views of reports and campaigns."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from vaern.errors import Invalid, TooManyRequests
from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.reports import flows, service, throttle
from vaern.reports.schemas import (
    BatchReceipt,
    CampaignRead,
    ReportBatch,
    ReportCreate,
    ReportRead,
    ReportReceipt,
    ScreenshotReceipt,
)
from vaern.warnings.schemas import WarningRead
from vaern.web.deps import DB, UnitOfWorkRoute, client_source
from vaern.web.middleware import register_body_limit
from vaern.web.pagination import Page, PageParams, page_select

router = APIRouter(prefix="/api/v1", tags=["reports"], route_class=UnitOfWorkRoute)
register_body_limit("/api/v1/reports/batch", 8 * 1024 * 1024)
MAX_SCREENSHOT = 10 * 1024 * 1024
register_body_limit("/api/v1/reports/screenshot", MAX_SCREENSHOT + 65536)


def _throttle(request: Request, key: str) -> None:
    if not throttle.allow(request.app.state.settings.rate_limit_storage, key):
        raise TooManyRequests("Too many reports from this client. Try again in a minute.")


@router.post(
    "/reports",
    response_model=ReportReceipt,
    status_code=201,
    summary="Report a scam message (public, rate limited)",
)
def submit(data: ReportCreate, request: Request, session: DB) -> ReportReceipt:
    source = client_source(request)
    _throttle(request, source or "unknown")
    report, duplicate = service.submit_report(session, data=data, reporter=source)
    return ReportReceipt(
        reference=report.reference, received_at=report.received_at, duplicate=duplicate
    )


@router.post(
    "/reports/screenshot",
    response_model=ScreenshotReceipt,
    status_code=201,
    summary="Report a scam SMS by its screenshot (public, rate limited)",
    description="Multipart form: `file` (PNG or JPEG), `organisation`, `consent=true`, and "
    "optionally `sender` and `contact_email`. The text is read by OCR (Danish and English), "
    "checked, redacted and grouped like a pasted message; the picture is not stored. "
    "503 `ocr-unavailable` when this server cannot read text.",
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file", "organisation", "consent"],
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "organisation": {"type": "string"},
                            "consent": {"type": "boolean"},
                            "sender": {"type": "string"},
                            "contact_email": {"type": "string"},
                        },
                    }
                }
            },
            "required": True,
        }
    },
)
async def submit_screenshot(request: Request, session: DB) -> ScreenshotReceipt:
    source = client_source(request)
    _throttle(request, source or "unknown")
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise Invalid("Send the screenshot as multipart/form-data in the field 'file'.")
    form = await request.form(max_files=1, max_fields=10, max_part_size=MAX_SCREENSHOT)
    try:
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise Invalid("Attach the screenshot (PNG or JPEG) in the field 'file'.")
        image = await upload.read(MAX_SCREENSHOT + 1)
        fields = {k: str(form.get(k) or "").strip() for k in ("organisation", "sender", "consent")}
        contact = str(form.get("contact_email") or "").strip() or None
    finally:
        await form.close()
    if len(image) > MAX_SCREENSHOT:
        raise Invalid("The picture is too large to read: send a screenshot of the message.")
    if fields["consent"].lower() not in ("true", "yes", "1", "on"):
        raise Invalid("A report needs the reporter's consent.")
    if not fields["organisation"]:
        raise Invalid("Say which organisation the report is for: the field 'organisation'.")
    report, duplicate, result = await run_in_threadpool(
        lambda: flows.submit_screenshot(
            session,
            organisation=fields["organisation"],
            image=image,
            reporter=source,
            sender=fields["sender"][:200] or None,
            contact_email=contact,
        )
    )
    return ScreenshotReceipt(
        reference=report.reference,
        received_at=report.received_at,
        duplicate=duplicate,
        verdict=result["verdict"],
        text=report.text,
    )


@router.post(
    "/reports/batch",
    response_model=BatchReceipt,
    summary="Submit up to 500 reports collected by your own systems (scope reports:write)",
)
def submit_batch(
    data: ReportBatch, session: DB, principal: Principal = require_scope("reports:write")
) -> BatchReceipt:
    return service.submit_batch(session, principal=principal, items=data.items)


@router.get("/reports", response_model=Page[ReportRead])
def reports(
    session: DB,
    params: PageParams,
    campaign_id: uuid.UUID | None = None,
    principal: Principal = require_scope("reports:read"),
) -> Page[ReportRead]:
    query = service.reports_query(principal=principal, campaign_id=campaign_id)
    return page_select(
        session,
        query,
        params,
        lambda r: ReportRead.model_validate(r).model_copy(
            update={"wants_feedback": r.subject_id is not None}
        ),
    )


@router.get("/reports/{report_id}", response_model=ReportRead)
def report(
    report_id: uuid.UUID, session: DB, principal: Principal = require_scope("reports:read")
) -> object:
    return service.get_report(session, principal=principal, report_id=report_id)


@router.get("/campaigns", response_model=Page[CampaignRead])
def campaigns(
    session: DB, params: PageParams, principal: Principal = require_scope("reports:read")
) -> Page[CampaignRead]:
    query = service.campaigns_query(principal=principal)
    return page_select(session, query, params, CampaignRead.model_validate)


@router.get("/campaigns/{campaign_id}", response_model=CampaignRead)
def campaign(
    campaign_id: uuid.UUID, session: DB, principal: Principal = require_scope("reports:read")
) -> object:
    return service.get_campaign(session, principal=principal, campaign_id=campaign_id)


@router.post(
    "/campaigns/{campaign_id}/warning",
    response_model=WarningRead,
    status_code=201,
    summary="Draft a warning from a campaign",
)
def campaign_warning(
    campaign_id: uuid.UUID, session: DB, principal: Principal = require_scope("warnings:write")
) -> object:
    return flows.draft_warning(session, principal=principal, campaign_id=campaign_id)


@router.get("/campaigns/{campaign_id}/evidence", summary="Evidence export (JSON)")
def campaign_evidence(
    campaign_id: uuid.UUID, session: DB, principal: Principal = require_scope("reports:read")
) -> dict[str, object]:
    c = service.get_campaign(session, principal=principal, campaign_id=campaign_id)
    return service.evidence(session, campaign=c)


@router.get(
    "/campaigns/{campaign_id}/evidence.pdf",
    summary="Evidence export (PDF)",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def campaign_evidence_pdf(
    campaign_id: uuid.UUID, session: DB, principal: Principal = require_scope("reports:read")
) -> Response:
    c = service.get_campaign(session, principal=principal, campaign_id=campaign_id)
    return pdf_response(service.evidence_pdf(session, principal=principal, campaign=c), c.reference)


def pdf_response(content: bytes, reference: str) -> Response:
    return Response(
        content,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="evidence-{reference}.pdf"'},
    )


class SplitRequest(BaseModel):
    report_ids: list[uuid.UUID] = Field(min_length=1, max_length=1000)


@router.post(
    "/campaigns/{campaign_id}/split",
    response_model=CampaignRead,
    status_code=201,
    summary="Move some of a campaign's reports into a new campaign",
)
def split(
    campaign_id: uuid.UUID,
    data: SplitRequest,
    session: DB,
    principal: Principal = require_scope("warnings:write"),
) -> object:
    return service.split_campaign(
        session, principal=principal, campaign_id=campaign_id, report_ids=data.report_ids
    )


class MergeRequest(BaseModel):
    other_id: uuid.UUID


@router.post(
    "/campaigns/{campaign_id}/merge",
    response_model=CampaignRead,
    summary="Merge another campaign into this one",
)
def merge(
    campaign_id: uuid.UUID,
    data: MergeRequest,
    session: DB,
    principal: Principal = require_scope("warnings:write"),
) -> object:
    return service.merge_campaigns(
        session, principal=principal, into_id=campaign_id, other_id=data.other_id
    )
