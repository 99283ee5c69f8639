"""Key rotation: put a new key at the front of the ring, then re-encrypt every vault column
under it in batches.

Re-encryption is resumable without any state of its own: each batch commits, and a run only
touches ciphertexts that do not yet name the newest key, so running it again after an
interruption carries on where it stopped. Old keys stay in the ring until a run reports
nothing left under them. Ciphertexts that ``redact(..., operator="encrypt")`` embeds in
other text are not rewritten; they stay readable while their key is in the ring.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.db import Base
from vaern.errors import Invalid
from vaern.privacy import audit, vault
from vaern.privacy.secret_mail import outbox_context
from vaern.privacy.subjects import identifier_context

Row = Any
# Rows per batch of a binary column (files up to 5 MiB each).
BINARY_BATCH = 20


@dataclass(frozen=True)
class VaultedColumn:
    table: str
    column: str
    context: Callable[[Row], str]
    # Raw bytes (``vault.encrypt_bytes``) instead of text; read in small batches, since
    # each value can be a file of megabytes.
    binary: bool = False


def _subject_context(row: Row) -> str:
    return identifier_context(row.organisation_id, row.kind)


# The privacy tables' own vault columns (the domains declare theirs in their manifests;
# ``vaern.domains.vaulted()`` has them all).
VAULTED: tuple[VaultedColumn, ...] = (
    VaultedColumn("subject_identifiers", "ciphertext", _subject_context),
    VaultedColumn("privacy_outbox", "recipient", lambda r: outbox_context(r.organisation_id)),
    VaultedColumn("privacy_outbox", "body", lambda r: outbox_context(r.organisation_id)),
)


def with_new_key(raw_ring: str) -> tuple[str, str]:
    """The ring with a fresh 256-bit key in front (it encrypts from now on)."""
    ring = json.loads(raw_ring)
    numbers = [int(k[1:]) for k in ring if k[1:].isdigit()]
    key_id = f"k{max(numbers, default=0) + 1}"
    ring = {key_id: base64.b64encode(secrets.token_bytes(32)).decode(), **ring}
    return key_id, json.dumps(ring)


def add_key() -> str:
    """Add a key to the ring file in var/. A ring given by VAERN_ENCRYPTION_KEYS is the
    operator's to change, so that is refused."""
    cfg = settings()
    path = Path(cfg.var_dir) / "encryption.keys"
    if not path.exists() or path.read_text().strip() != cfg.encryption_keys:
        raise Invalid(
            "The key ring comes from VAERN_ENCRYPTION_KEYS: put a new key first there, "
            "then re-encrypt."
        )
    key_id, raw = with_new_key(cfg.encryption_keys)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(raw)
    tmp.replace(path)
    cfg.encryption_keys = raw
    return key_id


def newest_key() -> str:
    return vault.current_key_id()


def reencrypt(
    session: Session,
    *,
    columns: Iterable[VaultedColumn],
    batch_size: int = 500,
    organisation_id: uuid.UUID | None = None,
    max_batches: int | None = None,
) -> dict[str, Any]:
    """Re-encrypt ``columns`` (every domain's: ``vaern.domains.vaulted()``) under the newest
    key; commit and audit per batch. Reports per column how many were re-encrypted and
    which rows failed (a ciphertext whose key is gone or whose context does not match),
    without stopping."""
    key_id = newest_key()
    prefix = vault.prefix(key_id)
    report: dict[str, Any] = {"key_id": key_id, "columns": [], "complete": True}
    batches = 0
    for spec in columns:
        table = Base.metadata.tables[spec.table]
        column = table.c[spec.column]
        done: dict[str, Any] = {
            "table": spec.table,
            "column": spec.column,
            "reencrypted": 0,
            "failed": [],
        }
        report["columns"].append(done)
        last: Any = None
        while True:
            if max_batches is not None and batches >= max_batches:
                report["complete"] = False
                return report
            if spec.binary:  # LIKE is no test for binary values on SQLite
                stale = sa.func.substr(column, 1, len(prefix)) != prefix.encode()
            else:
                stale = ~column.startswith(prefix)
            query = (
                sa.select(table)
                .where(column.is_not(None), stale)
                .order_by(table.c.id)
                .limit(min(batch_size, BINARY_BATCH) if spec.binary else batch_size)
            )
            if organisation_id is not None:
                query = query.where(table.c.organisation_id == organisation_id)
            if last is not None:
                query = query.where(table.c.id > last)
            rows = session.execute(query).all()
            if not rows:
                break
            changed = 0
            for row in rows:
                context = spec.context(row)
                value = getattr(row, spec.column)
                try:
                    if spec.binary:
                        sealed: str | bytes = vault.encrypt_bytes(
                            vault.decrypt_bytes(value, context=context), context=context
                        )
                    else:
                        sealed = vault.encrypt(
                            vault.decrypt(value, context=context), context=context
                        )
                except Invalid:
                    done["failed"].append(str(row.id))
                    continue
                session.execute(
                    sa.update(table).where(table.c.id == row.id).values({spec.column: sealed})
                )
                changed += 1
            done["reencrypted"] += changed
            last = rows[-1].id
            audit.record(
                session,
                action="keys.reencrypt",
                actor_type="system",
                organisation_id=organisation_id,
                object_type=spec.table,
                details={"column": spec.column, "key_id": key_id, "rows": changed},
            )
            session.commit()
            batches += 1
    return report
