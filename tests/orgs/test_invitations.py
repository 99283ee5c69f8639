"""Invitations with acceptance (issue 17, medium 13): an admin can no longer add another
tenant's user without consent, nor learn whether an address has an account."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.conftest import PASSWORD, Tenant, auth, csrf_from, login, make_client, unique
from vaern import db
from vaern.cli import app as cli
from vaern.config import Settings
from vaern.errors import NotFound
from vaern.orgs import invitations
from vaern.orgs import service as orgs
from vaern.orgs.models import Invitation, Membership, Role
from vaern.privacy import secret_mail, vault
from vaern.privacy.models import AuditEntry, OutboxMessage

SCOPES = ["orgs:read", "members:admin"]


def _mailed_token(s: db.Session, org_id: uuid.UUID, address: str) -> str:
    """The token in the newest invitation mail to ``address`` in the encrypted outbox."""
    context = secret_mail.outbox_context(org_id)
    for row in s.scalars(
        sa.select(OutboxMessage)
        .where(OutboxMessage.organisation_id == org_id)
        .order_by(OutboxMessage.created_at.desc())
    ):
        if vault.decrypt(row.recipient, context=context) == address:
            found = re.search(
                r"/invitations/([A-Za-z0-9_-]{40,})", vault.decrypt(row.body, context=context)
            )
            assert found
            return found.group(1)
    raise AssertionError(f"no mail to {address}")


def _role(s: db.Session, org_id: uuid.UUID, user_id: uuid.UUID) -> str | None:
    return s.scalar(
        sa.select(Membership.role).where(
            Membership.organisation_id == org_id, Membership.user_id == user_id
        )
    )


def _actions(s: db.Session, org_id: uuid.UUID) -> list[str]:
    return list(s.scalars(sa.select(AuditEntry.action).where(AuditEntry.organisation_id == org_id)))


def test_an_admin_cannot_add_another_tenants_user_directly(
    settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(), make_tenant()
    with db.session_scope(settings.database_url) as s:
        admin = orgs.principal_for_user(
            s, user=orgs.get_user(s, user_id=a.admin.id), organisation=a.org
        )
        with pytest.raises(NotFound):
            orgs.set_role(
                s, organisation_id=a.org.id, user_id=b.admin.id, role=Role.admin, actor=admin
            )
        # A member's role still changes.
        orgs.set_role(
            s, organisation_id=a.org.id, user_id=a.agent.id, role=Role.viewer, actor=admin
        )
    with db.session_scope(settings.database_url) as s:
        assert _role(s, a.org.id, b.admin.id) is None
        assert _role(s, a.org.id, a.agent.id) == "viewer"


def test_api_role_change_only_for_members(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant()
    other = client.put(
        f"/api/v1/members/{b.admin.id}", headers=auth(a.token), json={"role": "admin"}
    )
    assert other.status_code == 404
    own = client.put(f"/api/v1/members/{a.agent.id}", headers=auth(a.token), json={"role": "dpo"})
    assert own.status_code == 200 and own.json()["role"] == "dpo"


def test_invite_answers_the_same_for_registered_and_unknown_addresses(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant()
    unknown = f"{unique('nobody')}@example.com"
    answers = [
        client.post(
            "/api/v1/invitations", headers=auth(a.token), json={"email": addr, "role": "agent"}
        )
        for addr in (b.admin_email, unknown)
    ]
    assert [r.status_code for r in answers] == [202, 202]
    bodies = [r.json() for r in answers]
    assert bodies[0].keys() == bodies[1].keys()
    same = {k for k in bodies[0] if k not in ("id", "email", "created_at", "expires_at")}
    assert {k: bodies[0][k] for k in same} == {k: bodies[1][k] for k in same}
    assert dict(answers[0].headers).keys() == dict(answers[1].headers).keys()
    with db.session_scope(settings.database_url) as s:
        # Nobody joined by being invited, and both got a mail.
        assert _role(s, a.org.id, b.admin.id) is None
        for address in (b.admin_email, unknown):
            token = _mailed_token(s, a.org.id, address)
            # Random, and stored only as a keyed hash.
            assert len(token) >= 40
            rows = s.scalars(sa.select(Invitation).where(Invitation.organisation_id == a.org.id))
            assert all(token not in (r.token_hash, r.email) for r in rows)
            assert s.scalar(
                sa.select(Invitation.id).where(
                    Invitation.token_hash == invitations.token_hash(token)
                )
            )
    listed = client.get("/api/v1/invitations", headers=auth(a.token)).json()
    assert {i["email"] for i in listed["items"]} == {b.admin_email, unknown}


def test_the_invited_user_accepts_once_while_signed_in_as_that_address(
    app: object, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant()
    with make_client(app) as api:  # type: ignore[arg-type]
        api.post(
            "/api/v1/invitations",
            headers=auth(a.token),
            json={"email": b.admin_email.upper(), "role": "analyst"},
        )
    with db.session_scope(settings.database_url) as s:
        token = _mailed_token(s, a.org.id, b.admin_email)
    # Someone else signed in (A's agent) cannot use it.
    with make_client(app) as wrong:  # type: ignore[arg-type]
        login(wrong, a.agent.email)
        page = wrong.get(f"/invitations/{token}")
        refused = wrong.post(
            f"/invitations/{token}/accept", data={"csrf_token": csrf_from(page.text)}
        )
        assert refused.status_code == 403
    with make_client(app) as invitee:  # type: ignore[arg-type]
        login(invitee, b.admin_email)
        assert invitee.get(f"/staff/{a.org.slug}").status_code == 404
        page = invitee.get(f"/invitations/{token}")
        assert page.status_code == 200 and f"/invitations/{token}/accept" in page.text
        accepted = invitee.post(
            f"/invitations/{token}/accept", data={"csrf_token": csrf_from(page.text)}
        )
        assert accepted.status_code == 303
        assert accepted.headers["location"] == f"/staff/{a.org.slug}"
        assert invitee.get(f"/staff/{a.org.slug}").status_code == 200
        again = invitee.post(
            f"/invitations/{token}/accept", data={"csrf_token": csrf_from(page.text)}
        )
        assert again.status_code == 404  # single use
        pending = invitee.get("/api/v1/invitations", headers=auth(a.token)).json()
        assert pending["total"] == 0
    with db.session_scope(settings.database_url) as s:
        assert _role(s, a.org.id, b.admin.id) == "analyst"
        assert _role(s, b.org.id, b.admin.id) == "admin"
        assert {"invitation.create", "invitation.accept"} <= set(_actions(s, a.org.id))


def test_a_new_person_sets_a_password_and_joins(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    a = make_tenant(scopes=SCOPES)
    address = f"{unique('new')}@example.com"
    client.post(
        "/api/v1/invitations", headers=auth(a.token), json={"email": address, "role": "dpo"}
    )
    with db.session_scope(settings.database_url) as s:
        token = _mailed_token(s, a.org.id, address)
    page = client.get(f"/invitations/{token}")
    assert page.status_code == 200 and "/register" in page.text
    short = client.post(
        f"/invitations/{token}/register",
        data={"password": "short", "csrf_token": csrf_from(page.text)},
    )
    assert short.status_code == 422
    joined = client.post(
        f"/invitations/{token}/register",
        data={"password": PASSWORD, "display_name": "Ny", "csrf_token": csrf_from(page.text)},
    )
    assert joined.status_code == 303
    assert client.get(f"/staff/{a.org.slug}").status_code == 200  # signed in at once
    with db.session_scope(settings.database_url) as s:
        user = orgs.get_user_by_email(s, email=address)
        assert _role(s, a.org.id, user.id) == "dpo"


def test_registering_for_an_existing_account_is_refused(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant()
    client.post(
        "/api/v1/invitations", headers=auth(a.token), json={"email": b.admin_email, "role": "admin"}
    )
    with db.session_scope(settings.database_url) as s:
        token = _mailed_token(s, a.org.id, b.admin_email)
    page = client.get(f"/invitations/{token}")
    taken = client.post(
        f"/invitations/{token}/register",
        data={"password": "another long password", "csrf_token": csrf_from(page.text)},
    )
    assert taken.status_code == 409
    with db.session_scope(settings.database_url) as s:
        assert _role(s, a.org.id, b.admin.id) is None
        # The existing password was not replaced.
        orgs.authenticate(s, email=b.admin_email, password=PASSWORD, source=None)


def test_expired_revoked_and_replaced_invitations_do_not_work(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant()

    def invite() -> tuple[str, str]:
        created = client.post(
            "/api/v1/invitations",
            headers=auth(a.token),
            json={"email": b.admin_email, "role": "viewer"},
        ).json()
        with db.session_scope(settings.database_url) as s:
            return created["id"], _mailed_token(s, a.org.id, b.admin_email)

    first_id, first = invite()
    second_id, second = invite()  # replaces the first
    with db.session_scope(settings.database_url) as s:
        row = s.get_one(Invitation, uuid.UUID(first_id))
        assert row.revoked_at is not None
    assert client.get(f"/invitations/{first}").status_code == 404
    assert client.get(f"/invitations/{second}").status_code == 200
    revoked = client.delete(f"/api/v1/invitations/{second_id}", headers=auth(a.token))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert (
        client.delete(f"/api/v1/invitations/{second_id}", headers=auth(a.token)).status_code == 404
    )
    assert client.get(f"/invitations/{second}").status_code == 404
    _, third = invite()
    with db.session_scope(settings.database_url) as s:
        s.execute(
            sa.update(Invitation)
            .where(Invitation.token_hash == invitations.token_hash(third))
            .values(expires_at=db.utcnow() - timedelta(seconds=1))
        )
    assert client.get(f"/invitations/{third}").status_code == 404
    assert client.get("/invitations/not-a-real-token").status_code == 404
    with db.session_scope(settings.database_url) as s:
        assert _actions(s, a.org.id).count("invitation.revoke") == 2


def test_invitations_are_tenant_scoped_and_need_the_scope(
    client: TestClient, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(scopes=SCOPES), make_tenant(scopes=SCOPES)
    made = client.post(
        "/api/v1/invitations",
        headers=auth(a.token),
        json={"email": f"{unique('x')}@example.com", "role": "agent"},
    ).json()
    assert (
        client.delete(f"/api/v1/invitations/{made['id']}", headers=auth(b.token)).status_code == 404
    )
    assert client.get("/api/v1/invitations", headers=auth(b.token)).json()["total"] == 0
    read_only = make_tenant(scopes=["orgs:read"])
    refused = client.post(
        "/api/v1/invitations",
        headers=auth(read_only.token),
        json={"email": "y@example.com", "role": "admin"},
    )
    assert refused.status_code == 403


def test_staff_page_invites_lists_and_withdraws_and_answers_alike(
    client: TestClient, settings: Settings, make_tenant: Callable[..., Tenant]
) -> None:
    a, b = make_tenant(), make_tenant()
    login(client, a.admin_email)
    base = f"/staff/{a.org.slug}/users"
    unknown = f"{unique('nobody')}@example.com"
    texts = []
    for address in (b.admin_email, unknown):
        page = client.get(base)
        sent = client.post(
            f"{base}/invite",
            data={"email": address, "role": "agent", "csrf_token": csrf_from(page.text)},
        )
        assert sent.status_code == 200
        texts.append(sent.text.replace(address, "ADDRESS"))
    # Apart from the list of pending invitations, the answers are the same.
    strip = re.compile(r"<h2>.*?</table>", re.S)
    assert strip.sub("", texts[0]) == strip.sub("", texts[1])
    page = client.get(base)
    assert b.admin_email in page.text and unknown in page.text
    with db.session_scope(settings.database_url) as s:
        assert _role(s, a.org.id, b.admin.id) is None
        pending = invitations.list_pending(s, organisation_id=a.org.id)
    withdraw = client.post(
        f"{base}/invitations/{pending[0].id}/revoke", data={"csrf_token": csrf_from(page.text)}
    )
    assert withdraw.status_code == 303
    assert len(re.findall(r"/invitations/[0-9a-f-]{36}/revoke", client.get(base).text)) == 1
    # A member's role changes from the same page; the agent sees no admin forms.
    changed = client.post(
        f"{base}/{a.agent.id}/role", data={"role": "viewer", "csrf_token": csrf_from(page.text)}
    )
    assert changed.status_code == 303
    stranger = client.post(
        f"{base}/{b.admin.id}/role", data={"role": "admin", "csrf_token": csrf_from(page.text)}
    )
    assert stranger.status_code == 404
    client.post("/logout", data={"csrf_token": csrf_from(page.text)})
    login(client, a.agent.email)
    assert "/invite" not in client.get(base).text


def test_cli_invites_lists_and_withdraws(settings: Settings, tenant: Tenant) -> None:
    runner = CliRunner()
    address = f"{unique('cli')}@example.com"
    sent = runner.invoke(cli, ["user", "invite", address, tenant.org.slug, "agent"])
    assert sent.exit_code == 0, sent.output
    listed = runner.invoke(cli, ["user", "invitations", tenant.org.slug])
    assert address in listed.output
    invitation_id = listed.output.split()[0]
    gone = runner.invoke(cli, ["user", "withdraw-invitation", tenant.org.slug, invitation_id])
    assert gone.exit_code == 0
    assert address not in runner.invoke(cli, ["user", "invitations", tenant.org.slug]).output
    bad = runner.invoke(cli, ["user", "invite", "not-an-address", tenant.org.slug, "agent"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output
    with db.session_scope(settings.database_url) as s:
        assert {"invitation.create", "invitation.revoke"} <= set(_actions(s, tenant.org.id))
