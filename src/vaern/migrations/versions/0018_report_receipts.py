"""receipt e-mails for reports that came by mail; NOTIFY on feed changes (PostgreSQL)

Revision ID: 0018_report_receipts
Revises: 0017_campaign_key_hashes
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import vaern.db

revision: str = "0018_report_receipts"
down_revision: str | Sequence[str] | None = "0017_campaign_key_hashes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_receipt_mails",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("sender_key", sa.String(length=64), nullable=False),
        sa.Column("recipient", sa.String(length=1000), nullable=True),
        sa.Column("references", sa.JSON(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", vaern.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_result", sa.String(length=300), nullable=True),
        sa.Column("delivered_at", vaern.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", vaern.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", vaern.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_report_receipt_mails_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_receipt_mails")),
    )
    with op.batch_alter_table("report_receipt_mails", schema=None) as batch_op:
        batch_op.create_index(
            "ix_report_receipt_mails_due", ["status", "next_attempt_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_report_receipt_mails_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_report_receipt_mails_sender_key"), ["sender_key"], unique=False
        )

    if op.get_bind().dialect.name == "postgresql":
        # Feed change stamps: every committed change to warnings or organisations tells
        # the servers' listeners to read the stamp again (replaced in 0024 by change_stamps).
        op.execute(
            "CREATE FUNCTION vaern_feeds_notify() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_notify('vaern_feeds', TG_TABLE_NAME); RETURN NULL; END $$"
        )
        for table in ("warnings", "organisations"):
            op.execute(
                f"CREATE TRIGGER vaern_feeds_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION vaern_feeds_notify()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("warnings", "organisations"):
            op.execute(f"DROP TRIGGER IF EXISTS vaern_feeds_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS vaern_feeds_notify()")
    with op.batch_alter_table("report_receipt_mails", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_receipt_mails_sender_key"))
        batch_op.drop_index(batch_op.f("ix_report_receipt_mails_organisation_id"))
        batch_op.drop_index("ix_report_receipt_mails_due")
    op.drop_table("report_receipt_mails")
