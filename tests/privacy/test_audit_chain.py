"""The audit log is a hash chain per organisation; verification finds edited, deleted and
relinked rows, and concurrent writers never fork a chain."""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from typer.testing import CliRunner

from tests.conftest import Tenant
from vaern import db
from vaern.cli import app as cli_app
from vaern.config import Settings
from vaern.privacy import audit
from vaern.privacy.models import AuditEntry


def _write(session: db.Session, org_id: uuid.UUID, n: int, action: str = "test.chain") -> None:
    for i in range(n):
        audit.record(
            session,
            action=action,
            actor_type="system",
            organisation_id=org_id,
            object_type="thing",
            object_id=str(i),
            details={"i": i, "note": "æøå"},
        )
        session.flush()


@contextmanager
def _append_only_off(session: db.Session) -> Iterator[None]:
    """Let the test tamper with rows as an attacker with database access could."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.text("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
        yield
        session.execute(sa.text("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only"))
        return
    for verb in ("update", "delete"):
        session.execute(sa.text(f"DROP TRIGGER audit_log_no_{verb}"))
    try:
        yield
    finally:
        for verb in ("UPDATE", "DELETE"):
            session.execute(
                sa.text(
                    f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
                )
            )


def test_chain_is_numbered_linked_and_verifies(session: db.Session, tenant: Tenant) -> None:
    org_id = tenant.org.id
    _write(session, org_id, 5)
    session.commit()
    rows = list(
        session.scalars(
            sa.select(AuditEntry)
            .where(AuditEntry.organisation_id == org_id)
            .order_by(AuditEntry.chain_seq)
        )
    )
    seqs = [r.chain_seq for r in rows]
    assert seqs == list(range(1, len(rows) + 1))
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(rows))
    [report] = audit.verify(session, organisation_id=org_id)
    assert report.ok and report.entries == len(rows) and report.head_hash == rows[-1].hash


def test_verify_detects_an_edited_a_deleted_and_a_relinked_row(
    session: db.Session, tenant: Tenant
) -> None:
    org_id = tenant.org.id
    _write(session, org_id, 6)
    session.commit()
    ids = list(
        session.scalars(
            sa.select(AuditEntry.id)
            .where(AuditEntry.organisation_id == org_id)
            .order_by(AuditEntry.chain_seq)
        )
    )
    session.expunge_all()
    with _append_only_off(session):
        session.execute(
            sa.update(AuditEntry).where(AuditEntry.id == ids[1]).values(actor_id="mallory")
        )
        session.execute(sa.delete(AuditEntry).where(AuditEntry.id == ids[3]))
        session.execute(
            sa.update(AuditEntry).where(AuditEntry.id == ids[5]).values(prev_hash="0" * 64)
        )
        [report] = audit.verify(session, organisation_id=org_id)
        problems = {(p["seq"], p["problem"]) for p in report.problems}
        # Leave the shared database as it was: remove the tampered chain again.
        session.execute(sa.delete(AuditEntry).where(AuditEntry.organisation_id == org_id))
    session.commit()
    assert not report.ok
    seq = {row_id: n + 1 for n, row_id in enumerate(ids)}
    assert (seq[ids[1]], "edited") in problems
    assert (seq[ids[4]], "missing") in problems
    assert (seq[ids[5]], "relinked") in problems and (seq[ids[5]], "edited") in problems
    assert (seq[ids[2]], "edited") not in problems


def test_concurrent_writers_never_fork_a_chain(settings: Settings, tenant: Tenant) -> None:
    org_id = tenant.org.id
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            for _ in range(10):
                with db.session_scope(settings.database_url) as s:
                    _write(s, org_id, 2, action="test.concurrent")
        except BaseException as exc:  # report in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.session_scope(settings.database_url) as s:
        [report] = audit.verify(s, organisation_id=org_id)
        written = s.scalar(
            sa.select(sa.func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.organisation_id == org_id, AuditEntry.action == "test.concurrent")
        )
    assert written == 120 and report.ok and report.head_seq == report.entries


def test_audit_verify_command(settings: Settings, tenant: Tenant) -> None:
    result = CliRunner().invoke(cli_app, ["audit", "verify", "--org", tenant.org.slug])
    assert result.exit_code == 0, result.output
    assert "ok" in result.output


def test_every_chain_written_so_far_verifies(session: db.Session, tenant: Tenant) -> None:
    """Whatever the other domains' tests have written into this database must verify: a
    value that does not survive the round trip through the database would break it."""
    _write(session, tenant.org.id, 1)
    session.commit()
    broken = [(r.chain, r.problems[:3]) for r in audit.verify(session) if not r.ok]
    assert broken == []
