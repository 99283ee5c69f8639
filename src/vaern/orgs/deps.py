"""Request dependencies for who is acting: an API token (with its scopes), the signed-in
user, and a staff member acting in one organisation."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import Depends, Request

from vaern.db import utcnow
from vaern.errors import NotFound, Unauthorized
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.orgs.models import User
from vaern.web.deps import DB, client_source
from vaern.web.middleware import verified_tokens


def token_principal(request: Request, session: DB) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthorized("Send an API token as 'Authorization: Bearer <token>'.")
    principal = orgs.principal_for_token(
        session, token=token.strip(), source=client_source(request)
    )
    verified_tokens.add(token.strip())
    request.state.principal = principal
    return principal


TokenPrincipal = Annotated[Principal, Depends(token_principal)]


def require_scope(scope: str) -> Any:
    """Dependency factory: a token principal holding ``scope``."""

    def dependency(principal: TokenPrincipal) -> Principal:
        principal.require_scope(scope)
        return principal

    return Depends(dependency)


class LoginRequired(Exception):
    """Raised by page dependencies; the app redirects to the login page."""


def current_user(request: Request, session: DB) -> User:
    raw = request.session.get("user_id")
    if not raw:
        raise LoginRequired()
    try:
        user = orgs.get_user(session, user_id=uuid.UUID(str(raw)))
    except (ValueError, NotFound) as exc:
        request.session.clear()
        raise LoginRequired() from exc
    if orgs.session_revoked(user.sessions_revoked_at, request.session.get("signed_in_at")):
        request.session.clear()
        raise LoginRequired()
    request.state.user = user
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def start_session(request: Request, user: User) -> None:
    """Sign ``user`` in: a fresh session (no fixation), stamped for server-side sign-out."""
    request.session.clear()
    request.session["user_id"] = str(user.id)
    request.session["signed_in_at"] = utcnow().isoformat()


def staff_principal(slug: str, request: Request, user: CurrentUser, session: DB) -> Principal:
    """The signed-in user acting in the organisation named in the path (404 if not a member).
    Kept on the request so the staff menu shows only the pages this role may open."""
    org = orgs.get_organisation_by_slug(session, slug=slug)
    principal = orgs.principal_for_user(session, user=user, organisation=org)
    request.state.staff_principal = principal
    return principal


StaffPrincipal = Annotated[Principal, Depends(staff_principal)]
