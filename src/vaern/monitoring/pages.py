"""Staff pages of monitoring: the alert queue with triage."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from vaern.i18n import N_
from vaern.monitoring import service
from vaern.monitoring.models import AlertStatus
from vaern.web.deps import CSRF, DB, StaffPrincipal
from vaern.web.templating import add_staff_link, add_template_dir, render

router = APIRouter(prefix="/staff/{slug}", include_in_schema=False)
add_template_dir(Path(__file__).parent / "templates")
add_staff_link("alerts", N_("Alerts"))

# Display names (msgids) of the codes stored on alerts.
LABELS = {
    "open": N_("Open"),
    "confirmed": N_("Confirmed fraud"),
    "dismissed": N_("False alarm"),
    "closed": N_("Closed"),
    "low": N_("Low"),
    "medium": N_("Medium"),
    "high": N_("High"),
    "critical": N_("Critical"),
    "alert": N_("Alert only"),
    "step_up": N_("Step-up authentication"),
    "notify_customer": N_("Notify the customer"),
    "hold": N_("Hold the payment"),
    "block_card": N_("Block the card"),
}


@router.get("/alerts")
def alerts(
    slug: str, request: Request, session: DB, principal: StaffPrincipal, status: str = "open"
) -> Response:
    chosen = status if status in AlertStatus.__members__ else None
    rows = service.list_alerts(session, organisation_id=principal.organisation_id, status=chosen)
    return render(
        request,
        "monitoring/alerts.html",
        {
            "alerts": rows[:200],
            "total": len(rows),
            "status": chosen or "",
            "statuses": list(AlertStatus),
            "principal": principal,
            "labels": LABELS,
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
