"""An agent works a case in Danish (queue filters, the contact answer, the evidence PDF with
an embedded image) and a DPO takes an access request to its download."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.conftest import PASSWORD, Tenant
from tests.e2e.test_cases_browser import signed_in
from vaern import db
from vaern.cases import service
from vaern.config import Settings
from vaern.dpo import requests
from vaern.orgs import service as orgs
from vaern.orgs.models import Role
from vaern.orgs.schemas import UserCreate

pytestmark = pytest.mark.browser


def test_agent_filters_checks_contact_and_exports_danish_evidence(
    browser: Any, live_server: str, settings: Settings, tenant: Tenant, tmp_path: Path
) -> None:
    with db.session_scope(settings.database_url) as s:
        service.open_case(
            s,
            organisation_id=tenant.org.id,
            case_type="suspicious_message",
            source="call",
            title="Calm SMS case",
            priority="low",
        )
    context = browser.new_context(locale="da-DK", viewport={"width": 1366, "height": 768})
    page = signed_in(context, live_server, tenant.agent.email)
    base = f"{live_server}/staff/{tenant.org.slug}/cases"
    page.goto(base)
    page.select_option("#case_type", "impersonation_call")
    page.fill("#title", "Falsk bankopkald")
    page.select_option("#priority", "urgent")
    page.fill("#phone", "+45 20 12 34 56")
    page.click("#open-case button[type=submit]")
    page.wait_for_url(f"{base}/*")
    case_url = page.url
    # The queue, filtered to urgent cases, shows only this one, in Danish words.
    page.goto(base)
    page.select_option("#f-priority", "urgent")
    with page.expect_navigation():
        page.click("#queue-filters button[type=submit]")
    rows = page.locator("table.queue tbody tr")
    assert rows.count() == 1 and "Falsk bankopkald" in rows.first.inner_text()
    assert rows.first.locator(".priority").inner_text() == "Akut"
    # "Did we contact this customer?" answers inside the case.
    page.goto(case_url)
    with page.expect_navigation():
        page.click("button:has-text('Har vi kontaktet denne kunde?')")
    answer = page.locator("#contact-answer").inner_text()
    assert answer.startswith("Nej:") and "14 dage" in answer
    # A screenshot goes in as evidence and comes out embedded in the PDF.
    shot = tmp_path / "skaermbillede.png"
    Image.new("RGB", (120, 80), (10, 120, 200)).save(shot)
    page.set_input_files("#file", str(shot))
    with page.expect_navigation():
        page.locator("#file").evaluate("input => input.form.submit()")
    response = context.request.get(f"{case_url}/evidence.pdf")
    assert response.status == 200
    reader = PdfReader(io.BytesIO(response.body()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Bevismateriale: sag" in text and tenant.org.name in text
    assert "Sag oprettet" in text and "Har vi kontaktet kunden?" in text
    assert sum(len(p.images) for p in reader.pages) == 1
    context.close()


def test_dpo_takes_an_access_request_to_its_download(
    browser: Any, live_server: str, settings: Settings, tenant: Tenant
) -> None:
    email = f"dpo-{tenant.org.slug}@example.com"
    with db.session_scope(settings.database_url) as s:
        dpo = orgs.create_user(
            s, data=UserCreate(email=email, password=PASSWORD, display_name="DPO")
        )
        orgs.set_role(s, organisation_id=tenant.org.id, user_id=dpo.id, role=Role.dpo)
        request_id = requests.create_request(
            s, organisation_id=tenant.org.id, kind="access", identifiers={"email": "p@example.dk"}
        ).id
    context = browser.new_context(locale="da-DK", accept_downloads=True)
    page = signed_in(context, live_server, email)
    page.goto(f"{live_server}/staff/{tenant.org.slug}")
    # The DPO finds the requests in the privacy group of the menu.
    with page.expect_navigation():
        page.click("nav.staff-nav a:has-text('Anmodninger fra registrerede')")
    row = page.locator(f"#request-{request_id}")
    assert "Indsigt (art. 15)" in row.inner_text()
    row.locator("select[name=status]").select_option("verified")
    with page.expect_navigation():
        row.locator("button[type=submit]").first.click()
    row = page.locator(f"#request-{request_id}")
    assert "Identitet bekræftet" in row.inner_text()
    with page.expect_navigation():
        row.locator("a.export-link").click()
    assert "p@example.dk" in page.locator("main, body").first.inner_text()
    with page.expect_download() as download:
        page.click("#export-download")
    path = download.value.path()
    assert path is not None
    body = json.loads(Path(path).read_text())
    assert body["request"]["kind"] == "access" and "p@example.dk" in json.dumps(body)
    context.close()
