"""DPO staff pages: data-subject requests with their deadlines."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from vaern.dpo import processing, requests
from vaern.errors import DomainError, NotFound
from vaern.i18n import N_
from vaern.localtime import Day
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.orgs.deps import StaffPrincipal
from vaern.privacy import audit, categories, restriction
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import add_staff_link, add_template_dir, render

router = APIRouter(
    prefix="/staff/{slug}/privacy", include_in_schema=False, route_class=UnitOfWorkRoute
)
add_template_dir(Path(__file__).with_name("templates"))
add_staff_link(
    "privacy/requests", N_("Data-subject requests"), group="privacy", permission="privacy"
)
add_staff_link(
    "privacy/processing", N_("Records of processing"), group="privacy", permission="privacy"
)
add_staff_link("privacy/audit", N_("Audit trail"), group="privacy", permission="privacy")


def _page(
    request: Request, session: DB, principal: Principal, errors: list[str], status: int = 200
) -> Response:
    listed = requests.list_requests(session, organisation_id=principal.organisation_id)
    held = restriction.restricted_ids(
        session,
        organisation_id=principal.organisation_id,
        subject_ids=[r.subject_id for r in listed],
    )
    rows: list[dict[str, Any]] = [
        {
            "request": r,
            "open": r.status in requests.OPEN,
            "overdue": requests.is_overdue(r),
            "days_left": requests.days_left(r),
            "moves": sorted(requests.TRANSITIONS[r.status]),
            # An access request's data can be viewed once the person's identity is verified.
            "exportable": r.kind == "access" and r.status in requests.WORKABLE,
            # A carried-out restriction or objection can be lifted here (art. 18(3)).
            "liftable": r.subject_id in held
            and r.kind in ("restriction", "objection")
            and r.status == "completed",
        }
        for r in listed
    ]
    context = {"rows": rows, "kinds": requests.KINDS, "errors": errors, "principal": principal}
    return render(request, "privacy/requests.html", context, status_code=status)


@router.get("/requests")
def list_page(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("privacy")
    return _page(request, session, principal, [])


@router.post("/requests", dependencies=[CSRF])
def create(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    kind: Annotated[str, Form(max_length=16)],
    email: Annotated[str, Form(max_length=320)] = "",
    phone: Annotated[str, Form(max_length=40)] = "",
) -> Response:
    principal.require("privacy")
    try:
        requests.create_request(
            session,
            organisation_id=principal.organisation_id,
            kind=kind,
            identifiers={"email": email, "phone": phone},
            actor=principal.actor,
        )
    except DomainError as exc:
        return _page(request, session, principal, [str(exc)], status=422)
    return RedirectResponse(f"/staff/{slug}/privacy/requests", status_code=303)


def _export(session: DB, principal: Principal, request_id: uuid.UUID) -> dict[str, Any]:
    principal.require("privacy")
    return requests.export(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        actor=principal.actor,
    )


@router.get("/requests/{request_id}/export")
def export_page(
    slug: str, request_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    """The person's data on screen, section by section, before it is sent (art. 15)."""
    data = _export(session, principal, request_id)
    sections = {
        name: json.dumps(value, indent=2, ensure_ascii=False, default=str)
        for name, value in data["data"].items()
    }
    return render(
        request,
        "privacy/export.html",
        {"export": data, "sections": sections, "request_id": request_id},
    )


@router.get("/requests/{request_id}/export.json")
def export_download(
    slug: str, request_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    """The same export as a file to hand to the person (art. 15(3), art. 20)."""
    data = _export(session, principal, request_id)
    return Response(
        json.dumps(data, indent=2, ensure_ascii=False, default=str),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="access-{request_id}.json"'},
    )


@router.post("/requests/{request_id}/transition", dependencies=[CSRF])
def move(
    slug: str,
    request_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    status: Annotated[str, Form(max_length=16)],
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    principal.require("privacy")
    requests.transition(
        session,
        organisation_id=principal.organisation_id,
        request_id=request_id,
        status=status,
        reason=reason or None,
        actor=principal.actor,
    )
    return RedirectResponse(f"/staff/{slug}/privacy/requests", status_code=303)


@router.post("/subjects/{subject_id}/lift-restriction", dependencies=[CSRF])
def lift_restriction(
    slug: str,
    subject_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    reason: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    principal.require("privacy")
    try:
        requests.lift_restriction(
            session,
            organisation_id=principal.organisation_id,
            subject_id=subject_id,
            reason=reason,
            actor=principal.actor,
        )
    except NotFound:
        raise
    except DomainError as exc:
        return _page(request, session, principal, [str(exc)], status=exc.status)
    return RedirectResponse(f"/staff/{slug}/privacy/requests", status_code=303)


@router.get("/processing.{fmt}")
def processing_export(
    slug: str, fmt: str, session: DB, principal: StaffPrincipal, lang: str = "da"
) -> Response:
    """The art. 30 record as Markdown or CSV, in Danish or English."""
    principal.require("privacy")
    if fmt not in ("md", "csv") or lang not in ("da", "en"):
        raise NotFound("No such export.")
    if fmt == "md":
        body, media = processing.as_markdown(lang), "text/markdown; charset=utf-8"
    else:
        body, media = processing.as_csv(lang), "text/csv; charset=utf-8"
    disposition = f'attachment; filename="records-of-processing-{lang}.{fmt}"'
    return Response(body, media_type=media, headers={"Content-Disposition": disposition})


@router.get("/processing")
def processing_page(
    slug: str, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    principal.require("privacy")
    context = {
        "record": processing.record(),
        "activities": processing.by_activity(list(processing.REGISTER.values())),
        "category": categories.name,
        "principal": principal,
    }
    return render(request, "privacy/processing.html", context)


PAGE_LIMIT = 500
CSV_LIMIT = 10_000
CSV_COLUMNS = ("at", "action", "actor_type", "actor_id", "object_type", "object_id", "source")


def _audit_entries(
    session: DB,
    principal: Principal,
    limit: int,
    action: str,
    actor: str,
    subject: str,
    since: date | None,
    until: date | None,
) -> list[Any]:
    def start_of(day: date) -> datetime:
        return datetime.combine(day, time.min, tzinfo=UTC)

    return audit.entries(
        session,
        organisation_id=principal.organisation_id,
        limit=limit,
        action=action or None,
        actor_id=actor or None,
        object_id=subject or None,
        since=start_of(since) if since else None,
        before=start_of(until + timedelta(days=1)) if until else None,
    )


Filter = Annotated[str, Query(max_length=64)]


@router.get("/audit")
def audit_page(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    action: Filter = "",
    actor: Filter = "",
    subject: Filter = "",
    since: Day | None = None,
    until: Day | None = None,
    verify: bool = False,
) -> Response:
    principal.require("privacy")
    rows = _audit_entries(session, principal, PAGE_LIMIT, action, actor, subject, since, until)
    filters = {"action": action, "actor": actor, "subject": subject}
    # Walking the whole chain costs a read of every entry, so only on request.
    chain = audit.verify(session, organisation_id=principal.organisation_id)[0] if verify else None
    org_id = principal.organisation_id
    # Who did it, by name: staff members and API tokens of this organisation.
    names = {
        str(u.id): u.display_name or u.email
        for u, _ in orgs.list_members(session, organisation_id=org_id)
    }
    names |= {str(t.id): t.name for t in orgs.list_tokens(session, organisation_id=org_id)}
    context = {
        "chain": chain,
        "names": names,
        "rows": rows,
        "filters": filters,
        "since": since,
        "until": until,
        "query": request.url.query,
        "principal": principal,
    }
    return render(request, "privacy/audit.html", context)


@router.get("/audit.csv")
def audit_csv(
    slug: str,
    session: DB,
    principal: StaffPrincipal,
    action: Filter = "",
    actor: Filter = "",
    subject: Filter = "",
    since: Day | None = None,
    until: Day | None = None,
) -> Response:
    principal.require("privacy")
    rows = _audit_entries(session, principal, CSV_LIMIT, action, actor, subject, since, until)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([row.at.isoformat(), *(getattr(row, c) or "" for c in CSV_COLUMNS[1:])])
    audit.record(
        session,
        action="audit.export",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        details={"rows": len(rows), "action": action, "actor": actor, "subject": subject},
    )
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="audit.csv"'},
    )


# The breach register's and legal holds' pages live in their own modules under this prefix.
from vaern.dpo import breach_pages, hold_pages  # noqa: E402

router.include_router(breach_pages.router)
router.include_router(hold_pages.router)
