"""The citizen's journey on a phone (390 and 320 px wide, no JavaScript): nothing scrolls
sideways, everything tappable is 44 px high, the directory finds organisations the way
people type them, the verdict leads to the guide, and a MitID scam can be reported."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from vaern import db
from vaern.config import Settings
from vaern.orgs.models import Organisation
from vaern.reports.models import Report

pytestmark = pytest.mark.browser

PHONES = [{"width": 390, "height": 844}, {"width": 320, "height": 640}]
LINK = (
    "https://mitid-fornyelse-sikker-login.example.com/" + "x" * 40 + "/confirm?session=" + "9" * 14
)
assert len(LINK) == 120
MESSAGE = (
    "MitID: Din adgang til MitID udløber i dag, og din konto bliver spærret inden for 24 "
    f"timer. Bekræft din identitet nu her {LINK} for at undgå at miste adgangen til netbank, "
    "Digital Post og borger.dk. Hvis du ikke bekræfter, skal du betale et gebyr på 499 kr. "
)
MESSAGE += "Venlig hilsen MitID kundeservice. " * ((600 - len(MESSAGE)) // 33 + 1)
MESSAGE = MESSAGE[:600]

# Everything a thumb must hit: the menus, buttons, form fields and the next-step links.
TAPPABLE = (
    "header.site nav a, nav.public a, button, a.button, select, textarea, "
    "input:not([type=checkbox]):not([type=hidden]):not([type=radio]), ul.next-steps a, "
    "label.check"
)


def phone_page(browser: Any, viewport: dict[str, int], locale: str = "da-DK") -> Any:
    context = browser.new_context(locale=locale, viewport=viewport, java_script_enabled=False)
    return context.new_page()


def assert_fits(page: Any) -> None:
    width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1], f"{page.url} is {width[0]} px wide on a {width[1]} px screen"
    small = page.evaluate(
        """(sel) => [...document.querySelectorAll(sel)]
            .filter(e => e.offsetParent !== null)
            .map(e => [e.outerHTML.slice(0, 80), e.getBoundingClientRect().height])
            .filter(([, h]) => h < 44)""",
        TAPPABLE,
    )
    assert small == [], f"{page.url}: tap targets under 44 px: {small}"


def check_message(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/check")
    page.fill("#text", MESSAGE)
    page.select_option("#channel", "sms")
    page.click("form[action='/check'] button[type=submit]")
    page.wait_for_selector("#verdict")


@pytest.mark.parametrize("viewport", PHONES, ids=lambda v: f"{v['width']}px")
def test_no_public_page_scrolls_sideways(
    browser: Any, live_server: str, viewport: dict[str, int]
) -> None:
    page = phone_page(browser, viewport)
    for path in (
        "/",
        "/orgs",
        "/orgs/mitid/contact",
        "/orgs/skattestyrelsen/contact",
        "/warnings",
        "/guide",
        "/guide?answer=entered_mitid&answer=gave_card",
        "/report",
    ):
        page.goto(f"{live_server}{path}")
        # Every public page carries the citizen's menu.
        assert page.locator("nav.public a").count() == 5, path
        assert_fits(page)
    check_message(page, live_server)
    assert LINK[:40] in page.locator("pre.message").inner_text()
    assert_fits(page)
    page.context.close()


def test_front_page_button_is_styled(browser: Any, live_server: str) -> None:
    page = phone_page(browser, PHONES[0])
    page.goto(live_server)
    button = page.locator("a.button[href='/check']")
    assert button.inner_text() == "Tjek en besked"
    style = button.evaluate(
        "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).textDecorationLine]"
    )
    assert style == ["rgb(11, 92, 173)", "none"]
    page.context.close()


def test_directory_finds_what_people_type(browser: Any, live_server: str) -> None:
    page = phone_page(browser, PHONES[1])
    page.goto(f"{live_server}/orgs")
    assert page.locator("ul.directory li").count() >= 45
    page.fill("#q", "mitid")
    page.click("form[role=search] button")
    page.wait_for_url("**/orgs?q=mitid")
    assert page.locator("ul.directory li").first.get_attribute("data-slug") == "mitid"
    page.goto(f"{live_server}/orgs?q=44892929")
    slugs = page.locator("ul.directory li").evaluate_all("els => els.map(e => e.dataset.slug)")
    assert "nets" in slugs and "mitid" not in slugs
    page.click("li[data-slug=nets] a")
    assert page.locator("h1").inner_text() == "Sådan kontakter Nets dig — og sådan gør de aldrig"
    assert page.locator("a[href='tel:+4544892929']").count() >= 1
    page.context.close()


def test_verdict_leads_to_the_guide_step(browser: Any, live_server: str) -> None:
    page = phone_page(browser, PHONES[0], locale="en-GB")
    check_message(page, live_server)
    assert "Keep the message, report it, then delete it." in page.content()
    link = page.locator("a#next-mitid")
    assert link.get_attribute("href") == "/guide?answer=entered_mitid#steps"
    link.click()
    page.wait_for_url("**/guide?answer=entered_mitid#steps")
    assert page.locator("h2#steps").is_visible()
    assert page.locator("input[type=checkbox][value=entered_mitid]").is_checked()
    assert "33 98 00 10" in page.locator("ol.guide-steps").inner_text()  # MitID support
    page.context.close()


def test_report_a_mitid_scam_without_a_member(
    browser: Any, live_server: str, settings: Settings
) -> None:
    page = phone_page(browser, PHONES[1])
    page.goto(f"{live_server}/orgs/mitid/contact")
    page.click("a[href='/report?organisation=mitid']")
    assert page.locator("#organisation").input_value() == "mitid"
    page.fill("#text", MESSAGE)
    page.check("input[name=consent]")
    assert_fits(page)
    page.click("#report button[type=submit]")
    page.wait_for_selector("#reference")
    reference = page.locator("#reference").inner_text()
    assert "Du kan slette beskeden nu." in page.content()
    assert_fits(page)
    with db.session_scope(settings.database_url) as s:
        report = s.scalar(sa.select(Report).where(Report.reference == reference))
        assert report is not None and report.claimed == "mitid" and report.source == "check"
        hub = s.get(Organisation, report.organisation_id)
        assert hub is not None and hub.slug == settings.hub_slug
    page.context.close()
