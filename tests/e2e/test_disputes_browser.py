"""An analyst enters disputes field by field and reads the assessment and the letters."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import PASSWORD, Tenant

pytestmark = pytest.mark.browser


def _login(page: Any, live_server: str, tenant: Tenant) -> None:
    page.goto(f"{live_server}/login")
    page.fill("#email", tenant.admin_email)
    page.fill("#password", PASSWORD)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(f"{live_server}/staff")


def _new_dispute(context: Any, live_server: str, tenant: Tenant, objected: str, amount: str) -> Any:
    """A logged-in page with one payer (gross negligence) and one transaction filled in."""
    page = context.new_page()
    _login(page, live_server, tenant)
    page.goto(f"{live_server}/staff/{tenant.org.slug}/disputes")
    page.fill("#title", "Syntetisk sms-phishing")
    page.fill("#objected_on", objected)
    page.fill("#p0_id", "P")
    page.fill("#p0_name", "Betaler P")
    page.fill("#p0_accounts", "P-konto")
    page.select_option("#p0_finding", "gross_negligence")
    page.fill("#t0_id", "t1")
    page.fill("#t0_payer", "P")
    page.fill("#t0_account", "P-konto")
    page.fill("#t0_amount", amount)
    return page


def test_enter_dispute_and_read_assessment(browser: Any, live_server: str, tenant: Tenant) -> None:
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    _login(page, live_server, tenant)
    page.goto(f"{live_server}/staff/{tenant.org.slug}")
    page.click("nav.sub a:has-text('Betalingsindsigelser')")
    assert page.locator("h1").inner_text() == "Betalingsindsigelser"
    page.click("#assess")  # nothing filled in
    assert "Ret de markerede felter" in page.locator("#form-errors").inner_text()
    assert "Angiv mindst én transaktion." in page.locator("#form-errors").inner_text()
    page.click("text=Udfyld med eksemplet")
    assert page.input_value("#t0_amount") == "23746.73"
    page.click("#assess")
    page.wait_for_selector("#assessment")
    assert page.locator("#total-refund").inner_text() == "41192.32"
    assert "stk. 5" in page.locator("#alternatives").inner_text()
    assert "41.192,32 kr." in page.locator("article.letter[lang=da]").inner_text()
    assert "DKK 41,192.32" in page.locator("article.letter[lang=en]").inner_text()
    context.close()


def test_fill_in_field_by_field_with_a_mistake(
    browser: Any, live_server: str, tenant: Tenant
) -> None:
    context = browser.new_context(locale="da-DK")
    page = _new_dispute(context, live_server, tenant, "2025-03-10", "-12")
    page.fill("#p0_notified_at", "2025-03-05T17:00:00")
    page.fill("#t0_at", "2025-03-05T16:00:00")
    page.click("#add-transaction")
    page.fill("#t1_id", "t2")
    page.fill("#t1_payer", "P")
    page.fill("#t1_account", "P-konto")
    page.fill("#t1_amount", "2.500,00")
    page.fill("#t1_at", "2025-03-05T17:00:01")  # one second after blocking
    page.click("#assess")
    assert page.locator("#t0_amount").get_attribute("aria-invalid") == "true"
    assert "højst to decimaler" in page.locator("#t0_amount-error").inner_text()
    page.fill("#t0_amount", "9.000,00")
    page.click("#assess")
    page.wait_for_selector("#assessment")
    assert page.locator("#total-refund").inner_text() == "3500.00"  # 8,000 cap; t2 excluded
    context.close()


def test_sms_code_alone_is_no_strong_authentication(
    browser: Any, live_server: str, tenant: Tenant
) -> None:
    context = browser.new_context(locale="da-DK")
    page = _new_dispute(context, live_server, tenant, "2025-03-07", "9.000,00")
    page.fill("#t0_at", "2025-03-05T16:00:00")
    page.select_option("#t0_auth_method", "3ds_sms")
    page.check("input[name=t0_el][value=possession]")
    page.click("#assess")
    page.wait_for_selector("#assessment")
    assert page.locator("#total-refund").inner_text() == "9000.00"  # stk. 7: no SCA
    assert "10-03-2025" in page.locator("#refund-deadline").inner_text()  # § 99
    letter = page.locator("article.letter[lang=da]").inner_text()
    assert "§ 100, stk. 7" in letter and "Det Finansielle Ankenævn" in letter
    context.close()
