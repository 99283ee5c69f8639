"""Warning e-mail subscriptions in data-subject requests, found by the e-mail's blind
index. Erasure deletes the subscription and its delivery log."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.dpo import requests
from vaern.privacy import subjects
from vaern.privacy.models import DataSubject
from vaern.warnings.models import Delivery, EmailSubscription

TABLES = ("warning_email_subscriptions", "warning_deliveries")


def _subscriptions(session: Session, subject: DataSubject) -> list[EmailSubscription]:
    return list(
        session.scalars(
            sa.select(EmailSubscription).where(
                EmailSubscription.organisation_id == subject.organisation_id,
                EmailSubscription.email_index.in_(
                    subjects.blind_indexes(session, subject, "email")
                ),
            )
        )
    )


@requests.register_export_handler
def warning_subscriptions(session: Session, subject: DataSubject) -> dict[str, Any]:
    return {
        "subscriptions": [
            {
                "status": s.status,
                "created_at": s.created_at.isoformat(),
                "confirmed_at": s.confirmed_at.isoformat() if s.confirmed_at else None,
            }
            for s in _subscriptions(session, subject)
        ]
    }


@requests.register_erasure_handler
def warning_subscriptions_erased(session: Session, subject: DataSubject) -> dict[str, Any]:
    ids = [s.id for s in _subscriptions(session, subject)]
    session.execute(
        sa.delete(Delivery).where(
            Delivery.subscription_id.in_(ids), Delivery.kind.in_(("email", "email-confirm"))
        )
    )
    session.execute(sa.delete(EmailSubscription).where(EmailSubscription.id.in_(ids)))
    return {"deleted": len(ids)}
