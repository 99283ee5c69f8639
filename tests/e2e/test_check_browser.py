"""A person pastes a smishing SMS on the public check page and sees the verdict and evidence."""

from __future__ import annotations

from typing import Any

import pytest

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
