"""Forwarded e-mails as reports: read .eml files, Maildir folders and mbox files.
Attached SMS screenshots are read by OCR (``forwarded.py``); a message whose screenshots
cannot be read because the server has no OCR is counted as failed, like any bad item."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy.orm import Session

from vaern.errors import DomainError, Invalid
from vaern.reports import forwarded, service
from vaern.reports.schemas import ReportCreate
from vaern.text import mail as mails
from vaern.warnings.schemas import Channel

MAX_MESSAGE_BYTES = 2 * 1024 * 1024
BATCH = 500


def messages_in(path: Path) -> Iterator[tuple[str, bytes]]:
    """(label, raw mail) for every message in a file or folder; labels never hold
    content. The mails are parsed by the caller, one at a time (``mails.read``), so a
    hostile one is refused alone."""
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            folder = mailbox.Maildir(path, create=False)
            for key in folder.iterkeys():
                yield f"maildir:{key}", folder.get_bytes(key)
            return
        for file in sorted(path.glob("*.eml")):
            yield from messages_in(file)
        return
    if not path.is_file():
        raise Invalid(f"No such file or folder: {path.name}")
    if path.stat().st_size > MAX_MESSAGE_BYTES and path.suffix == ".eml":
        raise Invalid(f"{path.name} is larger than {MAX_MESSAGE_BYTES} bytes.")
    with path.open("rb") as fh:
        head = fh.read(5)
    if head == b"From ":
        box = mailbox.mbox(path, create=False)
        try:
            for i, key in enumerate(box.iterkeys()):
                yield f"{path.name}#{i + 1}", box.get_bytes(key)
        finally:
            box.close()
        return
    yield path.name, path.read_bytes()


def report_from_email(msg: Message, *, organisation: str) -> ReportCreate:
    msg = mails.modern(msg)
    text = mails.preferred_body(msg).strip()
    subject = str(msg.get("subject", "")).strip()
    if subject:
        text = f"{subject}\n{text}"
    if not text:
        raise Invalid("The message has no text.")
    _, sender = parseaddr(str(msg.get("from", "")))
    received = None
    if msg.get("date"):
        try:
            received = parsedate_to_datetime(str(msg["date"]))
        except (TypeError, ValueError):
            received = None
    return ReportCreate(
        organisation=organisation,
        text=text[:10_000],
        channel=Channel.email,
        sender=sender[:200] or None,
        received_at=received,
        consent=True,  # forwarding it to the report address is the consent
    )


def _reports_in(
    session: Session, label: str, msg: Message, *, organisation: str
) -> list[tuple[str, ReportCreate]]:
    """A mail with SMS screenshots attached is those screenshots, read by OCR as the
    report-mail receiver reads them; any other mail is itself the report."""
    images = forwarded.screenshots_to_read(msg)
    if not images:
        return [(label, report_from_email(msg, organisation=organisation))]
    items = forwarded.screenshot_reports(session, images, organisation=organisation)
    if not items:
        raise Invalid("No attached screenshot could be read.")
    return [(f"{label}/{n}", item) for n, item in enumerate(items, 1)]


def ingest(session: Session, *, organisation: str, path: Path) -> dict[str, object]:
    """Store the messages in batches of ``BATCH``, each committed on its own: a bad
    message is counted and skipped, and a failing batch never loses those before it."""
    counts = {"accepted": 0, "duplicates": 0, "failed": 0}
    errors: list[str] = []
    batch: list[tuple[str, ReportCreate]] = []

    def store() -> None:
        outcomes = service.submit_reports(
            session, items=[(d, f"ingest:{label}") for label, d in batch], source="ingest"
        )
        for (label, _), outcome in zip(batch, outcomes, strict=True):
            if outcome.error is not None:
                counts["failed"] += 1
                errors.append(f"{label}: {type(outcome.error).__name__}")
            else:
                counts["duplicates" if outcome.duplicate else "accepted"] += 1
        session.commit()
        batch.clear()

    for label, raw in messages_in(path):
        try:
            msg = mails.read(raw)
            batch.extend(_reports_in(session, label, msg, organisation=organisation))
        except (DomainError, ValidationError, ValueError) as exc:
            counts["failed"] += 1
            errors.append(f"{label}: {type(exc).__name__}")
        if len(batch) >= BATCH:
            store()
    if batch:
        store()
    return {**counts, "errors": errors}
