"""A person pastes a smishing SMS on the public check page and sees the verdict and evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import Tenant
from tests.outbound.conftest import token_principal
from vaern import db
from vaern.config import Settings
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate
from vaern.reports.models import Report

pytestmark = pytest.mark.browser


def test_check_page_end_to_end(browser: Any, live_server: str) -> None:
    context = browser.new_context(locale="da-DK", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server}/check")
    assert page.locator("h1").inner_text() == "Tjek en besked"
    page.fill(
        "#text",
        "PostNord: Din pakke afventer told 19 kr. Betal her: http://postnord-levering.com/b",
    )
    page.select_option("#channel", "sms")
    page.check("input[name=did][value=clicked]")
    page.click("form.stack button[type=submit]")
    page.wait_for_selector("#verdict")
    assert page.locator("#verdict").inner_text() == "Det er svindel."
    assert page.locator("pre.message mark").count() >= 1
    assert "postnord-levering.com" in page.locator("pre.message").inner_text()
    assert page.locator("ul.reasons li").count() >= 3
    assert "Cyberhotline" in page.locator("section.verdict ul.advice").inner_text()
    context.close()


def test_report_this_box_sends_the_checked_message(
    browser: Any, live_server: str, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        registry.add_channel(
            s,
            principal=token_principal(t),
            data=ChannelCreate(kind="sms_sender", value="FB" + t.org.slug[-8:]),
        )
    context = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server}/check")
    page.fill(
        "#text",
        f"{t.org.name}: your account is locked. Confirm your card number at "
        "https://fjordbank-secure.com/login within 24 hours",
    )
    page.select_option("#channel", "sms")
    page.click("form.stack button[type=submit]")
    page.wait_for_selector("#report")
    assert t.org.name in page.locator("#organisation").inner_text()
    page.check("#report input[name=consent]")
    page.click("#report button[type=submit]")
    page.wait_for_selector("#receipt")
    reference = page.locator("#reference").inner_text()
    assert page.locator("#report").count() == 0
    with db.session_scope(settings.database_url) as s:
        report = s.scalar(sa.select(Report).where(Report.reference == reference))
        assert report is not None and report.organisation_id == t.org.id
        assert "fjordbank-secure.com" in report.text
    context.close()
