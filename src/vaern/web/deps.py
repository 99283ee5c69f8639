"""Request dependencies: the database session, who is acting, and CSRF."""

from __future__ import annotations

import functools
import hmac
import inspect
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session

from vaern.errors import Forbidden, NotFound, Unauthorized
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.orgs.models import User
from vaern.security import client_pseudonym
from vaern.web.middleware import verified_tokens


def get_session(request: Request) -> Iterator[Session]:
    """One unit of work per request: commit on success, roll back on any error."""
    session: Session = request.app.state.sessionmaker()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# "function" scope: commit before the response is sent, so a client that follows a
# redirect at once never reads a state older than what it just wrote.
DB = Annotated[Session, Depends(get_session, scope="function")]


@contextmanager
def _unit_of_work(values: dict[str, Any]) -> Iterator[None]:
    """Commit the request's session(s) among ``values`` on success, roll back on error."""
    sessions = [value for value in values.values() if isinstance(value, Session)]
    try:
        yield
    except BaseException:
        for session in sessions:
            session.rollback()
        raise
    for session in sessions:
        session.commit()


def commit_with_endpoint(route: APIRoute) -> None:
    """End the request's unit of work in the same step, on the same thread, as the endpoint
    that did the work. Committing in ``get_session``'s teardown took another trip through
    the thread pool: a request holding a row or audit-chain lock then waited for a free
    thread while every thread waited for that lock, and the server stalled for good
    (issue 17). The teardown's commit is then a no-op."""
    call = route.endpoint
    if getattr(call, "commits_with_endpoint", False):
        return  # the router was included in an app before
    wrapped: Callable[..., Any]
    if inspect.iscoroutinefunction(call):

        @functools.wraps(call)
        async def finishing_async(**values: Any) -> Any:
            with _unit_of_work(values):
                return await call(**values)

        wrapped = finishing_async
    else:

        @functools.wraps(call)
        def finishing(**values: Any) -> Any:
            with _unit_of_work(values):
                return call(**values)

        wrapped = finishing
    setattr(wrapped, "commits_with_endpoint", True)  # noqa: B010 - a mark on a function
    # The endpoint, from which FastAPI builds the handler of an included route, and the
    # dependant already built from it (used by a route added to the app directly).
    route.endpoint = wrapped
    route.dependant.call = wrapped


def client_source(request: Request) -> str | None:
    return client_pseudonym(request.client.host if request.client else None)


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


def staff_principal(slug: str, request: Request, user: CurrentUser, session: DB) -> Principal:
    """The signed-in user acting in the organisation named in the path (404 if not a member).
    Kept on the request so the staff menu shows only the pages this role may open."""
    org = orgs.get_organisation_by_slug(session, slug=slug)
    principal = orgs.principal_for_user(session, user=user, organisation=org)
    request.state.staff_principal = principal
    return principal


StaffPrincipal = Annotated[Principal, Depends(staff_principal)]


async def require_csrf(request: Request) -> None:
    form = await request.form()
    sent = str(form.get("csrf_token", ""))
    expected = str(request.session.get("csrf", ""))
    if not expected or not hmac.compare_digest(sent, expected):
        raise Forbidden(
            "The form has expired or was not sent from this site. Reload it and try again."
        )


CSRF = Depends(require_csrf)
