"""Payment disputes (Payment Act § 100)."""

from __future__ import annotations

from vaern.disputes import api, cli, models, pages, privacy
from vaern.manifest import Domain

DOMAIN = Domain(
    name="disputes",
    models=models,
    routers=(api.router, pages.router),
    cli=(("disputes", cli.disputes_app),),
    # A dispute is erased with its case (``privacy.disputes_erased``, a case eraser).
    exporters=(privacy.disputes,),
    processing=privacy.PROCESSING,
)
