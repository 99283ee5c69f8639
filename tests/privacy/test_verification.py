"""The public request form (da/en) and identity verification by a one-time code, sent to
the outbox (embedded default) or by SMTP (a loopback aiosmtpd server)."""

from __future__ import annotations

import re
import socket
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from tests.conftest import Tenant, csrf_from
from tests.loopback import Mailbox
from vaern import config, db
from vaern.config import Settings
from vaern.dpo import verification
from vaern.errors import Conflict, Invalid, TooManyRequests
from vaern.privacy import secret_mail, vault
from vaern.privacy.models import OutboxMessage, SubjectRequest

EMAIL = "borger@example.dk"


def _code_from_outbox(s: db.Session, org_id: object) -> str:
    row = s.scalars(
        sa.select(OutboxMessage)
        .where(OutboxMessage.organisation_id == org_id)
        .order_by(OutboxMessage.created_at.desc())
    ).first()
    assert row is not None and EMAIL not in row.recipient  # stored encrypted
    context = secret_mail.outbox_context(row.organisation_id)
    assert vault.decrypt(row.recipient, context=context) == EMAIL
    found = re.search(r"\b(\d{6})\b", vault.decrypt(row.body, context=context))
    assert found
    return found.group(1)


def test_public_form_in_danish_and_english_verifies_by_code(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    url = f"/privacy/{t.org.slug}/request"
    page = client.get(url)
    assert page.status_code == 200 and "Slet mine oplysninger" in page.text
    english = client.get(url, headers={"Accept-Language": "en"})
    assert "Delete my data (erasure)" in english.text
    assert client.get("/privacy/no-such-org/request").status_code == 404
    token = csrf_from(page.text)
    assert client.post(url, data={"kind": "access", "email": EMAIL}).status_code == 403
    nothing = client.post(url, data={"csrf_token": token, "kind": "access"})
    assert nothing.status_code == 422 and 'class="error"' in nothing.text
    sent = client.post(
        url,
        data={"csrf_token": token, "kind": "erasure", "email": EMAIL, "note": "cpr 010190-1234"},
        follow_redirects=False,
    )
    assert sent.status_code == 303
    verify_url = sent.headers["location"]
    assert EMAIL not in verify_url
    form = client.get(verify_url)
    assert form.status_code == 200 and 'name="code"' in form.text
    with db.session_scope(settings.database_url) as s:
        code = _code_from_outbox(s, t.org.id)
        request = s.scalars(
            sa.select(SubjectRequest).where(SubjectRequest.organisation_id == t.org.id)
        ).one()
        assert request.channel == "public" and request.status == "received"
        assert request.note is not None and "010190-1234" not in request.note
    wrong = "000000" if code != "000000" else "111111"
    bad = client.post(verify_url, data={"csrf_token": token, "code": wrong})
    assert bad.status_code == 422 and "Koden er ikke rigtig" in bad.text
    good = client.post(verify_url, data={"csrf_token": token, "code": code})
    assert good.status_code == 200 and 'role="status"' in good.text
    with db.session_scope(settings.database_url) as s:
        request = s.get_one(SubjectRequest, request.id)
        assert request.status == "verified" and request.code_attempts == 1
        assert request.code_hash is None
    again = client.post(verify_url, data={"csrf_token": token, "code": code})
    assert again.status_code == 422  # a code works once


def test_wrong_guesses_spend_the_code_and_codes_expire(session: db.Session, tenant: Tenant) -> None:
    r = verification.submit_public(
        session, organisation_id=tenant.org.id, kind="access", email=EMAIL
    )
    code = _code_from_outbox(session, tenant.org.id)
    for _ in range(verification.MAX_ATTEMPTS):
        with pytest.raises(Invalid):
            verification.check_code(
                session, organisation_id=tenant.org.id, request_id=r.id, code="x"
            )
    with pytest.raises(Conflict):
        verification.check_code(session, organisation_id=tenant.org.id, request_id=r.id, code=code)
    verification.send_code(session, r, channel="email", recipient=EMAIL)
    fresh = _code_from_outbox(session, tenant.org.id)
    assert r.code_expires_at is not None
    with pytest.raises(Invalid):
        verification.check_code(
            session,
            organisation_id=tenant.org.id,
            request_id=r.id,
            code=fresh,
            now=r.code_expires_at + verification.CODE_TTL,
        )


def test_public_submissions_are_throttled_per_client(session: db.Session, tenant: Tenant) -> None:
    for _ in range(verification.SUBMISSIONS_PER_HOUR):
        verification.submit_public(
            session,
            organisation_id=tenant.org.id,
            kind="access",
            phone="20304050",
            source="client-a",
        )
    with pytest.raises(TooManyRequests):
        verification.submit_public(
            session,
            organisation_id=tenant.org.id,
            kind="access",
            phone="20304050",
            source="client-a",
        )
    verification.submit_public(
        session, organisation_id=tenant.org.id, kind="access", phone="20304050", source="b"
    )


def test_code_by_smtp(
    settings: Settings,
    make_tenant: Callable[..., Tenant],
    smtp: tuple[Mailbox, tuple[str, int]],
) -> None:
    t = make_tenant()
    box, (host, port) = smtp
    config.configure(
        var_dir=settings.var_dir,
        database_url=settings.database_url,
        privacy_code_sender="smtp",
        smtp_host=host,
        smtp_port=port,
        run_jobs=False,
    )
    with db.session_scope(settings.database_url) as s:
        r = verification.submit_public(s, organisation_id=t.org.id, kind="access", email=EMAIL)
        assert (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.organisation_id == t.org.id)
            )
            == 0
        )
    [mail] = box.messages
    assert mail["To"] == EMAIL
    found = re.search(r"\b(\d{6})\b", mail.get_content())
    assert found
    with db.session_scope(settings.database_url) as s:
        done = verification.check_code(
            s, organisation_id=t.org.id, request_id=r.id, code=found.group(1)
        )
        assert done.status == "verified"


def test_a_mail_server_that_refuses_leaves_nothing_behind(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    t = make_tenant()
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config.configure(
        var_dir=settings.var_dir,
        database_url=settings.database_url,
        privacy_code_sender="smtp",
        smtp_host="127.0.0.1",
        smtp_port=port,
        rate_limit="10000/minute",
        run_jobs=False,
    )
    url = f"/privacy/{t.org.slug}/request"
    page = client.get(url)
    failed = client.post(
        url, data={"csrf_token": csrf_from(page.text), "kind": "access", "email": EMAIL}
    )
    assert failed.status_code == 503 and "Prøv igen senere" in failed.text
    with db.session_scope(settings.database_url) as s:
        count = s.scalar(
            sa.select(sa.func.count())
            .select_from(SubjectRequest)
            .where(SubjectRequest.organisation_id == t.org.id)
        )
    assert count == 0
