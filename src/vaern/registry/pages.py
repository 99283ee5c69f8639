"""Staff pages for channels and policy; public contact page and directory."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import DomainError
from vaern.i18n import N_
from vaern.orgs import service as orgs
from vaern.orgs.deps import StaffPrincipal
from vaern.registry import directory, lookalikes, service, texts
from vaern.registry.schemas import ASKS, ChannelCreate, Policy
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import (
    Attention,
    add_attention,
    add_staff_link,
    add_template_dir,
    render,
)

add_template_dir(Path(__file__).parent / "templates")
add_staff_link("channels", N_("Channels"), group="setup")
add_staff_link("policy", N_("Communication policy"), group="setup", permission="admin")
add_staff_link("posture", N_("Sender posture"), group="setup")
add_staff_link("lookalikes", N_("Lookalike domains"), group="scams")


@add_attention
def new_lookalikes(session: Session, organisation_id: uuid.UUID) -> Attention:
    """Lookalike domains first seen in the last week, on the organisation's dashboard."""
    since = utcnow() - lookalikes.NEW_FOR
    count = lookalikes.count_new(session, organisation_id=organisation_id, since=since)
    return Attention(N_("new lookalike domains (last 7 days)"), count, "lookalikes")


router = APIRouter(include_in_schema=False, route_class=UnitOfWorkRoute)


def _errors(exc: ValidationError) -> list[str]:
    return [
        f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg'].removeprefix('Value error, ')}"
        for e in exc.errors()
    ]


@router.get("/orgs")
def directory_page(request: Request, session: DB, q: str = "") -> Response:
    rows = directory.search(session, query=q)
    return render(request, "registry/directory.html", {"orgs": rows, "q": q[:100]})


@router.get("/orgs/{slug}/contact")
def contact_page(slug: str, request: Request, session: DB) -> Response:
    entry = directory.get_entry(session, slug=slug)
    return render(request, "registry/contact.html", {"org": entry})


def _channels_page(
    request: Request, session: DB, principal: StaffPrincipal, errors: list[str], status: int = 200
) -> Response:
    rows = service.list_channels(session, organisation_id=principal.organisation_id)
    return render(
        request,
        "registry/channels.html",
        {
            "channels": [service.channel_read(c) for c in rows],
            "principal": principal,
            "errors": errors,
        },
        status_code=status,
    )


@router.get("/staff/{slug}/channels")
def channels(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    return _channels_page(request, session, principal, [])


@router.post("/staff/{slug}/channels", dependencies=[CSRF])
def add_channel(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    kind: Annotated[str, Form(max_length=20)],
    value: Annotated[str, Form(max_length=300)],
    label: Annotated[str, Form(max_length=200)] = "",
    partner: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    principal.require("admin")
    try:
        data = ChannelCreate.model_validate(
            {"kind": kind, "value": value, "label": label, "partner": partner or None}
        )
        service.add_channel(session, principal=principal, data=data)
    except ValidationError as exc:
        return _channels_page(request, session, principal, _errors(exc), 422)
    except DomainError as exc:
        if exc.status == 403:
            raise
        return _channels_page(request, session, principal, [exc.detail], 422)
    return RedirectResponse(f"/staff/{slug}/channels", status_code=303)


@router.post("/staff/{slug}/channels/{channel_id}/{action}", dependencies=[CSRF])
def channel_action(
    slug: str,
    channel_id: uuid.UUID,
    action: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
) -> Response:
    principal.require("admin")
    try:
        if action == "verify":
            service.verify_channel(session, principal=principal, channel_id=channel_id)
        elif action == "delete":
            service.delete_channel(session, principal=principal, channel_id=channel_id)
        else:
            return _channels_page(request, session, principal, ["Unknown action."], 404)
    except DomainError as exc:
        if exc.status in {403, 404}:
            raise
        return _channels_page(request, session, principal, [exc.detail], 422)
    return RedirectResponse(f"/staff/{slug}/channels", status_code=303)


def _policy_page(
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    errors: list[str],
    status: int = 200,
    draft: Policy | None = None,
) -> Response:
    history = service.policy_history(session, organisation_id=principal.organisation_id)
    current = Policy.model_validate(history[0].policy) if history else Policy()
    return render(
        request,
        "registry/policy.html",
        {
            "policy": draft or current,
            "history": history,
            "asks": ASKS,
            "ask_text": texts.ASK_TEXT,
            "principal": principal,
            "errors": errors,
            "org": orgs.get_organisation(session, organisation_id=principal.organisation_id),
        },
        status_code=status,
    )


@router.get("/staff/{slug}/policy")
def policy(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    return _policy_page(request, session, principal, [])


@router.post("/staff/{slug}/policy", dependencies=[CSRF])
async def save_policy(
    slug: str, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    principal.require("admin")
    form = await request.form()
    raw = {
        "links": form.get("links", ""),
        "qr_codes": form.get("qr_codes") == "on",
        "attachments": form.get("attachments") == "on",
        "asks_for": form.getlist("asks_for"),
        "calls": form.get("calls", ""),
        "payment": form.get("payment", ""),
        "notes": form.get("notes", ""),
        "front_door": {
            "phone": form.get("front_phone") or None,
            "website": form.get("front_website") or None,
            "app": form.get("front_app") or None,
        },
    }
    try:
        data = Policy.model_validate(raw)
    except ValidationError as exc:
        return _policy_page(request, session, principal, _errors(exc), 422)
    service.set_policy(session, principal=principal, policy=data)
    return RedirectResponse(f"/staff/{slug}/policy", status_code=303)


@router.get("/staff/{slug}/posture")
def posture_page(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    history = service.posture_history(session, organisation_id=principal.organisation_id)
    latest: dict[str, object] = {}
    for report in history:
        latest.setdefault(report.domain, report)
    return render(
        request,
        "registry/posture.html",
        {"latest": list(latest.values()), "history": history, "principal": principal},
    )


@router.post("/staff/{slug}/posture", dependencies=[CSRF])
def posture_check(slug: str, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("admin")
    service.check_posture(session, organisation_id=principal.organisation_id)
    return RedirectResponse(f"/staff/{slug}/posture", status_code=303)


@router.post("/staff/{slug}/lookalikes", dependencies=[CSRF])
def lookalikes_scan(slug: str, session: DB, principal: StaffPrincipal) -> Response:
    principal.require("admin")
    lookalikes.scan(session, organisation_id=principal.organisation_id)
    return RedirectResponse(f"/staff/{slug}/lookalikes", status_code=303)
