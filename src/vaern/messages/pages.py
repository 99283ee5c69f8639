"""Public page "Tjek en besked / Check a message" (works without JavaScript)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from vaern.errors import Invalid, TooManyRequests
from vaern.i18n import N_
from vaern.messages.api import check_off_loop, read_submission
from vaern.messages.flows import report_checked
from vaern.messages.service import check
from vaern.registry.directory import file_entries
from vaern.text.ocr import OcrUnavailable
from vaern.web.deps import CSRF, DB, client_source
from vaern.web.middleware import register_body_limit
from vaern.web.templating import add_template_dir, render

router = APIRouter(include_in_schema=False)
add_template_dir(Path(__file__).parent / "templates")
register_body_limit("/check", 10 * 1024 * 1024 + 65536)
register_body_limit("/api/v1/check", 10 * 1024 * 1024 + 65536)


def highlight(text: str, reasons: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """Split the text into (piece, reason code or None) with non-overlapping marked spans."""
    spans = sorted((r["start"], r["end"], r["code"]) for r in reasons if 0 <= r["start"] < r["end"])
    pieces: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, code in spans:
        if start < pos:
            continue
        pieces.append((text[pos:start], None))
        pieces.append((text[start:end], code))
        pos = end
    pieces.append((text[pos:], None))
    return [p for p in pieces if p[0]]


@router.get("/check")
def check_form(request: Request) -> Response:
    return render(request, "messages/check.html", {"result": None, "error": None, "form": {}})


def report_choices(result: dict[str, Any] | None) -> list[tuple[str, str]]:
    """Who a checked message can be reported to, the organisations it claims first: its
    member organisations (they receive it), then every directory organisation (the hub
    receives a report in the name of one that is not a member). No database needed."""
    members = list(result["members"]) if result else []
    taken = {slug for slug, _ in members} | {name.casefold() for _, name in members}
    rest = [
        (e.slug, e.name)
        for e in file_entries()
        if e.slug not in taken and e.name.casefold() not in taken
    ]
    claimed = (result or {}).get("claimed_organisation") or ""
    rest.sort(key=lambda o: o[1] != claimed)
    return members + rest


@router.get("/report")
def report_form(request: Request, organisation: str = "") -> Response:
    """Report a scam in the name of any organisation, without checking it first."""
    ctx = {"choices": report_choices(None), "chosen": organisation[:64], "form": {}}
    return render(request, "messages/report.html", ctx)


def _result_page(
    request: Request,
    result: dict[str, Any],
    values: dict[str, str],
    *,
    error: str | None = None,
    receipt: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    ctx = {
        "result": result,
        "choices": report_choices(result),
        "pieces": highlight(result["text"], result["reasons"]),
        "error": error,
        "form": values,
        "receipt": receipt,
    }
    return render(request, "messages/check.html", ctx, status_code=status_code)


@router.post("/check", dependencies=[CSRF])
async def check_submit(request: Request) -> Response:
    form = await request.form()
    # The recipient is used for the look-up only: never echoed back into the page.
    values = {k: str(form.get(k) or "") for k in ("text", "channel", "sender")}
    try:
        data, options = await read_submission(request)
        # Pictures (OCR, QR) and anything that needs the database go off the event loop.
        result = await check_off_loop(request, data, options)
    except (Invalid, OcrUnavailable, TooManyRequests) as exc:
        ctx: dict[str, Any] = {"result": None, "error": exc.detail, "form": values}
        return render(request, "messages/check.html", ctx, status_code=exc.status)
    if result["channel"] == "email":
        values["sender"] = values["sender"] or result["sender"] or ""
    return _result_page(request, result, values)


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
        return _result_page(request, result, values, error=error, status_code=422)
    if form.get("consent") != "yes":
        error = N_("Tick the box to agree that the organisation may see the message.")
        return _result_page(request, result, values, error=error, status_code=422)
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
        return _result_page(request, result, values, error=exc.detail, status_code=422)
    name = dict(report_choices(result))[organisation]
    receipt = {
        "reference": reference,
        "duplicate": duplicate,
        "organisation": name,
        "hub": hub_entry,
    }
    return _result_page(request, result, values, receipt=receipt)
