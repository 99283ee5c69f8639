"""The outbound log ("did we contact you?")."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.outbound import api, models, pages, privacy

DOMAIN = Domain(
    name="outbound",
    models=models,
    routers=(api.router, pages.router),
    exporters=(privacy.outbound_records,),
    erasers=(privacy.outbound_records_erased,),
    processing=privacy.PROCESSING,
    retention=privacy.RETENTION,
)
