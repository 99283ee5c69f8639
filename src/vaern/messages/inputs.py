"""Turning what people submit (SMS text, .eml, URL, QR picture, call) into one Message."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import parseaddr
from html.parser import HTMLParser

from vaern.errors import Invalid
from vaern.i18n import N_
from vaern.messages import images, ocr

MAX_TEXT = 100_000  # characters analysed per message: bounded work
CHANNELS = ("sms", "email", "url", "qr", "call")


@dataclass
class HtmlLink:
    href: str
    text: str


@dataclass
class Message:
    channel: str
    text: str
    sender: str | None = None
    received_at: datetime | None = None
    # e-mail only
    from_address: str | None = None
    display_name: str | None = None
    reply_to: str | None = None
    return_path: str | None = None
    subject: str | None = None
    auth: dict[str, str] = field(default_factory=dict)  # spf/dkim/dmarc -> result
    html_links: list[HtmlLink] = field(default_factory=list)
    attachments: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "no_qr"


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[HtmlLink] = []
        self._href: str | None = None
        self._text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "a":
            self._href = dict(attrs).get("href") or ""
            self._text = []
        elif tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag == "a" and self._href is not None:
            if len(self.links) < 200:
                self.links.append(HtmlLink(self._href, " ".join("".join(self._text).split())))
            self._href = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.parts.append(data)
        if self._href is not None:
            self._text.append(data)


def html_to_text(html: str) -> tuple[str, list[HtmlLink]]:
    parser = _Html()
    parser.feed(html[: MAX_TEXT * 4])
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    return re.sub(r"\n\s*\n+", "\n", text).strip(), parser.links


_AUTH = re.compile(r"\b(spf|dkim|dmarc)=(\w+)(?:[^;]*?header\.(?:from|d)=([\w.-]+))?", re.I)


def parse_auth(msg: EmailMessage) -> dict[str, str]:
    """Results from the receiving server's Authentication-Results and Received-SPF."""
    out: dict[str, str] = {}
    for header in msg.get_all("Authentication-Results", []) or []:
        for kind, result, domain in _AUTH.findall(str(header)):
            out.setdefault(kind.lower(), result.lower())
            if domain and kind.lower() == "dmarc":
                out.setdefault("dmarc_domain", domain.lower())
    spf = msg.get("Received-SPF")
    if spf and "spf" not in out:
        out["spf"] = str(spf).split()[0].lower()
    return out


def parse_email(raw: bytes) -> Message:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not (msg.get("From") or msg.get("Subject")):
        raise Invalid("This is not an e-mail: it has no From or Subject header.")
    display, address = parseaddr(str(msg.get("From", "")))
    texts: list[str] = []
    links: list[HtmlLink] = []
    attachments: list[tuple[str, str]] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment" or part.get_filename():
            attachments.append((part.get_filename() or "", part.get_content_type()))
            continue  # never opened
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            payload = part.get_payload(decode=True)
            body = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
        if ctype == "text/html":
            body, found = html_to_text(str(body))
            links.extend(found)
        texts.append(str(body))
    subject = str(msg.get("Subject", ""))
    text = "\n".join([subject, *texts]).strip()[:MAX_TEXT]
    return Message(
        channel="email",
        text=text,
        sender=address or None,
        from_address=address.lower() or None,
        display_name=display or None,
        reply_to=parseaddr(str(msg.get("Reply-To", "")))[1].lower() or None,
        return_path=parseaddr(str(msg.get("Return-Path", "")))[1].lower() or None,
        subject=subject,
        auth=parse_auth(msg),
        html_links=links,
        attachments=attachments,
    )


def decode_qr(image: bytes) -> list[str]:
    """Texts of every QR code in a PNG/JPEG picture; Invalid when it is no picture."""
    return images.decode_qr(image)


def screenshot(
    image: bytes,
    *,
    sender: str | None = None,
    received_at: datetime | None = None,
) -> Message:
    """An SMS screenshot: its text by OCR, followed by any QR code in the picture. The
    picture itself is not kept."""
    text = "\n".join([ocr.recognise(image), *decode_qr(image)]).strip()
    if not text:
        raise Invalid(N_("No text could be read in the picture: paste the message instead."))
    return _screenshot_message(text, sender, received_at)


def _screenshot_message(text: str, sender: str | None, received_at: datetime | None) -> Message:
    message = Message("sms", text[:MAX_TEXT], sender, received_at)
    message.notes.append("screenshot")
    return message


def looks_like_image(data: bytes) -> bool:
    return data.startswith((b"\x89PNG", b"\xff\xd8\xff"))


def build(
    data: str | bytes,
    *,
    channel: str | None = None,
    sender: str | None = None,
    received_at: datetime | None = None,
) -> Message:
    """Build a Message from text or bytes, guessing the channel when not given."""
    if channel is not None and channel not in CHANNELS:
        raise Invalid(f"Unknown channel {channel!r}; use one of {', '.join(CHANNELS)}.")
    if isinstance(data, bytes):
        if channel == "sms" and looks_like_image(data):
            return screenshot(data, sender=sender, received_at=received_at)
        if channel in (None, "qr") and looks_like_image(data):
            codes = decode_qr(data)
            if not codes and channel is None and ocr.available():
                # A picture without a QR code, channel not given: most likely a screenshot.
                text = ocr.recognise(data)
                if text:
                    return _screenshot_message(text, sender, received_at)
            message = Message("qr", "\n".join(codes), sender, received_at)
            if not codes:
                message.notes.append("no_qr")
            return message
        if channel == "qr":
            raise Invalid("A QR check needs a PNG or JPEG picture.")
        if channel == "email" or (channel is None and re.match(rb"^[\w-]+:", data[:200])):
            try:
                message = parse_email(data)
                message.received_at = received_at
                return message
            except Invalid:
                if channel == "email":
                    raise  # otherwise it is a text that merely starts like a header
        data = data.decode("utf-8", "replace")
    text = data[:MAX_TEXT]
    if not text.strip():
        raise Invalid("The message is empty: paste the text you received.")
    if channel is None:
        single = re.fullmatch(r"\s*\S+\.\S+\s*", text) is not None
        channel = "url" if single else "sms"
    return Message(channel, text, sender, received_at)
