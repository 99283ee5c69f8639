"""Receipt e-mails for mail reports: a real SMTP client forwards a scam to the loopback
report receiver; the receipt goes out over SMTP to the loopback mailbox (tests/loopback.py)
only to a sender whose mail passed the basic checks, once per window, and the address is
kept only encrypted until the mail is sent."""

from __future__ import annotations

import email.policy
import smtplib
from collections.abc import Callable, Iterator
from datetime import timedelta
from email.message import EmailMessage

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller

from tests.conftest import Tenant, unique
from tests.loopback import Mailbox, free_port
from tests.reports.receiver import DOMAIN, running_receiver
from vaern import db
from vaern.config import Settings
from vaern.db import utcnow
from vaern.reports import receipts
from vaern.reports.models import ReceiptMail


@pytest.fixture
def receiver(settings: Settings) -> Iterator[Controller]:
    with running_receiver(settings) as controller:
        yield controller


@pytest.fixture
def outgoing(settings: Settings, smtp: tuple[Mailbox, tuple[str, int]]) -> Mailbox:
    box, (host, port) = smtp
    settings.smtp_host, settings.smtp_port = host, port
    return box


def _forward(reporter: str, n: int = 1, **headers: str) -> EmailMessage:
    scam = EmailMessage()
    scam["From"] = "Kystbank <sikkerhed@kystbank-login.example.com>"
    scam["Subject"] = "Din konto er spærret"
    when = ["i dag", "nu", "straks", "inden aften", "hurtigst muligt"][n % 5]
    scam.set_content(f"Log ind på https://kystbank-login{n}.example.com/aabn {when}.")
    fwd = EmailMessage()
    fwd["From"] = headers.pop("from_", reporter)
    fwd["Subject"] = "VS: Din konto er spærret"
    for name, value in headers.items():
        fwd[name.replace("_", "-")] = value
    fwd.set_content("Er den her ægte?")
    fwd.add_attachment(scam)
    return fwd


def _send(c: Controller, slug: str, msg: EmailMessage, sender: str) -> str:
    with smtplib.SMTP(c.hostname, c.port, timeout=30) as client:
        client.ehlo()
        client.mail(sender)
        assert client.rcpt(f"report+{slug}@{DOMAIN}")[0] == 250
        code, reply = client.data(msg.as_bytes(policy=email.policy.SMTP))
    assert code == 250, reply
    return reply.decode().split(": ", 1)[1]


def _rows(settings: Settings, org: Tenant) -> list[ReceiptMail]:
    with db.session_scope(settings.database_url) as s:
        rows = list(
            s.scalars(sa.select(ReceiptMail).where(ReceiptMail.organisation_id == org.org.id))
        )
        s.expunge_all()
    return rows


def test_reporter_gets_a_bilingual_receipt_and_the_address_is_not_kept(
    receiver: Controller, outgoing: Mailbox, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    reporter = f"{unique('kunde')}@example.net"
    reference = _send(receiver, t.org.slug, _forward(reporter), reporter)
    [mail] = [m for m in outgoing.messages if m["To"] == reporter]
    assert reference in str(mail["Subject"])
    body = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert body.count(reference) == 2
    assert "Tak for din anmeldelse" in body and "Thank you for your report" in body
    assert "What happens next" in body and "Det sker nu" in body
    assert mail["Auto-Submitted"] == "auto-replied"
    assert "kystbank" not in body.lower()  # nothing from the forwarded mail is echoed
    [row] = _rows(settings, t)
    assert row.status == "delivered" and row.recipient is None
    with db.session_scope(settings.database_url) as s:
        stored = s.execute(sa.select(ReceiptMail.__table__).where(ReceiptMail.id == row.id)).one()
    assert reporter not in repr(tuple(stored))


def test_one_receipt_per_sender_per_window(
    receiver: Controller, outgoing: Mailbox, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    reporter = f"{unique('kunde')}@example.net"
    first = _send(receiver, t.org.slug, _forward(reporter, 1), reporter)
    second = _send(receiver, t.org.slug, _forward(reporter, 2), reporter)
    assert first != second  # both reports are stored
    assert len([m for m in outgoing.messages if m["To"] == reporter]) == 1
    other = f"{unique('kunde')}@example.net"
    _send(receiver, t.org.slug, _forward(other, 3), other)
    assert len([m for m in outgoing.messages if m["To"] == other]) == 1
    settings.report_receipts_per_hour = len(_rows(settings, t))  # the hourly budget is spent
    third = f"{unique('kunde')}@example.net"
    _send(receiver, t.org.slug, _forward(third, 4), third)
    assert not [m for m in outgoing.messages if m["To"] == third]


@pytest.mark.parametrize(
    "headers",
    [
        {"from_": "someone-else@example.org"},  # envelope sender is not the author
        {"Auto_Submitted": "auto-generated"},
        {"Precedence": "bulk"},
        {"List_Id": "<liste.example.net>"},
        {"Authentication_Results": "mx.example.dk; spf=fail smtp.mailfrom=example.net"},
        {"Authentication_Results": "mx.example.dk; spf=pass; dmarc=fail header.from=example.net"},
    ],
    ids=["from-mismatch", "auto-submitted", "bulk", "list", "spf-fail", "dmarc-fail"],
)
def test_no_receipt_for_mail_that_fails_the_basic_checks(
    headers: dict[str, str],
    receiver: Controller,
    outgoing: Mailbox,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
) -> None:
    t = make_tenant()
    reporter = f"{unique('kunde')}@example.net"
    assert _send(receiver, t.org.slug, _forward(reporter, **headers), reporter).startswith("R-")
    assert not outgoing.messages and not _rows(settings, t)


@pytest.mark.parametrize(
    "sender",
    ["", "postmaster@example.net", "no-reply@example.net", f"x@{DOMAIN}", "not-an-address"],
)
def test_eligible_refuses_unfit_envelope_senders(sender: str, settings: Settings) -> None:
    settings.report_mail_domain = DOMAIN
    msg = _forward(sender)
    assert receipts.eligible(msg, sender) is False
    assert receipts.eligible(_forward("ok@example.net"), "ok@example.net") is True


def test_receipt_is_retried_when_the_relay_is_down(
    receiver: Controller,
    smtp: tuple[Mailbox, tuple[str, int]],
    make_tenant: Callable[..., Tenant],
    settings: Settings,
) -> None:
    t = make_tenant()
    box, (host, port) = smtp
    settings.smtp_host, settings.smtp_port = "127.0.0.1", free_port()  # nothing listens there
    reporter = f"{unique('kunde')}@example.net"
    reference = _send(receiver, t.org.slug, _forward(reporter), reporter)
    [row] = _rows(settings, t)
    assert row.status == "pending" and row.attempts == 1 and row.recipient
    assert reporter not in row.recipient  # encrypted
    settings.smtp_host, settings.smtp_port = host, port
    with db.session_scope(settings.database_url) as s:
        counts = receipts.deliver_due(s, now=utcnow() + timedelta(hours=1))
    assert counts["delivered"] >= 1
    # The job delivers every due receipt in the shared database: look at this reporter's.
    [mail] = [m for m in box.messages if m["To"] == reporter]
    assert reference in str(mail["Subject"])
    [row] = _rows(settings, t)
    assert row.status == "delivered" and row.recipient is None
