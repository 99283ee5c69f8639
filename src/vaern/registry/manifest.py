"""Member organisations' channels and policy, the public directory, sender posture and
the look-alike domain watch."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.registry import api, cli, jobs, models, pages, privacy

DOMAIN = Domain(
    name="registry",
    models=models,
    routers=(api.router, pages.router),
    cli=(("posture", cli.posture_app),),
    jobs=(jobs.recheck_posture, jobs.watch_lookalikes),
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
)
