"""one webhook package: webhooks and webhook_deliveries for every topic

Moves the case, alert and warning webhooks (same ids, same vault ciphertexts: each topic
keeps its secret context) and their webhook deliveries into the two new tables, then drops
case_webhooks, monitoring_webhooks, monitoring_deliveries and warning_webhooks, the webhook
rows of case_notifications and warning_deliveries, and case_notifications.channel (its
rows are all e-mails now). Alert deliveries get the body they would have been sent with.

Revision ID: 0025_unify_webhooks
Revises: 0024_unify_change_stamps
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

import vaern.db

revision: str = "0025_unify_webhooks"
down_revision: str | Sequence[str] | None = "0024_unify_change_stamps"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

U, T, J = sa.Uuid, vaern.db.UTCDateTime, sa.JSON


def _t(name: str, **columns: Any) -> sa.TableClause:
    return sa.table(name, *(sa.column(c, type_) for c, type_ in columns.items()))


_LOG_COLUMNS: dict[str, Any] = {
    "status": sa.String,
    "attempts": sa.Integer,
    "next_attempt_at": T,
    "last_result": sa.String,
    "delivered_at": T,
    "created_at": T,
    "updated_at": T,
}
_HOOK_COLUMNS: dict[str, Any] = {
    "id": U,
    "organisation_id": U,
    "url": sa.String,
    "secret": sa.String,
    "active": sa.Boolean,
    "created_at": T,
    "updated_at": T,
}
WEBHOOKS = _t("webhooks", topic=sa.String, options=J, **_HOOK_COLUMNS)
DELIVERIES = _t(
    "webhook_deliveries",
    id=U,
    organisation_id=U,
    topic=sa.String,
    webhook_id=U,
    subject_id=U,
    event=sa.String,
    payload=J,
    **_LOG_COLUMNS,
)


def upgrade() -> None:
    op.create_table(
        "webhooks",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("secret", sa.String(length=500), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", vaern.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", vaern.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_webhooks_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhooks")),
    )
    with op.batch_alter_table("webhooks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_webhooks_organisation_topic", ["organisation_id", "topic"], unique=False
        )
    op.create_table(
        "webhook_deliveries",
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("webhook_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
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
            name=op.f("fk_webhook_deliveries_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["webhook_id"],
            ["webhooks.id"],
            name=op.f("fk_webhook_deliveries_webhook_id_webhooks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_deliveries")),
    )
    with op.batch_alter_table("webhook_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_webhook_deliveries_due", ["status", "next_attempt_at"], unique=False
        )
        batch_op.create_index(
            "ix_webhook_deliveries_organisation_topic",
            ["organisation_id", "topic"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_webhook_deliveries_subject_id"), ["subject_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_webhook_deliveries_webhook_id"), ["webhook_id"], unique=False
        )
    _move_rows(op.get_bind())
    _drop_old()


def _move_rows(bind: sa.Connection) -> None:
    from vaern.config import settings

    base = settings().base_url
    orgs = _t("organisations", id=U, slug=sa.String)
    slugs = {row.id: row.slug for row in bind.execute(sa.select(orgs.c.id, orgs.c.slug))}
    known: set[Any] = set()
    for topic, table in (
        ("cases", "case_webhooks"),
        ("monitoring", "monitoring_webhooks"),
        ("warnings", "warning_webhooks"),
    ):
        extra = {"min_severity": sa.String} if topic == "monitoring" else {}
        old = _t(table, **_HOOK_COLUMNS, **extra)
        for row in bind.execute(sa.select(old)).mappings():
            hook = {c: row[c] for c in _HOOK_COLUMNS}
            options = {"min_severity": row["min_severity"]} if extra else {}
            bind.execute(sa.insert(WEBHOOKS).values(**hook, topic=topic, options=options))
            known.add(row["id"])

    log = {"event": sa.String, **_LOG_COLUMNS}
    cases = _t(
        "case_notifications",
        id=U,
        organisation_id=U,
        case_id=U,
        channel=sa.String,
        recipient_id=U,
        payload=J,
        **log,
    )
    for row in bind.execute(sa.select(cases).where(cases.c.channel == "webhook")).mappings():
        if row["recipient_id"] in known:
            url = f"{base}/staff/{slugs.get(row['organisation_id'], '')}/cases/{row['case_id']}"
            _deliver(
                bind,
                row,
                "cases",
                row["recipient_id"],
                row["case_id"],
                row["event"],
                {**row["payload"], "url": url},
            )
    warnings = _t(
        "warning_deliveries",
        id=U,
        organisation_id=U,
        kind=sa.String,
        subscription_id=U,
        warning_id=U,
        payload=J,
        **log,
    )
    for row in bind.execute(sa.select(warnings).where(warnings.c.kind == "webhook")).mappings():
        if row["subscription_id"] in known:
            _deliver(
                bind,
                row,
                "warnings",
                row["subscription_id"],
                row["warning_id"],
                row["event"],
                row["payload"],
            )
    alerts = _t(
        "monitoring_alerts",
        id=U,
        event_id=sa.String,
        account_ref=sa.String,
        typology_id=sa.String,
        typology_version=sa.Integer,
        severity=sa.String,
        action=sa.String,
        score=sa.Float,
        model_score=sa.Float,
        explanation=J,
        event_ids=J,
        features=J,
        occurred_at=T,
    )
    pushes = _t(
        "monitoring_deliveries", id=U, organisation_id=U, webhook_id=U, alert_id=U, **_LOG_COLUMNS
    )
    query = sa.select(pushes, *(c.label(f"a_{c.name}") for c in alerts.c)).join(
        alerts, alerts.c.id == pushes.c.alert_id
    )
    for row in bind.execute(query).mappings():
        slug = slugs.get(row["organisation_id"], "")
        alert = {
            "id": str(row["alert_id"]),
            "event_id": row["a_event_id"],
            "account_ref": row["a_account_ref"],
            "typology": row["a_typology_id"],
            "typology_version": row["a_typology_version"],
            "severity": row["a_severity"],
            "action": row["a_action"],
            "score": row["a_score"],
            "model_score": row["a_model_score"],
            "explanation": row["a_explanation"],
            "event_ids": row["a_event_ids"],
            "features": row["a_features"],
            "occurred_at": row["a_occurred_at"].isoformat(),
            "url": f"{base}/staff/{slug}/alerts",
        }
        payload = {"event": "monitoring.alert", "alert": alert}
        _deliver(
            bind, row, "monitoring", row["webhook_id"], row["alert_id"], "monitoring.alert", payload
        )


def _deliver(
    bind: sa.Connection,
    row: Any,
    topic: str,
    webhook_id: Any,
    subject_id: Any,
    event: str,
    payload: dict[str, Any],
) -> None:
    bind.execute(
        sa.insert(DELIVERIES).values(
            id=row["id"],
            organisation_id=row["organisation_id"],
            topic=topic,
            webhook_id=webhook_id,
            subject_id=subject_id,
            event=event,
            payload=payload,
            **{c: row[c] for c in _LOG_COLUMNS},
        )
    )


def _drop_old() -> None:
    op.execute("DELETE FROM case_notifications WHERE channel = 'webhook'")
    op.execute("DELETE FROM warning_deliveries WHERE kind = 'webhook'")
    with op.batch_alter_table("case_notifications", schema=None) as batch_op:
        batch_op.drop_column("channel")
    op.drop_table("monitoring_deliveries")
    op.drop_table("monitoring_webhooks")
    op.drop_table("case_webhooks")
    op.drop_table("warning_webhooks")


def downgrade() -> None:
    raise NotImplementedError(
        "0025_unify_webhooks moves rows between tables; restore a backup to go back"
    )
