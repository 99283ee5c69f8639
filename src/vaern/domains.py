"""The one list of domains. Each declares itself in its ``manifest.py`` (``vaern.manifest``);
the web app and command line (``vaern.site``), the migrations and the DPO product read
them here. The order is the order of routes, commands, and of the handlers in a
data-subject request (the vault's own first).

The shared kernel's tables (the privacy kernel's, the job scheduler's and the change
tracker's) are declared here too: the kernel sits below ``vaern.manifest`` and so has no
manifest of its own."""

from __future__ import annotations

from vaern import changes
from vaern.cases.manifest import DOMAIN as CASES
from vaern.disputes.manifest import DOMAIN as DISPUTES
from vaern.jobs import models as jobs_models
from vaern.manifest import Domain
from vaern.messages.manifest import DOMAIN as MESSAGES
from vaern.monitoring.manifest import DOMAIN as MONITORING
from vaern.orgs.manifest import DOMAIN as ORGS
from vaern.outbound.manifest import DOMAIN as OUTBOUND
from vaern.privacy import erasure, keys, processing, retention
from vaern.privacy import models as privacy_models
from vaern.privacy.keys import VaultedColumn
from vaern.privacy.processing import Processing
from vaern.privacy.retention import Category
from vaern.privacy.subjects import Handler
from vaern.registry.manifest import DOMAIN as REGISTRY
from vaern.reports.manifest import DOMAIN as REPORTS
from vaern.takedowns.manifest import DOMAIN as TAKEDOWNS
from vaern.warnings.manifest import DOMAIN as WARNINGS
from vaern.webhooks.manifest import DOMAIN as WEBHOOKS

PRIVACY = Domain(
    name="privacy",
    models=privacy_models,
    exporters=(erasure.vault_identifiers,),
    erasers=(erasure.vault_ciphertexts,),
    processing=processing.ACTIVITIES,
    retention=retention.CATEGORIES,
    vaulted=keys.VAULTED,
)
JOBS = Domain(name="jobs", models=jobs_models)
CHANGES = Domain(name="changes", models=changes)

DOMAINS: tuple[Domain, ...] = (
    PRIVACY,
    JOBS,
    CHANGES,
    WEBHOOKS,
    MESSAGES,
    ORGS,
    REGISTRY,
    CASES,
    DISPUTES,
    MONITORING,
    OUTBOUND,
    REPORTS,
    TAKEDOWNS,
    WARNINGS,
)


def exporters() -> tuple[Handler, ...]:
    return tuple(h for d in DOMAINS for h in d.exporters)


def erasers() -> tuple[Handler, ...]:
    return tuple(h for d in DOMAINS for h in d.erasers)


def lifters() -> tuple[Handler, ...]:
    return tuple(h for d in DOMAINS for h in d.lifters)


def activities() -> tuple[Processing, ...]:
    return tuple(p for d in DOMAINS for p in d.processing)


def categories() -> tuple[Category, ...]:
    return tuple(c for d in DOMAINS for c in d.retention)


def vaulted() -> tuple[VaultedColumn, ...]:
    return tuple(v for d in DOMAINS for v in d.vaulted)
