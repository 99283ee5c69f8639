"""The vault: AES-GCM with context binding and key rotation, blind indexes, subjects."""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from collections.abc import Callable

import pytest
import sqlalchemy as sa

from tests.conftest import Tenant
from vaern import db
from vaern.config import Settings
from vaern.errors import Invalid, NotFound
from vaern.orgs import service as orgs
from vaern.privacy import subjects, vault
from vaern.privacy.models import AuditEntry, SubjectIdentifier


def test_encrypt_roundtrip_is_randomised_and_bound_to_context(settings: Settings) -> None:
    a = vault.encrypt("0101901234", context="subject:x:cpr")
    b = vault.encrypt("0101901234", context="subject:x:cpr")
    assert a != b and "0101901234" not in a
    assert vault.decrypt(a, context="subject:x:cpr") == "0101901234"
    with pytest.raises(Invalid):
        vault.decrypt(a, context="subject:y:cpr")
    tampered = a[:-4] + ("AAAA" if not a.endswith("AAAA") else "BBBB")
    with pytest.raises(Invalid):
        vault.decrypt(tampered, context="subject:x:cpr")


def test_key_rotation_old_ciphertexts_still_decrypt(settings: Settings) -> None:
    old = vault.encrypt("secret", context="c")
    old_ring = json.loads(settings.encryption_keys)
    new_key = base64.b64encode(secrets.token_bytes(32)).decode()
    settings.encryption_keys = json.dumps({"k2": new_key, **old_ring})
    new = vault.encrypt("secret", context="c")
    assert new.split(":")[1] == "k2"
    assert vault.decrypt(old, context="c") == vault.decrypt(new, context="c") == "secret"


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("phone", "+45 20 30 40 50", "20304050"),
        ("email", "Jens@Example.DK", "jens@example.dk"),
        ("cpr", "010190-1234", "0101901234"),
    ],
)
def test_blind_index_normalises(settings: Settings, kind: str, a: str, b: str) -> None:
    org = uuid.uuid4()
    assert vault.blind_index(kind, a, organisation_id=org) == vault.blind_index(
        kind, b, organisation_id=org
    )
    assert vault.blind_index(kind, a, organisation_id=org) != vault.blind_index(
        kind, a, organisation_id=uuid.uuid4()
    )


def test_subjects_found_by_any_identifier_and_reveal_is_audited(
    settings: Settings,
    tenant: Tenant,
    make_tenant: Callable[..., Tenant],
) -> None:
    other = make_tenant()
    with db.session_scope(settings.database_url) as s:
        subject = subjects.record_subject(
            s, organisation_id=tenant.org.id, identifiers={"email": "kunde@example.com"}
        )
        same = subjects.record_subject(
            s,
            organisation_id=tenant.org.id,
            identifiers={"email": "KUNDE@example.com", "phone": "20 30 40 50"},
        )
        assert same.id == subject.id
        stored = s.scalars(
            sa.select(SubjectIdentifier.ciphertext).where(
                SubjectIdentifier.subject_id == subject.id
            )
        ).all()
        assert len(stored) == 2 and not any("kunde@" in (c or "") for c in stored)
        found = subjects.find_subjects(
            s, organisation_id=tenant.org.id, kind="phone", value="+4520304050"
        )
        assert [f.id for f in found] == [subject.id]
        org = orgs.get_organisation(s, organisation_id=tenant.org.id)
        agent = orgs.principal_for_user(s, user=tenant.agent, organisation=org)
        revealed = subjects.reveal(s, principal=agent, subject_id=subject.id, purpose="case")
        assert revealed == {"email": ["kunde@example.com"], "phone": ["20 30 40 50"]}
        assert (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(AuditEntry)
                .where(
                    AuditEntry.action == "subject.reveal", AuditEntry.object_id == str(subject.id)
                )
            )
            == 1
        )
        org_b = orgs.get_organisation(s, organisation_id=other.org.id)
        outsider = orgs.principal_for_user(s, user=other.admin, organisation=org_b)
        with pytest.raises(NotFound):
            subjects.reveal(s, principal=outsider, subject_id=subject.id, purpose="x")
        assert (
            subjects.find_subjects(
                s, organisation_id=other.org.id, kind="email", value="kunde@example.com"
            )
            == []
        )


def test_unknown_identifier_kind_is_invalid(settings: Settings, tenant: Tenant) -> None:
    with db.session_scope(settings.database_url) as s, pytest.raises(Invalid):
        subjects.record_subject(s, organisation_id=tenant.org.id, identifiers={"shoe": "42"})
