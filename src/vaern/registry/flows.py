"""Where the registry calls other domains: a lookalike domain's takedown requests live in
the reports domain, beside the campaigns' ones."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from vaern.orgs.access import Principal
from vaern.registry.models import LookalikeDomain
from vaern.reports import flows as reports
from vaern.reports.models import TakedownRequest


def takedowns(
    session: Session, rows: list[LookalikeDomain]
) -> dict[uuid.UUID, list[TakedownRequest]]:
    """Each lookalike's takedown requests, for the watch list."""
    return {r.id: reports.lookalike_takedowns(session, lookalike=r) for r in rows}


def draft_takedowns(
    session: Session, *, principal: Principal, lookalike_id: uuid.UUID
) -> list[TakedownRequest]:
    return reports.draft_lookalike_takedowns(
        session, principal=principal, lookalike_id=lookalike_id
    )
