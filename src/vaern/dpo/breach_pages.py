"""DPO staff pages for the breach register: list, record, the 72-hour clock, staged
updates, the art. 34 decision and the Datatilsynet draft."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vaern.dpo import breaches
from vaern.errors import DomainError
from vaern.i18n import N_
from vaern.localtime import AnyMoment
from vaern.orgs.access import Principal
from vaern.orgs.deps import StaffPrincipal
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import add_staff_link, render

router = APIRouter(prefix="/breaches", route_class=UnitOfWorkRoute)
add_staff_link("privacy/breaches", N_("Breach register"), group="privacy", permission="privacy")

LongText = Annotated[str, Form(max_length=4000)]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()][:20]


def _list_page(
    request: Request, session: DB, principal: Principal, errors: list[str], status: int = 200
) -> Response:
    rows = [
        {"breach": b, "clock": breaches.clock(b), "hours_left": breaches.hours_left(b)}
        for b in breaches.list_breaches(session, organisation_id=principal.organisation_id)
    ]
    context = {"rows": rows, "errors": errors, "principal": principal}
    return render(request, "privacy/breaches.html", context, status_code=status)


@router.get("")
def list_page(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("privacy")
    return _list_page(request, session, principal, [])


@router.post("", dependencies=[CSRF])
def create(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    aware_at: Annotated[AnyMoment, Form()],
    nature: LongText,
    data_categories: Annotated[str, Form(max_length=1000)] = "",
    subject_categories: Annotated[str, Form(max_length=1000)] = "",
    approx_subjects: Annotated[int | None, Form(ge=0)] = None,
    approx_records: Annotated[int | None, Form(ge=0)] = None,
    consequences: LongText = "",
    measures: LongText = "",
    contact: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    principal.require("privacy")
    if not nature.strip():
        return _list_page(request, session, principal, [N_("Describe the breach.")], 422)
    breach = breaches.create_breach(
        session,
        organisation_id=principal.organisation_id,
        aware_at=aware_at,  # the form's local time is taken as UTC, as the page says
        nature=nature,
        data_categories=_split(data_categories),
        subject_categories=_split(subject_categories),
        approx_subjects=approx_subjects,
        approx_records=approx_records,
        consequences=consequences,
        measures=measures,
        contact=contact,
        actor=principal.actor,
    )
    return RedirectResponse(f"/staff/{slug}/privacy/breaches/{breach.id}", status_code=303)


def _detail(
    request: Request,
    session: DB,
    principal: Principal,
    breach_id: uuid.UUID,
    error: str | None = None,
) -> Response:
    breach = breaches.get_breach(
        session, organisation_id=principal.organisation_id, breach_id=breach_id
    )
    context = {
        "breach": breach,
        "clock": breaches.clock(breach),
        "hours_left": breaches.hours_left(breach),
        "deadline": breaches.deadline(breach),
        "draft": breaches.notification_draft(breach),
        "error": error,
        "principal": principal,
    }
    return render(request, "privacy/breach.html", context, status_code=422 if error else 200)


@router.get("/{breach_id}")
def detail(
    slug: str, breach_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    principal.require("privacy")
    return _detail(request, session, principal, breach_id)


@router.post("/{breach_id}/update", dependencies=[CSRF])
def update(
    slug: str,
    breach_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    text: LongText,
) -> Response:
    principal.require("privacy")
    breaches.add_update(
        session,
        organisation_id=principal.organisation_id,
        breach_id=breach_id,
        text=text,
        actor=principal.actor,
    )
    return RedirectResponse(f"/staff/{slug}/privacy/breaches/{breach_id}", status_code=303)


@router.post("/{breach_id}/notified", dependencies=[CSRF])
def notified(
    slug: str, breach_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    principal.require("privacy")
    try:
        breaches.mark_notified(
            session,
            organisation_id=principal.organisation_id,
            breach_id=breach_id,
            actor=principal.actor,
        )
    except DomainError as exc:
        return _detail(request, session, principal, breach_id, exc.detail)
    return RedirectResponse(f"/staff/{slug}/privacy/breaches/{breach_id}", status_code=303)


@router.post("/{breach_id}/decision", dependencies=[CSRF])
def decision(
    slug: str,
    breach_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    inform: Annotated[str, Form(pattern="^(yes|no)$")],
    reason: LongText,
) -> Response:
    principal.require("privacy")
    if not reason.strip():
        return _detail(request, session, principal, breach_id, N_("Give the reason."))
    breaches.decide_informing(
        session,
        organisation_id=principal.organisation_id,
        breach_id=breach_id,
        inform=inform == "yes",
        reason=reason,
        actor=principal.actor,
    )
    return RedirectResponse(f"/staff/{slug}/privacy/breaches/{breach_id}", status_code=303)
