"""server-side sign-out: session cookies issued before a user's last sign-out are void

Revision ID: 0020_harden_session_revocation
Revises: 0019_public_report_claimed
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import vaern.db

revision: str = "0020_harden_session_revocation"
down_revision: str | Sequence[str] | None = "0019_public_report_claimed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("users", sa.Column("sessions_revoked_at", vaern.db.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("sessions_revoked_at")
