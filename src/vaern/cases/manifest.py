"""Fraud cases."""

from __future__ import annotations

from vaern.cases import api, cli, jobs, models, pages, privacy
from vaern.manifest import Domain

DOMAIN = Domain(
    name="cases",
    models=models,
    routers=(api.router, pages.router),
    cli=(("cases", cli.cases_app),),
    jobs=(jobs.deadlines, jobs.deliver_notifications),
    exporters=(privacy.cases,),
    erasers=(privacy.cases_anonymised,),
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
    vaulted=privacy.VAULTED,
)
