"""indexes for list pages ordered by time: alerts and reports per organisation, newest first

Revision ID: 0022_staff_list_indexes
Revises: 0021_monitor_alert_unique
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0022_staff_list_indexes"
down_revision: str | Sequence[str] | None = "0021_monitor_alert_unique"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_monitoring_alerts_org_time", "monitoring_alerts", ["organisation_id", "occurred_at"]
    )
    op.create_index("ix_reports_org_received", "reports", ["organisation_id", "received_at"])


def downgrade() -> None:
    op.drop_index("ix_reports_org_received", table_name="reports")
    op.drop_index("ix_monitoring_alerts_org_time", table_name="monitoring_alerts")
