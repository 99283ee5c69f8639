"""Retention: how long each data category is kept, per organisation, and the job that
deletes or anonymises what has expired.

Each domain registers a handler for its categories with ``register_retention_handler``:
``fn(session, organisation_id, cutoff, dry_run) -> int`` returns how many records expired
(and, unless ``dry_run``, deletes or anonymises them). Defaults are documented in
``DEFAULT_DAYS``; an organisation can set its own period per category.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import Invalid
from vaern.orgs.models import Organisation
from vaern.privacy import audit, holds
from vaern.privacy.models import OutboxMessage, RetentionRule, SubjectRequest

RetentionHandler = Callable[[Session, uuid.UUID, datetime, bool], int]


@dataclass(frozen=True)
class Category:
    name: str
    default_days: int
    handler: RetentionHandler
    explanation: dict[str, str]
    tables: tuple[str, ...] = ()  # the register's tables this category empties


CATEGORIES: dict[str, Category] = {}
MAX_DAYS = 365 * 30


def register_retention_handler(
    name: str, *, default_days: int, explanation: dict[str, str], tables: tuple[str, ...] = ()
) -> Callable[[RetentionHandler], RetentionHandler]:
    def register(fn: RetentionHandler) -> RetentionHandler:
        CATEGORIES[name] = Category(name, default_days, fn, explanation, tables or (name,))
        return fn

    return register


def rules(session: Session, *, organisation_id: uuid.UUID) -> dict[str, int]:
    """Days per category: the organisation's own rule, else the default."""
    own = {
        r.category: r.days
        for r in session.scalars(
            sa.select(RetentionRule).where(RetentionRule.organisation_id == organisation_id)
        )
    }
    return {name: own.get(name, c.default_days) for name, c in sorted(CATEGORIES.items())}


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


def delete_expired(
    session: Session, model: type[Any], expired: sa.ColumnElement[bool], dry_run: bool
) -> int:
    """Count the rows of ``model`` matching ``expired`` and, unless a dry run, delete them."""
    count = int(session.scalar(sa.select(sa.func.count()).select_from(model).where(expired)) or 0)
    if count and not dry_run:
        session.execute(sa.delete(model).where(expired))
    return count


@register_retention_handler(
    "subject_requests",
    default_days=3 * 365,
    explanation={
        "da": "Afsluttede anmodninger fra registrerede gemmes 3 år som dokumentation.",
        "en": "Closed data-subject requests are kept 3 years as documentation.",
    },
)
def _closed_requests(
    session: Session, organisation_id: uuid.UUID, cutoff: datetime, dry_run: bool
) -> int:
    expired = sa.and_(
        SubjectRequest.organisation_id == organisation_id,
        SubjectRequest.closed_at.is_not(None),
        SubjectRequest.closed_at < cutoff,
        SubjectRequest.subject_id.not_in(
            holds.held_ids(session, organisation_id=organisation_id, scope="subject")
        ),
    )
    return delete_expired(session, SubjectRequest, expired, dry_run)


@register_retention_handler(
    "privacy_outbox",
    default_days=7,
    explanation={
        "da": "Engangskoder i udbakken slettes efter 7 dage; de gælder kun i 30 minutter.",
        "en": "One-time codes in the outbox are deleted after 7 days; they are valid for 30 "
        "minutes only.",
    },
    tables=("privacy_outbox",),
)
def _old_outbox_messages(
    session: Session, organisation_id: uuid.UUID, cutoff: datetime, dry_run: bool
) -> int:
    expired = sa.and_(
        OutboxMessage.organisation_id == organisation_id, OutboxMessage.created_at < cutoff
    )
    return delete_expired(session, OutboxMessage, expired, dry_run)


# The domains' categories register on import; the job and the API see them all.
from vaern.dpo import retention_domains  # noqa: E402, F401
