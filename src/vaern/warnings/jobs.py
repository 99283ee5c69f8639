"""Scheduled expiry of warnings whose validity period has ended."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.jobs import job
from vaern.warnings import push, service


@job("warnings.expire", every=timedelta(minutes=5))
def expire_warnings(session: Session) -> dict[str, Any]:
    return service.expire_due(session)


@job("warnings.push", every=timedelta(minutes=1))
def push_warnings(session: Session) -> dict[str, Any]:
    return push.deliver_due(session)
