"""Daily re-checks of member organisations' domains: sender posture and lookalikes."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.jobs import job
from vaern.registry import lookalikes, service
from vaern.registry.models import DOMAIN_KINDS, Channel

log = logging.getLogger(__name__)


@job("registry.posture", every=timedelta(days=1))
def recheck_posture(session: Session) -> dict[str, Any]:
    org_ids = session.scalars(
        sa.select(Channel.organisation_id).where(Channel.kind.in_(DOMAIN_KINDS)).distinct()
    ).all()
    done = failed = 0
    for org_id in org_ids:
        try:
            with session.begin_nested():
                service.check_posture(session, organisation_id=org_id)
            done += 1
        except Exception:  # one organisation's failure must not stop the rest
            log.exception("posture check failed", extra={"organisation_id": str(org_id)})
            failed += 1
    return {"organisations": done, "failed": failed}


@job("registry.lookalikes", every=timedelta(days=1))
def watch_lookalikes(session: Session) -> dict[str, Any]:
    org_ids = session.scalars(
        sa.select(Channel.organisation_id).where(Channel.kind.in_(DOMAIN_KINDS)).distinct()
    ).all()
    totals = {"organisations": 0, "new": 0, "failed": 0}
    for org_id in org_ids:
        try:
            with session.begin_nested():
                result = lookalikes.scan(session, organisation_id=org_id)
            totals["organisations"] += 1
            totals["new"] += result["new"]
        except Exception:  # one organisation's failure must not stop the rest
            log.exception("lookalike scan failed", extra={"organisation_id": str(org_id)})
            totals["failed"] += 1
    return totals
