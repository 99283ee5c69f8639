"""Imports every domain's models so that Alembic and ``create_all`` see all tables."""

from vaern.jobs import models as jobs_models
from vaern.monitoring import models as monitoring_models
from vaern.orgs import models as orgs_models
from vaern.privacy import models as privacy_models

__all__ = ["jobs_models", "monitoring_models", "orgs_models", "privacy_models"]
