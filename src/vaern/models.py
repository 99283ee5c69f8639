"""Imports every domain's models so that Alembic and ``create_all`` see all tables."""

from vaern.jobs import models as jobs_models
from vaern.orgs import models as orgs_models
from vaern.privacy import models as privacy_models
from vaern.reports import models as reports_models
from vaern.warnings import models as warnings_models

__all__ = [
    "jobs_models",
    "orgs_models",
    "privacy_models",
    "reports_models",
    "warnings_models",
]
