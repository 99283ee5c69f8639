"""case attachments are encrypted at rest with the vault key ring

Revision ID: 0027_harden2_attachment_vault
Revises: 0026_harden2_invitations
Create Date: 2026-12-04

Every attachment stored before this revision is plaintext; each is sealed with
``vault.encrypt_bytes`` under the attachment's own context, a few rows at a time (files
are up to 5 MiB). The downgrade opens them again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027_harden2_attachment_vault"
down_revision: str | Sequence[str] | None = "0026_harden2_invitations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 20

attachments = sa.table(
    "case_attachments",
    sa.column("id", sa.Uuid()),
    sa.column("organisation_id", sa.Uuid()),
    sa.column("data", sa.LargeBinary()),
)


def _rewrite(change: Callable[[bytes, str], bytes]) -> None:
    if op.get_context().as_sql:  # offline SQL cannot encrypt
        return
    from vaern.cases.service import attachment_context

    bind = op.get_bind()
    last = None
    while True:
        query = sa.select(attachments.c.id).order_by(attachments.c.id).limit(BATCH)
        if last is not None:
            query = query.where(attachments.c.id > last)
        ids = bind.scalars(query).all()
        if not ids:
            return
        for row in bind.execute(sa.select(attachments).where(attachments.c.id.in_(ids))):
            context = attachment_context(row.organisation_id, row.id)
            bind.execute(
                sa.update(attachments)
                .where(attachments.c.id == row.id)
                .values(data=change(row.data, context))
            )
        last = ids[-1]


def upgrade() -> None:
    from vaern.privacy import vault

    _rewrite(lambda data, context: vault.encrypt_bytes(data, context=context))


def downgrade() -> None:
    from vaern.privacy import vault

    _rewrite(lambda data, context: vault.decrypt_bytes(data, context=context))
