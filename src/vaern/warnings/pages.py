"""Public warning pages, feeds and the embeddable widget; staff pages to draft and publish."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Annotated

from email_validator import EmailNotValidError, validate_email
from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from vaern import i18n
from vaern.errors import NotFound
from vaern.warnings import feeds, push, service
from vaern.warnings.models import WarningStatus
from vaern.warnings.schemas import WarningCreate
from vaern.web.deps import CSRF, DB, StaffPrincipal
from vaern.web.templating import add_staff_link, add_template_dir, render

add_template_dir(Path(__file__).parent / "templates")
add_staff_link("warnings", i18n.N_("Warnings"))

router = APIRouter(include_in_schema=False)

# The widget is framed by other sites: it may load only our stylesheet, run no script,
# submit no form, and open links in a new tab.
WIDGET_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors *"
)


# --- public -------------------------------------------------------------------------------


@router.get("/warnings")
def hub(request: Request, session: DB, q: str = "") -> Response:
    rows = service.public_warnings(session, query=q[:200])
    return render(request, "warnings/list.html", {"warnings": rows, "q": q[:200], "org": None})


@router.get("/warnings/{warning_id}")
def one(warning_id: uuid.UUID, request: Request, session: DB) -> Response:
    w = service.public_warning(session, warning_id=warning_id)
    return render(request, "warnings/one.html", {"w": w})


@router.get("/orgs/{slug}/warnings")
def per_org(slug: str, request: Request, session: DB, q: str = "") -> Response:
    org = service.organisation_by_slug(session, slug)
    rows = service.public_warnings(session, organisation_id=org.id, query=q[:200])
    return render(request, "warnings/list.html", {"warnings": rows, "q": q[:200], "org": org})


@router.get("/orgs/{slug}/warnings/subscribe")
def subscribe_form(slug: str, request: Request, session: DB) -> Response:
    org = service.organisation_by_slug(session, slug)
    return render(request, "warnings/subscribe.html", {"org": org, "state": "form"})


@router.post("/orgs/{slug}/warnings/subscribe", dependencies=[CSRF])
def subscribe(
    slug: str, request: Request, session: DB, email: Annotated[str, Form(max_length=320)] = ""
) -> Response:
    org = service.organisation_by_slug(session, slug)
    try:
        address = validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError:
        return render(
            request, "warnings/subscribe.html", {"org": org, "state": "invalid"}, status_code=422
        )
    push.subscribe_email(session, organisation=org, email=address)
    return render(request, "warnings/subscribe.html", {"org": org, "state": "sent"})


@router.get("/warnings/subscriptions/confirm")
def confirm(request: Request, session: DB, token: str = "") -> Response:
    push.confirm_email(session, token=token)
    return render(request, "warnings/subscribe.html", {"org": None, "state": "confirmed"})


@router.get("/warnings/subscriptions/unsubscribe")
def unsubscribe_form(request: Request, token: str = "") -> Response:
    return render(
        request,
        "warnings/subscribe.html",
        {"org": None, "state": "unsubscribe", "token": token[:100]},
    )


# One-click unsubscribe (RFC 8058): mail clients POST without a form token; the
# unguessable token in the link is the authorisation.
@router.post("/warnings/subscriptions/unsubscribe")
def unsubscribe(request: Request, session: DB, token: str = "") -> Response:
    push.unsubscribe_email(session, token=token)
    return render(request, "warnings/subscribe.html", {"org": None, "state": "unsubscribed"})


@router.get("/embed/{slug}/warnings")
def widget(slug: str, request: Request, session: DB) -> Response:
    org = service.organisation_by_slug(session, slug)
    rows = service.public_warnings(session, organisation_id=org.id, limit=5)
    response = render(request, "warnings/widget.html", {"warnings": rows, "org": org})
    response.headers["Content-Security-Policy"] = WIDGET_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _feed(request: Request, session: DB, slug: str | None, kind: str) -> Response:
    org = service.organisation_by_slug(session, slug) if slug else None
    org_id = org.id if org else None
    etag, modified = service.feed_version(session, organisation_id=org_id)
    etag = etag[:-1] + f'-{kind}"'
    cfg = request.app.state.settings
    lang = i18n.current_locale.get()
    title = f"Værn: {org.name}" if org else "Værn"
    path = request.url.path

    def build() -> Response:
        rows = service.public_warnings(session, organisation_id=org_id, limit=50)
        if kind == "atom":
            body = feeds.atom(
                rows,
                title=title,
                base_url=cfg.base_url,
                self_path=path,
                updated=modified,
                lang=lang,
            )
            return Response(body, media_type="application/atom+xml; charset=utf-8")
        data = feeds.json_feed(rows, title=title, base_url=cfg.base_url, self_path=path, lang=lang)
        return Response(
            json.dumps(data, ensure_ascii=False), media_type="application/feed+json; charset=utf-8"
        )

    return feeds.conditional(request, etag=etag, last_modified=modified, build=build)


@router.get("/feeds/warnings.atom")
def hub_atom(request: Request, session: DB) -> Response:
    return _feed(request, session, None, "atom")


@router.get("/feeds/warnings.json")
def hub_json(request: Request, session: DB) -> Response:
    return _feed(request, session, None, "json")


@router.get("/feeds/{slug}/warnings.atom")
def org_atom(slug: str, request: Request, session: DB) -> Response:
    return _feed(request, session, slug, "atom")


@router.get("/feeds/{slug}/warnings.json")
def org_json(slug: str, request: Request, session: DB) -> Response:
    return _feed(request, session, slug, "json")


# --- staff --------------------------------------------------------------------------------


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


@router.get("/staff/{slug}/warnings")
def staff_list(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    rows = service.list_warnings(session, organisation_id=principal.organisation_id)
    return render(
        request,
        "warnings/staff_list.html",
        {"warnings": rows, "principal": principal, "errors": []},
    )


@router.post("/staff/{slug}/warnings", dependencies=[CSRF])
def staff_create(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    title_da: Annotated[str, Form(max_length=300)] = "",
    title_en: Annotated[str, Form(max_length=300)] = "",
    summary_da: Annotated[str, Form(max_length=4000)] = "",
    summary_en: Annotated[str, Form(max_length=4000)] = "",
    advice_da: Annotated[str, Form(max_length=4000)] = "",
    advice_en: Annotated[str, Form(max_length=4000)] = "",
    channels: Annotated[list[str] | None, Form()] = None,
    examples: Annotated[str, Form(max_length=20000)] = "",
    domains: Annotated[str, Form(max_length=10000)] = "",
    sender_ids: Annotated[str, Form(max_length=10000)] = "",
    phones: Annotated[str, Form(max_length=10000)] = "",
) -> Response:
    try:
        data = WarningCreate.model_validate(
            {
                "title": {"da": title_da, "en": title_en},
                "summary": {"da": summary_da, "en": summary_en},
                "advice": {"da": advice_da, "en": advice_en},
                "channels": channels or [],
                "examples": _lines(examples),
                "indicators": {
                    "domains": _lines(domains),
                    "sender_ids": _lines(sender_ids),
                    "phones": _lines(phones),
                },
            }
        )
    except ValidationError as exc:
        errors = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        rows = service.list_warnings(session, organisation_id=principal.organisation_id)
        return render(
            request,
            "warnings/staff_list.html",
            {"warnings": rows, "principal": principal, "errors": errors},
            status_code=422,
        )
    w = service.create_warning(session, principal=principal, data=data)
    return RedirectResponse(f"/staff/{slug}/warnings/{w.id}", status_code=303)


@router.get("/staff/{slug}/warnings/{warning_id}")
def staff_preview(
    slug: str, warning_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    w = service.get_warning(
        session, organisation_id=principal.organisation_id, warning_id=warning_id
    )
    return render(
        request,
        "warnings/staff_one.html",
        {"w": w, "versions": service.versions(session, warning=w), "principal": principal},
    )


ACTIONS = {
    "publish": WarningStatus.published,
    "expire": WarningStatus.expired,
    "withdraw": WarningStatus.withdrawn,
}


@router.post("/staff/{slug}/warnings/{warning_id}/{action}", dependencies=[CSRF])
def staff_action(
    slug: str, warning_id: uuid.UUID, action: str, session: DB, principal: StaffPrincipal
) -> Response:
    if action not in ACTIONS:
        raise NotFound("No such action.")
    service.set_status(session, principal=principal, warning_id=warning_id, to=ACTIONS[action])
    return RedirectResponse(f"/staff/{slug}/warnings/{warning_id}", status_code=303)
