"""Staff pages of monitoring: the alert queue with triage."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from vaern import labels
from vaern.db import fetch_page
from vaern.errors import Invalid
from vaern.i18n import N_
from vaern.monitoring import flows, service
from vaern.monitoring.models import AlertStatus
from vaern.monitoring.state import FEATURES
from vaern.monitoring.typologies import default_rules
from vaern.orgs.access import Principal
from vaern.orgs.deps import StaffPrincipal
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import (
    Attention,
    add_attention,
    add_staff_link,
    add_template_dir,
    render,
)

router = APIRouter(prefix="/staff/{slug}", include_in_schema=False, route_class=UnitOfWorkRoute)
add_template_dir(Path(__file__).parent / "templates")
add_staff_link("alerts", N_("Alerts"))
add_staff_link("typologies", N_("Typologies"), group="setup")


@add_attention
def open_alerts(session: Session, organisation_id: uuid.UUID) -> Attention:
    count = service.count_alerts(session, organisation_id=organisation_id, status="open")
    return Attention(N_("open alerts"), count, "alerts")


# Case titles written by the alert flow show the typology's name, not its id.
labels.TYPOLOGY_NAMES.update({t.id: t.name.model_dump() for t in default_rules().typologies})


@router.get("/alerts")
def alerts(
    slug: str, request: Request, session: DB, principal: StaffPrincipal, status: str = "open"
) -> Response:
    chosen = status if status in AlertStatus.__members__ else None
    query = service.alerts_query(organisation_id=principal.organisation_id, status=chosen)
    rows, total = fetch_page(session, query, limit=200, offset=0)
    return render(
        request,
        "monitoring/alerts.html",
        {
            "alerts": rows,
            "total": total,
            "status": chosen or "",
            "statuses": list(AlertStatus),
            "principal": principal,
            "case_of": flows.case_of,
        },
    )


@router.post("/alerts/{alert_id}/status", dependencies=[CSRF])
def triage(
    slug: str,
    alert_id: uuid.UUID,
    session: DB,
    principal: StaffPrincipal,
    status: Annotated[str, Form(max_length=20)],
) -> Response:
    service.set_status(session, principal=principal, alert_id=alert_id, status=status)
    return RedirectResponse(f"/staff/{slug}/alerts", status_code=303)


@router.post("/alerts/{alert_id}/case", dependencies=[CSRF])
def open_case(slug: str, alert_id: uuid.UUID, session: DB, principal: StaffPrincipal) -> Response:
    alert = service.get_alert(session, organisation_id=principal.organisation_id, alert_id=alert_id)
    case_id = flows.open_case_for_alert(session, principal=principal, alert=alert)
    return RedirectResponse(f"/staff/{slug}/cases/{case_id}", status_code=303)


@router.get("/typologies")
def typologies(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    rules, text = service.current_rules(session, organisation_id=principal.organisation_id)
    return _typology_page(request, principal, text=text, version=rules.version)


def _typology_page(
    request: Request,
    principal: Principal,
    *,
    text: str,
    version: int,
    errors: list[str] | None = None,
    saved: bool = False,
) -> Response:
    return render(
        request,
        "monitoring/typologies.html",
        {
            "text": text,
            "version": version,
            "errors": errors or [],
            "saved": saved,
            "principal": principal,
            "features": sorted(FEATURES),
        },
        status_code=422 if errors else 200,
    )


@router.post("/typologies", dependencies=[CSRF])
def save_typologies(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    text: Annotated[str, Form(max_length=100_000)],
) -> Response:
    try:
        rules = service.save_typologies(session, principal=principal, text=text)
    except Invalid as exc:
        active = service.current_rules(session, organisation_id=principal.organisation_id)[0]
        return _typology_page(
            request, principal, text=text, version=active.version, errors=exc.detail.split("; ")
        )
    return _typology_page(request, principal, text=text, version=rules.version, saved=True)
