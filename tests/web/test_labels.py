"""One catalogue of labels: staff pages never show a raw status, priority, kind or role."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from tests.cases.test_pages import open_case
from tests.conftest import Tenant, login
from tests.monitoring.test_flows import _serious_alert
from vaern import config, db, i18n
from vaern.dpo import requests
from vaern.labels import KNOWN_CODES, case_title, label
from vaern.monitoring import flows
from vaern.monitoring import pages as monitoring_pages


class _Text(HTMLParser):
    """The text a reader sees (not attributes, scripts or styles), one stripped node each."""

    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style", "code")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style", "code") and self._skip > 0

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.nodes.append(data.strip())


def raw_codes(html: str) -> set[str]:
    parser = _Text()
    parser.feed(html)
    return {n for n in parser.nodes if n in KNOWN_CODES}


@pytest.mark.parametrize(
    ("locale", "code", "group", "expected"),
    [
        ("da", "in_progress", "", "I gang"),
        ("en", "in_progress", "", "In progress"),
        ("da", "erasure", "", "Sletning (art. 17)"),
        ("da", "urgent", "", "Akut"),
        ("da", "alert", "action", "Kun alarm"),
        ("da", "alert", "link", "Overvågningsalarm"),
        ("en", "contact_check", "event", "Checked whether we contacted the customer"),
        ("da", "something_else", "", "something_else"),
    ],
)
def test_label_translates_known_codes_and_passes_unknown_ones(
    locale: str, code: str, group: str, expected: str
) -> None:
    token = i18n.current_locale.set(locale)
    try:
        assert label(code, group) == expected
    finally:
        i18n.current_locale.reset(token)


def test_alert_case_titles_name_the_typology() -> None:
    assert monitoring_pages.router  # the app imports it; it registers the typology names
    token = i18n.current_locale.set("da")
    try:
        title = case_title("Alert contact_change_then_payment on account 3f9a0c1d2e4b")
        assert title == "Alarm: Kontaktdata ændret, derefter betaling (konto 3f9a0c1d2e4b)"
        assert case_title("Fake Nets caller") == "Fake Nets caller"
    finally:
        i18n.current_locale.reset(token)


def test_the_checker_sees_a_raw_code() -> None:
    assert raw_codes("<td>in_progress</td><option value='urgent'>Akut</option>") == {"in_progress"}


def test_no_staff_page_shows_a_raw_code_in_danish(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: config.Settings
) -> None:
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        flows.on_alert(s, _serious_alert(s, t.org.id, "acct-pseudonym-c"))
        requests.create_request(
            s, organisation_id=t.org.id, kind="erasure", identifiers={"email": "p@example.com"}
        )
    client.cookies.set(i18n.COOKIE, "da")
    login(client, t.admin_email)
    case_url = open_case(client, t)
    base = f"/staff/{t.org.slug}"
    pages = [
        f"{base}",
        f"{base}/cases",
        case_url,
        f"{base}/alerts?status=all",
        f"{base}/privacy/requests",
        f"{base}/warnings",
        f"{base}/users",
    ]
    for url in pages:
        page = client.get(url)
        assert page.status_code == 200, url
        assert raw_codes(page.text) == set(), url
    queue = client.get(f"{base}/cases").text
    assert "Alarm: Kontaktdata ændret, derefter betaling" in queue
    assert "Sletning (art. 17)" in client.get(f"{base}/privacy/requests").text
