"""campaign grouping keys of senders and calling numbers become keyed hashes

Revision ID: 0017_campaign_key_hashes
Revises: 0016_takedown_lookalike
Create Date: 2026-12-03

Keys written before stored the sender (``sender:…``) or the normalised calling number
(``phone:…``) in clear; they become the HMAC key that ``reports.grouping.sender_key``
computes now (``sender#…`` / ``phone#…``), so grouping goes on finding them. The
downgrade cannot restore the senders and leaves the hashed keys.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_campaign_key_hashes"
down_revision: str | Sequence[str] | None = "0016_takedown_lookalike"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_context().as_sql:  # offline SQL cannot compute the keyed hashes
        return
    from vaern.security import keyed_hash

    keys = sa.table(
        "campaign_keys",
        sa.column("id", sa.Uuid()),
        sa.column("organisation_id", sa.Uuid()),
        sa.column("key", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(keys.c.id, keys.c.organisation_id, keys.c.key).where(
            sa.or_(keys.c.key.like("phone:%"), keys.c.key.like("sender:%"))
        )
    ).all()
    for key_id, org_id, key in rows:
        kind, value = key.split(":", 1)
        hashed = f"{kind}#" + keyed_hash(value, purpose=f"campaign-key:{org_id}:{kind}")[:40]
        bind.execute(sa.update(keys).where(keys.c.id == key_id).values(key=hashed))


def downgrade() -> None:
    pass
