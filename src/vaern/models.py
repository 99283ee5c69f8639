"""Imports every domain's models so that Alembic and ``create_all`` see all tables."""

from vaern.cases import models as cases_models
from vaern.jobs import models as jobs_models
from vaern.orgs import models as orgs_models
from vaern.privacy import models as privacy_models

__all__ = ["cases_models", "jobs_models", "orgs_models", "privacy_models"]
