"""Turning what people submit (SMS text, .eml, URL, QR picture, call) into one Message."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parseaddr

from vaern.config import settings
from vaern.errors import Invalid, TookTooLong
from vaern.i18n import N_
from vaern.messages import images
from vaern.messages.budget import Budget
from vaern.text import ocr
from vaern.text.mail import HtmlLink, parse, read

MAX_TEXT = 100_000  # characters analysed per message: bounded work
CHANNELS = ("sms", "email", "url", "qr", "call")


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
    notes: list[str] = field(default_factory=list)  # e.g. "no_qr", PASTED_HEADERS

    @property
    def pasted_headers(self) -> bool:
        """Whether the sender and subject came from header lines pasted with the text:
        shown, never authenticated (`pasted`)."""
        return PASTED_HEADERS in self.notes


class NotAnEmail(Invalid):
    """Text without mail headers (pasted from a mail program, say)."""

    def __init__(self) -> None:
        super().__init__(N_("This is not an e-mail: it has no From or Subject header."))


_HEADER_LINE = re.compile(rb"\s*[\w-]{1,76}:")
SERVER_HEADERS = (
    "Received", "Authentication-Results", "ARC-Authentication-Results", "DKIM-Signature",
)  # fmt: skip


def parse_email(raw: bytes) -> Message:
    """An .eml (or pasted mail source). ``NotAnEmail`` without From and Subject; Invalid
    for a mail over the reader's caps (``vaern.text.mail``)."""
    if not _HEADER_LINE.match(raw[:200]):
        raise NotAnEmail()
    msg = read(raw)
    if not (msg.get("From") or msg.get("Subject")):
        raise NotAnEmail()
    # A Mail's fields are the e-mail fields of a Message, by the same names.
    message = Message(channel="email", **vars(parse(msg)))
    # A mail no server handed on (no Received or authentication header) is header lines
    # typed or pasted with its text: shown, never authenticated.
    if not any(msg.get(name) for name in SERVER_HEADERS):
        message.notes.append(PASTED_HEADERS)
    return message


def decode_qr(image: bytes, budget: Budget | None = None) -> list[str]:
    """Texts of every QR code in a PNG/JPEG picture; Invalid when it is no picture. With
    a ``budget``, none (and "qr" noted as skipped) when its time runs out first."""
    if budget is None:
        return images.decode_qr(image)
    images.check_header(image, max_pixels=settings().ocr_max_pixels)
    if not budget.allows("qr"):
        return []
    try:
        return images.decode_qr(image, timeout=budget.timeout(images.TIMEOUT_SECONDS))
    except TookTooLong:
        if budget.remaining() > 0:
            raise  # the picture's own limit, not the check's deadline
        budget.skip("qr")
        return []


def recognise(image: bytes, budget: Budget | None) -> str:
    """The text in a picture by OCR; with a ``budget``, "" (and "ocr" noted as skipped)
    when its time runs out first."""
    if budget is None:
        return ocr.recognise(image)
    if not budget.allows("ocr"):
        return ""
    try:
        return ocr.recognise(image, timeout=budget.remaining())
    except TookTooLong:
        if budget.remaining() > 0:
            raise
        budget.skip("ocr")
        return ""


def screenshot(
    image: bytes,
    *,
    sender: str | None = None,
    received_at: datetime | None = None,
    budget: Budget | None = None,
) -> Message:
    """An SMS screenshot: its text by OCR, followed by any QR code in the picture. The
    picture itself is not kept."""
    text = "\n".join([recognise(image, budget), *decode_qr(image, budget)]).strip()
    if not text and not (budget and budget.skipped):
        raise Invalid(N_("No text could be read in the picture: paste the message instead."))
    return _screenshot_message(text, sender, received_at)


def _screenshot_message(text: str, sender: str | None, received_at: datetime | None) -> Message:
    message = Message("sms", text[:MAX_TEXT], sender, received_at)
    message.notes.append("screenshot")
    return message


# The header block a mail program puts above a mail copied out of it, in Danish or English
# ("Fra: Danske Bank <kundeservice@…>", "Sendt:", "Til:", "Emne:").
_PASTED_FIELD = re.compile(
    r"(?i)[ \t]*(fra|from|afsender|til|to|cc|emne|subject|sendt|sent|dato|date|svar til|"
    r"reply-to)[ \t]*:[ \t]*(.*)"
)
_FROM_FIELDS = {"fra", "from", "afsender"}
PASTED_HEADERS = "pasted_headers"  # the note `pasted` leaves
_REPLY_FIELDS = {"svar til", "reply-to"}


def pasted(text: str) -> Message:
    """Mail text pasted from a mail program: the header lines it starts with give the
    sender's name and address, the subject and the reply address as shown. Nothing proves
    them (no server's authentication results come with a paste), so the message says so
    (note ``pasted_headers``); the text is kept whole, as the classifier reads it."""
    message = Message("email", text)
    for line in text.lstrip().splitlines()[:12]:
        field = _PASTED_FIELD.fullmatch(line)
        if not field:
            break
        name, value = field.group(1).lower(), field.group(2).strip()
        display, address = parseaddr(value)
        if name in _FROM_FIELDS and message.from_address is None:
            message.display_name = display or (value if "@" not in value else None)
            message.from_address = address.lower() if "@" in address else None
        elif name in _REPLY_FIELDS and "@" in address:
            message.reply_to = address.lower()
        elif name in ("emne", "subject"):
            message.subject = value
    if message.from_address or message.display_name or message.subject:
        message.notes.append(PASTED_HEADERS)
    return message


def looks_like_image(data: bytes) -> bool:
    return data.startswith((b"\x89PNG", b"\xff\xd8\xff"))


def build(
    data: str | bytes,
    *,
    channel: str | None = None,
    sender: str | None = None,
    received_at: datetime | None = None,
    budget: Budget | None = None,
) -> Message:
    """Build a Message from text or bytes, guessing the channel when not given. Reading a
    picture takes at most what is left of ``budget`` (messages/budget.py)."""
    if channel is not None and channel not in CHANNELS:
        raise Invalid(N_("Unknown channel: use one of sms, email, url, qr, call."))
    if channel == "email" or (isinstance(data, bytes) and channel is None):
        # Text and bytes alike, so the page, the API, the CLI and Python read a mail the
        # same way: with headers, a mail; without them (pasted from a mail program), its
        # text as an e-mail whose sender could not be authenticated.
        try:
            message = parse_email(data if isinstance(data, bytes) else data.encode())
            message.received_at = received_at
            return message
        except NotAnEmail:
            text = data if isinstance(data, str) else data.decode("utf-8", "replace")
            if channel == "email" and text.strip():
                message = pasted(text[:MAX_TEXT])
                message.sender, message.received_at = sender, received_at
                return message
    if isinstance(data, bytes):
        if channel == "sms" and looks_like_image(data):
            return screenshot(data, sender=sender, received_at=received_at, budget=budget)
        if channel in (None, "qr") and looks_like_image(data):
            codes = decode_qr(data, budget)
            if not codes and channel is None and ocr.available():
                # A picture without a QR code, channel not given: most likely a screenshot.
                text = recognise(data, budget)
                if text:
                    return _screenshot_message(text, sender, received_at)
            message = Message("qr", "\n".join(codes), sender, received_at)
            if not codes and not (budget and "qr" in budget.skipped):
                message.notes.append("no_qr")  # looked, and found none
            return message
        if channel == "qr":
            raise Invalid(N_("A QR check needs a PNG or JPEG picture."))
        data = data.decode("utf-8", "replace")
    text = data[:MAX_TEXT]
    if not text.strip():
        raise Invalid(N_("The message is empty: paste the text you received."))
    if channel is None:
        single = re.fullmatch(r"\s*\S+\.\S+\s*", text) is not None
        channel = "url" if single else "sms"
    return Message(channel, text, sender, received_at)
