"""Takedown requests for campaigns and lookalike domains."""

from __future__ import annotations

from vaern.manifest import Domain
from vaern.takedowns import api, pages

DOMAIN = Domain(name="takedowns", routers=(api.router, pages.router))
