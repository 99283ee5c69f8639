"""DPO staff pages: data-subject requests with their deadlines."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vaern.errors import DomainError
from vaern.i18n import N_
from vaern.orgs.access import Principal
from vaern.privacy import processing, requests
from vaern.web.deps import CSRF, DB, StaffPrincipal
from vaern.web.templating import add_staff_link, add_template_dir, render

router = APIRouter(prefix="/staff/{slug}/privacy", include_in_schema=False)
add_template_dir(Path(__file__).with_name("templates"))
add_staff_link("privacy/requests", N_("Data-subject requests"))
add_staff_link("privacy/processing", N_("Records of processing"))


def _page(
    request: Request, session: DB, principal: Principal, errors: list[str], status: int = 200
) -> Response:
    rows: list[dict[str, Any]] = [
        {
            "request": r,
            "open": r.status in requests.OPEN,
            "overdue": requests.is_overdue(r),
            "days_left": requests.days_left(r),
            "moves": sorted(requests.TRANSITIONS[r.status]),
        }
        for r in requests.list_requests(session, organisation_id=principal.organisation_id)
    ]
    context = {"rows": rows, "kinds": requests.KINDS, "errors": errors, "principal": principal}
    return render(request, "privacy/requests.html", context, status_code=status)


@router.get("/requests")
def list_page(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("privacy")
    return _page(request, session, principal, [])


@router.post("/requests", dependencies=[CSRF])
def create(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    kind: Annotated[str, Form(max_length=16)],
    email: Annotated[str, Form(max_length=320)] = "",
    phone: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    principal.require("privacy")
    try:
        requests.create_request(
            session,
            organisation_id=principal.organisation_id,
            kind=kind,
            identifiers={"email": email, "phone": phone},
            actor=principal.actor,
        )
    except DomainError as exc:
        return _page(request, session, principal, [str(exc)], status=422)
    return RedirectResponse(f"/staff/{slug}/privacy/requests", status_code=303)


@router.post("/requests/{request_id}/transition", dependencies=[CSRF])
def move(
    slug: str,
    request_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    status: Annotated[str, Form(max_length=16)],
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    principal.require("privacy")
    requests.transition(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        status=status,
        reason=reason or None,
        actor=principal.actor,
    )
    return RedirectResponse(f"/staff/{slug}/privacy/requests", status_code=303)


@router.get("/processing")
def processing_page(
    slug: str, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    principal.require("privacy")
    context = {"record": processing.record(), "principal": principal}
    return render(request, "privacy/processing.html", context)
