"""Migration 0017 turns the clear sender and calling-number grouping keys of earlier
versions into the keyed hashes grouping computes now, so old campaigns keep growing."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from vaern import db
from vaern.reports.grouping import sender_key


def test_clear_keys_become_the_keys_grouping_looks_up(sqlite_url: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'before.db'}"
    command.upgrade(db.alembic_config(url), "0016_takedown_lookalike")
    keys = db.Base.metadata.tables["campaign_keys"]
    org, campaign = uuid.uuid4(), uuid.uuid4()
    old = ["phone:+4521436587", "sender:alert@bank.example", "domain:pakke.example"]
    engine = sa.create_engine(url)  # no foreign keys enforced: the rows stand alone
    with engine.begin() as conn:
        conn.execute(
            keys.insert(),
            [
                {"id": uuid.uuid4(), "organisation_id": org, "key": k, "campaign_id": campaign}
                for k in old
            ],
        )
    command.upgrade(db.alembic_config(url), "heads")
    with engine.connect() as conn:
        after = set(conn.scalars(sa.select(keys.c.key)))
    engine.dispose()
    assert after == {
        sender_key(org, "+45 21 43 65 87"),
        sender_key(org, "Alert@Bank.example"),
        "domain:pakke.example",
    }
    assert not any("2143" in k or "bank.example" in k for k in after)
