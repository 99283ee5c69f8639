"""Sign-in, CSRF, throttling, language and tenant isolation on the staff pages."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.testclient import TestClient
from stdnum.dk import cvr

from tests.conftest import PASSWORD, Tenant, csrf_from, login, make_client
from vaern import db
from vaern.config import Settings
from vaern.orgs import service as orgs
from vaern.privacy.models import AuditEntry


def test_front_page_is_danish_by_default_and_english_on_request(client: TestClient) -> None:
    da = client.get("/")
    assert da.status_code == 200 and '<html lang="da">' in da.text
    assert "Er det virkelig dem?" in da.text
    en = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in en.text and "Is it really them?" in en.text
    switched = client.get("/lang/en?next=/")
    assert switched.status_code == 303 and "vaern_lang=en" in switched.headers["set-cookie"]
    assert "Is it really them?" in client.get("/").text


def test_language_switch_is_not_an_open_redirect(client: TestClient) -> None:
    for target in ("https://evil.example/", "//evil.example", "/\\evil.example"):
        response = client.get("/lang/en", params={"next": target})
        assert response.headers["location"] == "/staff"


def test_login_logout_and_session_cookie_flags(client: TestClient, tenant: Tenant) -> None:
    assert client.get("/staff").status_code == 303  # to the login page
    page = client.get("/login")
    response = client.post(
        "/login",
        data={
            "email": tenant.admin_email,
            "password": PASSWORD,
            "csrf_token": csrf_from(page.text),
            "next": "/staff",
        },
    )
    assert response.status_code == 303 and response.headers["location"] == "/staff"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    staff = client.get("/staff")
    assert staff.status_code == 200 and tenant.org.name in staff.text
    logout = client.post("/logout", data={"csrf_token": csrf_from(staff.text)})
    assert logout.status_code == 303
    assert client.get("/staff").status_code == 303


def test_a_session_cookie_copied_before_logout_is_void_after_it(
    app: FastAPI, tenant: Tenant
) -> None:
    with make_client(app) as owner, make_client(app) as thief:
        login(owner, tenant.admin_email)
        stolen = owner.cookies["vaern_session"]
        staff = owner.get("/staff")
        assert staff.status_code == 200
        thief.cookies.set("vaern_session", stolen)
        assert thief.get("/staff").status_code == 200  # a copy works while signed in
        owner.post("/logout", data={"csrf_token": csrf_from(staff.text)})
        assert thief.get("/staff").status_code == 303  # and not after the sign-out
        login(owner, tenant.admin_email)
        assert owner.get("/staff").status_code == 200  # a new sign-in works


@pytest.mark.parametrize(
    ("revoked", "signed_in", "void"),
    [
        (None, None, False),
        (None, "2026-12-04T10:00:00+00:00", False),
        ("2026-12-04T10:00:00+00:00", "2026-12-04T09:59:59+00:00", True),
        ("2026-12-04T10:00:00+00:00", "2026-12-04T10:00:00+00:00", True),
        ("2026-12-04T10:00:00+00:00", "2026-12-04T10:00:01+00:00", False),
        ("2026-12-04T10:00:00+00:00", None, True),
        ("2026-12-04T10:00:00+00:00", "garbage", True),
    ],
)
def test_session_revoked(revoked: str | None, signed_in: str | None, void: bool) -> None:
    at = datetime.fromisoformat(revoked) if revoked else None
    assert orgs.session_revoked(at, signed_in) is void


def test_login_without_csrf_is_403(client: TestClient, tenant: Tenant) -> None:
    client.get("/login")
    response = client.post("/login", data={"email": tenant.admin_email, "password": PASSWORD})
    assert response.status_code == 403
    assert client.get("/staff").status_code == 303


def test_wrong_password_is_401_with_clear_message(client: TestClient, tenant: Tenant) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={"email": tenant.admin_email, "password": "wrong", "csrf_token": csrf_from(page.text)},
    )
    assert response.status_code == 401
    assert "Forkert e-mailadresse eller adgangskode" in response.text
    assert PASSWORD not in response.text


def test_login_throttled_per_account(
    client: TestClient, tenant: Tenant, settings: Settings
) -> None:
    token = csrf_from(client.get("/login").text)
    codes = [
        client.post(
            "/login", data={"email": tenant.admin_email, "password": "nope", "csrf_token": token}
        ).status_code
        for _ in range(settings.login_max_failures_account)
    ]
    assert set(codes) == {401}
    blocked = client.post(
        "/login", data={"email": tenant.admin_email, "password": PASSWORD, "csrf_token": token}
    )
    assert blocked.status_code == 429
    assert "For mange mislykkede" in blocked.text
    with db.session_scope(settings.database_url) as s:
        actions = s.scalars(
            sa.select(AuditEntry.action).where(
                AuditEntry.action.in_(["auth.login_failed", "auth.login_throttled"])
            )
        ).all()
        assert "auth.login_throttled" in actions


def test_failures_from_one_client_do_not_lock_the_account_for_another(
    app: FastAPI, tenant: Tenant, settings: Settings
) -> None:
    with make_client(app) as attacker, make_client(app) as owner:
        token = csrf_from(attacker.get("/login").text)
        wrong = {"email": tenant.admin_email, "password": "nope", "csrf_token": token}
        for _ in range(settings.login_max_failures_account):
            attacker.post("/login", data=wrong)
        assert attacker.post("/login", data=wrong).status_code == 429
        login(owner, tenant.admin_email)  # 429 here before: anyone could lock anyone out
        assert owner.get("/staff").status_code == 200


def test_login_throttled_per_client_address(
    client: TestClient, make_tenant: Callable[..., Tenant], settings: Settings
) -> None:
    settings.login_max_failures_address = 3
    token = csrf_from(client.get("/login").text)
    for i in range(3):  # different accounts, same client
        client.post(
            "/login", data={"email": f"nobody{i}@example.com", "password": "x", "csrf_token": token}
        )
    t = make_tenant()
    blocked = client.post(
        "/login", data={"email": t.admin_email, "password": PASSWORD, "csrf_token": token}
    )
    assert blocked.status_code == 429


def test_staff_pages_of_another_tenant_are_404(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(), make_tenant()
    login(client, a.admin_email)
    assert client.get(f"/staff/{a.org.slug}/tokens").status_code == 200
    for path in ("", "/settings", "/users", "/tokens"):
        assert client.get(f"/staff/{b.org.slug}{path}").status_code == 404, path
    page = client.get(f"/staff/{a.org.slug}/settings")
    token = csrf_from(page.text)
    response = client.post(
        f"/staff/{b.org.slug}/settings", data={"name": "Hijacked", "csrf_token": token}
    )
    assert response.status_code == 404
    client.post("/logout", data={"csrf_token": token})
    login(client, b.admin_email)
    assert "Hijacked" not in client.get(f"/staff/{b.org.slug}/settings").text


def test_admin_creates_token_shown_once_and_agent_cannot(
    client: TestClient, tenant: Tenant
) -> None:
    login(client, tenant.admin_email)
    page = client.get(f"/staff/{tenant.org.slug}/tokens")
    created = client.post(
        f"/staff/{tenant.org.slug}/tokens",
        data={
            "name": "crm",
            "scopes": ["outbound:write"],
            "expires_in_days": "30",
            "csrf_token": csrf_from(page.text),
        },
    )
    assert created.status_code == 201 and "vaern_" in created.text
    again = client.get(f"/staff/{tenant.org.slug}/tokens")
    assert "crm" in again.text and 'id="new-token"' not in again.text
    client.post("/logout", data={"csrf_token": csrf_from(again.text)})
    login(client, tenant.agent.email)
    page = client.get(f"/staff/{tenant.org.slug}/tokens")
    denied = client.post(
        f"/staff/{tenant.org.slug}/tokens",
        data={"name": "x", "scopes": ["orgs:read"], "csrf_token": csrf_from(page.text)},
    )
    assert denied.status_code == 403


def random_cvr() -> str:
    """A synthetic CVR number with a valid check digit, unique enough per test."""
    while True:
        body = str(secrets.randbelow(9_000_000) + 1_000_000)
        for last in "0123456789":
            if cvr.is_valid(body + last):
                return body + last


def test_cvr_taken_by_another_organisation_is_a_clear_409(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(), make_tenant()
    number = random_cvr()
    login(client, a.admin_email)
    page = client.get(f"/staff/{a.org.slug}/settings")
    client.post(
        f"/staff/{a.org.slug}/settings",
        data={"name": "Org A", "cvr": number, "csrf_token": csrf_from(page.text)},
    )
    client.post("/logout", data={"csrf_token": csrf_from(page.text)})
    login(client, b.admin_email)
    page = client.get(f"/staff/{b.org.slug}/settings")
    taken = client.post(
        f"/staff/{b.org.slug}/settings",
        data={"name": "Org B", "cvr": number, "csrf_token": csrf_from(page.text)},
    )
    assert taken.status_code == 409 and "CVR" in taken.text


def test_settings_validation_messages(client: TestClient, tenant: Tenant) -> None:
    login(client, tenant.admin_email)
    page = client.get(f"/staff/{tenant.org.slug}/settings")
    bad = client.post(
        f"/staff/{tenant.org.slug}/settings",
        data={
            "name": "Ok Name",
            "cvr": "12345678",
            "website": "http://x.dk",
            "csrf_token": csrf_from(page.text),
        },
    )
    assert bad.status_code == 422
    assert "CVR" in bad.text and "https://" in bad.text
    good = client.post(
        f"/staff/{tenant.org.slug}/settings",
        data={
            "name": "Renamed Bank",
            "cvr": random_cvr(),
            "main_phone": "70 10 10 10",
            "website": "https://bank.example",
            "csrf_token": csrf_from(page.text),
        },
    )
    assert good.status_code == 200, good.text
    assert "+4570101010" in good.text
