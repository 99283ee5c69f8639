"""Imports every domain's models so that Alembic and ``create_all`` see all tables."""

from vaern.cases import models as cases_models
from vaern.disputes import models as disputes_models
from vaern.jobs import models as jobs_models
from vaern.monitoring import models as monitoring_models
from vaern.orgs import models as orgs_models
from vaern.outbound import models as outbound_models
from vaern.privacy import models as privacy_models
from vaern.registry import models as registry_models
from vaern.reports import models as reports_models
from vaern.warnings import models as warnings_models

__all__ = [
    "cases_models",
    "disputes_models",
    "jobs_models",
    "monitoring_models",
    "orgs_models",
    "outbound_models",
    "privacy_models",
    "registry_models",
    "reports_models",
    "warnings_models",
]
