"""`POST /api/v1/check`: JSON, or multipart with an .eml or a picture."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from vaern.db import is_unavailable
from vaern.errors import DomainError, Invalid
from vaern.messages.flows import cached, check
from vaern.messages.schemas import CheckCreate, CheckRead
from vaern.messages.service import public
from vaern.web.deps import UnitOfWorkRoute
from vaern.web.middleware import RouteLabel
from vaern.web.problems import problem, unavailable_problem

router = APIRouter(prefix="/api/v1", tags=["messages"], route_class=UnitOfWorkRoute)
MAX_UPLOAD = 10 * 1024 * 1024
# A text up to this long with nothing to look up is checked on the event loop: pure CPU,
# well under a millisecond, cheaper than a hop to a worker thread. Anything else (a file,
# an outbound-log look-up, a cache reload, a long text) goes to the thread pool so a slow
# check never holds up the other requests.
INLINE_MAX_CHARS = 2_000


async def read_submission(request: Request) -> tuple[str | bytes, dict[str, Any]]:
    """The message and options from a JSON body or a multipart form."""
    ctype = request.headers.get("content-type", "")
    if ctype.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        form = await request.form(max_part_size=MAX_UPLOAD)
        try:
            upload = form.get("file")
            data: str | bytes
            if upload is not None and not isinstance(upload, str) and upload.filename:
                data = await upload.read()
            else:
                data = str(form.get("text") or "")
            keys = ("channel", "sender", "received_at", "recipient")
            fields = {k: form.get(k) or None for k in keys}
            did = [str(x) for x in form.getlist("did")]
        finally:
            await form.close()
        try:
            body = CheckCreate(text="", did=did, **fields)
        except ValidationError as exc:
            raise Invalid(exc.errors()[0]["msg"]) from exc
        return data, body.model_dump(exclude={"text"})
    return parse_json(await request.body())


def parse_json(raw: bytes) -> tuple[str, dict[str, Any]]:
    """The message and options from a JSON body; Invalid names the first bad field."""
    try:
        body = CheckCreate.model_validate_json(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise Invalid(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from exc
    return body.text, body.model_dump(exclude={"text"})


def _check(session: Session, data: str | bytes, options: dict[str, Any]) -> dict[str, Any]:
    received: datetime | None = options.get("received_at")
    return check(
        data,
        channel=options.get("channel"),
        sender=options.get("sender"),
        received_at=received,
        did=set(options.get("did") or ()),
        session=session,
        recipient=options.get("recipient"),
    )


def run_check(request: Request, data: str | bytes, options: dict[str, Any]) -> dict[str, Any]:
    """Check with a read-only session, so member organisations' registry profiles count.
    The session only connects when the check needs the database (see vaern/changes.py)."""
    with request.app.state.sessionmaker() as session:
        return _check(session, data, options)


async def check_off_loop(
    request: Request, data: str | bytes, options: dict[str, Any]
) -> dict[str, Any]:
    """``run_check`` without blocking the event loop on I/O or a long computation."""
    with request.app.state.sessionmaker() as session:
        if (
            isinstance(data, str)
            and len(data) <= INLINE_MAX_CHARS
            and not options.get("recipient")
            and cached(session)
        ):
            return _check(session, data, options)
    return await run_in_threadpool(run_check, request, data, options)


@router.post(
    "/check",
    response_model=CheckRead,
    summary="Check a message, link, QR picture, SMS screenshot or call",
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": CheckCreate.model_json_schema()},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "file": {"type": "string", "format": "binary"},
                            "text": {"type": "string"},
                            "channel": {"type": "string"},
                            "sender": {"type": "string"},
                            "recipient": {"type": "string"},
                        },
                    }
                },
            },
            "required": True,
        }
    },
)
async def check_message(request: Request) -> Response:
    data, options = await read_submission(request)
    return await answer(request, data, options)


class ResultResponse(JSONResponse):
    """A check's result rendered by orjson: the bytes JSONResponse renders (every corpus
    message's result is compared, tests/messages/test_check_speedups.py) in a tenth of the
    time (about 17 µs of a request's CPU before)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


async def answer(request: Request, data: str | bytes, options: dict[str, Any]) -> Response:
    """The documented result of a check, for the route and for ``JsonCheckMiddleware``.
    Already plain JSON data of CheckRead's shape (tests/messages/test_api.py holds it to
    the model): rendered as it is, not validated field by field a second time."""
    return ResultResponse(public(await check_off_loop(request, data, options)))


_ROUTE = RouteLabel("/api/v1/check")


class JsonCheckMiddleware:
    """``POST /api/v1/check`` with a JSON body, answered before the cookie session, the
    router and FastAPI's request handling (the busiest route; they cost it about a tenth
    of its time). The same parsing, check and problem responses as the route above, which
    answers uploads (multipart) and documents the endpoint. Installed inside the body-size
    and rate limits, the locale and the access log, so they all apply."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (
            scope["type"] == "http"
            and scope["path"] == _ROUTE.path
            and scope["method"] == "POST"
            and _content_type(scope).startswith(b"application/json")
        ):
            await self.app(scope, receive, send)
            return
        scope["route"] = _ROUTE
        request = Request(scope, receive)
        response: Response
        try:
            data, options = parse_json(await request.body())
            response = await answer(request, data, options)
        except DomainError as exc:
            response = problem(exc.status, exc.code, exc.detail, **exc.extra)
        except sa.exc.SQLAlchemyError as exc:
            # The check answers from memory while the database is unavailable; what is
            # left (a session that cannot even be opened) is 503, never a 500.
            if not is_unavailable(exc):
                raise
            response = unavailable_problem()
        await response(scope, receive, send)


def _content_type(scope: Scope) -> bytes:
    for name, value in scope["headers"]:
        if name == b"content-type":
            return bytes(value).lower()
    return b""
