"""The report-mail receiver on a free loopback port, for the tests that mail reports."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from aiosmtpd.controller import Controller

from tests.loopback import free_port
from vaern.config import Settings
from vaern.reports import smtp

DOMAIN = "rapport.example.test"


@contextmanager
def running_receiver(settings: Settings) -> Iterator[Controller]:
    """A started receiver for ``report+<slug>@DOMAIN`` with the settings as they are now."""
    settings.report_mail_domain = DOMAIN
    controller = smtp.controller(
        host="127.0.0.1", port=free_port(), database_url=settings.database_url
    )
    controller.start()
    try:
        yield controller
    finally:
        controller.stop()
