"""A checked message's result page (the public check and the report of a checked message
use it): the text with its evidence marked, and who it can be reported to."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from vaern.registry.directory import file_entries
from vaern.web.templating import render


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


def result_page(
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
