"""the directory organisation a hub report names (scams in the name of non-members)

Revision ID: 0019_public_report_claimed
Revises: 0018_report_receipts
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_public_report_claimed"
down_revision: str | Sequence[str] | None = "0018_report_receipts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.add_column(sa.Column("claimed", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reports") as batch:
        batch.drop_column("claimed")
