"""An analyst enters the seed 003 dispute and reads the assessment and the letters."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PASSWORD, Tenant

pytestmark = pytest.mark.browser


def test_enter_dispute_and_read_assessment(browser: Any, live_server: str, tenant: Tenant) -> None:
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    page.goto(f"{live_server}/login")
    page.fill("#email", tenant.admin_email)
    page.fill("#password", PASSWORD)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(f"{live_server}/staff")
    page.goto(f"{live_server}/staff/{tenant.org.slug}")
    page.click("nav.sub a:has-text('Betalingsindsigelser')")
    assert page.locator("h1").inner_text() == "Betalingsindsigelser"
    page.fill("#body", "{}")
    page.click("button:has-text('Vurdér')")
    assert page.locator("p.error").count() > 0
    page.goto(f"{live_server}/staff/{tenant.org.slug}/disputes")  # the form has the example
    page.click("button:has-text('Vurdér')")
    page.wait_for_selector("#assessment")
    assert page.locator("#total-refund").inner_text() == "41192.32"
    assert "stk. 5" in page.locator("#alternatives").inner_text()
    assert "41.192,32 kr." in page.locator("article.letter[lang=da]").inner_text()
    assert "DKK 41,192.32" in page.locator("article.letter[lang=en]").inner_text()
    context.close()
