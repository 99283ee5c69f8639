"""Where cases meet other domains.

"Did we contact you?" asks the outbound log (``outbound.service.contact_lookup``).
The evidence pack reads the content of linked reports, campaigns and warnings here.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from vaern.cases import service
from vaern.cases.models import CaseLink
from vaern.db import utcnow
from vaern.errors import Conflict, Forbidden, NotFound
from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.outbound import service as outbound
from vaern.privacy import subjects
from vaern.privacy.redact import redact_many
from vaern.registry import service as registry
from vaern.reports import service as reports
from vaern.warnings import service as warnings


def organisation_and_people(
    session: Session, *, organisation_id: uuid.UUID
) -> tuple[str, dict[str, str]]:
    """The organisation's name and its staff's names by user id, for evidence packs that
    name people instead of ids."""
    org = orgs.get_organisation(session, organisation_id=organisation_id)
    members = orgs.list_members(session, organisation_id=organisation_id)
    return org.name, {str(u.id): u.display_name or u.email for u, _role in members}


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
    service.ensure_workable(session, case)
    now = now or utcnow()
    identifiers = subjects.reveal(
        session, principal=principal, subject_id=case.subject_id, purpose="did-we-contact"
    )
    result = outbound.contact_lookup(
        session,
        organisation_id=case.organisation_id,
        identifiers={k: v for k, v in identifiers.items() if k in ("phone", "email")},
        since=now - window,
        until=now,
    )
    found = result.get("matches", [])
    answer = {
        "contacted": bool(result.get("contacted")),
        "matches": len(found),
        "window_days": window.days,
        # What matched, for the agent and the evidence pack: never the customer's number.
        "found": [
            {k: m.get(k) for k in ("channel", "sent_at", "sender", "partner", "match")}
            for m in found[:10]
        ],
    }
    service.record_contact_check(
        session,
        principal=principal,
        case_id=case.id,
        answer=answer,
        lookup_id=result.get("lookup_id"),
    )
    return {**answer, "details": result.get("matches", [])}


def _clean(session: Session, principal: Principal, texts: list[Any]) -> list[str]:
    # Stored redacted by their domains already; redacted again so a pack never depends on
    # it, with the same policy (the organisation's own published addresses left).
    policy = registry.redaction_policy(session, organisation_id=principal.organisation_id)
    return [r.text for r in redact_many([str(t) for t in texts], policy)]


def _content(session: Session, principal: Principal, link: CaseLink) -> dict[str, Any] | None:
    if link.kind == "report":
        r = reports.get_report(session, principal=principal, report_id=link.target_id)
        return {
            "reference": r.reference,
            "channel": r.channel,
            "received_at": r.received_at.isoformat(),
            "text": _clean(session, principal, [r.text])[0],
            "indicators": {
                "sender": r.sender,
                "link_domains": list(r.link_domains),
                "phones": list(r.phones),
            },
        }
    if link.kind == "campaign":
        c = reports.get_campaign(session, principal=principal, campaign_id=link.target_id)
        return {
            "reference": c.reference,
            "reports": c.report_count,
            "first_seen": c.first_seen.isoformat(),
            "last_seen": c.last_seen.isoformat(),
            "examples": _clean(session, principal, list(c.examples)),
            "indicators": c.indicators,
        }
    if link.kind == "warning":
        w = warnings.get_warning(
            session, organisation_id=principal.organisation_id, warning_id=link.target_id
        )
        return {
            "status": w.status,
            "version": w.version,
            "published_at": w.published_at.isoformat() if w.published_at else None,
            "title": w.title,
            "summary": w.summary,
            "advice": w.advice,
            "examples": _clean(session, principal, list(w.examples)),
            "indicators": w.indicators,
        }
    return None


def linked_content(
    session: Session, *, principal: Principal, links: list[CaseLink]
) -> list[dict[str, Any]]:
    """The content of each linked report, campaign and warning, read through its own
    domain with the principal's rights: another organisation's object or one the principal
    may not read is listed as unavailable, never shown."""
    out = []
    for link in links:
        try:
            content = _content(session, principal, link)
        except (NotFound, Forbidden):
            out.append({"kind": link.kind, "id": str(link.target_id), "available": False})
            continue
        if content is not None:
            out.append({"kind": link.kind, "id": str(link.target_id), "available": True, **content})
    return out
