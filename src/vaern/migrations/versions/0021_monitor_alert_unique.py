"""one monitoring alert per (organisation, event, typology): exactly-once alerts from streams

Revision ID: 0021_monitor_alert_unique
Revises: 0020_harden_session_revocation
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0021_monitor_alert_unique"
down_revision: str | Sequence[str] | None = "0020_harden_session_revocation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("monitoring_alerts") as batch:
        batch.create_unique_constraint(
            "uq_monitoring_alert_event", ["organisation_id", "event_id", "typology_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("monitoring_alerts") as batch:
        batch.drop_constraint("uq_monitoring_alert_event", type_="unique")
