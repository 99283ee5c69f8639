"""Webhooks in the records of processing and retention: the endpoints organisations
register for case events, alerts and warnings, and the delivery log."""

from __future__ import annotations

from vaern.privacy.keys import VaultedColumn
from vaern.privacy.processing import CONTRACT, INTEREST, UNTIL_CHANGED, Processing, activity
from vaern.privacy.retention import Category, by_age
from vaern.webhooks.models import WebhookDelivery, secret_context

# Records of processing (GDPR art. 30) of this package's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "webhooks",
        {
            "da": "Levering af sagshændelser, alarmer og advarsler til organisationens egne "
            "systemer og partnere",
            "en": "Delivering case events, alerts and warnings to the organisation's own "
            "systems and partners",
        },
        CONTRACT,
        ("partner endpoint",),
        (),
        UNTIL_CHANGED,
    ),
    activity(
        "webhook_deliveries",
        {"da": "Log over leverede webhooks", "en": "Log of webhook deliveries"},
        INTEREST,
        ("case, alert or warning link", "delivery status"),
        ("customers (by pseudonymised account reference)",),
        {"da": "90 dage", "en": "90 days"},
    ),
)

# Retention (run daily by the DPO product's ``privacy.retention`` job).
RETENTION: tuple[Category, ...] = (
    by_age(
        "webhook_deliveries",
        WebhookDelivery,
        WebhookDelivery.created_at,
        days=90,
        tables=("webhook_deliveries",),
        explanation={
            "da": "Leveringslog for webhooks slettes efter 90 dage.",
            "en": "The delivery log of webhooks is deleted after 90 days.",
        },
    ),
)

# Columns holding vault ciphertexts, with the context each was sealed under (key rotation).
VAULTED: tuple[VaultedColumn, ...] = (
    VaultedColumn("webhooks", "secret", lambda r: secret_context(r.topic, r.organisation_id)),
)
