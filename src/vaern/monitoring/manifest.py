"""Real-time monitoring of account events."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.monitoring import api, cli, jobs, models, pages, privacy

DOMAIN = Domain(
    name="monitoring",
    models=models,
    routers=(api.router, pages.router),
    cli=(("monitor", cli.monitor_app),),
    jobs=(jobs.push_alerts,),
    exporters=(privacy.monitoring,),
    erasers=(privacy.monitoring_erased,),
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
)
