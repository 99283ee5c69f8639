"""Where cases meet other domains.

"Did we contact you?" needs the outbound log, built in its own domain. It registers its
look-up here (``register_contact_lookup``); until it does, the check says so honestly.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.cases import service
from vaern.db import utcnow
from vaern.errors import Conflict
from vaern.orgs.access import Principal
from vaern.privacy import subjects

# fn(session, organisation_id=, identifiers={kind: [values]}, since=, until=)
#   -> {"contacted": bool, "matches": [...], "lookup_id": UUID | None}
ContactLookup = Callable[..., dict[str, Any]]
_lookup: list[ContactLookup] = []


def register_contact_lookup(fn: ContactLookup) -> None:
    _lookup[:] = [fn]


def did_we_contact(
    session: Session,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    window: timedelta = timedelta(days=14),
    now: datetime | None = None,
) -> dict[str, Any]:
    """Look the customer's numbers and addresses up in the outbound log, record the answer."""
    case = service.get_case(session, organisation_id=principal.organisation_id, case_id=case_id)
    if case.subject_id is None:
        raise Conflict("The case has no customer to look up.")
    if not _lookup:
        raise Conflict("The outbound log is not connected on this installation.")
    now = now or utcnow()
    identifiers = subjects.reveal(
        session, principal=principal, subject_id=case.subject_id, purpose="did-we-contact"
    )
    result = _lookup[0](
        session,
        organisation_id=case.organisation_id,
        identifiers={k: v for k, v in identifiers.items() if k in ("phone", "email")},
        since=now - window,
        until=now,
    )
    answer = {
        "contacted": bool(result.get("contacted")),
        "matches": len(result.get("matches", [])),
        "window_days": window.days,
    }
    service.record_contact_check(
        session,
        principal=principal,
        case_id=case.id,
        answer=answer,
        lookup_id=result.get("lookup_id"),
    )
    return {**answer, "details": result.get("matches", [])}
