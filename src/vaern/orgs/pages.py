"""Staff pages for an organisation: settings, members and API tokens."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from vaern.errors import DomainError
from vaern.orgs import service
from vaern.orgs.access import SCOPES
from vaern.orgs.deps import StaffPrincipal
from vaern.orgs.models import Role
from vaern.orgs.schemas import OrganisationUpdate, TokenCreate
from vaern.web.deps import CSRF, DB
from vaern.web.templating import attention, render

router = APIRouter(prefix="/staff/{slug}", include_in_schema=False)


def _errors(exc: ValidationError) -> list[str]:
    return [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]


@router.get("")
def org_home(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    org = service.get_organisation(session, organisation_id=principal.organisation_id)
    needs = attention(session, principal.organisation_id)
    return render(
        request, "staff/org.html", {"org": org, "principal": principal, "attention": needs}
    )


@router.get("/settings")
def settings_form(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    org = service.get_organisation(session, organisation_id=principal.organisation_id)
    return render(
        request,
        "staff/settings.html",
        {"org": org, "principal": principal, "errors": [], "saved": False},
    )


@router.post("/settings", dependencies=[CSRF])
def save_settings(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    name: Annotated[str, Form(max_length=200)],
    cvr: Annotated[str, Form(max_length=20)] = "",
    main_phone: Annotated[str, Form(max_length=40)] = "",
    website: Annotated[str, Form(max_length=300)] = "",
) -> Response:
    org = service.get_organisation(session, organisation_id=principal.organisation_id)
    try:
        data = OrganisationUpdate(
            name=name, cvr=cvr or None, main_phone=main_phone or None, website=website or None
        )
    except ValidationError as exc:
        return render(
            request,
            "staff/settings.html",
            {"org": org, "principal": principal, "errors": _errors(exc), "saved": False},
            status_code=422,
        )
    service.update_organisation(session, principal=principal, data=data)
    return render(
        request,
        "staff/settings.html",
        {"org": org, "principal": principal, "errors": [], "saved": True},
    )


@router.get("/users")
def users(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    members = service.list_members(session, organisation_id=principal.organisation_id)
    return render(
        request,
        "staff/users.html",
        {"members": members, "roles": list(Role), "principal": principal, "error": None},
    )


@router.post("/users", dependencies=[CSRF])
def set_member_role(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    email: Annotated[str, Form(max_length=320)],
    role: Annotated[Role, Form()],
) -> Response:
    try:
        user = service.get_user_by_email(session, email=email)
        service.set_role(
            session,
            organisation_id=principal.organisation_id,
            user_id=user.id,
            role=role,
            actor=principal,
        )
    except DomainError as exc:
        if exc.status == 403:
            raise
        members = service.list_members(session, organisation_id=principal.organisation_id)
        return render(
            request,
            "staff/users.html",
            {
                "members": members,
                "roles": list(Role),
                "principal": principal,
                "error": "No user with this e-mail address.",
            },
            status_code=422,
        )
    return RedirectResponse(f"/staff/{slug}/users", status_code=303)


@router.get("/tokens")
def tokens(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    rows = service.list_tokens(session, organisation_id=principal.organisation_id)
    return render(
        request,
        "staff/tokens.html",
        {"tokens": rows, "scopes": SCOPES, "principal": principal, "created": None, "errors": []},
    )


@router.post("/tokens", dependencies=[CSRF])
async def create_token(
    slug: str, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    form = await request.form()
    try:
        data = TokenCreate(
            name=str(form.get("name", "")),
            scopes=[str(s) for s in form.getlist("scopes")],
            expires_in_days=int(str(form.get("expires_in_days") or 365)),
        )
        secret, _row = service.create_token(
            session, organisation_id=principal.organisation_id, data=data, actor=principal
        )
        errors: list[str] = []
    except ValidationError as exc:
        secret, errors = None, _errors(exc)
    except ValueError:
        secret, errors = None, ["expires_in_days: must be a whole number of days"]
    rows = service.list_tokens(session, organisation_id=principal.organisation_id)
    return render(
        request,
        "staff/tokens.html",
        {
            "tokens": rows,
            "scopes": SCOPES,
            "principal": principal,
            "created": secret,
            "errors": errors,
        },
        status_code=201 if secret else 422,
    )


@router.post("/tokens/{token_id}/revoke", dependencies=[CSRF])
def revoke_token(
    slug: str, token_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    service.revoke_token(
        session, organisation_id=principal.organisation_id, token_id=token_id, actor=principal
    )
    return RedirectResponse(f"/staff/{slug}/tokens", status_code=303)
