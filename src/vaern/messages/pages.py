"""Public page "Tjek en besked / Check a message" (works without JavaScript)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from vaern.errors import Invalid, TooManyRequests
from vaern.messages.api import check_off_loop, read_submission
from vaern.messages.results import result_page
from vaern.text.ocr import OcrUnavailable
from vaern.web.deps import CSRF, UnitOfWorkRoute
from vaern.web.middleware import register_body_limit
from vaern.web.templating import add_template_dir, render

router = APIRouter(include_in_schema=False, route_class=UnitOfWorkRoute)
add_template_dir(Path(__file__).parent / "templates")
register_body_limit("/check", 10 * 1024 * 1024 + 65536)
register_body_limit("/api/v1/check", 10 * 1024 * 1024 + 65536)


@router.get("/check")
def check_form(request: Request) -> Response:
    return render(request, "messages/check.html", {"result": None, "error": None, "form": {}})


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
    return result_page(request, result, values)
