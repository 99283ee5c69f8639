"""Retention per organisation: each category's period (the organisation's own rule, else
the category's default) and the daily run that deletes or anonymises what has expired.

The categories are the domains' (``privacy/retention.py`` has the mechanism; each domain
lists its categories in its manifest, gathered by ``vaern.domains``).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import domains
from vaern.db import utcnow
from vaern.errors import Invalid
from vaern.orgs.models import Organisation
from vaern.privacy import audit, holds
from vaern.privacy.models import RetentionRule
from vaern.privacy.retention import Category

CATEGORIES: dict[str, Category] = {c.name: c for c in domains.categories()}
MAX_DAYS = 365 * 30


def rules(session: Session, *, organisation_id: uuid.UUID) -> dict[str, int]:
    """Days per category: the period its own domain configures, else the organisation's
    rule here, else the default."""
    own = {
        r.category: r.days
        for r in session.scalars(
            sa.select(RetentionRule).where(RetentionRule.organisation_id == organisation_id)
        )
    }
    return {
        name: c.configured(session, organisation_id)
        if c.configured
        else own.get(name, c.default_days)
        for name, c in sorted(CATEGORIES.items())
    }


def set_rule(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    category: str,
    days: int,
    actor: tuple[str, str | None] = ("system", None),
) -> dict[str, int]:
    if category not in CATEGORIES:
        raise Invalid(f"Unknown data category '{category}'.")
    if CATEGORIES[category].configured is not None:
        raise Invalid(f"The retention of '{category}' is set in its own domain's settings.")
    if not 1 <= days <= MAX_DAYS:
        raise Invalid(f"Retention must be between 1 and {MAX_DAYS} days.")
    rule = session.scalar(
        sa.select(RetentionRule).where(
            RetentionRule.organisation_id == organisation_id, RetentionRule.category == category
        )
    )
    if rule is None:
        session.add(RetentionRule(organisation_id=organisation_id, category=category, days=days))
    else:
        rule.days = days
    audit.record(
        session,
        action="retention.set",
        actor_type=actor[0],
        actor_id=actor[1],
        organisation_id=organisation_id,
        object_type="retention_rule",
        object_id=category,
        details={"days": days},
    )
    session.flush()
    return rules(session, organisation_id=organisation_id)


def apply(
    session: Session,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    organisation_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """Run every category's handler for every organisation (or one), each in its own
    savepoint; report per item what expired and what failed. An organisation under a
    legal hold is skipped and reported as held."""
    now = now or utcnow()
    org_ids = (
        [organisation_id]
        if organisation_id
        else list(session.scalars(sa.select(Organisation.id).order_by(Organisation.id)))
    )
    items: list[dict[str, Any]] = []
    for org_id in org_ids:
        if holds.organisation_held(session, organisation_id=org_id):
            items.append({"organisation_id": str(org_id), "ok": True, "held": True})
            continue
        for name, days in rules(session, organisation_id=org_id).items():
            item: dict[str, Any] = {"organisation_id": str(org_id), "category": name}
            try:
                with session.begin_nested():
                    item["expired"] = CATEGORIES[name].handler(
                        session, org_id, now - timedelta(days=days), dry_run
                    )
                item["ok"] = True
            except Exception as exc:  # one failing category must not stop the rest
                item.update(ok=False, error=type(exc).__name__)
            items.append(item)
    return {
        "dry_run": dry_run,
        "succeeded": sum(1 for i in items if i["ok"]),
        "failed": sum(1 for i in items if not i["ok"]),
        "expired": sum(i.get("expired", 0) for i in items),
        "items": items,
    }
