"""Imports every domain's models so that Alembic and ``create_all`` see all tables, and
every domain's data-subject exporter and eraser so that no request misses a domain."""

from vaern import changes
from vaern.cases import models as cases_models
from vaern.cases import privacy as cases_privacy
from vaern.disputes import models as disputes_models
from vaern.disputes import privacy as disputes_privacy
from vaern.jobs import models as jobs_models
from vaern.monitoring import models as monitoring_models
from vaern.monitoring import privacy as monitoring_privacy
from vaern.orgs import models as orgs_models
from vaern.outbound import models as outbound_models
from vaern.outbound import privacy as outbound_privacy
from vaern.privacy import models as privacy_models
from vaern.registry import models as registry_models
from vaern.reports import models as reports_models
from vaern.reports import privacy as reports_privacy
from vaern.warnings import models as warnings_models
from vaern.warnings import privacy as warnings_privacy
from vaern.webhooks import models as webhooks_models

__all__ = [
    "cases_models",
    "cases_privacy",
    "changes",
    "disputes_models",
    "disputes_privacy",
    "jobs_models",
    "monitoring_models",
    "monitoring_privacy",
    "orgs_models",
    "outbound_models",
    "outbound_privacy",
    "privacy_models",
    "registry_models",
    "reports_models",
    "reports_privacy",
    "warnings_models",
    "warnings_privacy",
    "webhooks_models",
]
