"""The registry in the records of processing and retention: channels, policies, sender
posture and look-alike domains hold no data about the people the organisations serve."""

from __future__ import annotations

from vaern.privacy.processing import (
    CONTRACT,
    INTEREST,
    NO_PERSONAL,
    PUBLIC,
    UNTIL_CHANGED,
    Processing,
    activity,
)
from vaern.privacy.retention import YEAR, Category, by_age
from vaern.registry.models import LookalikeDomain, PostureReport

_REGISTRY = {
    "da": "Organisationens officielle kanaler og kommunikationspolitik",
    "en": "The organisation's official channels and communication policy",
}

# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "channels", _REGISTRY, CONTRACT, ("creator",), ("staff users",), UNTIL_CHANGED, PUBLIC
    ),
    activity(
        "policy_versions",
        _REGISTRY,
        CONTRACT,
        ("creator",),
        ("staff users",),
        UNTIL_CHANGED,
        PUBLIC,
    ),
    activity(
        "posture_reports",
        {"da": "Kontrol af afsenderdomæners sikkerhed", "en": "Sender-domain security checks"},
        CONTRACT,
        NO_PERSONAL,
        (),
        {"da": "1 år", "en": "1 year"},
        in_clear={
            "findings": {
                "da": "DMARC-rapportadresserne er organisationens egne, offentliggjort i dens DNS",
                "en": "the DMARC report addresses are the organisation's own, published in its DNS",
            }
        },
    ),
    activity(
        "lookalike_domains",
        {"da": "Overvågning af forvekslingsdomæner", "en": "Watch for lookalike domains"},
        INTEREST,
        ("domain names (may name their registrant)",),
        ("domain holders",),
        {"da": "1 år efter sidst set", "en": "1 year after last seen"},
    ),
)

# Retention (run daily by the DPO product's ``privacy.retention`` job).
RETENTION: tuple[Category, ...] = (
    by_age(
        "posture_reports",
        PostureReport,
        PostureReport.checked_at,
        days=YEAR,
        tables=("posture_reports",),
        explanation={
            "da": "Rapporter om e-mail-sikkerhed slettes efter 1 år.",
            "en": "E-mail posture reports are deleted after 1 year.",
        },
    ),
    by_age(
        "lookalike_domains",
        LookalikeDomain,
        LookalikeDomain.last_seen,
        days=YEAR,
        tables=("lookalike_domains",),
        explanation={
            "da": "Forvekslingsdomæner slettes 1 år efter, at de sidst blev set.",
            "en": "Look-alike domains are deleted 1 year after they were last seen.",
        },
    ),
)
