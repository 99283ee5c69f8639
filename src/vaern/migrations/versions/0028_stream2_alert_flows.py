"""monitoring alerts: follow-up (action, case, webhooks) pending after the API's answer

Revision ID: 0028_stream2_alert_flows
Revises: 0027_harden2_attachment_vault
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028_stream2_alert_flows"
down_revision: str | Sequence[str] | None = "0027_harden2_attachment_vault"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("monitoring_alerts") as batch:
        batch.add_column(
            sa.Column("flows_pending", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_index("ix_monitoring_alerts_flows_pending", ["flows_pending"])


def downgrade() -> None:
    with op.batch_alter_table("monitoring_alerts") as batch:
        batch.drop_index("ix_monitoring_alerts_flows_pending")
        batch.drop_column("flows_pending")
