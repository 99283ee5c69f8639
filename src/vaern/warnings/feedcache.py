"""A fast path for the warning feeds, in front of the routing and the per-request session.

Partner apps poll the feeds often and almost always get "nothing new". For a GET of
``/feeds/warnings.{atom,json}`` or ``/feeds/{slug}/warnings.{atom,json}`` this middleware
takes the feed's change stamp (``service.FeedStamp``: the count of public warnings, the
sum of their versions and their newest ``updated_at``, the same validator the route uses;
read from the database, or reused while the ``warnings`` and ``organisations`` change
stamps stand still, see ``vaern/changes.py``) and

- answers a conditional GET whose ETag or date still matches with 304 without rendering;
- otherwise serves the body rendered earlier for the same path, language and stamp;
- otherwise lets the route render it and keeps the body (a small LRU per process).

A warning published, changed or withdrawn shows in the next fetch: the committing process
re-reads at once, other processes as soon as PostgreSQL delivers the NOTIFY (without a
listener, every request reads the change stamps: one primary-key query). Nothing is
served from a timer.
Anything unusual (no such organisation, no public warnings, HEAD, a database error) goes to
the route unchanged, except that the database cannot be reached or read at all: then the
last body served for the same path and language is served again, marked
``Warning: 111 - "Revalidation Failed"`` (RFC 7234 § 5.5.2: stale because the origin could
not be reached) with its ``Age``; without one the answer is 503 with Retry-After.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vaern import changes, db, i18n
from vaern.orgs.models import Organisation
from vaern.warnings.feeds import etag_for, is_fresh, validators
from vaern.warnings.models import ScamWarning
from vaern.warnings.service import FeedStamp, feed_stamp_query
from vaern.web.middleware import RouteLabel
from vaern.web.problems import unavailable_problem

PATH = re.compile(r"^/feeds/(?:(?P<slug>[a-z0-9][a-z0-9-]{0,63})/)?warnings\.(?P<kind>atom|json)$")
MAX_ENTRIES = 512
_SKIP_HEADERS = {b"content-length", b"set-cookie", b"date", b"server"}
STALE = (b"warning", b'111 - "Revalidation Failed"')
Body = tuple[bytes, list[tuple[bytes, bytes]]]


_HUB_ROUTE = {k: RouteLabel(f"/feeds/warnings.{k}") for k in ("atom", "json")}
_ORG_ROUTE = {k: RouteLabel(f"/feeds/{{slug}}/warnings.{k}") for k in ("atom", "json")}


_TOPICS = ("warnings", "organisations")
# Built once: SQLAlchemy's compiled cache then serves every request.
_HUB_STAMP = feed_stamp_query()
_ORG_STAMP = (
    feed_stamp_query()
    .join(Organisation, Organisation.id == ScamWarning.organisation_id)
    .where(Organisation.slug == sa.bindparam("slug"))
)


class FeedCacheMiddleware:
    def __init__(self, app: ASGIApp, database_url: str) -> None:
        self.app = app
        # A small pool without a ping per checkout: one round trip per request. A broken
        # connection raises, and that request then goes to the route.
        self.engine: Engine = db.get_engine(database_url, pre_ping=False)
        self.bodies: OrderedDict[tuple[str, str, str], Body] = OrderedDict()
        # The newest body per (path, language) and when it was current: served while the
        # database is unavailable. Not cleared with ``bodies``: an outage needs the copy.
        self.last_good: OrderedDict[tuple[str, str], tuple[Body, float]] = OrderedDict()
        self.tracker = changes.tracker(database_url)
        self.stamps: dict[str | None, tuple[tuple[int, ...], FeedStamp]] = {}
        self.organisations: int | None = None

    def _stamp(self, slug: str | None) -> FeedStamp:
        """The feed's stamp, reused while the change stamps stand still."""
        with self.engine.connect() as c:
            version = self.tracker.version(c, _TOPICS, max_age=0)
            if version[1] != self.organisations:
                # An organisation's new name is in its feeds without changing the feed
                # stamp: retire the kept bodies. (Kept bodies of old stamps just age out.)
                self.bodies.clear()
                self.organisations = version[1]
            known = self.stamps.get(slug)
            if known is not None and known[0] == version:
                return known[1]
            if slug is None:
                count, versions, latest = c.execute(_HUB_STAMP).one()
            else:
                count, versions, latest = c.execute(_ORG_STAMP, {"slug": slug}).one()
        stamp = FeedStamp(int(count), int(versions), latest)
        if stamp.count:  # never remember made-up slugs
            if len(self.stamps) >= MAX_ENTRIES:
                self.stamps.clear()
            self.stamps[slug] = (version, stamp)
        return stamp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = PATH.match(scope["path"]) if scope["type"] == "http" else None
        if match is None or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        slug, kind = match.group("slug"), match.group("kind")
        scope["route"] = (_ORG_ROUTE if slug else _HUB_ROUTE)[kind]
        try:
            # Inline: an indexed aggregate, and most requests reuse the stamp without it.
            stamp = self._stamp(slug)
        except sa.exc.SQLAlchemyError as exc:
            if db.is_unavailable(exc):
                await self._from_last_good(scope, receive, send)
            else:
                await self.app(scope, receive, send)
            return
        if stamp.count == 0 or stamp.latest is None:
            await self.app(scope, receive, send)  # empty feed or no such organisation
            return
        headers = dict(scope["headers"])
        lang = i18n.locale_of(headers)
        base, modified = stamp.etag()
        etag = etag_for(base, kind, lang)
        extra = validators(etag, modified)
        if _fresh(headers, etag, modified):
            await _respond(send, 304, b"", [(k.encode(), v.encode()) for k, v in extra.items()])
            return
        key = (scope["path"], lang, etag)
        cached = self.bodies.get(key)
        if cached is not None:
            self.bodies.move_to_end(key)
            self._remember(key, cached)
            await _respond(send, 200, cached[0], cached[1])
            return
        await self.app(scope, receive, self._keep(send, key))

    def _remember(self, key: tuple[str, str, str], body: Body) -> None:
        self.last_good[key[:2]] = (body, time.monotonic())
        self.last_good.move_to_end(key[:2])
        while len(self.last_good) > MAX_ENTRIES:
            self.last_good.popitem(last=False)

    async def _from_last_good(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The database cannot be reached: the last copy of this feed, marked stale."""
        lang = i18n.locale_of(dict(scope["headers"]))
        kept = self.last_good.get((scope["path"], lang))
        if kept is None:
            await unavailable_problem()(scope, receive, send)
            return
        (body, headers), since = kept
        age = (b"age", str(int(time.monotonic() - since)).encode())
        await _respond(send, 200, body, [*headers, STALE, age])

    def _keep(self, send: Send, key: tuple[str, str, str]) -> Send:
        """Pass the route's response on, and keep a 200 whose ETag is ``key``'s."""
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and start.get("status") == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    kept = [(k, v) for k, v in start["headers"] if k not in _SKIP_HEADERS]
                    if (b"etag", key[2].encode()) in kept:
                        self.bodies[key] = (b"".join(chunks), kept)
                        self._remember(key, self.bodies[key])
                        while len(self.bodies) > MAX_ENTRIES:
                            self.bodies.popitem(last=False)
            await send(message)

        return capture


def _fresh(headers: dict[bytes, bytes], etag: str, modified: datetime) -> bool:
    inm, ims = headers.get(b"if-none-match"), headers.get(b"if-modified-since")
    return is_fresh(
        inm.decode("latin-1") if inm is not None else None,
        ims.decode("latin-1") if ims is not None else None,
        etag=etag,
        last_modified=modified,
    )


async def _respond(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    out = [*headers, (b"content-length", str(len(body)).encode())] if status == 200 else headers
    await send({"type": "http.response.start", "status": status, "headers": out})
    await send({"type": "http.response.body", "body": body})
