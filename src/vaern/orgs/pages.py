"""Staff pages for an organisation: settings, members and API tokens."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from vaern.errors import Conflict, Forbidden, NotFound
from vaern.i18n import N_
from vaern.orgs import invitations, service
from vaern.orgs.access import SCOPES
from vaern.orgs.deps import (
    CurrentUser,
    LoginRequired,
    StaffPrincipal,
    current_user,
    start_session,
)
from vaern.orgs.models import Role, User
from vaern.orgs.schemas import InvitationCreate, OrganisationUpdate, TokenCreate
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import attention, render

router = APIRouter(prefix="/staff/{slug}", include_in_schema=False, route_class=UnitOfWorkRoute)


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


def _users_page(
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    *,
    error: str | None = None,
    invited: str | None = None,
    status_code: int = 200,
) -> Response:
    org_id = principal.organisation_id
    return render(
        request,
        "staff/users.html",
        {
            "members": service.list_members(session, organisation_id=org_id),
            "invitations": invitations.list_pending(session, organisation_id=org_id)
            if principal.can("admin")
            else [],
            "roles": list(Role),
            "principal": principal,
            "error": error,
            "invited": invited,
        },
        status_code=status_code,
    )


@router.get("/users")
def users(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    return _users_page(request, session, principal)


@router.post("/users/{user_id}/role", dependencies=[CSRF])
def set_member_role(
    slug: str,
    user_id: uuid.UUID,
    session: DB,
    principal: StaffPrincipal,
    role: Annotated[Role, Form()],
) -> Response:
    """Change the role of a member of this organisation; everyone else is invited."""
    service.set_role(
        session,
        organisation_id=principal.organisation_id,
        user_id=user_id,
        role=role,
        actor=principal,
    )
    return RedirectResponse(f"/staff/{slug}/users", status_code=303)


@router.post("/users/invite", dependencies=[CSRF])
def invite(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    email: Annotated[str, Form(max_length=320)],
    role: Annotated[Role, Form()],
) -> Response:
    """The same page for every address: it never says whether the address has an account."""
    try:
        address = InvitationCreate(email=email, role=role).email
    except ValidationError:
        return _users_page(
            request, session, principal, error=N_("Not a valid e-mail address."), status_code=422
        )
    invitations.invite(
        session,
        organisation_id=principal.organisation_id,
        email=address,
        role=role,
        actor=principal,
    )
    return _users_page(request, session, principal, invited=address)


@router.post("/users/invitations/{invitation_id}/revoke", dependencies=[CSRF])
def revoke_invitation(
    slug: str, invitation_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    invitations.revoke(
        session,
        organisation_id=principal.organisation_id,
        invitation_id=invitation_id,
        actor=principal,
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


# -- accepting an invitation (the invitee, signed in or new) -------------------
invitation_router = APIRouter(
    prefix="/invitations/{token}", include_in_schema=False, route_class=UnitOfWorkRoute
)


def _signed_in(request: Request, session: DB) -> User | None:
    try:
        return current_user(request, session)
    except LoginRequired:
        return None


def _invitation_page(
    request: Request,
    session: DB,
    token: str,
    *,
    errors: list[str] | None = None,
    status_code: int = 200,
) -> Response:
    try:
        row = invitations.find(session, token=token)
    except NotFound as exc:
        return render(
            request, "invitation.html", {"invalid": exc.detail, "errors": []}, status_code=404
        )
    org = service.get_organisation(session, organisation_id=row.organisation_id)
    return render(
        request,
        "invitation.html",
        {
            "invalid": None,
            "invitation": row,
            "org": org,
            "signed_in": _signed_in(request, session),
            "errors": errors or [],
        },
        status_code=status_code,
    )


@invitation_router.get("")
def invitation(token: str, request: Request, session: DB) -> Response:
    return _invitation_page(request, session, token)


@invitation_router.post("/accept", dependencies=[CSRF])
def accept_invitation(token: str, request: Request, session: DB, user: CurrentUser) -> Response:
    try:
        membership = invitations.accept(session, token=token, user=user)
    except (NotFound, Forbidden) as exc:
        return _invitation_page(
            request, session, token, errors=[exc.detail], status_code=exc.status
        )
    org = service.get_organisation(session, organisation_id=membership.organisation_id)
    return RedirectResponse(f"/staff/{org.slug}", status_code=303)


@invitation_router.post("/register", dependencies=[CSRF])
def register_and_accept(
    token: str,
    request: Request,
    session: DB,
    password: Annotated[str, Form(max_length=200)],
    display_name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    """A person without an account chooses a password and joins; signed in at once."""
    try:
        user = invitations.accept_as_new_user(
            session, token=token, password=password, display_name=display_name
        )
    except ValidationError as exc:
        return _invitation_page(request, session, token, errors=_errors(exc), status_code=422)
    except (NotFound, Conflict) as exc:
        return _invitation_page(
            request, session, token, errors=[exc.detail], status_code=exc.status
        )
    start_session(request, user)
    return RedirectResponse("/staff", status_code=303)
