"""A recipient lets a member organisation's outbound log say "yes, we sent this"."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from
from tests.outbound.conftest import token_principal
from vaern import config, db
from vaern.db import utcnow
from vaern.messages import check
from vaern.outbound import service as outbound
from vaern.outbound.schemas import OutboundItem
from vaern.privacy.models import AuditEntry
from vaern.registry import service as registry
from vaern.registry.schemas import ChannelCreate

RECIPIENT = "+45 20 30 40 57"  # synthetic
OTHER = "+45 20 30 40 58"


def sender_id(t: Tenant) -> str:
    """Each member its own SMS sender: the database is shared by the whole run."""
    return "FB" + t.org.slug[-8:]


def sent_text(t: Tenant) -> str:
    return (
        f"{t.org.name}: Din nye betalingsaftale er oprettet. Se den på https://fjordbank.dk/aftale"
    )


@pytest.fixture
def member(make_tenant: Callable[..., Tenant], settings: config.Settings) -> Tenant:
    """A member with an SMS sender that recorded one SMS to RECIPIENT."""
    t = make_tenant()
    with db.session_scope(settings.database_url) as s:
        p = token_principal(t)
        registry.add_channel(
            s, principal=p, data=ChannelCreate(kind="sms_sender", value=sender_id(t))
        )
        item = OutboundItem(
            client_id="sms-1",
            channel="sms",
            sender=sender_id(t),
            recipient=RECIPIENT,
            sent_at=utcnow() - timedelta(minutes=5),
            text=sent_text(t),
        )
        assert outbound.ingest(s, principal=p, items=[item]).accepted == 1
    return t


def codes(body: dict[str, object]) -> set[str]:
    return {r["code"] for r in body["reasons"]}  # type: ignore[attr-defined, index]


def test_recorded_message_to_this_recipient_is_genuine(client: TestClient, member: Tenant) -> None:
    body = {"text": sent_text(member), "channel": "sms", "sender": sender_id(member)}
    r = client.post("/api/v1/check", json={**body, "recipient": RECIPIENT})
    assert r.status_code == 200, r.text
    assert r.json()["verdict"] == "genuine"
    assert "outbound_match" in codes(r.json())
    without = client.post("/api/v1/check", json=body).json()
    assert without["verdict"] != "genuine"
    assert not codes(without) & {"outbound_match", "outbound_no_match"}


def test_no_record_for_another_recipient_is_a_signal(client: TestClient, member: Tenant) -> None:
    body = {
        "text": sent_text(member),
        "channel": "sms",
        "sender": sender_id(member),
        "recipient": OTHER,
    }
    r = client.post("/api/v1/check", json=body).json()
    assert r["verdict"] != "genuine"
    assert "outbound_no_match" in codes(r)


def test_a_copied_message_with_a_new_link_is_not_genuine(
    client: TestClient, member: Tenant
) -> None:
    edited = sent_text(member).replace("https://fjordbank.dk/aftale", "https://fjordbank-dk.com/a")
    body = {"text": edited, "channel": "sms", "sender": sender_id(member), "recipient": RECIPIENT}
    r = client.post("/api/v1/check", json=body).json()
    assert r["verdict"] != "genuine"
    assert "outbound_no_match" in codes(r)


def test_python_check_with_session_and_recipient(member: Tenant, settings: config.Settings) -> None:
    with db.session_scope(settings.database_url) as s:
        result = check(
            sent_text(member),
            channel="sms",
            sender=sender_id(member),
            session=s,
            recipient=RECIPIENT,
        )
    assert result["verdict"] == "genuine"


def test_recipient_is_neither_stored_nor_logged_nor_echoed(
    client: TestClient,
    member: Tenant,
    settings: config.Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with db.session_scope(settings.database_url) as s:
        before = s.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
    caplog.set_level(logging.DEBUG)
    page = client.get("/check")
    r = client.post(
        "/check",
        data={
            "text": sent_text(member),
            "channel": "sms",
            "sender": sender_id(member),
            "recipient": RECIPIENT,
            "csrf_token": csrf_from(page.text),
        },
    )
    assert r.status_code == 200
    assert 'data-code="outbound_match"' in r.text
    assert 'id="report"' not in r.text  # nothing to report about a message they sent
    assert RECIPIENT not in r.text and "4520304057" not in r.text
    assert "4520304057" not in caplog.text.replace(" ", "")
    with db.session_scope(settings.database_url) as s:
        after = s.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
    assert after == before  # a public look-up leaves no trail with the number in it


def test_a_bad_recipient_is_a_422_that_does_not_repeat_it(client: TestClient) -> None:
    r = client.post("/api/v1/check", json={"text": "Hej", "recipient": "not-a-number-xyz"})
    assert r.status_code == 422
    assert "not-a-number-xyz" not in r.text
    r = client.post("/api/v1/check", json={"text": "Hej", "recipient": "a@b"})
    assert r.status_code == 422


def test_directory_organisations_have_no_outbound_log(client: TestClient) -> None:
    text = "PostNord: Din pakke er klar. Se https://www.postnord.dk/t"
    r = client.post("/api/v1/check", json={"text": text, "channel": "sms", "recipient": RECIPIENT})
    assert not codes(r.json()) & {"outbound_match", "outbound_no_match"}
