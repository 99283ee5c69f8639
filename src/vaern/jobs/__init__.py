"""Scheduled jobs. Domains declare theirs with ``@job`` in ``<domain>/jobs.py`` and list
them in their manifest; ``vaern.site.jobs()`` gathers them for the scheduler and CLI."""

from __future__ import annotations

from vaern.jobs.registry import Job, job, run_due, run_job

__all__ = ["Job", "job", "run_due", "run_job"]
