"""The evidence pack carries the content of linked reports, campaigns and warnings,
redacted and covered by the manifest hash; another organisation's objects stay out."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable

from fastapi.testclient import TestClient
from pypdf import PdfReader

from tests.conftest import Tenant, auth
from tests.warnings.helpers import warning_body
from vaern import db
from vaern.config import Settings
from vaern.orgs.access import Principal
from vaern.orgs.models import Role
from vaern.reports import service as reports
from vaern.reports.schemas import ReportCreate
from vaern.warnings import service as warnings
from vaern.warnings.schemas import WarningCreate

CPR = "010190-1234"
SCAM = f"Din konto er spærret. Bekræft dit CPR {CPR} på https://bank-sikker.example.net/login"


def report_for(settings: Settings, t: Tenant, text: str) -> str:
    with db.session_scope(settings.database_url) as s:
        report, _ = reports.submit_report(
            s,
            data=ReportCreate(
                organisation=t.org.slug, text=text, channel="sms", sender="BANK", consent=True
            ),
            reporter=None,
        )
        return str(report.id)


def warning_for(settings: Settings, t: Tenant) -> str:
    admin = Principal(kind="user", id=t.admin.id, organisation_id=t.org.id, role=Role.admin)
    with db.session_scope(settings.database_url) as s:
        w = warnings.create_warning(s, principal=admin, data=WarningCreate(**warning_body()))
        s.flush()
        return str(w.id)


def canonical_hash(data: dict[str, object]) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def test_pack_includes_linked_content_redacted_and_hashed(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["cases:read", "cases:write", "reports:read"])
    other = make_tenant(scopes=["cases:read", "cases:write"])
    mine, theirs = report_for(settings, t, SCAM), report_for(settings, other, "Andet svindel")
    warning = warning_for(settings, t)
    links = [
        {"kind": "report", "target_id": mine},
        {"kind": "warning", "target_id": warning},
        {"kind": "report", "target_id": theirs},
    ]
    case = client.post(
        "/api/v1/cases",
        headers=auth(t.token),
        json={"case_type": "suspicious_message", "title": "Forwarded SMS", "links": links},
    ).json()
    data = client.get(f"/api/v1/cases/{case['id']}/evidence.json", headers=auth(t.token)).json()
    linked = {item["id"]: item for item in data["linked"]}
    report = linked[mine]
    assert report["available"] and "Din konto er spærret" in report["text"]
    assert CPR not in json.dumps(data) and "[CPR]" in report["text"]
    assert report["indicators"]["link_domains"] == ["bank-sikker.example.net"]
    assert linked[warning]["title"]["da"] == "Falske pakke-SMS'er"
    assert "ole@example.com" not in json.dumps(linked[warning])
    assert linked[theirs] == {"kind": "report", "id": theirs, "available": False}
    # The manifest hash covers the linked content: change one character and it breaks.
    manifest = data.pop("manifest")
    assert canonical_hash(data) == manifest["sha256"]
    report["text"] = report["text"].replace("spærret", "sperret")
    assert canonical_hash(data) != manifest["sha256"]
    english = {**auth(t.token), "Accept-Language": "en"}
    pdf = client.get(f"/api/v1/cases/{case['id']}/evidence.pdf", headers=english)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Linked reports, campaigns and warnings" in text
    assert "Din konto er spærret" in text and "bank-sikker.example.net" in text
    assert "Falske pakke-SMS'er" in text and "Not available" in text
    assert CPR not in text and "Andet svindel" not in text
    assert "Did we contact the customer?" in text


def test_token_without_report_scope_gets_no_report_content(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant(scopes=["cases:read", "cases:write"])
    report = report_for(settings, t, SCAM)
    case = client.post(
        "/api/v1/cases",
        headers=auth(t.token),
        json={
            "case_type": "suspicious_message",
            "title": "Forwarded SMS",
            "links": [{"kind": "report", "target_id": report}],
        },
    ).json()
    data = client.get(f"/api/v1/cases/{case['id']}/evidence.json", headers=auth(t.token)).json()
    assert data["linked"] == [{"kind": "report", "id": report, "available": False}]


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_pdf_for_the_police_is_danish_with_names_times_image_and_hashes(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    from tests.cases.test_pages import open_case
    from tests.conftest import csrf_from, login

    t = make_tenant()
    login(client, t.agent.email)  # Danish by default
    url = open_case(client, t)
    page = client.get(url)
    token = csrf_from(page.text)
    assert client.post(f"{url}/contact-check", data={"csrf_token": token}).status_code == 303
    action = page.text.split('action="/staff-upload/cases/', 1)[1].split('"', 1)[0]
    image = _png()
    upload = client.post(
        f"/staff-upload/cases/{action}",
        data={"csrf_token": token},
        files={"file": ("screenshot.png", image, "image/png")},
    )
    assert upload.status_code == 303, upload.text
    pdf = client.get(f"{url}/evidence.pdf")
    assert pdf.status_code == 200
    reader = PdfReader(io.BytesIO(pdf.content))
    text = "".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    assert "Bevismateriale: sag" in flat and "Tidslinje" in flat
    assert t.org.name in flat  # the organisation, by name
    assert "Agent" in flat and str(t.agent.id) not in flat  # people by name, not ids
    assert "Sag oprettet" in flat and "opened" not in flat.split()  # readable timeline
    assert "CET" in flat or "CEST" in flat  # Copenhagen time, labelled
    assert hashlib.sha256(image).hexdigest() in flat.replace(" ", "")  # its hash listed
    assert "Har vi kontaktet kunden?" in flat
    pictures = [img for p in reader.pages for img in p.images]
    assert len(pictures) == 1  # the screenshot itself, embedded
