"""The retention mechanism: a data category with its default period and the handler that
deletes or anonymises what has expired.

Each domain declares its categories (``Category``, usually with ``by_age``) in its
``privacy.py`` and lists them in its manifest; the DPO product (``vaern.dpo.retention``)
keeps each organisation's own periods and runs every category daily. A handler is
``fn(session, organisation_id, cutoff, dry_run) -> int``: how many records expired (and,
unless ``dry_run``, it deletes or anonymises them).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.privacy import holds
from vaern.privacy.models import Breach, LegalHold, OutboxMessage, SubjectRequest

RetentionHandler = Callable[[Session, uuid.UUID, datetime, bool], int]
# An organisation's period for a category whose domain keeps the setting itself, with its
# own floor and audit (the outbound log: PUT /api/v1/outbound/retention).
ConfiguredDays = Callable[[Session, uuid.UUID], int]
# Rows a handler must leave although they are old: (session, organisation) -> condition.
Keep = Callable[[Session, uuid.UUID], sa.ColumnElement[bool]]

MONTHS_13 = 395
YEAR = 365


@dataclass(frozen=True)
class Category:
    name: str
    default_days: int
    handler: RetentionHandler
    explanation: dict[str, str]
    tables: tuple[str, ...] = ()  # the register's tables this category empties
    configured: ConfiguredDays | None = None  # the period, when its own domain sets it


def category(
    name: str, *, default_days: int, explanation: dict[str, str], tables: tuple[str, ...] = ()
) -> Callable[[RetentionHandler], Category]:
    """Make ``fn`` the handler of a category (``tables`` default to the category's name)."""

    def declare(fn: RetentionHandler) -> Category:
        return Category(name, default_days, fn, explanation, tables or (name,))

    return declare


def delete_expired(
    session: Session, model: type[Any], expired: sa.ColumnElement[bool], dry_run: bool
) -> int:
    """Count the rows of ``model`` matching ``expired`` and, unless a dry run, delete them."""
    count = int(session.scalar(sa.select(sa.func.count()).select_from(model).where(expired)) or 0)
    if count and not dry_run:
        session.execute(sa.delete(model).where(expired))
    return count


def by_age(
    name: str,
    model: type[Any],
    column: Any,
    *,
    days: int,
    tables: tuple[str, ...],
    explanation: dict[str, str],
    keep: Keep | None = None,
    configured: ConfiguredDays | None = None,
) -> Category:
    """A category that deletes ``model``'s rows whose ``column`` is older than the period
    (rows where it is NULL, such as open cases, never expire). ``tables`` names every table
    it empties, children deleted by their foreign key's ON DELETE CASCADE included, so
    ``tests/privacy/test_retention_coverage.py`` can check that every declared period has
    a handler."""

    def handler(
        session: Session, organisation_id: uuid.UUID, cutoff: datetime, dry_run: bool
    ) -> int:
        expired = sa.and_(model.organisation_id == organisation_id, column < cutoff)
        if keep is not None:
            expired = sa.and_(expired, sa.not_(keep(session, organisation_id)))
        return delete_expired(session, model, expired, dry_run)

    return Category(name, days, handler, explanation, tables, configured)


def held(scope: str, column: Any) -> Keep:
    """Keep the rows whose ``column`` names a subject or case under a legal hold."""

    def keep(session: Session, organisation_id: uuid.UUID) -> sa.ColumnElement[bool]:
        ids = holds.held_ids(session, organisation_id=organisation_id, scope=scope)
        return column.in_(ids) if ids else sa.false()

    return keep


@category(
    "subject_requests",
    default_days=3 * 365,
    explanation={
        "da": "Afsluttede anmodninger fra registrerede gemmes 3 år som dokumentation.",
        "en": "Closed data-subject requests are kept 3 years as documentation.",
    },
)
def closed_requests(
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


@category(
    "privacy_outbox",
    default_days=7,
    explanation={
        "da": "Engangskoder i udbakken slettes efter 7 dage; de gælder kun i 30 minutter.",
        "en": "One-time codes in the outbox are deleted after 7 days; they are valid for 30 "
        "minutes only.",
    },
    tables=("privacy_outbox",),
)
def old_outbox_messages(
    session: Session, organisation_id: uuid.UUID, cutoff: datetime, dry_run: bool
) -> int:
    expired = sa.and_(
        OutboxMessage.organisation_id == organisation_id, OutboxMessage.created_at < cutoff
    )
    return delete_expired(session, OutboxMessage, expired, dry_run)


# The privacy tables' own categories (listed in ``vaern.domains``).
CATEGORIES: tuple[Category, ...] = (
    closed_requests,
    old_outbox_messages,
    by_age(
        "legal_holds",
        LegalHold,
        LegalHold.released_at,
        days=3 * YEAR,
        tables=("legal_holds",),
        explanation={
            "da": "Ophævede retlige hold slettes 3 år efter ophævelsen; aktive hold bevares.",
            "en": "Released legal holds are deleted 3 years after release; active holds stay.",
        },
    ),
    by_age(
        "breaches",
        Breach,
        Breach.aware_at,
        days=5 * YEAR,
        tables=("breaches",),
        explanation={
            "da": "Registrerede brud på persondatasikkerheden slettes efter 5 år.",
            "en": "Recorded personal-data breaches are deleted after 5 years.",
        },
    ),
)
