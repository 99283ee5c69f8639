"""Receipt e-mails for reports that came in by mail (Danish and English).

The receiver must not become a way to send mail to third parties, so a receipt goes only
to the envelope sender of a mail that passed basic checks (:func:`eligible`): a real
mailbox (not the null sender, not postmaster or a no-reply box, not our own domain) that
is also the mail's From address, no auto-reply or list mail, and no SPF/DMARC failure in
the receiving relay's Authentication-Results. At most one receipt per sender per
``report_receipt_window_minutes`` and ``report_receipts_per_hour`` in all. A receipt holds
only the report numbers and fixed text, nothing from the mail.

The address is kept encrypted in the vault on the outbox row and wiped as soon as the
delivery ends (sent, or given up after ``vaern.delivery``'s retries); the row keeps a keyed
hash of it for the throttle and is deleted by retention after 7 days.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from email.message import EmailMessage, Message
from email.utils import make_msgid, parseaddr
from functools import partial

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import delivery
from vaern.config import settings
from vaern.db import utcnow
from vaern.privacy import vault
from vaern.privacy.retention import category, delete_expired
from vaern.reports.models import ReceiptMail
from vaern.security import keyed_hash
from vaern.text.mail import auth_results

_MAILBOX = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_NO_REPLY = re.compile(
    r"^(postmaster|mailer-daemon|no-?reply|do-?not-?reply|bounces?|abuse|root|listserv)\b", re.I
)
_FAILED = {"fail", "softfail", "permerror"}
MAX_REFERENCES = 20


def _context(organisation_id: uuid.UUID) -> str:
    return f"report-receipt:{organisation_id}"


def sender_key(address: str) -> str:
    return keyed_hash(address.strip().lower(), purpose="report-receipt")


def eligible(mail: Message, envelope_sender: str) -> bool:
    """Whether a receipt may go to ``envelope_sender`` for this forwarded mail."""
    sender = envelope_sender.strip().strip("<>").lower()
    if len(sender) > 254 or not _MAILBOX.match(sender) or _NO_REPLY.match(sender):
        return False
    if sender.rsplit("@", 1)[1] == settings().report_mail_domain.lower():
        return False
    if parseaddr(str(mail.get("from", "")))[1].strip().lower() != sender:
        return False
    auto = str(mail.get("auto-submitted", "no")).strip().lower()
    precedence = str(mail.get("precedence", "")).strip().lower()
    if auto != "no" or precedence in ("bulk", "junk", "list") or mail.get("list-id"):
        return False
    if not isinstance(mail, EmailMessage):
        return True
    auth = auth_results(mail)  # the topmost (our relay's) results come first
    return auth.get("spf") not in _FAILED and auth.get("dmarc") not in _FAILED


def enqueue(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    address: str,
    references: list[str],
    now: datetime | None = None,
) -> ReceiptMail | None:
    """Queue a receipt unless this sender had one within the window or the hourly
    budget is spent; returns the row or None."""
    now = now or utcnow()
    cfg = settings()
    key = sender_key(address)
    window = now - timedelta(minutes=cfg.report_receipt_window_minutes)
    recent = session.scalar(
        sa.select(ReceiptMail.id)
        .where(ReceiptMail.sender_key == key, ReceiptMail.created_at >= window)
        .limit(1)
    )
    if recent is not None or not references:
        return None
    sent_last_hour = session.scalar(
        sa.select(sa.func.count(ReceiptMail.id)).where(
            ReceiptMail.created_at >= now - timedelta(hours=1)
        )
    )
    if int(sent_last_hour or 0) >= cfg.report_receipts_per_hour:
        return None
    row = ReceiptMail(
        id=uuid.uuid4(),
        organisation_id=organisation_id,
        sender_key=key,
        recipient=vault.encrypt(address.strip().lower(), context=_context(organisation_id)),
        references=list(dict.fromkeys(references))[:MAX_REFERENCES],
        created_at=now,
        next_attempt_at=now,
    )
    session.add(row)
    session.flush()
    return row


def compose(address: str, references: list[str]) -> EmailMessage:
    """The receipt: report numbers and what happens next, Danish first, then English.
    Marked as an automatic reply (RFC 3834) so that auto-responders do not answer it."""
    cfg = settings()
    numbers = ", ".join(references)
    msg = EmailMessage()
    msg["From"] = cfg.mail_from
    msg["To"] = address
    msg["Subject"] = f"Kvittering for din anmeldelse / Receipt for your report: {numbers}"
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["Message-ID"] = make_msgid(domain=cfg.report_mail_domain)
    msg.set_content(
        f"Tak for din anmeldelse. Dit anmeldelsesnummer: {numbers}\n\n"
        "Det sker nu: Beskeden er gemt uden personoplysninger som navne og numre, og den er "
        "sendt til organisationens svindelteam sammen med andre anmeldelser af den samme "
        "svindel. Når de ser en kampagne, advarer de andre og får falske sider og numre "
        "lukket. Du får ikke et personligt svar; svar ikke på denne mail.\n"
        f"Se aktuelle advarsler: {cfg.base_url}/warnings\n"
        "Har du klikket på et link, givet koder, kortoplysninger eller betalt? Ring straks "
        "til din bank på det nummer, du selv kender, og spær dit kort og MitID.\n\n"
        "---\n\n"
        f"Thank you for your report. Your report number: {numbers}\n\n"
        "What happens next: the message is stored without personal data such as names and "
        "numbers, and it has been sent to the organisation's fraud team together with other "
        "reports of the same scam. When they see a campaign, they warn others and get fake "
        "sites and numbers taken down. You will not get a personal answer; do not reply to "
        "this mail.\n"
        f"Current warnings: {cfg.base_url}/warnings\n"
        "Did you click a link, give codes or card details, or pay? Call your bank at once on "
        "the number you know yourself, and block your card and MitID.\n"
    )
    return msg


def _send(row: ReceiptMail, smtp: tuple[str, int]) -> str:
    if not row.recipient:
        raise delivery.Gone("no address")
    address = vault.decrypt(row.recipient, context=_context(row.organisation_id))
    # Null envelope sender: a bounce of an automatic reply goes nowhere (RFC 3834 3.3).
    return delivery.send_mail(compose(address, list(row.references)), smtp, envelope_from="")


def deliver_due(
    session: Session,
    *,
    now: datetime | None = None,
    smtp: tuple[str, int] | None = None,
    only: uuid.UUID | None = None,
) -> dict[str, int]:
    """Attempt each due receipt once (or only the one given); when a delivery ends, sent
    or given up, the encrypted address is wiped."""
    now = now or utcnow()
    cfg = settings()
    address = smtp or (cfg.smtp_host, cfg.smtp_port)
    q = sa.select(ReceiptMail).where(
        ReceiptMail.status == "pending", ReceiptMail.next_attempt_at <= now
    )
    if only is not None:
        q = q.where(ReceiptMail.id == only)
    counts = {"delivered": 0, "retry": 0, "failed": 0}
    for row in session.scalars(q.order_by(ReceiptMail.next_attempt_at).limit(200)).all():
        counts[delivery.attempt(row, partial(_send, row, address), now=now)] += 1
        if row.status != "pending":
            row.recipient = None
        session.flush()
    return counts


@category(
    "report_receipts",
    default_days=7,
    explanation={
        "da": "Kvitteringsmails til anmeldere: adressen slettes, når mailen er sendt; "
        "loggen (uden adresse) slettes efter 7 dage.",
        "en": "Receipt mails to reporters: the address is deleted once the mail is sent; "
        "the log (without the address) is deleted after 7 days.",
    },
    tables=("report_receipt_mails",),
)
def old_receipts(
    session: Session, organisation_id: uuid.UUID, cutoff: datetime, dry_run: bool
) -> int:
    expired = sa.and_(
        ReceiptMail.organisation_id == organisation_id, ReceiptMail.created_at < cutoff
    )
    return delete_expired(session, ReceiptMail, expired, dry_run)
