"""Pages and endpoints shared by every domain: front page, sign-in, language, health, metrics."""

from __future__ import annotations

import uuid
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from vaern import i18n
from vaern.config import settings
from vaern.errors import TooManyRequests, Unauthorized
from vaern.orgs import service as orgs
from vaern.orgs.deps import CurrentUser, start_session
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute, client_source
from vaern.web.templating import render

router = APIRouter(include_in_schema=False, route_class=UnitOfWorkRoute)


def safe_next(target: str | None) -> str:
    """Only same-site relative paths, so the login form is no open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/staff"


@router.get("/")
def front_page(request: Request, session: DB) -> Response:
    return render(request, "index.html", {"organisations": orgs.list_organisations(session)})


@router.get("/login")
def login_form(
    request: Request, next_page: Annotated[str | None, Query(alias="next")] = None
) -> Response:
    return render(request, "login.html", {"next": safe_next(next_page), "error": None})


@router.post("/login", dependencies=[CSRF])
def login(
    request: Request,
    session: DB,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=200)],
    next_page: Annotated[str, Form(alias="next", max_length=500)] = "/staff",
) -> Response:
    try:
        user = orgs.authenticate(
            session, email=email, password=password, source=client_source(request)
        )
    except (Unauthorized, TooManyRequests) as exc:
        # Rendered, not raised: the failed attempt must be committed for throttling.
        return render(
            request,
            "login.html",
            {
                "next": safe_next(next_page),
                "error": exc.code,
                "minutes": settings().login_window_minutes,
            },
            status_code=exc.status,
        )
    start_session(request, user)
    return RedirectResponse(safe_next(next_page), status_code=303)


@router.post("/logout", dependencies=[CSRF])
def logout(request: Request, session: DB) -> Response:
    raw = request.session.get("user_id")
    if raw:
        orgs.end_sessions(session, user_id=uuid.UUID(str(raw)))
    request.session.clear()
    return RedirectResponse("/", status_code=303)


@router.get("/lang/{code}")
def switch_language(
    code: str, next_page: Annotated[str | None, Query(alias="next")] = None
) -> Response:
    response = RedirectResponse(safe_next(next_page or "/"), status_code=303)
    if code in i18n.LOCALES:
        response.set_cookie(i18n.COOKIE, code, max_age=365 * 86400, samesite="lax", httponly=True)
    return response


@router.get("/staff")
def staff_home(request: Request, session: DB, user: CurrentUser) -> Response:
    return render(
        request, "staff/home.html", {"organisations": orgs.list_organisations(session, user=user)}
    )


@router.get("/healthz")
def healthz(request: Request) -> Response:
    """Up, and whether the database answers. Without it the server is ``degraded``, not
    down: the public check answers from memory and the feeds from their last copy, while
    whatever needs the database answers 503 (docs/operations.md)."""
    try:
        with request.app.state.sessionmaker() as session:
            session.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError:
        return JSONResponse(
            {
                "status": "degraded",
                "database": "unreachable",
                "failing": ["database"],
                "check": "from memory",
                "feeds": "last copy",
            }
        )
    return JSONResponse({"status": "ok", "database": "ok"})


@router.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
