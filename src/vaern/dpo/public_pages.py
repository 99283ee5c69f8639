"""Public privacy pages (da/en): the privacy notice, generated from the records of
processing, and the data-subject request form with its one-time-code verification."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vaern.dpo import processing, requests, verification
from vaern.errors import DomainError
from vaern.i18n import N_, current_locale
from vaern.orgs.service import get_organisation_by_slug
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute, client_source
from vaern.web.templating import render

router = APIRouter(prefix="/privacy/{slug}", include_in_schema=False, route_class=UnitOfWorkRoute)

KIND_LABELS = {
    "access": N_("See the data you hold about me (access)"),
    "rectification": N_("Correct my data (rectification)"),
    "erasure": N_("Delete my data (erasure)"),
    "restriction": N_("Stop using my data for now (restriction)"),
    "objection": N_("Object to how you use my data (objection)"),
}


def _form(request: Request, org: object, error: str | None, status: int = 200) -> Response:
    context = {"org": org, "kinds": KIND_LABELS, "error": error, "state": "form"}
    return render(request, "privacy/public_request.html", context, status_code=status)


@router.get("/request")
def request_form(slug: str, request: Request, session: DB) -> Response:
    return _form(request, get_organisation_by_slug(session, slug=slug), None)


@router.post("/request", dependencies=[CSRF])
def submit(
    slug: str,
    request: Request,
    session: DB,
    kind: Annotated[str, Form(max_length=16)],
    email: Annotated[str, Form(max_length=320)] = "",
    phone: Annotated[str, Form(max_length=40)] = "",
    note: Annotated[str, Form(max_length=4000)] = "",
) -> Response:
    org = get_organisation_by_slug(session, slug=slug)
    if kind not in KIND_LABELS:
        return _form(request, org, N_("Choose what you are asking for."), status=422)
    try:
        created = verification.submit_public(
            session,
            organisation_id=org.id,
            kind=kind,
            email=email,
            phone=phone,
            note=note or None,
            source=client_source(request),
        )
    except DomainError as exc:
        status = 429 if exc.status == 429 else 422
        return _form(request, org, exc.detail, status=status)
    except OSError:  # the mail server did not take the code: keep nothing, ask to retry
        session.rollback()
        return _form(
            request, org, N_("We could not send you a code just now. Try again later."), 503
        )
    return RedirectResponse(f"/privacy/{slug}/request/{created.id}/verify", status_code=303)


def _verify_page(
    request: Request, org: object, request_id: uuid.UUID, state: str, error: str | None = None
) -> Response:
    context = {"org": org, "request_id": request_id, "state": state, "error": error}
    return render(
        request,
        "privacy/public_request.html",
        context,
        status_code=422 if error else 200,
    )


@router.get("/request/{request_id}/verify")
def verify_form(slug: str, request_id: uuid.UUID, request: Request, session: DB) -> Response:
    org = get_organisation_by_slug(session, slug=slug)
    requests.get_request(session, organisation_id=org.id, request_id=request_id)
    return _verify_page(request, org, request_id, "code")


@router.post("/request/{request_id}/verify", dependencies=[CSRF])
def verify(
    slug: str,
    request_id: uuid.UUID,
    request: Request,
    session: DB,
    code: Annotated[str, Form(max_length=12)],
) -> Response:
    org = get_organisation_by_slug(session, slug=slug)
    try:
        verification.check_code(session, organisation_id=org.id, request_id=request_id, code=code)
    except DomainError as exc:
        return _verify_page(request, org, request_id, "code", exc.detail)
    return _verify_page(request, org, request_id, "verified")


@router.get("")
def privacy_notice(slug: str, request: Request, session: DB) -> Response:
    org = get_organisation_by_slug(session, slug=slug)
    lang = "en" if current_locale.get() == "en" else "da"
    context = {"org": org, "sections": processing.notice(lang)}
    return render(request, "privacy/notice.html", context)
