"""An agent opens a case from a call and completes a task; a victim walks the guide on a
phone-sized window."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PASSWORD, Tenant
from vaern import db
from vaern.cases import service
from vaern.config import Settings

pytestmark = pytest.mark.browser


def signed_in(context: Any, live_server: str, email: str) -> Any:
    page = context.new_page()
    page.goto(f"{live_server}/login")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(f"{live_server}/staff")
    return page


def test_agent_opens_a_case_and_completes_a_task(
    browser: Any, live_server: str, tenant: Tenant
) -> None:
    context = browser.new_context(locale="en-GB")
    page = signed_in(context, live_server, tenant.agent.email)
    page.goto(f"{live_server}/staff/{tenant.org.slug}/cases")
    page.select_option("#case_type", "card_data_disclosed")
    page.fill("#title", "Customer gave card data to a caller")
    page.fill("#phone", "+45 20 12 34 56")
    page.click("#open-case button[type=submit]")
    page.wait_for_url(f"{live_server}/staff/{tenant.org.slug}/cases/*")
    assert page.locator("h1").inner_text() == "Customer gave card data to a caller"
    first = page.locator("#task-block_card")
    assert "44 89 29 29" in first.inner_text()
    first.locator("input[name=note]").fill("Blocked through Nets")
    with page.expect_navigation():
        first.locator("button[value=done]").click()
    assert page.locator("#task-block_card .task-status").inner_text() == "Done"
    assert "Task done" in page.locator("ol.timeline").inner_text()
    context.close()


def test_victims_guide_on_a_phone(browser: Any, live_server: str, tenant: Tenant) -> None:
    context = browser.new_context(
        locale="da-DK", viewport={"width": 375, "height": 740}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(f"{live_server}/guide")
    page.check("input[value=transferred_money]")
    page.check("input[value=gave_card]")
    with page.expect_navigation():
        page.click("#guide-form button[type=submit]")
    steps = page.locator("ol.guide-steps > li")
    first_two = {steps.nth(0).get_attribute("id"), steps.nth(1).get_attribute("id")}
    assert first_two == {"step-recall_payment", "step-block_card"}  # both within 15 minutes
    assert page.locator("a.phone[href='tel:44892929']").count() == 1
    box = page.locator("ol.guide-steps").bounding_box()
    assert box is not None and box["x"] + box["width"] <= 375  # fits a phone, no sideways scroll
    page.select_option("#organisation", tenant.org.slug)
    page.fill("#gphone", "+45 20 99 88 77")
    page.check("input[name=consent]")
    with page.expect_navigation():
        page.click("#handover button[type=submit]")
    assert tenant.org.name in page.locator("#opened").inner_text()
    context.close()


def test_agent_changes_ticked_cases_in_bulk(
    browser: Any, live_server: str, settings: Settings, tenant: Tenant
) -> None:
    with db.session_scope(settings.database_url) as s:
        ids = [
            str(
                service.open_case(
                    s,
                    organisation_id=tenant.org.id,
                    case_type="suspicious_message",
                    source="call",
                    title=f"Suspicious SMS {n}",
                ).id
            )
            for n in range(3)
        ]
    context = browser.new_context(locale="en-GB")
    page = signed_in(context, live_server, tenant.agent.email)
    page.goto(f"{live_server}/staff/{tenant.org.slug}/cases")
    for case_id in ids[:2]:
        page.check(f"#row-{case_id} input[name=ids]")
    page.select_option("#bulk-priority", "urgent")
    with page.expect_navigation():
        page.click("button[name=op][value=priority]")
    assert page.locator("#bulk-results li.bulk-ok").count() == 2
    for case_id in ids[:2]:
        assert page.locator(f"#row-{case_id} .priority").inner_text() == "Urgent"
    assert page.locator(f"#row-{ids[2]} .priority").inner_text() == "Normal"
    context.close()
