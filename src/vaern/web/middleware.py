"""ASGI middleware: body-size limits, rate limits, locale, metrics and request logs."""

from __future__ import annotations

import json
import logging
import re
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

import numpy as np
from limits import RateLimitItem, parse
from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindowRateLimiter
from limits.storage import storage_from_string
from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vaern import i18n
from vaern.security import client_pseudonym, keyed_hash

log = logging.getLogger("vaern.access")

REQUESTS = Counter("vaern_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram("vaern_http_request_seconds", "HTTP request latency", ["method", "route"])

# Routes that accept more than the default body size (path prefix -> bytes).
BODY_LIMITS: dict[str, int] = {}


def register_body_limit(path_prefix: str, max_bytes: int) -> None:
    BODY_LIMITS[path_prefix] = max_bytes


async def _send_problem(
    send: Send, status: int, code: str, detail: str, extra: dict[str, str]
) -> None:
    body = json.dumps(
        {
            "type": f"urn:vaern:problem:{code}",
            "title": detail,
            "status": status,
            "detail": detail,
        }
    ).encode()
    headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
    ]
    headers += [(k.encode(), v.encode()) for k, v in extra.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuse bodies over the limit with 413 before the route sees any of it."""

    def __init__(self, app: ASGIApp, default_max: int) -> None:
        self.app = app
        self.default_max = default_max

    def _limit(self, path: str) -> int:
        best = ("", self.default_max)
        for prefix, size in BODY_LIMITS.items():
            if path.startswith(prefix) and len(prefix) > len(best[0]):
                best = (prefix, size)
        return best[1]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope["path"])
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        too_large_detail = f"The request body is larger than {limit} bytes."
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _send_problem(send, 413, "too-large", too_large_detail, {})
            return
        if declared is not None:
            await self.app(scope, _capped(receive, limit), send)
            return
        # No declared length (chunked): read up to the limit before the route runs, so an
        # oversized body is refused cleanly instead of failing half-way through parsing.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await _send_problem(send, 413, "too-large", too_large_detail, {})
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replay: list[Message] = [
            {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        ]

        async def replay_receive() -> Message:
            return replay.pop() if replay else await receive()

        await self.app(scope, replay_receive, send)


MAX_JSON_DEPTH = 32  # the API's deepest document is 4 levels; a generous bound
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.S)  # linear: the branches are disjoint
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# Opening brackets to +1, closing ones to -1 (as a signed byte).
_STEPS = bytes.maketrans(b"[{]}", bytes([1, 1, 255, 255]))
TOO_DEEP = "The JSON body is nested too deeply."


def json_depth(body: bytes) -> int:
    """How deeply ``body``'s arrays and objects nest, counted without parsing it (brackets
    inside strings do not count): linear in its size, in C (regex, translate, numpy)."""
    brackets = _JSON_STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    if not brackets:
        return 0
    steps = np.frombuffer(brackets.translate(_STEPS), dtype=np.int8)
    return int(steps.cumsum(dtype=np.int32).max())


def too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether ``body`` nests deeper than ``limit``: at most as deep as it has opening
    brackets, so a body with no more than ``limit`` of them (any request of the check's
    size) is not counted at all."""
    return body.count(b"[") + body.count(b"{") > limit and json_depth(body) > limit


class JsonDepthMiddleware:
    """Refuse a JSON body nested deeper than ``MAX_JSON_DEPTH`` with 422 before anything
    parses it (issue 17: hostile input). Parsers recurse per level: Python's json gives up
    near 1,000 levels and pydantic's sooner, but a document just under those limits was
    accepted and stored (a report's ``check_result``), to trip whatever reads it later.
    Runs inside the body-size limit, so the body it reads is bounded."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        ctype = dict(scope["headers"]).get(b"content-type", b"")
        if not ctype.lower().startswith(b"application/json"):
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
        if too_deep(body):
            await _send_problem(send, 422, "invalid", TOO_DEEP, {})
            return
        replay = [{"type": "http.request", "body": body, "more_body": False}]

        async def replay_receive() -> Message:
            return replay.pop() if replay else await receive()

        await self.app(scope, replay_receive, send)


def _capped(receive: Receive, limit: int) -> Receive:
    """Guard against a client that sends more than its Content-Length declared."""
    received = 0

    async def capped() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                return {"type": "http.disconnect"}
        return message

    return capped


class LocalMovingWindow:
    """Moving-window limits kept in the process (``memory://``), without threads.

    limits' own MemoryStorage starts a timer thread every 10 ms while requests arrive, to
    expire old entries (strace: about 80 new threads a second in each busy worker), and
    the event loop waits for each thread to start. Here each key keeps the times of its
    hits in the window, dropped as they age; keys with no hit in the window are swept
    once per window."""

    def __init__(self) -> None:
        self._hits: dict[str, deque[float]] = {}
        self._sweep_at = 0.0

    def hit(self, item: RateLimitItem, key: str, now: float | None = None) -> bool:
        """Count one hit for ``key`` if it is within ``item``'s limit; False if not."""
        now = time.monotonic() if now is None else now
        window = item.get_expiry()
        if now >= self._sweep_at:
            stale = [k for k, hits in self._hits.items() if not hits or hits[-1] <= now - window]
            for k in stale:
                del self._hits[k]
            self._sweep_at = now + window
        hits = self._hits.setdefault(f"{item}/{key}", deque())
        while hits and hits[0] <= now - window:
            hits.popleft()
        if len(hits) >= item.amount:
            return False
        hits.append(now)
        return True


def limit_storage(uri: str) -> Any:
    """Where rate limits are counted: ``memory://`` in this process (``LocalMovingWindow``),
    anything else through ``limits`` with the asyncio client (redis-py's), so a hit never
    blocks the event loop on a round trip."""
    if uri.startswith("memory"):
        return LocalMovingWindow()
    if not uri.startswith("async+"):
        uri = f"async+{uri}"
    options = {"implementation": "redispy"} if uri.startswith("async+redis") else {}
    return storage_from_string(uri, **options)


async def close_storage(storage: Any) -> None:
    """Close the storage's client connections (Redis), if it has any."""
    client = getattr(getattr(storage, "bridge", None), "storage", None)
    if client is not None and hasattr(client, "aclose"):
        await client.aclose()


class VerifiedTokens:
    """Keyed hashes of API tokens this process has verified (web/deps.py adds them), so the
    rate limit gives a token its own bucket only once it is known to be real: a made-up
    token per request no longer gets a fresh bucket each (issue 17). Bounded, oldest out."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._known: dict[str, None] = {}

    @staticmethod
    def key(token: str) -> str:
        return keyed_hash(token, purpose="rate-limit-token")[:32]

    def add(self, token: str) -> None:
        self._known[self.key(token)] = None
        if len(self._known) > self.size:
            del self._known[next(iter(self._known))]

    def seen(self, token: str) -> bool:
        return self.key(token) in self._known


verified_tokens = VerifiedTokens()


class RateLimitMiddleware:
    """A moving-window limit per API token or client, on the API and on form posts.
    ``storage`` comes from ``limit_storage``; the app closes it on shutdown."""

    def __init__(self, app: ASGIApp, limit: str, storage: Any) -> None:
        self.app = app
        self.limit = parse(limit)
        if isinstance(storage, LocalMovingWindow):

            async def hit(key: str) -> bool:
                return storage.hit(self.limit, key)

        else:
            limiter = AsyncMovingWindowRateLimiter(storage)

            async def hit(key: str) -> bool:
                return await limiter.hit(self.limit, key)

        self.hit = hit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not (
            scope["path"].startswith("/api/") or scope["method"] == "POST"
        ):
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        auth = headers.get(b"authorization", b"").decode("latin-1")
        client = scope.get("client")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        known = bool(token) and verified_tokens.seen(token)
        if known:
            key = "token:" + verified_tokens.key(token)
        else:  # no token, or one not (yet) verified: the client's own bucket
            key = "client:" + (client_pseudonym(client[0] if client else None) or "unknown")
        if not await self.hit(key):
            await _send_problem(
                send,
                429,
                "rate-limited",
                "Too many requests. Slow down and try again in a minute.",
                {"retry-after": "60"},
            )
            return
        await self.app(scope, receive, send)
        if token and not known and verified_tokens.seen(token):
            # Verified by this request: its bucket counts the request too.
            await self.hit("token:" + verified_tokens.key(token))


class LocaleMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = i18n.current_locale.set(i18n.locale_of(dict(scope["headers"])))
        try:
            await self.app(scope, receive, send)
        finally:
            i18n.current_locale.reset(token)


@dataclass(frozen=True)
class RouteLabel:
    """Set as ``scope["route"]`` by a middleware that answers before routing, so the
    access log and the metrics name the route template as for a routed request."""

    path: str


class ObservabilityMiddleware:
    """Prometheus metrics and one JSON log line per request: route template, never the raw
    path (it may carry identifiers) and never the client address."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status: dict[str, Any] = {"code": 500}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            elapsed = time.perf_counter() - start
            REQUESTS.labels(scope["method"], route, str(status["code"])).inc()
            LATENCY.labels(scope["method"], route).observe(elapsed)
            log.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": route,
                    "status": status["code"],
                    "ms": round(elapsed * 1000, 2),
                },
            )
