"""Retention of the outbound log."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.jobs import job
from vaern.outbound import service


@job("outbound.purge", every=timedelta(hours=6))
def purge_outbound(session: Session) -> dict[str, Any]:
    return service.purge(session)
