"""The one helper that writes audit entries. No code path updates or deletes them.

The log is a hash chain per organisation (plus one "hub" chain for entries without one).
At flush, each new entry gets the next ``chain_seq`` of its chain, the previous entry's
hash and an HMAC (server pepper) over its own content and that link, so an edited, inserted
or deleted row breaks the chain and ``verify()`` finds it; without the pepper nobody can
recompute the chain after editing it.

Why a chain per organisation: every domain writes audit entries, so one global chain would
serialise all writers of the whole hub. On PostgreSQL a flush takes a transaction-scoped
advisory lock per chain (in sorted order, so two transactions never wait on each other in
a cycle) before it reads the chain's head; concurrent writers of one organisation queue
for a moment, other organisations are not affected. SQLite has one writer at a time: a
flush first takes the write lock with an empty DELETE, so no other connection can commit
between reading the head and appending. On both, the unique (chain, chain_seq) index makes
any remaining race fail instead of forking the chain.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.privacy.models import AuditEntry
from vaern.security import keyed_hash

HUB_CHAIN = "hub"


def record(
    session: Session,
    *,
    action: str,
    actor_type: str,
    actor_id: str | uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    object_type: str | None = None,
    object_id: str | uuid.UUID | None = None,
    source: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        at=utcnow(),
        action=action,
        actor_type=actor_type,
        actor_id=str(actor_id) if actor_id else None,
        organisation_id=organisation_id,
        object_type=object_type,
        object_id=str(object_id) if object_id else None,
        source=source,
        details=details or {},
    )
    session.add(entry)
    return entry


def count_since(
    session: Session,
    *,
    action: str,
    since: timedelta,
    actor_id: str | None = None,
    source: str | None = None,
) -> int:
    query = (
        sa.select(sa.func.count())
        .select_from(AuditEntry)
        .where(AuditEntry.action == action, AuditEntry.at >= utcnow() - since)
    )
    if actor_id is not None:
        query = query.where(AuditEntry.actor_id == actor_id)
    if source is not None:
        query = query.where(AuditEntry.source == source)
    return int(session.scalar(query) or 0)


def entries(
    session: Session,
    *,
    organisation_id: uuid.UUID | None,
    limit: int = 100,
    before: datetime | None = None,
    since: datetime | None = None,
    action: str | None = None,
    actor_id: str | None = None,
    object_id: str | None = None,
) -> list[AuditEntry]:
    """Newest first; every filter is optional (the DPO's audit-trail viewer)."""
    query = sa.select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)
    if organisation_id is not None:
        query = query.where(AuditEntry.organisation_id == organisation_id)
    if before is not None:
        query = query.where(AuditEntry.at < before)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if action:
        query = query.where(AuditEntry.action == action)
    if actor_id:
        query = query.where(AuditEntry.actor_id == actor_id)
    if object_id:
        query = query.where(AuditEntry.object_id == object_id)
    return list(session.scalars(query))


class AppendOnlyViolation(RuntimeError):
    pass


def chain_of(organisation_id: uuid.UUID | None) -> str:
    return str(organisation_id) if organisation_id else HUB_CHAIN


def entry_hash(entry: AuditEntry) -> str:
    """HMAC over the entry's content, its place in the chain and the previous hash."""
    content = [
        entry.chain,
        entry.chain_seq,
        entry.prev_hash,
        str(entry.id),
        entry.at.isoformat(),
        str(entry.organisation_id) if entry.organisation_id else None,
        entry.actor_type,
        entry.actor_id,
        entry.action,
        entry.object_type,
        entry.object_id,
        entry.source,
        entry.details,
    ]
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return keyed_hash(canonical, purpose="audit-chain")


def _head(session: Session, chain: str) -> tuple[int, str | None]:
    row = session.execute(
        sa.select(AuditEntry.chain_seq, AuditEntry.hash)
        .where(AuditEntry.chain == chain, AuditEntry.chain_seq.is_not(None))
        .order_by(AuditEntry.chain_seq.desc())
        .limit(1)
    ).first()
    return (int(row[0] or 0), row[1]) if row else (0, None)


@event.listens_for(Session, "before_flush")
def _chain_and_refuse_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditEntry):
            raise AppendOnlyViolation("audit_log is append-only")
    new = [obj for obj in session.new if isinstance(obj, AuditEntry)]
    if not new:
        return
    by_chain: dict[str, list[AuditEntry]] = {}
    for entry in sorted(new, key=lambda e: e.at):
        entry.chain = chain_of(entry.organisation_id)
        by_chain.setdefault(entry.chain, []).append(entry)
    postgres = session.get_bind().dialect.name == "postgresql"
    if not postgres:
        session.execute(sa.text("DELETE FROM audit_log WHERE 0 = 1"))
    for chain in sorted(by_chain):
        if postgres:
            session.execute(
                sa.text("SELECT pg_advisory_xact_lock(hashtextextended(:chain, 7))"),
                {"chain": f"audit:{chain}"},
            )
        seq, prev = _head(session, chain)
        for entry in by_chain[chain]:
            seq += 1
            entry.id = entry.id or uuid.uuid4()
            entry.chain_seq, entry.prev_hash = seq, prev
            entry.hash = prev = entry_hash(entry)


@dataclass
class ChainReport:
    chain: str
    entries: int = 0
    head_seq: int = 0
    head_hash: str | None = None
    problems: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _rows(session: Session, chain: str, batch: int = 1000) -> Iterator[AuditEntry]:
    last = 0
    while True:
        rows = list(
            session.scalars(
                sa.select(AuditEntry)
                .where(AuditEntry.chain == chain, AuditEntry.chain_seq > last)
                .order_by(AuditEntry.chain_seq)
                .limit(batch)
            )
        )
        yield from rows
        if len(rows) < batch:
            return
        last = int(rows[-1].chain_seq or 0)


def verify(session: Session, *, organisation_id: uuid.UUID | None = None) -> list[ChainReport]:
    """Walk every chain (or one organisation's) and report each break: a row whose content
    no longer matches its hash ("edited"), a gap in the numbering ("missing"), or a link
    that does not point at the previous row's hash ("relinked"). Deleting the newest rows
    leaves a valid shorter chain; compare ``head_seq``/``head_hash`` with an earlier run."""
    chains: list[str] = (
        [chain_of(organisation_id)]
        if organisation_id
        else [
            c
            for c in session.scalars(
                sa.select(AuditEntry.chain)
                .where(AuditEntry.chain.is_not(None))
                .distinct()
                .order_by(AuditEntry.chain)
            )
            if c
        ]
    )
    reports = []
    for chain in chains:
        report = ChainReport(chain)
        expected_seq, prev = 1, None
        for entry in _rows(session, chain):
            report.entries += 1
            seq = int(entry.chain_seq or 0)
            if seq != expected_seq:
                report.problems.append({"seq": seq, "problem": "missing", "from": expected_seq})
            elif entry.prev_hash != prev:
                report.problems.append({"seq": seq, "problem": "relinked"})
            if entry.hash != entry_hash(entry):
                report.problems.append({"seq": seq, "problem": "edited"})
            expected_seq, prev = seq + 1, entry.hash
            report.head_seq, report.head_hash = seq, entry.hash
        reports.append(report)
    return reports


def unchained_count(session: Session) -> int:
    """Entries written before the chain existed (not covered by ``verify``)."""
    return int(
        session.scalar(
            sa.select(sa.func.count()).select_from(AuditEntry).where(AuditEntry.chain.is_(None))
        )
        or 0
    )
