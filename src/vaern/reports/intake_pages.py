"""Public report intake pages: report a scam in the name of any organisation (``/report``)
and send a checked message, with consent, to an organisation it claims to be from
(``/check/report``). Both work without JavaScript."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from vaern.errors import Invalid
from vaern.i18n import N_
from vaern.messages import check
from vaern.messages.results import report_choices, result_page
from vaern.reports.flows import report_checked
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute, client_source
from vaern.web.templating import render

router = APIRouter(include_in_schema=False, route_class=UnitOfWorkRoute)


@router.get("/report")
def report_form(request: Request, organisation: str = "") -> Response:
    """Report a scam in the name of any organisation, without checking it first."""
    ctx = {"choices": report_choices(None), "chosen": organisation[:64], "form": {}}
    return render(request, "messages/report.html", ctx)


@router.post("/check/report", dependencies=[CSRF])
async def report_submit(request: Request, session: DB) -> Response:
    """Send the checked message to the organisation it claims to be from, with consent."""
    form = await request.form()
    values = {k: str(form.get(k) or "") for k in ("text", "channel", "sender")}
    try:
        # Checked again here: the page never trusts a verdict that came back in a form.
        result = check(
            values["text"],
            channel=values["channel"] or None,
            sender=values["sender"] or None,
            session=session,
        )
    except Invalid as exc:
        ctx: dict[str, Any] = {"result": None, "error": exc.detail, "form": values}
        return render(request, "messages/check.html", ctx, status_code=422)
    organisation = str(form.get("organisation") or "")
    members = dict(result["members"])
    hub_entry = organisation not in members and organisation in dict(report_choices(result))
    if organisation not in members and not hub_entry:
        error = N_("You can only report a message to an organisation it claims to be from.")
        return result_page(request, result, values, error=error, status_code=422)
    if form.get("consent") != "yes":
        error = N_("Tick the box to agree that the organisation may see the message.")
        return result_page(request, result, values, error=error, status_code=422)
    try:
        reference, duplicate = report_checked(
            session,
            organisation=organisation,
            result=result,
            sender=values["sender"] or None,
            contact_email=str(form.get("contact_email") or "").strip() or None,
            reporter=client_source(request),
        )
    except Invalid as exc:
        return result_page(request, result, values, error=exc.detail, status_code=422)
    name = dict(report_choices(result))[organisation]
    receipt = {
        "reference": reference,
        "duplicate": duplicate,
        "organisation": name,
        "hub": hub_entry,
    }
    return result_page(request, result, values, receipt=receipt)
