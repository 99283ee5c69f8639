"""takedown requests for lookalike domains

Revision ID: 0016_takedown_lookalike
Revises: 0011_privacy
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_takedown_lookalike"
down_revision: str | Sequence[str] | None = "0011_privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("takedown_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lookalike_id", sa.Uuid(), nullable=True))
        batch_op.alter_column("campaign_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.create_index(
            batch_op.f("ix_takedown_requests_lookalike_id"), ["lookalike_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_takedown_requests_lookalike_id_lookalike_domains"),
            "lookalike_domains",
            ["lookalike_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("takedown_requests", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_takedown_requests_lookalike_id_lookalike_domains"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_takedown_requests_lookalike_id"))
        batch_op.alter_column("campaign_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column("lookalike_id")
