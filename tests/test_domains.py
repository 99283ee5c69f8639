"""Each domain declares itself once (its manifest, listed in ``vaern.domains``), and each
domain's service can be imported on its own."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import subprocess
import sys
from types import ModuleType

import pytest

import vaern
from vaern import domains, site
from vaern.jobs import Job

PACKAGES = sorted(m.name for m in pkgutil.iter_modules(vaern.__path__) if m.ispkg)
# Domains whose lowest module other domains call is ``service`` (takedowns has only flows).
SERVICES = [
    f"vaern.{name}.service"
    for name in PACKAGES
    if importlib.util.find_spec(f"vaern.{name}.service") is not None
]
ROUTE_MODULES = ("api", "pages", "intake_pages", "public_pages")


def _module(package: str, name: str) -> ModuleType | None:
    if importlib.util.find_spec(f"vaern.{package}.{name}") is None:
        return None
    return importlib.import_module(f"vaern.{package}.{name}")


@pytest.mark.parametrize("module", SERVICES)
def test_a_service_imports_on_its_own(module: str) -> None:
    """In a fresh interpreter: import the service alone, then build every table it knows
    (this failed with NoReferencedTableError while a domain's foreign keys named tables of
    a domain its models did not import)."""
    code = (
        f"import {module}\n"
        "import sqlalchemy as sa\n"
        "from sqlalchemy.orm import configure_mappers\n"
        "from vaern.db import Base\n"
        "configure_mappers()\n"
        "Base.metadata.create_all(sa.create_engine('sqlite://'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_services_cover_the_domains() -> None:
    assert {"vaern.cases.service", "vaern.reports.service", "vaern.warnings.service"} <= set(
        SERVICES
    )


def test_every_models_module_is_declared() -> None:
    declared = {d.models for d in domains.DOMAINS if d.models is not None}
    for package in PACKAGES:
        models = _module(package, "models")
        if models is not None:
            assert models in declared, f"vaern.{package}.models is in no manifest"


def test_every_router_is_served() -> None:
    served = [router for domain in site.SERVED for router in domain.routers]
    for package in PACKAGES:
        for name in ROUTE_MODULES:
            module = _module(package, name)
            if module is not None and hasattr(module, "router"):
                assert any(r is module.router for r in served), f"vaern.{package}.{name}"


def test_every_job_is_listed_once() -> None:
    listed = [job for domain in site.SERVED for job in domain.jobs]
    assert len({job.name for job in listed}) == len(listed)
    for package in PACKAGES:
        jobs = _module(package, "jobs")
        if jobs is None:
            continue
        declared = [v for v in vars(jobs).values() if isinstance(v, Job)]
        assert declared, f"vaern.{package}.jobs declares no job"
        for job in declared:
            assert job in listed, f"{job.name} is in no manifest"


def test_the_domains_handlers_and_declarations() -> None:
    """The data-subject handlers run vault first, and every table has one record."""
    assert domains.exporters()[0].__name__ == "vault_identifiers"
    assert domains.erasers()[0].__name__ == "vault_ciphertexts"
    tables = [p.table for p in domains.activities()]
    assert len(tables) == len(set(tables))
    names = [c.name for c in domains.categories()]
    assert len(names) == len(set(names))
