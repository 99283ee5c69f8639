"""Request dependencies: the database session and CSRF (who is acting: ``orgs/deps.py``)."""

from __future__ import annotations

import functools
import hmac
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session

from vaern.errors import Forbidden
from vaern.security import client_pseudonym


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


def commit_with_endpoint(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """End the request's unit of work in the same step, on the same thread, as the endpoint
    that did the work. Committing in ``get_session``'s teardown took another trip through
    the thread pool: a request holding a row or audit-chain lock then waited for a free
    thread while every thread waited for that lock, and the server stalled for good
    (issue 17). The teardown's commit is then a no-op."""
    if getattr(endpoint, "commits_with_endpoint", False):
        return endpoint
    if inspect.iscoroutinefunction(endpoint):

        @functools.wraps(endpoint)
        async def finishing_async(**values: Any) -> Any:
            with _unit_of_work(values):
                return await endpoint(**values)

        finishing_async.commits_with_endpoint = True  # type: ignore[attr-defined]
        return finishing_async

    @functools.wraps(endpoint)
    def finishing(**values: Any) -> Any:
        with _unit_of_work(values):
            return endpoint(**values)

    finishing.commits_with_endpoint = True  # type: ignore[attr-defined]
    return finishing


class UnitOfWorkRoute(APIRoute):
    """The route class of every router: its endpoint commits with its work
    (``commit_with_endpoint``). FastAPI builds what a request is called through from the
    route's endpoint, once per inclusion of the router in an app, so the wrapped endpoint
    is what every inclusion calls (FastAPI reads the signature through ``__wrapped__``)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **options: Any) -> None:
        super().__init__(path, commit_with_endpoint(endpoint), **options)


def endpoint_dependants(app: FastAPI) -> list[Dependant]:
    """The dependant each API endpoint is really called through. FastAPI ≥ 0.16x builds
    its own per inclusion of a router (an ``_IncludedRouter`` in ``app.routes``), so the
    ``APIRoute`` objects of the routers are not the ones requests go through; asking for
    them builds them all (``served_app`` does so before the first request)."""
    found: list[Dependant] = []
    for route in app.routes:
        if isinstance(route, APIRoute):
            found.append(route.dependant)
        contexts = getattr(route, "effective_route_contexts", None)
        if contexts is not None:
            found.extend(
                c.dependant
                for c in contexts()
                if isinstance(c.original_route, APIRoute) and c.dependant is not None
            )
    return found


def client_source(request: Request) -> str | None:
    return client_pseudonym(request.client.host if request.client else None)


async def require_csrf(request: Request) -> None:
    form = await request.form()
    sent = str(form.get("csrf_token", ""))
    expected = str(request.session.get("csrf", ""))
    if not expected or not hmac.compare_digest(sent, expected):
        raise Forbidden(
            "The form has expired or was not sent from this site. Reload it and try again."
        )


CSRF = Depends(require_csrf)
