"""Errors as ``application/problem+json`` (RFC 9457) for the API and HTML pages elsewhere."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from vaern.db import is_contention, is_unavailable
from vaern.errors import DomainError
from vaern.web.templating import render

log = logging.getLogger("vaern.web")

TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    500: "Internal error",
    503: "Service unavailable",
}
CODES = {
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    413: "too-large",
    415: "unsupported-media-type",
    429: "rate-limited",
    500: "internal",
    503: "busy",
}
UNAVAILABLE_CODE = "database-unavailable"


# Seconds a client should wait: a minute for a rate limit; a moment for a busy database.
RETRY_AFTER = {429: "60", 503: "2"}
BUSY = "The service is busy. Try again in a moment."
UNAVAILABLE = "This part of the service is unavailable right now. Try again in a minute."
# A database outage lasts longer than a busy moment: clients come back later.
UNAVAILABLE_RETRY_AFTER = "30"
UNSTORABLE = "The request holds a value that cannot be stored (for example a NUL character)."


def problem(
    status: int, code: str, detail: str, *, instance: str | None = None, **extra: Any
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:vaern:problem:{code}",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if instance:
        body["instance"] = instance
    body.update(extra)
    headers = {"Retry-After": RETRY_AFTER[status]} if status in RETRY_AFTER else None
    if code == UNAVAILABLE_CODE:
        headers = {"Retry-After": UNAVAILABLE_RETRY_AFTER}
    return JSONResponse(
        body, status_code=status, media_type="application/problem+json", headers=headers
    )


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", "text/html"
    )


def _html_error(request: Request, status: int, detail: str) -> Response:
    return render(request, "error.html", {"status": status, "detail": detail}, status_code=status)


def install(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> Response:
        if wants_html(request):
            return _html_error(request, exc.status, exc.detail)
        return problem(exc.status, exc.code, exc.detail, **exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        # Never echo the submitted values back: they may hold personal data.
        errors = [
            {
                "loc": [str(p) for p in err.get("loc", ())],
                "msg": err.get("msg", ""),
                "type": err.get("type", ""),
            }
            for err in exc.errors()
        ]
        return problem(422, "invalid", "The request is not valid.", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = str(exc.detail) if exc.detail else TITLES.get(exc.status_code, "Error")
        if wants_html(request):
            return _html_error(request, exc.status_code, detail)
        return problem(exc.status_code, CODES.get(exc.status_code, "error"), detail)

    @app.exception_handler(sa_exc.OperationalError)
    @app.exception_handler(sa_exc.TimeoutError)
    async def _database(request: Request, exc: Exception) -> Response:
        if not is_contention(exc):
            return await _unhandled(request, exc)
        log.warning("database busy", extra={"path_template": _route(request)})
        return problem(503, "busy", BUSY)

    @app.exception_handler(sa_exc.DatabaseError)
    @app.exception_handler(sa_exc.InterfaceError)
    async def _database_error(request: Request, exc: Exception) -> Response:
        # Answered here, not by the catch-all below (which Starlette re-raises after).
        return await _unhandled(request, exc)

    def _unavailable(request: Request, exc: sa_exc.DBAPIError) -> Response:
        log.error(
            "database unavailable: " + database_error(exc),
            extra={"path_template": _route(request)},
        )
        if wants_html(request):
            response = _html_error(request, 503, UNAVAILABLE)
            response.headers["Retry-After"] = UNAVAILABLE_RETRY_AFTER
            return response
        return unavailable_problem()

    @app.exception_handler(sa_exc.DataError)
    async def _unstorable(request: Request, exc: sa_exc.DataError) -> Response:
        # A value the database cannot hold (a NUL character or an out-of-range number on
        # PostgreSQL): the request's fault, so 422, logged without the value.
        log.warning(database_error(exc), extra={"path_template": _route(request)})
        return problem(422, "invalid", UNSTORABLE)

    @app.exception_handler(Exception)
    async def _unhandled(request: Request, exc: Exception) -> Response:
        if isinstance(exc, sa_exc.DBAPIError) and is_unavailable(exc):
            return _unavailable(request, exc)
        if isinstance(exc, sa_exc.DBAPIError):
            log.error(database_error(exc), extra={"path_template": _route(request)})
        else:
            log.exception("unhandled error", extra={"path_template": _route(request)})
        return problem(500, "internal", "Something went wrong on our side.")


def unavailable_problem() -> JSONResponse:
    """503 for a request that needs the database while it cannot be reached or read."""
    return problem(503, UNAVAILABLE_CODE, UNAVAILABLE)


def database_error(exc: sa_exc.DBAPIError) -> str:
    """A database error for the log without the values it was about: the engines hide the
    statement's parameters, but the driver's own message can quote them (PostgreSQL's
    "Failing row contains (...)"). Its kind, SQLSTATE, statement and where it was raised."""
    kind = type(exc.orig).__name__
    state = getattr(exc.orig, "sqlstate", None) or "-"
    where = "".join(traceback.format_tb(exc.__traceback__)[-3:])
    return f"database error {kind} ({state}) in: {exc.statement}\n{where}"


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", "unknown")
