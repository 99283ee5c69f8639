"""Push: HMAC-signed webhooks with retries and a delivery log against a real loopback HTTP
server; e-mail double opt-in and one-click unsubscribe against a loopback SMTP server."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from datetime import timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, auth, csrf_from
from tests.loopback import Mailbox, Receiver
from tests.warnings.helpers import publish_warning
from vaern import db, delivery
from vaern.config import Settings
from vaern.db import utcnow
from vaern.warnings import push
from vaern.warnings.models import Delivery


def test_webhook_signed_retried_and_logged(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    receiver: Receiver,
) -> None:
    t = make_tenant(scopes=["warnings:write"])
    h = auth(t.token)
    created = client.post("/api/v1/warnings/webhooks", headers=h, json={"url": receiver.url})
    assert created.status_code == 201
    hook = created.json()
    assert hook["secret"].startswith("whsec_")
    receiver.statuses = [500]  # the first attempt fails
    w = publish_warning(client, t.token)
    now = db.utcnow()
    with db.session_scope(settings.database_url) as s:
        assert push.deliver_due(s, now=now)["retry"] >= 1
    log = client.get(f"/api/v1/warnings/webhooks/{hook['id']}/deliveries", headers=h).json()
    assert log[0]["status"] == "pending" and log[0]["attempts"] == 1
    assert log[0]["last_result"] == "RuntimeError: HTTP 500"
    # Not due again before the backoff has passed; delivered after it.
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s, now=now + timedelta(seconds=10))
    assert len(receiver.requests) == 1
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s, now=now + timedelta(seconds=31))
    assert len(receiver.requests) == 2
    headers, body = receiver.requests[-1]
    assert headers["x-vaern-event"] == "warning.published"
    stamp, mac = re.fullmatch(r"t=(\d+),v1=([0-9a-f]{64})", headers["x-vaern-signature"]).groups()  # type: ignore[union-attr]
    expected = hmac.new(hook["secret"].encode(), f"{stamp}.".encode() + body, hashlib.sha256)
    assert hmac.compare_digest(mac, expected.hexdigest())
    assert w["id"].encode() in body
    log = client.get(f"/api/v1/warnings/webhooks/{hook['id']}/deliveries", headers=h).json()
    assert log[0]["status"] == "delivered" and log[0]["attempts"] == 2


def test_webhook_gives_up_after_max_attempts_and_isolation(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    receiver: Receiver,
) -> None:
    t, other = make_tenant(scopes=["warnings:write"]), make_tenant(scopes=["warnings:write"])
    hook = client.post(
        "/api/v1/warnings/webhooks", headers=auth(t.token), json={"url": receiver.url}
    ).json()
    receiver.statuses = [503] * delivery.MAX_ATTEMPTS
    publish_warning(client, t.token)
    now = db.utcnow()
    for i in range(delivery.MAX_ATTEMPTS):
        with db.session_scope(settings.database_url) as s:
            push.deliver_due(s, now=now + timedelta(hours=i * 2))
    log = client.get(
        f"/api/v1/warnings/webhooks/{hook['id']}/deliveries", headers=auth(t.token)
    ).json()
    assert log[0]["status"] == "failed" and log[0]["attempts"] == delivery.MAX_ATTEMPTS
    path = f"/api/v1/warnings/webhooks/{hook['id']}/deliveries"
    assert client.get(path, headers=auth(other.token)).status_code == 404
    bad = client.post(
        "/api/v1/warnings/webhooks", headers=auth(t.token), json={"url": "ftp://x.y/z"}
    )
    assert bad.status_code == 422


def test_email_double_opt_in_delivery_and_one_click_unsubscribe(
    client: TestClient,
    make_tenant: Callable[..., Tenant],
    settings: Settings,
    smtp: tuple[Mailbox, tuple[str, int]],
) -> None:
    box, address = smtp
    t = make_tenant(scopes=["warnings:write"])
    form = client.get(f"/orgs/{t.org.slug}/warnings/subscribe")
    csrf = csrf_from(form.text)
    bad = client.post(
        f"/orgs/{t.org.slug}/warnings/subscribe", data={"csrf_token": csrf, "email": "nope"}
    )
    assert bad.status_code == 422
    ok = client.post(
        f"/orgs/{t.org.slug}/warnings/subscribe",
        data={"csrf_token": csrf, "email": "abonnent@example.com"},
    )
    assert ok.status_code == 200
    # Unconfirmed subscribers get no warnings.
    publish_warning(client, t.token, title={"da": "Før bekræftelse", "en": "Before"})
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s, smtp=address)
    assert [m["To"] for m in box.messages] == ["abonnent@example.com"]
    confirm = box.messages[0].get_body().get_content()  # type: ignore[union-attr]
    link = re.search(r"http://\S+/warnings/subscriptions/confirm\?token=(\S+)", confirm)
    assert link
    assert client.get(f"/warnings/subscriptions/confirm?token={link.group(1)}").status_code == 200
    publish_warning(client, t.token, title={"da": "Ny svindel-SMS", "en": "New scam"})
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s, smtp=address)
    assert len(box.messages) == 2
    warning_mail = box.messages[1]
    assert "Ny svindel-SMS" in warning_mail["Subject"]
    assert warning_mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = warning_mail["List-Unsubscribe"].strip("<>")
    one_click = client.post(unsubscribe.replace(settings.base_url, ""))
    assert one_click.status_code == 200
    publish_warning(client, t.token, title={"da": "Efter afmelding", "en": "After"})
    with db.session_scope(settings.database_url) as s:
        push.deliver_due(s, smtp=address)
    assert len(box.messages) == 2
    assert client.get("/warnings/subscriptions/confirm?token=bogus").status_code == 404


def test_subscribing_again_and_again_sends_one_confirmation_per_cooldown(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    t = make_tenant()
    csrf = csrf_from(client.get(f"/orgs/{t.org.slug}/warnings/subscribe").text)
    for _ in range(10):
        sent = client.post(
            f"/orgs/{t.org.slug}/warnings/subscribe",
            data={"csrf_token": csrf, "email": "offer@example.com"},
        )
        assert sent.status_code == 200  # the same answer every time
    with db.session_scope(settings.database_url) as s:
        mails = s.scalars(
            sa.select(Delivery).where(
                Delivery.organisation_id == t.org.id, Delivery.kind == "email-confirm"
            )
        ).all()
    assert len(mails) == 1


def test_a_confirmation_is_due_again_only_after_the_cooldown() -> None:
    now = utcnow()
    assert push.confirmation_due(None, now)
    assert not push.confirmation_due(now - push.CONFIRMATION_COOLDOWN + timedelta(seconds=1), now)
    assert push.confirmation_due(now - push.CONFIRMATION_COOLDOWN, now)
