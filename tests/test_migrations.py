"""The migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from vaern import db, domains  # noqa: F401  (every domain's tables)


def test_no_drift_between_models_and_migrations(db_url: str) -> None:
    engine = db.get_engine(db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, db.Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent(db_url: str) -> None:
    db.upgrade(db_url)  # already at head: must be a no-op, not an error
