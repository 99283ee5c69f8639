"""DPO staff page for legal holds: list, place and release."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vaern.errors import DomainError
from vaern.i18n import N_
from vaern.orgs.access import Principal
from vaern.orgs.deps import StaffPrincipal
from vaern.privacy import holds
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import add_staff_link, render

router = APIRouter(prefix="/holds", route_class=UnitOfWorkRoute)
add_staff_link("privacy/holds", N_("Legal holds"), group="privacy", permission="privacy")


def _page(
    request: Request, session: DB, principal: Principal, error: str | None, status: int = 200
) -> Response:
    context = {
        "holds": holds.list_holds(session, organisation_id=principal.organisation_id),
        "scopes": holds.SCOPES,
        "error": error,
        "principal": principal,
    }
    return render(request, "privacy/holds.html", context, status_code=status)


@router.get("")
def list_page(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("privacy")
    return _page(request, session, principal, None)


@router.post("", dependencies=[CSRF])
def place(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    scope: Annotated[str, Form(max_length=16)],
    reason: Annotated[str, Form(max_length=4000)],
    target_id: Annotated[str, Form(max_length=36)] = "",
) -> Response:
    principal.require("privacy")
    try:
        target = uuid.UUID(target_id) if target_id.strip() else None
    except ValueError:
        return _page(request, session, principal, N_("The target is not a valid id."), 422)
    try:
        holds.place(
            session,
            organisation_id=principal.organisation_id,
            scope=scope,
            reason=reason,
            target_id=target,
            actor=principal.actor,
        )
    except DomainError as exc:
        return _page(request, session, principal, exc.detail, 422)
    return RedirectResponse(f"/staff/{slug}/privacy/holds", status_code=303)


@router.post("/{hold_id}/release", dependencies=[CSRF])
def release(
    slug: str, hold_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    principal.require("privacy")
    holds.release(
        session, organisation_id=principal.organisation_id, hold_id=hold_id, actor=principal.actor
    )
    return RedirectResponse(f"/staff/{slug}/privacy/holds", status_code=303)
