"""What a forwarded report mail carries: attached messages and attached SMS screenshots.

Shared by the report-mail receiver (``smtp.py``) and ``vaern reports ingest``, so a mail
reads the same whichever way it arrives: attached messages are reported as they are;
otherwise attached PNG/JPEG screenshots are read by OCR and reported as SMS."""

from __future__ import annotations

from email.message import Message

from pydantic import ValidationError
from sqlalchemy.orm import Session

from vaern.errors import DomainError
from vaern.reports import flows
from vaern.reports.schemas import ReportCreate
from vaern.text.ocr import OcrUnavailable

MAX_ATTACHED = 10
IMAGE_TYPES = ("image/png", "image/jpeg")


def attached_messages(mail: Message) -> list[Message]:
    return [
        inner
        for part in mail.walk()
        if part.get_content_type() == "message/rfc822"
        for inner in [part.get_payload(0)]
        if isinstance(inner, Message)
    ][:MAX_ATTACHED]


def screenshots_in(mail: Message) -> list[bytes]:
    """Attached PNG/JPEG pictures; not those an HTML body shows (multipart/related)."""
    found: list[bytes] = []

    def walk(part: Message, related: bool) -> None:
        if part.get_content_type() == "message/rfc822":
            return
        if part.is_multipart():
            for sub in part.get_payload():
                if isinstance(sub, Message):
                    walk(sub, related or part.get_content_type() == "multipart/related")
            return
        if related or part.get_content_type() not in IMAGE_TYPES:
            return
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            found.append(payload)

    walk(mail, False)
    return found[:MAX_ATTACHED]


def screenshots_to_read(mail: Message) -> list[bytes]:
    """The screenshots that are the report: none when messages are attached (those are)."""
    return [] if attached_messages(mail) else screenshots_in(mail)


def screenshot_reports(
    session: Session, images: list[bytes], *, organisation: str
) -> list[ReportCreate]:
    """Each readable screenshot as a report (not stored yet); an unreadable picture is
    skipped so the others still count. Raises OcrUnavailable when nothing can be read."""
    items: list[ReportCreate] = []
    for image in images:
        try:
            data, _ = flows.screenshot_report(session, organisation=organisation, image=image)
        except OcrUnavailable:
            raise
        except (DomainError, ValidationError):
            continue
        items.append(data)
    return items
