"""Inbound report mail: a real SMTP client forwards scam e-mails to the loopback receiver
at report+<slug>@…; attached and inline forwards become redacted reports."""

from __future__ import annotations

import email.policy
import smtplib
import socket
from collections.abc import Callable, Iterator
from email.message import EmailMessage

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller

from tests.conftest import Tenant, make_client, unique
from tests.loopback import free_port
from tests.reports.receiver import DOMAIN, running_receiver
from vaern import db
from vaern.config import Settings
from vaern.reports import smtp
from vaern.reports.models import Report


@pytest.fixture
def receiver(settings: Settings) -> Iterator[Controller]:
    settings.report_mail_max_bytes = 64 * 1024
    with running_receiver(settings) as controller:
        yield controller


def _scam(n: int = 1) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = f"Kystbank Sikkerhed <sikkerhed{n}@kystbank-login.example.com>"
    msg["To"] = "kunde@example.net"
    msg["Subject"] = "Din konto er spærret"
    msg.set_content(
        f"Log ind på https://kystbank-login{n}.example.com/aabn og bekræft dig, "
        "eller ring 22334455 i dag."
    )
    return msg


def _forward(scam: EmailMessage, reporter: str = "kunde@example.net") -> EmailMessage:
    fwd = EmailMessage()
    fwd["From"] = reporter
    fwd["Subject"] = "VS: Din konto er spærret"
    fwd.set_content("Den her fik jeg i dag, er den ægte?")
    fwd.add_attachment(scam)
    return fwd


def _send(c: Controller, to: str, msg: EmailMessage, sender: str) -> tuple[int, str]:
    with smtplib.SMTP(c.hostname, c.port, timeout=10) as client:
        client.ehlo()
        client.mail(sender)
        code, reply = client.rcpt(to)
        if code != 250:
            return code, reply.decode()
        code, reply = client.data(msg.as_bytes(policy=email.policy.SMTP))
        return code, reply.decode()


@pytest.mark.parametrize(
    ("address", "slug"),
    [
        (f"report+bank-a@{DOMAIN}", "bank-a"),
        (f"<Report+Bank-A@{DOMAIN.upper()}>", "bank-a"),
        (f"report@{DOMAIN}", None),
        ("report+bank-a@elsewhere.example", None),
        (f"report+../x@{DOMAIN}", None),
        (f"abuse@{DOMAIN}", None),
    ],
)
def test_organisation_of_address(address: str, slug: str | None) -> None:
    assert smtp.organisation_of(address, DOMAIN) == slug


def test_attached_forward_becomes_a_redacted_report(
    receiver: Controller, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    to = f"report+{t.org.slug}@{DOMAIN}"
    code, reply = _send(receiver, to, _forward(_scam()), "kunde@example.net")
    assert code == 250 and "Report received: R-" in reply
    reference = reply.rsplit(" ", 1)[-1]
    again = _send(receiver, to, _forward(_scam()), "kunde@example.net")
    assert again == (code, reply)  # the same reporter's same message is stored once
    with db.session_scope(settings.database_url) as s:
        report = s.scalar(sa.select(Report).where(Report.reference == reference))
        assert report is not None and report.organisation_id == t.org.id
        assert report.source == "email" and report.channel == "email"
        assert report.sender == "sikkerhed1@kystbank-login.example.com"
        assert report.link_domains == ["kystbank-login1.example.com"]
        assert "22334455" not in report.text and "[PHONE]" in report.text
        assert "kunde@example.net" not in f"{report.text} {report.sender}"
        assert report.campaign_id is not None


def test_inline_forward_keeps_the_scammer_not_the_reporter(
    receiver: Controller, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    fwd = EmailMessage()
    fwd["From"] = "kunde2@example.net"
    fwd["Subject"] = "VS: Pakke venter"
    fwd.set_content(
        "---------- Videresendt meddelelse ----------\n"
        "Fra: PostNord <info@pn-told.example.com>\n"
        "Din pakke venter. Betal told via https://pn-told.example.com/b inden i dag."
    )
    code, reply = _send(receiver, f"report+{t.org.slug}@{DOMAIN}", fwd, "kunde2@example.net")
    assert code == 250, reply
    with db.session_scope(settings.database_url) as s:
        report = s.scalar(sa.select(Report).where(Report.reference == reply.rsplit(" ", 1)[-1]))
        assert report is not None
        assert report.sender == "info@pn-told.example.com"
        assert report.text.startswith("Pakke venter") and "VS:" not in report.text


def test_unknown_addresses_oversized_and_empty_mail_are_refused(
    receiver: Controller, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    for to in (f"report+no-such-org@{DOMAIN}", f"report+{t.org.slug}@other.example", "x@y.z"):
        assert _send(receiver, to, _forward(_scam()), "a@example.net")[0] == 550
    to = f"report+{t.org.slug}@{DOMAIN}"
    big = _scam()
    big.set_content(("svindel " * 10 + "\n") * 1_000)  # ~80 KB, over the 64 KB limit
    assert _send(receiver, to, _forward(big), "a@example.net")[0] == 552
    empty = EmailMessage()
    empty["From"] = "a@example.net"
    empty.set_content("")
    assert _send(receiver, to, empty, "a@example.net")[0] == 554
    with db.session_scope(settings.database_url) as s:
        count = s.scalar(
            sa.select(sa.func.count(Report.id)).where(Report.organisation_id == t.org.id)
        )
    assert count == 0


def test_server_starts_the_receiver_when_configured(
    make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    from vaern.app import create_app

    t = make_tenant()
    settings.report_mail_domain = DOMAIN
    settings.report_smtp_in_server = True
    settings.report_smtp_port = free_port()
    with (
        make_client(create_app(settings)),
        smtplib.SMTP("127.0.0.1", settings.report_smtp_port, timeout=10) as client,
    ):
        client.ehlo()
        client.mail("kunde3@example.net")
        assert client.rcpt(f"report+{t.org.slug}@{DOMAIN}")[0] == 250
        code, _ = client.data(_forward(_scam(3)).as_bytes(policy=email.policy.SMTP))
    assert code == 250
    with socket.socket() as s:  # stopped with the server
        assert s.connect_ex(("127.0.0.1", settings.report_smtp_port)) != 0


def test_a_flooding_sender_is_throttled(
    receiver: Controller, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    sender = f"{unique('flood')}@example.net"
    to = f"report+{t.org.slug}@{DOMAIN}"
    codes = [_send(receiver, to, _forward(_scam(i)), sender)[0] for i in range(21)]
    assert codes[:20] == [250] * 20 and codes[20] == 451
    assert _send(receiver, to, _forward(_scam(1)), f"{unique('calm')}@example.net")[0] == 250


def test_a_mail_bomb_is_refused_alone(
    receiver: Controller, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    """A forwarded mail nested 300 deep (2,000 gave a 500 before) or with too many encoded
    words is refused before it is parsed; the next good mail is still received."""
    t = make_tenant()
    to = f"report+{t.org.slug}@{DOMAIN}"
    nested = "From: a@example.net\r\nSubject: x\r\n" + "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(300)
    )
    words = "From: a@example.net\r\nSubject: " + "=?utf-8?q?a?=\r\n " * 300 + "x\r\n\r\nx\r\n"
    for raw in (nested + "Content-Type: text/plain\r\n\r\nx\r\n", words):
        with smtplib.SMTP(receiver.hostname, receiver.port, timeout=10) as client:
            client.ehlo()
            client.mail("a@example.net")
            client.rcpt(to)
            code, reply = client.data(raw.encode())
        assert (code, reply.decode()) == (552, smtp.TOO_COMPLEX.split(" ", 1)[1])
    assert _send(receiver, to, _forward(_scam()), "a@example.net")[0] == 250
    with db.session_scope(settings.database_url) as s:
        count = s.scalar(
            sa.select(sa.func.count(Report.id)).where(Report.organisation_id == t.org.id)
        )
    assert count == 1
