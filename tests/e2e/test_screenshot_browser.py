"""An SMS screenshot taken by a real browser: Chromium renders a phone's message view
(an SMS bubble in HTML, at a phone's size and pixel density) and screenshots it; the
picture is read by Tesseract and, uploaded on the public check page, gets the verdict."""

from __future__ import annotations

from html import escape
from typing import Any

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.messages.screenshots import SCAMS, bubble_text, char_accuracy
from vaern.messages import check
from vaern.text import ocr

pytestmark = pytest.mark.browser

PHONE = """<!doctype html><html lang="da"><head><meta charset="utf-8"><style>
body {{ margin: 0; font-family: 'DejaVu Sans', sans-serif; background: {bg}; color: {fg}; }}
header {{ text-align: center; padding: 16px 0 8px; border-bottom: 1px solid #c8c8cc; }}
header b {{ display: block; font-size: 17px; }} header small {{ font-size: 12px; color: #8e8e93; }}
.time {{ text-align: center; font-size: 12px; color: #8e8e93; margin: 14px 0; }}
.bubble {{ margin: 0 60px 0 12px; padding: 9px 13px; border-radius: 18px; background: {bubble};
  font-size: 17px; line-height: 1.3; overflow-wrap: anywhere; }}
a {{ color: {link}; }}
</style></head><body>
<header><b>+45 20 30 40 50</b><small>Sms</small></header>
<p class="time">I dag 10:12</p>
<div class="bubble">{text}</div>
</body></html>"""


def _screenshot(browser: Any, text: str, *, dark: bool = False) -> bytes:
    colours = (
        {"bg": "#000", "fg": "#eee", "bubble": "#262628", "link": "#5aa0ff"}
        if dark
        else {"bg": "#fff", "fg": "#000", "bubble": "#e5e5ea", "link": "#0050c8"}
    )
    words = [
        f'<a href="#">{escape(w)}</a>' if w.startswith(("http", "www.")) else escape(w)
        for w in text.split(" ")
    ]
    context = browser.new_context(viewport={"width": 390, "height": 400}, device_scale_factor=3)
    page = context.new_page()
    page.set_content(PHONE.format(text=" ".join(words), **colours))
    try:
        picture: bytes = page.screenshot(type="png")
    except PlaywrightError as exc:
        # Chromium now and then refuses a browser's first capture ("Unable to capture
        # screenshot", a protocol error, not a timeout) and takes it when asked again.
        if "Unable to capture screenshot" not in str(exc):
            raise
        picture = page.screenshot(type="png")
    context.close()
    return picture


@pytest.mark.long
def test_chromium_screenshots_are_read(browser: Any) -> None:
    if not ocr.available():
        pytest.skip("tesseract-ocr-dan is not installed")
    for dark in (False, True):
        for text in SCAMS[:4]:
            got = bubble_text(ocr.recognise(_screenshot(browser, text, dark=dark)))
            assert char_accuracy(text, got) >= 0.95, got
    result = check(_screenshot(browser, SCAMS[0]), channel="sms")
    assert result["verdict"] == "scam" and "mitid-bekraeft.dk-login.com" in result["text"]


def test_screenshot_upload_on_the_check_page(browser: Any, live_server: str) -> None:
    if not ocr.available():
        pytest.skip("tesseract-ocr-dan is not installed")
    picture = _screenshot(browser, SCAMS[2])
    context = browser.new_context(locale="da-DK", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server}/check")
    page.set_input_files(
        "#file", files=[{"name": "sms.png", "mimeType": "image/png", "buffer": picture}]
    )
    page.select_option("#channel", "sms")
    page.click("form.stack button[type=submit]")
    page.wait_for_selector("#verdict", timeout=60_000)
    assert page.locator("#verdict").inner_text() == "Det er svindel."
    assert "postnord-levering.info" in page.locator("pre.message").inner_text()
    context.close()
