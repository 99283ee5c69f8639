"""one change tracker: change_stamps, bumped by triggers on the tracked tables

Replaces the feed NOTIFY triggers of 0018 (vaern_feeds) and the check cache's polled
counts: every transaction writing a tracked table adds one to its topic's stamp, and on
PostgreSQL notifies ``vaern_changes`` with the topic (delivered on commit).

Revision ID: 0024_unify_change_stamps
Revises: 0023_views_saved_views
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024_unify_change_stamps"
down_revision: str | Sequence[str] | None = "0023_views_saved_views"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A frozen copy of vaern.changes.TOPICS as of this revision.
TOPICS = {
    "organisations": ("organisations",),
    "registry": ("channels", "policy_versions"),
    "warnings": ("warnings", "warning_indicators"),
}
OPERATIONS = ("insert", "update", "delete")


def upgrade() -> None:
    op.create_table(
        "change_stamps",
        sa.Column("topic", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("topic", name=op.f("pk_change_stamps")),
    )
    op.bulk_insert(
        sa.table("change_stamps", sa.column("topic"), sa.column("stamp")),
        [{"topic": topic, "stamp": 0} for topic in TOPICS],
    )
    if op.get_bind().dialect.name == "postgresql":
        for table in ("warnings", "organisations"):
            op.execute(f"DROP TRIGGER IF EXISTS vaern_feeds_notify ON {table}")
        op.execute("DROP FUNCTION IF EXISTS vaern_feeds_notify()")
        op.execute(
            "CREATE FUNCTION vaern_change_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "UPDATE change_stamps SET stamp = stamp + 1 WHERE topic = TG_ARGV[0]; "
            "PERFORM pg_notify('vaern_changes', TG_ARGV[0]); RETURN NULL; END $$"
        )
        for topic, tables in TOPICS.items():
            for table in tables:
                op.execute(
                    f"CREATE TRIGGER vaern_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                    f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION vaern_change_bump('{topic}')"
                )
    else:  # SQLite: row triggers only
        for topic, tables in TOPICS.items():
            for table in tables:
                for operation in OPERATIONS:
                    bump = f"UPDATE change_stamps SET stamp = stamp + 1 WHERE topic = '{topic}'"  # noqa: S608 (constants)
                    op.execute(
                        f"CREATE TRIGGER vaern_changes_{table}_{operation} AFTER "
                        f"{operation.upper()} ON {table} BEGIN {bump}; END"
                    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for tables in TOPICS.values():
            for table in tables:
                op.execute(f"DROP TRIGGER IF EXISTS vaern_changes ON {table}")
        op.execute("DROP FUNCTION IF EXISTS vaern_change_bump()")
        op.execute(
            "CREATE FUNCTION vaern_feeds_notify() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN PERFORM pg_notify('vaern_feeds', TG_TABLE_NAME); RETURN NULL; END $$"
        )
        for table in ("warnings", "organisations"):
            op.execute(
                f"CREATE TRIGGER vaern_feeds_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION vaern_feeds_notify()"
            )
    else:
        for tables in TOPICS.values():
            for table in tables:
                for operation in OPERATIONS:
                    op.execute(f"DROP TRIGGER IF EXISTS vaern_changes_{table}_{operation}")
    op.drop_table("change_stamps")
