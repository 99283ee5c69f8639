"""Warning e-mail subscriptions in data-subject requests, found by the e-mail's blind
index. Erasure deletes the subscription and its delivery log."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.privacy import subjects
from vaern.privacy.keys import VaultedColumn
from vaern.privacy.models import DataSubject
from vaern.privacy.processing import CONTRACT, INTEREST, PUBLIC, UNTIL_CHANGED, Processing, activity
from vaern.privacy.retention import Category, by_age
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


def warning_subscriptions_erased(session: Session, subject: DataSubject) -> dict[str, Any]:
    ids = [s.id for s in _subscriptions(session, subject)]
    session.execute(
        sa.delete(Delivery).where(
            Delivery.subscription_id.in_(ids), Delivery.kind.in_(("email", "email-confirm"))
        )
    )
    session.execute(sa.delete(EmailSubscription).where(EmailSubscription.id.in_(ids)))
    return {"deleted": len(ids)}


_OWN_CONTACT = {
    "da": "rådene i en advarsel nævner organisationens egne kontaktveje (telefonnummer, "
    "e-mailadresse), så folk kan ringe det rigtige sted hen; alt andet i rådene maskeres",
    "en": "a warning's advice names the organisation's own contact lines (phone number, e-mail "
    "address) so people call the right place; everything else in the advice is masked",
}

_PUBLISHED = {
    "da": "indikatorer på svindel (afsendernumre, afsender-id'er, domæner) offentliggøres i "
    "advarsler for at beskytte folk; en medarbejder vurderer hver advarsel, før den "
    "offentliggøres, fordi et nummer kan tilhøre en person, hvis nummer er kapret",
    "en": "indicators of a scam (sender numbers, sender IDs, domains) are published in warnings "
    "to protect people; staff review each warning before it is published, since a number may "
    "belong to a person whose number was hijacked",
}

_WARNINGS = {"da": "Offentlige advarsler om svindel", "en": "Public warnings about scams"}

# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "warnings",
        _WARNINGS,
        INTEREST,
        ("redacted examples", "indicators"),
        ("senders of scam messages",),
        UNTIL_CHANGED,
        PUBLIC,
        in_clear={"indicators": _PUBLISHED, "search_text": _PUBLISHED, "advice": _OWN_CONTACT},
    ),
    activity(
        "warning_versions",
        _WARNINGS,
        INTEREST,
        ("snapshot", "actor id"),
        ("staff users", "senders of scam messages"),
        UNTIL_CHANGED,
        in_clear={"snapshot": _PUBLISHED},
    ),
    activity(
        "warning_indicators",
        _WARNINGS,
        INTEREST,
        ("indicator keys (domains, numbers)",),
        ("senders of scam messages",),
        UNTIL_CHANGED,
        in_clear={"key": _PUBLISHED},
    ),
    activity(
        "warning_email_subscriptions",
        {"da": "E-mailabonnement på advarsler", "en": "E-mail subscriptions to warnings"},
        {"da": "Art. 6(1)(a) samtykke", "en": "Art. 6(1)(a) consent"},
        ("e-mail (encrypted, blind index)",),
        ("subscribers",),
        {"da": "Til afmelding", "en": "Until unsubscribed"},
    ),
    activity(
        "warning_deliveries",
        {"da": "Log over leverede advarsler", "en": "Log of warning deliveries"},
        CONTRACT,
        ("subscription link", "delivery status"),
        ("subscribers",),
        {"da": "90 dage", "en": "90 days"},
    ),
)

# Retention (run daily by the DPO product's ``privacy.retention`` job).
RETENTION: tuple[Category, ...] = (
    by_age(
        "warning_deliveries",
        Delivery,
        Delivery.created_at,
        days=90,
        tables=("warning_deliveries",),
        explanation={
            "da": "Leveringslog for advarsler slettes efter 90 dage.",
            "en": "The delivery log of warnings is deleted after 90 days.",
        },
    ),
)

# Columns holding vault ciphertexts, with the context each was sealed under (key rotation).
VAULTED: tuple[VaultedColumn, ...] = (
    VaultedColumn(
        "warning_email_subscriptions",
        "email_ciphertext",
        lambda r: f"warning-sub:{r.organisation_id}",
    ),
)
