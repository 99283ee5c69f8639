"""Public page "Tjek en besked / Check a message" (works without JavaScript)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from vaern.errors import Invalid
from vaern.messages.api import read_submission, run_check
from vaern.web.deps import CSRF
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


@router.post("/check", dependencies=[CSRF])
async def check_submit(request: Request) -> Response:
    form = await request.form()
    values = {k: str(form.get(k) or "") for k in ("text", "channel", "sender")}
    try:
        data, options = await read_submission(request)
        result = run_check(request, data, options)
    except Invalid as exc:
        ctx: dict[str, Any] = {"result": None, "error": exc.detail, "form": values}
        return render(request, "messages/check.html", ctx, status_code=422)
    ctx = {
        "result": result,
        "pieces": highlight(result["text"], result["reasons"]),
        "error": None,
        "form": values,
    }
    return render(request, "messages/check.html", ctx)
