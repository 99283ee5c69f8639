"""Organisations, users, roles and API tokens."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.orgs import api, models, pages, privacy

DOMAIN = Domain(
    name="orgs",
    models=models,
    routers=(api.router, pages.router, pages.invitation_router),
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
)
