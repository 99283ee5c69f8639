"""SMS screenshots: rendered phone screenshots of Danish scam texts are read by the real
Tesseract (Debian packages), checked like a pasted SMS, redacted and grouped; by the public
API, the check page and forwarded mail. Without the engine, a clear bilingual error."""

from __future__ import annotations

import email.policy
import io
import json
import os
import smtplib
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient
from PIL import Image
from typer.testing import CliRunner

from tests.conftest import Tenant, csrf_from, unique
from tests.messages.helpers import qr_png
from tests.messages.screenshots import SCAMS, bubble_text, char_accuracy, sms_screenshot
from tests.reports.receiver import DOMAIN, running_receiver
from vaern import db
from vaern.cli import app
from vaern.config import Settings
from vaern.messages import check
from vaern.reports.models import Report
from vaern.text import ocr

pytestmark = pytest.mark.long

if not ocr.available():
    if os.environ.get("CI") == "true":
        raise RuntimeError(
            "tesseract-ocr with Danish is required in CI: scripts/ensure-system-packages.sh"
        )
    pytest.skip("tesseract-ocr-dan is not installed", allow_module_level=True)

MITID = SCAMS[0]
MITID_AGAIN = (
    "MitID: Din adgang er spærret. Bekræft dine oplysninger inden kl. 21 på "
    "https://mitid-bekraeft.dk-login.com/sikker for at undgå at miste adgangen."
)
PACKAGE = SCAMS[2]
runner = CliRunner()


def _upload(client: TestClient, png: bytes, slug: str, **fields: str) -> dict[str, object]:
    data = {"organisation": slug, "consent": "true", **fields}
    r = client.post(
        "/api/v1/reports/screenshot", files={"file": ("sms.png", png, "image/png")}, data=data
    )
    assert r.status_code == 201, r.text
    return dict(r.json())


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_ocr_reads_danish_scam_screenshots(dark: bool) -> None:
    for text in SCAMS:
        got = bubble_text(ocr.recognise(sms_screenshot(text, dark=dark)))
        assert char_accuracy(text, got) >= 0.97, got
    mitid = ocr.recognise(sms_screenshot(MITID, dark=dark))
    assert "spærret" in mitid and "undgå" in mitid and "mitid-bekraeft.dk-login.com" in mitid


def test_screenshot_gets_the_scam_verdict_like_the_pasted_text() -> None:
    png = sms_screenshot(MITID)
    from_picture = check(png, channel="sms")
    pasted = check(MITID, channel="sms")
    assert from_picture["verdict"] == pasted["verdict"] == "scam"
    assert from_picture["claimed_organisation"] == "MitID"
    assert {r["code"] for r in pasted["reasons"]} <= {r["code"] for r in from_picture["reasons"]}
    assert check(png)["channel"] == "sms"  # a picture without a QR code is read as a screenshot
    assert check(png, channel="qr")["channel"] == "qr"  # asked for QR only: no OCR


def test_qr_code_inside_a_screenshot_is_decoded_too() -> None:
    code = Image.open(io.BytesIO(qr_png("https://qr-betaling.example.com/kvittering")))
    png = sms_screenshot("Scan koden for at få din tilbagebetaling.", qr=code)
    result = check(png, channel="sms")
    assert "https://qr-betaling.example.com/kvittering" in result["text"]
    assert "tilbagebetaling" in result["text"]


def test_api_screenshots_are_redacted_and_join_the_right_campaign(
    client: TestClient, tenant: Tenant, settings: Settings
) -> None:
    slug = tenant.org.slug
    first = _upload(client, sms_screenshot(MITID), slug)
    assert first["verdict"] == "scam" and str(first["reference"]).startswith("R-")
    second = _upload(client, sms_screenshot(MITID_AGAIN, sender="MitID"), slug)
    other = _upload(client, sms_screenshot(PACKAGE), slug)
    again = _upload(client, sms_screenshot(MITID), slug)
    assert again["duplicate"] is True and again["reference"] == first["reference"]
    with db.session_scope(settings.database_url) as s:
        rows = {
            r.reference: r
            for r in s.scalars(sa.select(Report).where(Report.organisation_id == tenant.org.id))
        }
    assert len(rows) == 3
    a, b, c = (rows[str(x["reference"])] for x in (first, second, other))
    assert a.campaign_id == b.campaign_id and a.campaign_id != c.campaign_id
    assert a.channel == "sms" and a.source == "screenshot"
    assert a.link_domains == ["mitid-bekraeft.dk-login.com"]
    assert a.check_result["verdict"] == "scam"
    # The phone's header showed the sender's number: stored redacted, like pasted text.
    assert "20 30 40 50" not in a.text and "[PHONE]" in a.text
    assert first["text"] == a.text


def test_check_page_reads_a_screenshot_and_reports_it(client: TestClient, tenant: Tenant) -> None:
    page = client.get("/check")
    r = client.post(
        "/check",
        data={"csrf_token": csrf_from(page.text), "channel": "sms"},
        files={"file": ("sms.png", sms_screenshot(PACKAGE), "image/png")},
    )
    assert r.status_code == 200
    assert 'id="verdict"' in r.text and "postnord-levering.info" in r.text


def test_bad_pictures_get_clear_errors(
    client: TestClient, tenant: Tenant, settings: Settings
) -> None:
    url = "/api/v1/reports/screenshot"
    data = {"organisation": tenant.org.slug, "consent": "true"}
    r = client.post(url, files={"file": ("x.png", b"\x89PNG not really", "image/png")}, data=data)
    assert r.status_code == 422 and "PNG or JPEG" in r.json()["detail"]
    settings.ocr_max_pixels = 100_000
    r = client.post(url, files={"file": ("x.png", sms_screenshot(MITID), "image/png")}, data=data)
    assert r.status_code == 422 and "too large" in r.json()["detail"]
    r = client.post(
        url,
        files={"file": ("x.png", sms_screenshot(MITID), "image/png")},
        data={**data, "consent": "false"},
    )
    assert r.status_code == 422


def test_without_the_engine_the_error_is_clear_and_bilingual(
    client: TestClient, tenant: Tenant, settings: Settings
) -> None:
    settings.ocr_command = f"/nonexistent/{unique('tesseract')}"
    png = sms_screenshot(MITID)
    r = client.post(
        "/api/v1/reports/screenshot",
        files={"file": ("sms.png", png, "image/png")},
        data={"organisation": tenant.org.slug, "consent": "true"},
    )
    assert r.status_code == 503
    body = r.json()
    assert body["type"] == "urn:vaern:problem:ocr-unavailable"
    assert "Text recognition is not available on this server" in body["detail"]
    assert "Tekstgenkendelse er ikke tilgængelig på denne server" in body["detail_da"]
    page = client.get("/check")
    r = client.post(
        "/check",
        data={"csrf_token": csrf_from(page.text), "channel": "sms"},
        files={"file": ("sms.png", png, "image/png")},
        headers={"accept-language": "da"},
    )
    assert r.status_code == 503 and "Tekstgenkendelse er ikke tilgængelig" in r.text
    # A QR picture still works without OCR.
    assert check(qr_png("https://example.org/x"), channel="qr")["channel"] == "qr"


@pytest.fixture
def receiver(settings: Settings) -> Iterator[Controller]:
    with running_receiver(settings) as controller:
        yield controller


def _mail_with_screenshots(reporter: str, *pngs: bytes) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = reporter
    msg["Subject"] = "VS: mærkelig sms"
    msg.set_content("Jeg fik den her sms, er den ægte? Mvh. Jens, tlf. 40 50 60 70")
    for i, png in enumerate(pngs):
        msg.add_attachment(png, maintype="image", subtype="png", filename=f"IMG_{i}.png")
    return msg


def _send(c: Controller, slug: str, msg: EmailMessage, sender: str) -> tuple[int, str]:
    with smtplib.SMTP(c.hostname, c.port, timeout=30) as client:
        client.ehlo()
        client.mail(sender)
        assert client.rcpt(f"report+{slug}@{DOMAIN}")[0] == 250
        code, reply = client.data(msg.as_bytes(policy=email.policy.SMTP))
        return code, reply.decode()


def test_mailed_screenshots_join_the_campaign_of_uploaded_ones(
    client: TestClient,
    receiver: Controller,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
) -> None:
    t = make_tenant()
    uploaded = _upload(client, sms_screenshot(MITID), t.org.slug)
    reporter = f"{unique('kunde')}@example.net"
    mail = _mail_with_screenshots(reporter, sms_screenshot(MITID_AGAIN), sms_screenshot(PACKAGE))
    code, reply = _send(receiver, t.org.slug, mail, reporter)
    assert code == 250, reply
    refs = reply.split(": ", 1)[1].split(", ")
    assert len(refs) == 2
    with db.session_scope(settings.database_url) as s:
        by_ref = {
            r.reference: r for r in s.scalars(sa.select(Report).where(Report.reference.in_(refs)))
        }
        first = s.scalar(sa.select(Report).where(Report.reference == uploaded["reference"]))
        assert first is not None
        mitid, package = by_ref[refs[0]], by_ref[refs[1]]
        assert mitid.channel == "sms" and mitid.source == "email"
        assert mitid.campaign_id == first.campaign_id != package.campaign_id
        assert mitid.check_result["verdict"] == "scam"
        # The reporter's own note (with their number) is not what is reported.
        assert all("Jens" not in r.text and "ægte" not in r.text for r in by_ref.values())


def test_mail_with_screenshots_without_the_engine_is_refused_clearly(
    receiver: Controller, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    settings.ocr_command = f"/nonexistent/{unique('tesseract')}"
    reporter = f"{unique('kunde')}@example.net"
    code, reply = _send(
        receiver, t.org.slug, _mail_with_screenshots(reporter, sms_screenshot(MITID)), reporter
    )
    assert code == 554 and "Text recognition is not available" in reply


def test_ingested_mail_with_screenshots_is_read_like_received_mail(
    tmp_path: Path, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    reporter = f"{unique('kunde')}@example.net"
    mail = _mail_with_screenshots(reporter, sms_screenshot(MITID), sms_screenshot(PACKAGE))
    (tmp_path / "forward.eml").write_bytes(mail.as_bytes(policy=email.policy.SMTP))
    run = runner.invoke(app, ["reports", "ingest", str(tmp_path), "--org", t.org.slug])
    assert run.exit_code == 0, run.output
    assert json.loads(run.output)["accepted"] == 2
    with db.session_scope(settings.database_url) as s:
        rows = list(s.scalars(sa.select(Report).where(Report.organisation_id == t.org.id)))
        assert {r.channel for r in rows} == {"sms"} and {r.source for r in rows} == {"ingest"}
        domains = sorted(d for r in rows for d in r.link_domains)
        assert domains == ["mitid-bekraeft.dk-login.com", "postnord-levering.info"]
        assert all(r.check_result["verdict"] == "scam" for r in rows)
        # The forwarder's note is not the report, and their number is nowhere.
        assert all("Jens" not in r.text and "40 50 60 70" not in r.text for r in rows)
    # Without the engine the message is counted as failed, with the reason, not dropped
    # silently; a plain mail in the same run is still stored.
    settings.ocr_command = f"/nonexistent/{unique('tesseract')}"
    (tmp_path / "other.eml").write_bytes(
        bytes(_mail_with_screenshots(reporter, sms_screenshot(MITID_AGAIN)))
    )
    plain = EmailMessage()
    plain["From"] = "Sikkerhed <alert@secure-bank.example.com>"
    plain["Subject"] = "Din konto er spærret"
    plain.set_content("Log ind på https://secure-bank.example.com/login for at åbne kontoen.")
    (tmp_path / "plain.eml").write_bytes(bytes(plain))
    run = runner.invoke(app, ["reports", "ingest", str(tmp_path), "--org", t.org.slug])
    result = json.loads(run.output)
    assert (result["accepted"], result["duplicates"], result["failed"]) == (1, 0, 2)
    assert result["errors"] == ["forward.eml: OcrUnavailable", "other.eml: OcrUnavailable"]
