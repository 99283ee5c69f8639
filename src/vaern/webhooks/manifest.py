"""Webhooks shared by cases, monitoring and warnings."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.webhooks import models, privacy

DOMAIN = Domain(
    name="webhooks",
    models=models,
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
    vaulted=privacy.VAULTED,
)
