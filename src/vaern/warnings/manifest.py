"""Published warnings, feeds, subscriptions and webhooks."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.warnings import api, jobs, models, pages, privacy

DOMAIN = Domain(
    name="warnings",
    models=models,
    routers=(api.router, pages.router),
    jobs=(jobs.expire_warnings, jobs.push_warnings),
    exporters=(privacy.warning_subscriptions,),
    erasers=(privacy.warning_subscriptions_erased,),
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
    vaulted=privacy.VAULTED,
)
