"""Staff pages: reports, campaigns with their chart, draft warning, takedown requests."""

from __future__ import annotations

import uuid
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from vaern import i18n
from vaern.errors import Invalid
from vaern.orgs.deps import StaffPrincipal
from vaern.reports import chart, flows, service
from vaern.reports.api import pdf_response
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import add_staff_link, add_template_dir, render

add_template_dir(Path(__file__).parent / "templates")
add_staff_link("campaigns", i18n.N_("Campaigns"), group="scams")
add_staff_link("reports", i18n.N_("Reports"), group="scams")

router = APIRouter(prefix="/staff/{slug}", include_in_schema=False, route_class=UnitOfWorkRoute)


@router.get("/reports")
def reports(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    rows = service.list_reports(session, principal=principal)[:200]
    return render(request, "reports/reports.html", {"reports": rows})


@router.get("/campaigns")
def campaigns(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    rows = service.list_campaigns(session, principal=principal)
    return render(request, "reports/campaigns.html", {"campaigns": rows})


@router.get("/campaigns/{campaign_id}")
def campaign(
    slug: str, campaign_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    c = service.get_campaign(session, principal=principal, campaign_id=campaign_id)
    svg = chart.bar_chart(
        service.daily_counts(session, campaign=c), label=i18n.gettext("Reports per day")
    )
    return render(
        request,
        "reports/campaign.html",
        {
            "c": c,
            "chart": svg,
            "takedowns": flows.takedowns(session, campaign=c),
            "lookalikes": flows.related_lookalikes(session, campaign=c),
            "reports": service.list_reports(session, principal=principal, campaign_id=c.id)[:20],
            "principal": principal,
        },
    )


@router.post("/campaigns/{campaign_id}/warning", dependencies=[CSRF])
def draft_warning(
    slug: str, campaign_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    w = flows.draft_warning(session, principal=principal, campaign_id=campaign_id)
    return RedirectResponse(f"/staff/{slug}/warnings/{w.id}", status_code=303)


@router.get("/campaigns/{campaign_id}/evidence.pdf")
def evidence_pdf(
    slug: str, campaign_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    c = service.get_campaign(session, principal=principal, campaign_id=campaign_id)
    return pdf_response(service.evidence_pdf(session, principal=principal, campaign=c), c.reference)


@router.post("/campaigns/{campaign_id}/split", dependencies=[CSRF])
async def split(
    slug: str, campaign_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    form = await request.form()
    try:
        ids = [uuid.UUID(str(v)) for v in form.getlist("report_id")]
    except ValueError as exc:
        raise Invalid("Pick reports from the list.") from exc
    new = service.split_campaign(
        session, principal=principal, campaign_id=campaign_id, report_ids=ids
    )
    return RedirectResponse(f"/staff/{slug}/campaigns/{new.id}", status_code=303)
