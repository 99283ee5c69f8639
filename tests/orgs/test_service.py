"""Organisation services: validation, roles and the audit trail."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from pydantic import ValidationError

from tests.conftest import Tenant, unique
from vaern import db
from vaern.errors import Conflict, Forbidden, NotFound
from vaern.orgs import service
from vaern.orgs.models import Role
from vaern.orgs.schemas import OrganisationCreate, OrganisationUpdate
from vaern.privacy.audit import AppendOnlyViolation
from vaern.privacy.models import AuditEntry


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("cvr", "12345678"),
        ("cvr", "1358562"),
        ("main_phone", "12"),
        ("slug", "Bad Slug"),
        ("website", "ftp://x.dk"),
        ("name", "x"),
    ],
)
def test_invalid_organisation_input(field: str, value: str) -> None:
    data = {"slug": "ok-slug", "name": "Valid Name", field: value}
    with pytest.raises(ValidationError) as info:
        OrganisationCreate(**data)
    assert field in str(info.value)


def test_phone_and_cvr_are_normalised() -> None:
    org = OrganisationCreate(slug="a", name="Name A", cvr="13 58 56 28", main_phone="33 12 34 56")
    assert org.cvr == "13585628" and org.main_phone == "+4533123456"


def test_duplicate_slug_conflicts(session: db.Session, tenant: Tenant) -> None:
    with pytest.raises(Conflict):
        service.create_organisation(
            session, data=OrganisationCreate(slug=tenant.org.slug, name="Another")
        )


def test_roles_gate_admin_actions(session: db.Session, tenant: Tenant) -> None:
    org = service.get_organisation(session, organisation_id=tenant.org.id)
    agent = service.principal_for_user(session, user=tenant.agent, organisation=org)
    assert agent.role is Role.agent and agent.can("operate") and not agent.can("admin")
    with pytest.raises(Forbidden):
        service.update_organisation(
            session, principal=agent, data=OrganisationUpdate(name="Changed by agent")
        )


def test_non_member_gets_not_found(session: db.Session, make_tenant) -> None:  # type: ignore[no-untyped-def]
    a, b = make_tenant(), make_tenant()
    org_b = service.get_organisation(session, organisation_id=b.org.id)
    with pytest.raises(NotFound):
        service.principal_for_user(session, user=a.admin, organisation=org_b)


def test_admin_changes_are_audited(session: db.Session, tenant: Tenant) -> None:
    org = service.get_organisation(session, organisation_id=tenant.org.id)
    admin = service.principal_for_user(session, user=tenant.admin, organisation=org)
    service.update_organisation(session, principal=admin, data=OrganisationUpdate(name=unique("N")))
    session.flush()
    actions = session.scalars(
        sa.select(AuditEntry.action).where(AuditEntry.organisation_id == tenant.org.id)
    ).all()
    assert {"org.create", "membership.set_role", "token.create", "org.update"} <= set(actions)


def test_audit_log_is_append_only_in_orm_and_database(session: db.Session, tenant: Tenant) -> None:
    entry = session.scalars(
        sa.select(AuditEntry).where(AuditEntry.organisation_id == tenant.org.id)
    ).first()
    assert entry is not None
    entry.action = "tampered"
    with pytest.raises(AppendOnlyViolation):
        session.flush()
    session.rollback()
    # Raw SQL bypasses the ORM guard; the database trigger still refuses it.
    with pytest.raises(sa.exc.DatabaseError):
        session.execute(sa.text("DELETE FROM audit_log"))
        session.flush()
    session.rollback()
    with pytest.raises(sa.exc.DatabaseError):
        session.execute(sa.text("UPDATE audit_log SET action = 'x'"))
    session.rollback()
