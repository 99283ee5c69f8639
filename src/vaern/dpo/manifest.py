"""The DPO product over every domain's personal data."""

from __future__ import annotations

from vaern.dpo import api, cli, jobs, pages, public_pages
from vaern.manifest import Domain

DOMAIN = Domain(
    name="dpo",
    routers=(api.router, pages.router, public_pages.router),
    cli=(("privacy", cli.privacy_app), ("audit", cli.audit_app), ("keys", cli.keys_app)),
    jobs=(jobs.retention_job, jobs.request_reminders_job),
)
