"""A fraud analyst sees the seed-003 alerts, opens a case from one, and edits the
typologies with validation, in a real browser."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx2
import pytest

from tests.conftest import Tenant, auth
from tests.e2e.test_cases_browser import signed_in
from tests.monitoring.test_api import seed

pytestmark = pytest.mark.browser


def test_analyst_sees_alerts_opens_a_case_and_edits_typologies(
    browser: Any, live_server: str, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["events:write"])
    # httpx's default of 5 s is short for a live server's first events on a loaded
    # machine; the wait stays bounded.
    sent = httpx2.post(
        f"{live_server}/api/v1/events", headers=auth(t.token), json=seed(), timeout=60
    )
    assert sent.status_code == 200 and sent.json()["accepted"] == 9
    context = browser.new_context(locale="en-GB")
    page = signed_in(context, live_server, t.admin_email)

    page.goto(f"{live_server}/staff/{t.org.slug}/alerts")
    rows = page.locator("tbody tr")
    assert rows.count() == 3
    first = rows.first
    with page.expect_navigation():
        if first.locator("form.open-case").count():
            first.locator("form.open-case button").click()
        else:
            first.locator("a.case-link").click()
    assert "/cases/" in page.url
    assert page.locator("h1").inner_text().startswith("Alert ")

    page.goto(f"{live_server}/staff/{t.org.slug}/typologies")
    original = page.locator("#text").input_value()
    page.fill("#text", "typologies:\n  - id: [unclosed\n")
    with page.expect_navigation():
        page.click("form:has(#text) button[type=submit]")
    errors = page.locator("p.error").all_inner_texts()
    assert errors and "line" in " ".join(errors).lower()
    assert "unchanged" in page.content()
    version = int(re.search(r"^version: (\d+)", original, re.M).group(1))  # type: ignore[union-attr]
    page.fill("#text", original.replace(f"version: {version}", f"version: {version + 1}", 1))
    with page.expect_navigation():
        page.click("form:has(#text) button[type=submit]")
    assert page.locator("p.ok").count() == 1
    assert f"version: {version + 1}" in page.locator("#text").input_value()
    context.close()
