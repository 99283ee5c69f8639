"""Public warning pages, feeds and the embeddable widget; staff pages to draft and publish."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Annotated, Any

from email_validator import EmailNotValidError, validate_email
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from vaern import egress, i18n
from vaern.errors import Invalid, NotFound
from vaern.orgs.deps import StaffPrincipal
from vaern.warnings import feeds, push, service
from vaern.warnings.models import ScamWarning, WarningStatus
from vaern.warnings.schemas import WarningCreate, WarningUpdate
from vaern.web.deps import CSRF, DB, UnitOfWorkRoute
from vaern.web.templating import add_staff_link, add_template_dir, render
from vaern.webhooks.models import Webhook

add_template_dir(Path(__file__).parent / "templates")
add_staff_link("warnings", i18n.N_("Warnings"), group="scams")
add_staff_link("webhooks", i18n.N_("Webhooks"), group="setup", permission="admin")

router = APIRouter(include_in_schema=False, route_class=UnitOfWorkRoute)

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
    base, modified = service.feed_version(session, organisation_id=org_id)
    cfg = request.app.state.settings
    lang = i18n.current_locale.get()
    etag = feeds.etag_for(base, kind, lang)
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


def warning_form(
    title_da: Annotated[str, Form(max_length=300)] = "",
    title_en: Annotated[str, Form(max_length=300)] = "",
    summary_da: Annotated[str, Form(max_length=4000)] = "",
    summary_en: Annotated[str, Form(max_length=4000)] = "",
    advice_da: Annotated[str, Form(max_length=4000)] = "",
    advice_en: Annotated[str, Form(max_length=4000)] = "",
    channels: Annotated[list[str] | None, Form()] = None,
    examples: Annotated[str, Form(max_length=20000)] = "",
    domains: Annotated[str, Form(max_length=10000)] = "",
    urls: Annotated[str, Form(max_length=20000)] = "",
    sender_ids: Annotated[str, Form(max_length=10000)] = "",
    phones: Annotated[str, Form(max_length=10000)] = "",
) -> dict[str, Any]:
    """The warning form (draft and edit) in the API's JSON shape."""
    return {
        "title": {"da": title_da, "en": title_en},
        "summary": {"da": summary_da, "en": summary_en},
        "advice": {"da": advice_da, "en": advice_en},
        "channels": channels or [],
        "examples": _lines(examples),
        "indicators": {
            "domains": _lines(domains),
            "urls": _lines(urls),
            "sender_ids": _lines(sender_ids),
            "phones": _lines(phones),
        },
    }


WarningForm = Annotated[dict[str, Any], Depends(warning_form)]


def _problems(exc: ValidationError) -> list[str]:
    return [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]


@router.post("/staff/{slug}/warnings", dependencies=[CSRF])
def staff_create(
    slug: str, request: Request, session: DB, principal: StaffPrincipal, form: WarningForm
) -> Response:
    try:
        data = WarningCreate.model_validate(form)
    except ValidationError as exc:
        rows = service.list_warnings(session, organisation_id=principal.organisation_id)
        return render(
            request,
            "warnings/staff_list.html",
            {"warnings": rows, "principal": principal, "errors": _problems(exc)},
            status_code=422,
        )
    w = service.create_warning(session, principal=principal, data=data)
    return RedirectResponse(f"/staff/{slug}/warnings/{w.id}", status_code=303)


def _staff_one(
    request: Request, session: DB, principal: StaffPrincipal, w: ScamWarning, errors: list[str]
) -> Response:
    return render(
        request,
        "warnings/staff_one.html",
        {
            "w": w,
            "versions": service.versions(session, warning=w),
            "principal": principal,
            "errors": errors,
        },
        status_code=422 if errors else 200,
    )


@router.get("/staff/{slug}/warnings/{warning_id}")
def staff_preview(
    slug: str, warning_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    w = service.get_warning(
        session, organisation_id=principal.organisation_id, warning_id=warning_id
    )
    return _staff_one(request, session, principal, w, [])


@router.post("/staff/{slug}/warnings/{warning_id}/edit", dependencies=[CSRF])
def staff_edit(
    slug: str,
    warning_id: uuid.UUID,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    form: WarningForm,
) -> Response:
    """Save the edited text and indicators as a new version (also of a published one)."""
    try:
        data = WarningUpdate.model_validate(form)
    except ValidationError as exc:
        w = service.get_warning(
            session, organisation_id=principal.organisation_id, warning_id=warning_id
        )
        return _staff_one(request, session, principal, w, _problems(exc))
    service.update_warning(session, principal=principal, warning_id=warning_id, data=data)
    return RedirectResponse(f"/staff/{slug}/warnings/{warning_id}", status_code=303)


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


# --- staff: webhooks ----------------------------------------------------------------------


def _webhooks_page(
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    *,
    created: tuple[Webhook, str] | None = None,
    error: str | None = None,
) -> Response:
    return render(
        request,
        "warnings/webhooks.html",
        {
            "hooks": push.list_webhooks(session, principal=principal),
            "created": created,
            "error": error,
            "explanation": egress.EXPLANATION,
        },
        status_code=422 if error else 200,
    )


@router.get("/staff/{slug}/webhooks")
def staff_webhooks(slug: str, request: Request, session: DB, principal: StaffPrincipal) -> Response:
    return _webhooks_page(request, session, principal)


@router.post("/staff/{slug}/webhooks", dependencies=[CSRF])
def staff_webhook_create(
    slug: str,
    request: Request,
    session: DB,
    principal: StaffPrincipal,
    url: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    try:
        created = push.create_webhook(session, principal=principal, url=url.strip())
    except Invalid as exc:
        return _webhooks_page(request, session, principal, error=str(exc))
    # The signing secret is shown once, on this response only.
    return _webhooks_page(request, session, principal, created=created)


@router.post("/staff/{slug}/webhooks/{webhook_id}/disable", dependencies=[CSRF])
def staff_webhook_disable(
    slug: str, webhook_id: uuid.UUID, session: DB, principal: StaffPrincipal
) -> Response:
    push.disable_webhook(session, principal=principal, webhook_id=webhook_id)
    return RedirectResponse(f"/staff/{slug}/webhooks", status_code=303)


@router.get("/staff/{slug}/webhooks/{webhook_id}")
def staff_webhook_log(
    slug: str, webhook_id: uuid.UUID, request: Request, session: DB, principal: StaffPrincipal
) -> Response:
    hook = push.get_webhook(session, principal=principal, webhook_id=webhook_id)
    return render(
        request,
        "warnings/webhook_log.html",
        {"hook": hook, "deliveries": push.deliveries(session, hook=hook)},
    )
