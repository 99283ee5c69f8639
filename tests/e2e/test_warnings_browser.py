"""A reported scam joins a campaign; staff turn it into a warning, publish it, and the
public page and the feed show it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PASSWORD, Tenant

pytestmark = pytest.mark.browser

SMS = "Demo: dit kort er spærret, bekræft inden {n} timer på https://kort-spaer.example.com/x"


def test_report_campaign_publish_warning(browser: Any, live_server: str, tenant: Tenant) -> None:
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    for n in (12, 24):
        r = page.request.post(
            f"{live_server}/api/v1/reports",
            data={
                "organisation": tenant.org.slug,
                "text": SMS.format(n=n),
                "channel": "sms",
                "consent": True,
                "sender": f"Sender{n}",
            },
        )
        assert r.status == 201
    page.goto(f"{live_server}/login")
    page.fill("#email", tenant.admin_email)
    page.fill("#password", PASSWORD)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(f"{live_server}/staff")
    page.goto(f"{live_server}/staff/{tenant.org.slug}/campaigns")
    page.click("table a")
    assert page.locator("#report-count").inner_text() == "2"
    assert page.locator("svg.chart rect").count() > 0
    page.click("button[type=submit]:near(form[action$='/warning'])", strict=False)
    page.wait_for_url("**/warnings/*")
    assert page.locator("#status").inner_text() == "Draft"
    page.locator("form[action$='/publish'] button").click()
    page.wait_for_load_state()
    assert page.locator("#status").inner_text() == "Published"
    page.click("a:has-text('Public page')")
    page.wait_for_load_state()
    assert "kort-spaer.example.com" in page.content()
    warning_id = page.url.rsplit("/", 1)[1]
    feed = page.request.get(f"{live_server}/feeds/{tenant.org.slug}/warnings.json").json()
    assert [i["id"] for i in feed["items"]] == [warning_id]
    context.close()
