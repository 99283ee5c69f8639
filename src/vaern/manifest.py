"""What a domain declares about itself, once, in ``<domain>/manifest.py``.

``vaern.domains`` lists every domain's ``DOMAIN``; the web app, the command line, the job
scheduler, the migrations and the DPO product (data-subject requests, the records of
processing, retention) all read that one list. Adding a domain is one manifest and one
line there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import typer
from fastapi import APIRouter

from vaern.jobs.registry import Job
from vaern.privacy.keys import VaultedColumn
from vaern.privacy.processing import Processing
from vaern.privacy.retention import Category
from vaern.privacy.subjects import Handler


@dataclass(frozen=True)
class Domain:
    name: str
    # Its ORM tables (so Alembic and ``create_all`` see them).
    models: ModuleType | None = None
    # HTTP routes (JSON API and pages), included in this order.
    routers: tuple[APIRouter, ...] = ()
    # ``vaern <name> …`` sub-commands, and plain ``vaern <name>`` commands.
    cli: tuple[tuple[str, typer.Typer], ...] = ()
    commands: tuple[tuple[str, Callable[..., Any]], ...] = ()
    # Scheduled work.
    jobs: tuple[Job, ...] = ()
    # Its part in data-subject requests: export (art. 15/20), erasure (art. 17) and what
    # to process again when a restriction (art. 18) is lifted.
    exporters: tuple[Handler, ...] = ()
    erasers: tuple[Handler, ...] = ()
    lifters: tuple[Handler, ...] = ()
    # Records of processing (art. 30) of its tables, and its retention categories.
    processing: tuple[Processing, ...] = ()
    retention: tuple[Category, ...] = ()
    # Columns holding vault ciphertexts, re-encrypted when the key is rotated.
    vaulted: tuple[VaultedColumn, ...] = ()
