"""A person signs in, sees the staff area, switches to English and signs out."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PASSWORD, Tenant

pytestmark = pytest.mark.browser


def test_login_staff_area_english_logout(browser: Any, live_server: str, tenant: Tenant) -> None:
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    page.goto(f"{live_server}/login")
    assert page.locator("h1").inner_text() == "Log ind"
    page.fill("#email", tenant.admin_email)
    page.fill("#password", PASSWORD)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(f"{live_server}/staff")
    assert page.locator("h1").inner_text() == "Personaleområde"
    page.click(f"a[href='/staff/{tenant.org.slug}']")
    assert page.locator("h1").inner_text() == tenant.org.name
    page.click("a[hreflang=en]")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("nav.sub").inner_text().startswith("Overview")
    page.click("button:has-text('Log out')")
    page.wait_for_url(f"{live_server}/")
    assert page.locator("a[href='/login']").inner_text() == "Log in"
    page.goto(f"{live_server}/staff")
    assert page.url.startswith(f"{live_server}/login")
    context.close()
