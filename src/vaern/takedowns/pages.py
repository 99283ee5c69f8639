"""Staff pages for takedown requests: draft them for a campaign or a lookalike domain,
move them along, and the lookalike watch list with each domain's requests."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from vaern.db import utcnow
from vaern.orgs.deps import StaffPrincipal
from vaern.registry import lookalikes
from vaern.takedowns import flows
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import render

router = APIRouter(prefix="/staff/{slug}", include_in_schema=False, route_class=UnitOfWorkRoute)


@router.post("/campaigns/{campaign_id}/takedowns", dependencies=[CSRF])
def draft_takedowns(
    slug: str, campaign_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    flows.draft_takedowns(session, principal=principal, campaign_id=campaign_id)
    return RedirectResponse(f"/staff/{slug}/campaigns/{campaign_id}", status_code=303)


@router.post("/takedowns/{request_id}/advance", dependencies=[CSRF])
def advance(slug: str, request_id: uuid.UUID, session: DB, principal: StaffPrincipal) -> Response:
    req = flows.advance_takedown(session, principal=principal, request_id=request_id)
    back = f"campaigns/{req.campaign_id}" if req.campaign_id else "lookalikes"
    return RedirectResponse(f"/staff/{slug}/{back}", status_code=303)


@router.get("/lookalikes")
def lookalikes_page(
    slug: str, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    rows = lookalikes.list_lookalikes(session, organisation_id=principal.organisation_id)
    new_since = utcnow() - lookalikes.NEW_FOR
    requests = flows.for_lookalikes(session, rows)
    return render(
        request,
        "registry/lookalikes.html",
        {"rows": rows, "new_since": new_since, "principal": principal, "takedowns": requests},
    )


@router.post("/lookalikes/{lookalike_id}/takedowns", dependencies=[CSRF])
def lookalike_takedown(
    slug: str, lookalike_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    flows.draft_lookalike_takedowns(session, principal=principal, lookalike_id=lookalike_id)
    return RedirectResponse(f"/staff/{slug}/lookalikes#t-{lookalike_id}", status_code=303)
