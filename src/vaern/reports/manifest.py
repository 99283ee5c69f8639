"""Customer reports, campaigns and takedown requests."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.reports import api, cli, intake_pages, jobs, models, pages, privacy

DOMAIN = Domain(
    name="reports",
    models=models,
    routers=(api.router, pages.router, intake_pages.router),
    cli=(("reports", cli.reports_app),),
    jobs=(jobs.send_receipts,),
    exporters=(privacy.reports,),
    erasers=(privacy.reports_unlinked,),
    lifters=(privacy.reports_grouped,),
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
    vaulted=privacy.VAULTED,
)
