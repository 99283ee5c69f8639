"""Jinja2 templates with gettext, the CSRF token and the current locale."""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session
from starlette.responses import Response

from vaern import i18n, labels, localtime

TEMPLATE_DIRS = [str(Path(__file__).resolve().parent / "templates")]
_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIRS),
    extensions=["jinja2.ext.i18n"],
    autoescape=select_autoescape(["html", "xml"]),
)
_env.install_gettext_callables(i18n.gettext, i18n.ngettext, newstyle=True)  # type: ignore[attr-defined]
templates = Jinja2Templates(env=_env)
templates.env.globals["pick"] = i18n.pick
# Every status, priority, kind or role a page shows goes through ``{{ code | label }}``.
templates.env.filters["label"] = labels.label
templates.env.filters["case_title"] = labels.case_title
# Every time on a staff page: ``{{ at | cph }}`` is Copenhagen time with its zone (CET/CEST).
templates.env.filters["cph"] = localtime.local
templates.env.filters["iso_cph"] = localtime.local_iso


def add_template_dir(path: Path) -> None:
    """Domains keep their templates beside their code and register the folder here."""
    loader = templates.env.loader
    search = getattr(loader, "searchpath", None)
    if search is not None and str(path) not in search:
        search.append(str(path))


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, *, status_code: int = 200
) -> Response:
    ctx: dict[str, Any] = {
        "locale": i18n.current_locale.get(),
        "csrf_token": csrf_token(request),
        "user": getattr(request.state, "user", None),
        "staff": getattr(request.state, "staff_principal", None),
    }
    ctx.update(context or {})
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)


STAFF_LINKS: list[dict[str, str]] = []
templates.env.globals["staff_links"] = STAFF_LINKS
# The staff menu by task, in this order (labels are msgids).
NAV_GROUPS = {
    "work": i18n.N_("Casework"),
    "scams": i18n.N_("Scams and warnings"),
    "setup": i18n.N_("Channels and monitoring"),
    "privacy": i18n.N_("Privacy"),
    "admin": i18n.N_("Administration"),
}
templates.env.globals["nav_groups"] = NAV_GROUPS


def add_staff_link(path: str, label: str, *, group: str = "work", permission: str = "read") -> None:
    """Domains add their staff pages to the organisation menu (``label`` is a msgid),
    under a task ``group``; only staff with ``permission`` see the link."""
    if group not in NAV_GROUPS:
        raise ValueError(f"unknown menu group {group!r}")
    if not any(link["path"] == path for link in STAFF_LINKS):
        STAFF_LINKS.append({"path": path, "label": label, "group": group, "permission": permission})


@dataclass(frozen=True)
class Attention:
    """One line of an organisation's dashboard: ``count`` things need a look at ``path``
    (relative to ``/staff/<slug>/``); ``label`` is a msgid."""

    label: str
    count: int
    path: str


AttentionSource = Callable[[Session, uuid.UUID], Attention | None]
ATTENTION: list[AttentionSource] = []


def add_attention(source: AttentionSource) -> AttentionSource:
    """Domains add what their staff should look at first (usable as a decorator)."""
    if source not in ATTENTION:
        ATTENTION.append(source)
    return source


def attention(session: Session, organisation_id: uuid.UUID) -> list[Attention]:
    return [a for source in ATTENTION if (a := source(session, organisation_id)) and a.count]
