"""Inbound report mail: an SMTP receiver (aiosmtpd) for ``report+<slug>@<report domain>``
that turns each forwarded suspicious e-mail into a report through the same intake as the
API. A message attached as message/rfc822 is reported as it is; attached SMS screenshots
(PNG/JPEG) are read by OCR and reported as SMS; otherwise an inline forward is reported
from its body. The forwarding mailbox is the reporter (keyed-hashed for deduplication,
never stored); forwarding it is the consent. A sender whose mail passes the basic checks
gets a receipt e-mail (``vaern.reports.receipts``)."""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from email.message import Message
from email.utils import parseaddr
from typing import Any

import sqlalchemy as sa
from aiosmtpd.controller import Controller
from pydantic import ValidationError

from vaern import db
from vaern.config import settings
from vaern.errors import DomainError
from vaern.orgs.models import Organisation
from vaern.reports import forwarded, receipts, service, throttle
from vaern.reports.ingest import report_from_email
from vaern.reports.schemas import ReportCreate
from vaern.security import client_pseudonym
from vaern.text import mail as mails
from vaern.text.ocr import OcrUnavailable

NO_OCR = (
    "554 5.3.0 Text recognition is not available on this server; paste the text instead "
    "(tekstgenkendelse er ikke mulig her; indsaet teksten i stedet)"
)
TOO_COMPLEX = (
    "552 5.3.4 The message has too many or too long headers or parts "
    "(for mange eller for lange brevhoveder eller dele)"
)
log = logging.getLogger("vaern.reports.smtp")
_FORWARD_PREFIX = re.compile(r"^\s*((fwd?|vs|videresendt|wg|tr)\s*:\s*)+", re.I)
_FORWARDED_FROM = re.compile(r"^\s*(?:>\s*)?(?:from|fra|von)\s*:\s*(.+)$", re.I | re.M)


def organisation_of(address: str, domain: str) -> str | None:
    """The organisation slug in ``report+<slug>@<domain>``, or None for other addresses."""
    local, _, host = address.strip().strip("<>").rpartition("@")
    if host.lower() != domain.lower() or not local.lower().startswith("report+"):
        return None
    slug = local[len("report+") :].lower()
    return slug if re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", slug) else None


def reported_messages(mail: Message, *, organisation: str) -> list[ReportCreate]:
    """The reports in a forwarded mail: each attached message, else the inline forward."""
    attached = forwarded.attached_messages(mail)
    if attached:
        return [report_from_email(m, organisation=organisation) for m in attached]
    inline = report_from_email(mail, organisation=organisation)
    text = _FORWARD_PREFIX.sub("", inline.text, count=1)
    found = _FORWARDED_FROM.search(text)
    sender = parseaddr(found.group(1))[1] if found else ""
    # The outer From is the reporter, not the scammer: never keep it as the sender.
    return [inline.model_copy(update={"text": text, "sender": sender[:200] or None})]


class ReportHandler:
    """aiosmtpd handler: refuses unknown addresses at RCPT, stores at DATA, queues a
    receipt e-mail and answers with the report numbers."""

    def __init__(self, database_url: str | None = None) -> None:
        self.database_url = database_url

    def _known(self, slug: str) -> bool:
        with db.session_scope(self.database_url) as s:
            return s.scalar(sa.select(Organisation.id).where(Organisation.slug == slug)) is not None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        slug = organisation_of(address, settings().report_mail_domain)
        if slug is None or not await asyncio.to_thread(self._known, slug):
            return "550 5.1.1 No such report address"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def _store(
        self, content: bytes, reporter: str, slugs: list[str]
    ) -> tuple[list[str], uuid.UUID | None]:
        mail = mails.read(content)
        references: list[str] = []
        images = forwarded.screenshots_to_read(mail)
        receipt = None
        with db.session_scope(self.database_url) as s:
            shots: list[ReportCreate] = []
            if images:
                shots = forwarded.screenshot_reports(s, images, organisation=slugs[0])
            for slug in slugs:
                found = (
                    [d.model_copy(update={"organisation": slug}) for d in shots]
                    if images
                    else reported_messages(mail, organisation=slug)
                )
                items = [(d, f"mail:{reporter}") for d in found]
                outcomes = service.submit_reports(s, items=items, source="email")
                references += [o.reference for o in outcomes if o.reference]
            references = list(dict.fromkeys(references))
            if references and receipts.eligible(mail, reporter):
                org_id = s.scalar(sa.select(Organisation.id).where(Organisation.slug == slugs[0]))
                if org_id is not None:
                    row = receipts.enqueue(
                        s, organisation_id=org_id, address=reporter, references=references
                    )
                    receipt = row.id if row is not None else None
        return references, receipt

    def _send_receipt(self, receipt: uuid.UUID) -> None:
        """Send the receipt now; if that fails, the scheduled job retries it."""
        try:
            with db.session_scope(self.database_url) as s:
                receipts.deliver_due(s, only=receipt)
        except Exception as exc:  # never lose the accepted report over its receipt
            log.warning("receipt not sent now", extra={"error": type(exc).__name__})

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        reporter = str(envelope.mail_from or "").strip().lower()
        if not throttle.allow(
            settings().rate_limit_storage, "mail:" + (client_pseudonym(reporter) or "-")
        ):
            return "451 4.7.1 Too many reports from this sender; try again in a minute"
        slugs = sorted(
            {str(organisation_of(a, settings().report_mail_domain)) for a in envelope.rcpt_tos}
        )
        try:
            mails.check_size(bytes(envelope.content))
        except DomainError:
            return TOO_COMPLEX
        try:
            refs, receipt = await asyncio.to_thread(
                self._store, bytes(envelope.content), reporter, slugs
            )
        except OcrUnavailable:
            return NO_OCR
        except (DomainError, ValidationError, ValueError, TypeError):
            return "554 5.6.0 The message has no report we can read"
        if not refs:
            return "554 5.6.0 The message has no report we can read"
        if receipt is not None:
            await asyncio.to_thread(self._send_receipt, receipt)
        return "250 Report received: " + ", ".join(refs)


def controller(
    *, host: str | None = None, port: int | None = None, database_url: str | None = None
) -> Controller:
    """An SMTP receiver (not started) with the configured size limit."""
    cfg = settings()
    return Controller(
        ReportHandler(database_url),
        hostname=host or cfg.report_smtp_host,
        port=port if port is not None else cfg.report_smtp_port,
        data_size_limit=cfg.report_mail_max_bytes,
        server_hostname=cfg.report_mail_domain,
    )
