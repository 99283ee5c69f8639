"""Atom and JSON Feed 1.1 renderings of published warnings, and conditional GET."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from typing import Any
from xml.etree import ElementTree as ET

from fastapi import Request
from fastapi.responses import Response

from vaern.warnings.models import ScamWarning

ATOM_NS = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 does not allow (C0 controls but tab and line breaks, surrogates,
# U+FFFE/U+FFFF) and the C1 controls: one of them in any warning made the hub-wide feed
# unparseable for every reader.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def without_controls(text: str) -> str:
    """``text`` without control characters (tab and line breaks stay)."""
    return _CONTROLS.sub("", text)


def _text(w: ScamWarning, field: str, lang: str) -> str:
    value: dict[str, str] = getattr(w, field)
    return value.get(lang) or value.get("da") or ""


def _content_html(w: ScamWarning, lang: str) -> str:
    parts = [f"<p>{escape(_text(w, 'summary', lang))}</p>"]
    parts += [f"<blockquote>{escape(e)}</blockquote>" for e in w.examples]
    parts.append(f"<p><strong>{escape(_text(w, 'advice', lang))}</strong></p>")
    return "".join(parts)


def atom(
    warnings: list[ScamWarning],
    *,
    title: str,
    base_url: str,
    self_path: str,
    updated: datetime,
    lang: str,
) -> bytes:
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": lang})

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            el.text = without_controls(text)  # also for warnings stored before the check
        return el

    sub(feed, "id", f"{base_url}{self_path}")
    sub(feed, "title", title)
    sub(feed, "updated", updated.isoformat())
    sub(feed, "link", rel="self", href=f"{base_url}{self_path}")
    sub(feed, "link", rel="alternate", href=f"{base_url}/warnings")
    author = sub(feed, "author")
    sub(author, "name", "Værn")
    for w in warnings:
        entry = sub(feed, "entry")
        url = f"{base_url}/warnings/{w.id}"
        sub(entry, "id", f"urn:uuid:{w.id}")
        sub(entry, "title", _text(w, "title", lang))
        sub(entry, "link", rel="alternate", href=url)
        sub(entry, "updated", w.updated_at.isoformat())
        sub(entry, "published", (w.published_at or w.created_at).isoformat())
        a = sub(entry, "author")
        sub(a, "name", w.organisation.name)
        sub(entry, "summary", _text(w, "summary", lang))
        sub(entry, "content", _content_html(w, lang), type="html")
        for ch in w.channels:
            sub(entry, "category", term=str(ch))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def json_feed(
    warnings: list[ScamWarning], *, title: str, base_url: str, self_path: str, lang: str
) -> dict[str, Any]:
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": f"{base_url}/warnings",
        "feed_url": f"{base_url}{self_path}",
        "language": lang,
        "items": [
            {
                "id": str(w.id),
                "url": f"{base_url}/warnings/{w.id}",
                "title": _text(w, "title", lang),
                "summary": _text(w, "summary", lang),
                "content_html": _content_html(w, lang),
                "date_published": (w.published_at or w.created_at).isoformat(),
                "date_modified": w.updated_at.isoformat(),
                "authors": [{"name": w.organisation.name}],
                "tags": list(w.channels),
                "_vaern": {
                    "organisation": w.organisation.slug,
                    "status": w.status,
                    "version": w.version,
                    "advice": w.advice,
                    "indicators": {k: v for k, v in w.indicators.items() if k != "fingerprints"},
                    "valid_until": w.valid_until.isoformat() if w.valid_until else None,
                },
            }
            for w in warnings
        ],
    }


def etag_for(base: str, kind: str, lang: str) -> str:
    """The feed's ETag: the change stamp, the format and the language (the body differs)."""
    return base[:-1] + f'-{kind}-{lang}"'


def validators(etag: str, last_modified: datetime) -> dict[str, str]:
    return {
        "ETag": etag,
        "Last-Modified": format_datetime(last_modified.replace(microsecond=0), usegmt=True),
        "Cache-Control": "public, max-age=60",
        "Vary": "Accept-Language, Cookie",
    }


def is_fresh(inm: str | None, ims: str | None, *, etag: str, last_modified: datetime) -> bool:
    """Whether the client's copy is current: If-None-Match wins over If-Modified-Since."""
    if inm is not None:
        return inm.strip() == "*" or etag in [t.strip() for t in inm.split(",")]
    if ims:
        try:
            return last_modified.replace(microsecond=0) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False


def conditional(
    request: Request, *, etag: str, last_modified: datetime, build: Callable[[], Response]
) -> Response:
    """304 when the client's validators still match; otherwise the built response."""
    headers = validators(etag, last_modified)
    inm = request.headers.get("if-none-match")
    ims = request.headers.get("if-modified-since")
    if is_fresh(inm, ims, etag=etag, last_modified=last_modified):
        return Response(status_code=304, headers=headers)
    response = build()
    response.headers.update(headers)
    return response
