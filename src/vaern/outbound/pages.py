"""Staff page "Did we contact this customer?"."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from pydantic import ValidationError

from vaern.i18n import N_, gettext
from vaern.localtime import from_local_input
from vaern.orgs.deps import StaffPrincipal
from vaern.outbound import service
from vaern.outbound.schemas import LookupRequest
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import add_staff_link, add_template_dir, render

add_template_dir(Path(__file__).parent / "templates")
add_staff_link("outbound", N_("Did we contact this customer?"))

router = APIRouter(
    prefix="/staff/{slug}/outbound", include_in_schema=False, route_class=UnitOfWorkRoute
)


@router.get("")
def form(slug: str, request: Request, principal: StaffPrincipal) -> Response:
    return render(request, "outbound/lookup.html", {"result": None, "errors": [], "form": {}})


@router.post("", dependencies=[CSRF])
def check(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    recipient: Annotated[str, Form(max_length=320)],
    channel: Annotated[str, Form(max_length=10)],
    around: Annotated[str, Form(max_length=40)],
    text: Annotated[str, Form(max_length=10_000)] = "",
) -> Response:
    principal.require("operate")
    form = {"recipient": recipient, "channel": channel, "around": around, "text": text}
    try:
        data = LookupRequest.model_validate(
            {
                "recipient": recipient,
                "channel": channel,
                "around": from_local_input(around),
                "text": text or None,
            }
        )
    except ValueError as exc:  # pydantic's ValidationError is a ValueError too
        errors = (
            [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
            if isinstance(exc, ValidationError)
            else [gettext("Give the time as date and hour (Copenhagen time).")]
        )
        return render(
            request,
            "outbound/lookup.html",
            {"result": None, "errors": errors, "form": form},
            status_code=422,
        )
    result = service.lookup(
        session,
        organisation_id=principal.organisation_id,
        recipient=data.recipient,
        channel=data.channel,
        around=data.around,
        text=data.text,
        actor=principal,
    )
    meaning = service.answer(result.match, channel=data.channel, text_given=bool(data.text))
    return render(
        request,
        "outbound/lookup.html",
        {"result": result, "answer": meaning, "errors": [], "form": form},
    )
