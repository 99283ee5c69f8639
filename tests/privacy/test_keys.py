"""Key rotation: re-encrypt under the newest key, resumable, audited, tested with two keys."""

from __future__ import annotations

import base64
import json
import secrets

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from tests.conftest import Tenant, unique
from tests.privacy.keyring import newest_key
from vaern import config, db, domains
from vaern.cli import app as cli_app
from vaern.config import Settings
from vaern.errors import Invalid
from vaern.privacy import keys, subjects, vault
from vaern.privacy.models import AuditEntry, SubjectIdentifier


def _ciphertexts(s: db.Session, org_id: object) -> list[str]:
    return [
        c
        for c in s.scalars(
            sa.select(SubjectIdentifier.ciphertext).where(
                SubjectIdentifier.organisation_id == org_id
            )
        )
        if c
    ]


def test_with_new_key_puts_a_fresh_key_first() -> None:
    ring = json.dumps({"k1": base64.b64encode(b"a" * 32).decode()})
    key_id, raw = keys.with_new_key(ring)
    parsed = json.loads(raw)
    assert key_id == "k2" and list(parsed) == ["k2", "k1"]
    assert len(base64.b64decode(parsed["k2"])) == 32


def test_rotation_round_trips_with_two_keys_and_resumes(settings: Settings, tenant: Tenant) -> None:
    org_id = tenant.org.id
    with db.session_scope(settings.database_url) as s:
        for n in range(5):
            subjects.record_subject(
                s, organisation_id=org_id, identifiers={"email": f"p{n}@example.dk"}
            )
        old_key = vault.current_key_id()
        assert all(c.startswith(f"v1:{old_key}:") for c in _ciphertexts(s, org_id))
    new_id = unique("rotated")
    ring = {new_id: base64.b64encode(secrets.token_bytes(32)).decode()}
    ring.update(json.loads(settings.encryption_keys))
    rotated = config.configure(
        var_dir=settings.var_dir,
        database_url=settings.database_url,
        encryption_keys=json.dumps(ring),
        run_jobs=False,
    )
    try:
        with db.session_scope(rotated.database_url) as s:
            partial = keys.reencrypt(
                s, columns=domains.vaulted(), batch_size=2, organisation_id=org_id, max_batches=1
            )
            assert partial["complete"] is False
            assert sum(c.startswith(f"v1:{new_id}:") for c in _ciphertexts(s, org_id)) == 2
            rest = keys.reencrypt(
                s, columns=domains.vaulted(), batch_size=2, organisation_id=org_id
            )  # resumes
            assert rest["complete"] is True
            [identifiers] = [c for c in rest["columns"] if c["table"] == "subject_identifiers"]
            assert identifiers["reencrypted"] == 3 and identifiers["failed"] == []
            assert all(c.startswith(f"v1:{new_id}:") for c in _ciphertexts(s, org_id))
            audited = s.scalar(
                sa.select(sa.func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.organisation_id == org_id, AuditEntry.action == "keys.reencrypt")
            )
            assert audited == 3
        # The new key alone now decrypts everything of this organisation.
        config.configure(
            var_dir=settings.var_dir,
            database_url=settings.database_url,
            encryption_keys=json.dumps({new_id: ring[new_id]}),
            run_jobs=False,
        )
        with db.session_scope(settings.database_url) as s:
            rows = s.scalars(
                sa.select(SubjectIdentifier).where(SubjectIdentifier.organisation_id == org_id)
            ).all()
            plain = {
                vault.decrypt(
                    r.ciphertext or "",
                    context=subjects.identifier_context(r.organisation_id, r.kind),
                )
                for r in rows
            }
            assert plain == {f"p{n}@example.dk" for n in range(5)}
    finally:
        config.configure(var_dir=settings.var_dir, database_url=settings.database_url)


def test_a_ciphertext_that_does_not_decrypt_is_reported_not_fatal(
    settings: Settings, tenant: Tenant
) -> None:
    with db.session_scope(settings.database_url) as s:
        subjects.record_subject(
            s, organisation_id=tenant.org.id, identifiers={"email": "a@example.dk"}
        )
        row = s.scalars(
            sa.select(SubjectIdentifier).where(SubjectIdentifier.organisation_id == tenant.org.id)
        ).one()
        row.ciphertext = vault.encrypt("x", context="some other context")
        row_id = str(row.id)
    with newest_key(settings, "k-fail"), db.session_scope(settings.database_url) as s:
        report = keys.reencrypt(s, columns=domains.vaulted(), organisation_id=tenant.org.id)
    [identifiers] = [c for c in report["columns"] if c["table"] == "subject_identifiers"]
    assert identifiers["failed"] == [row_id] and identifiers["reencrypted"] == 0


def test_add_key_refuses_a_ring_from_the_environment(settings: Settings) -> None:
    ring = json.dumps({"env": base64.b64encode(secrets.token_bytes(32)).decode()})
    config.configure(
        var_dir=settings.var_dir, database_url=settings.database_url, encryption_keys=ring
    )
    try:
        with pytest.raises(Invalid):
            keys.add_key()
    finally:
        config.configure(var_dir=settings.var_dir, database_url=settings.database_url)


def test_keys_rotate_command_for_one_organisation(settings: Settings, tenant: Tenant) -> None:
    result = CliRunner().invoke(cli_app, ["keys", "rotate", "--org", tenant.org.slug])
    assert result.exit_code == 0, result.output
    assert "subject_identifiers.ciphertext" in result.output and "0 failed" in result.output
    missing = CliRunner().invoke(cli_app, ["keys", "rotate", "--org", "no-such-org"])
    assert missing.exit_code == 2
