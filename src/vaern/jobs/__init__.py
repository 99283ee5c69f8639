"""Scheduled jobs. Domains register theirs in ``<domain>/jobs.py`` with ``@job``; the
modules are imported by ``load_all`` so the registry is complete."""

from __future__ import annotations

import importlib

from vaern.jobs.registry import JOBS, Job, job, run_due, run_job

# Domains with scheduled work add their jobs module here.
JOB_MODULES: list[str] = [
    "vaern.cases.jobs",
    "vaern.monitoring.jobs",
    "vaern.outbound.jobs",
    "vaern.dpo.jobs",
    "vaern.registry.jobs",
    "vaern.reports.jobs",
    "vaern.warnings.jobs",
]


def load_all() -> dict[str, Job]:
    for module in JOB_MODULES:
        importlib.import_module(module)
    return JOBS


__all__ = ["JOBS", "JOB_MODULES", "Job", "job", "load_all", "run_due", "run_job"]
