"""Takedown requests: drafted with the evidence for a campaign's domains and numbers
(hosts, registrars, telecoms) or for a lookalike domain from the registry's watch, then
moved along drafted → sent → acknowledged → resolved. The requests are stored beside the
campaigns (``reports.models.TakedownRequest``); drafting reads the reports and the
registry, so this package sits above both."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
import tldextract
from sqlalchemy.orm import Session

from vaern.errors import Conflict, NotFound
from vaern.orgs.access import Principal
from vaern.privacy import audit
from vaern.registry.models import LookalikeDomain
from vaern.reports import service
from vaern.reports.models import TakedownRequest, TakedownStatus

_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def _body(kind: str, target: str, ev: dict[str, object]) -> str:
    examples = "\n".join(f"  > {e}" for e in ev["examples"])  # type: ignore[attr-defined]
    ask = {
        "host": "take down the content served at",
        "registrar": "suspend the domain",
        "telecom": "block the number",
    }[kind]
    return (
        f"We ask you to {ask} {target}, which is used in a fraud campaign impersonating "
        f"our organisation.\n\nCampaign {ev['campaign']}: {ev['reports']} customer reports, "
        f"first seen {ev['first_seen']}, last seen {ev['last_seen']}.\n\n"
        f"Redacted examples:\n{examples}\n"
    )


def draft_takedowns(
    session: Session, *, principal: Principal, campaign_id: uuid.UUID
) -> list[TakedownRequest]:
    """A request to host and registrar per domain and to the telecom per number;
    requests that already exist for the same target are not drafted again."""
    service.require_operate(principal)
    campaign = service.get_campaign(session, principal=principal, campaign_id=campaign_id)
    ev = service.evidence(session, campaign=campaign)
    targets: list[tuple[str, str]] = []
    for domain in campaign.indicators.get("domains", []):
        registered = _extract(domain).top_domain_under_public_suffix or domain
        targets += [("host", domain), ("registrar", registered)]
    targets += [("telecom", p) for p in campaign.indicators.get("phones", [])]
    have = {
        (t.recipient_kind, t.target)
        for t in session.scalars(
            sa.select(TakedownRequest).where(TakedownRequest.campaign_id == campaign.id)
        )
    }
    made = []
    for kind, target in dict.fromkeys(targets):
        if (kind, target) in have:
            continue
        req = TakedownRequest(
            organisation_id=campaign.organisation_id,
            campaign_id=campaign.id,
            recipient_kind=kind,
            target=target,
            status=TakedownStatus.drafted,
            subject=f"Abuse report: {target} ({campaign.reference})",
            body=_body(kind, target, ev),
            evidence=ev,
        )
        session.add(req)
        made.append(req)
    session.flush()
    return made


def _lookalike_body(kind: str, found: LookalikeDomain) -> str:
    ask = "suspend the domain" if kind == "registrar" else "take down the content served at"
    return (
        f"We ask you to {ask} {found.domain}. It imitates our domain {found.of_domain} "
        f"({found.fuzzer}) and can be used to impersonate us towards our customers.\n\n"
        f"It resolves ({', '.join(found.records)}); first seen {found.first_seen.isoformat()}, "
        f"last seen {found.last_seen.isoformat()}.\n"
    )


def draft_lookalike_takedowns(
    session: Session, *, principal: Principal, lookalike_id: uuid.UUID
) -> list[TakedownRequest]:
    """A request to the registrar, and to the host when the domain has an address, for a
    lookalike domain of the organisation; existing requests are not drafted again."""
    service.require_operate(principal)
    found = session.get(LookalikeDomain, lookalike_id)
    if found is None or found.organisation_id != principal.organisation_id:
        raise NotFound("No such lookalike domain.")
    ev: dict[str, object] = {
        "domain": found.domain,
        "looks_like": found.of_domain,
        "technique": found.fuzzer,
        "records": list(found.records),
        "first_seen": found.first_seen.isoformat(),
        "last_seen": found.last_seen.isoformat(),
    }
    kinds = ["registrar"] + (["host"] if {"A", "AAAA"} & set(found.records) else [])
    have = {t.recipient_kind for t in lookalike_takedowns(session, lookalike=found)}
    made = []
    for kind in kinds:
        if kind in have:
            continue
        req = TakedownRequest(
            organisation_id=found.organisation_id,
            lookalike_id=found.id,
            recipient_kind=kind,
            target=found.domain,
            status=TakedownStatus.drafted,
            subject=f"Abuse report: {found.domain} imitates {found.of_domain}",
            body=_lookalike_body(kind, found),
            evidence=ev,
        )
        session.add(req)
        made.append(req)
    session.flush()
    for req in made:
        audit.record(
            session,
            action="takedown.drafted",
            actor_type=principal.kind,
            actor_id=principal.id,
            organisation_id=principal.organisation_id,
            object_type="takedown",
            object_id=req.id,
        )
    return made


def lookalike_takedowns(session: Session, *, lookalike: LookalikeDomain) -> list[TakedownRequest]:
    return list(
        session.scalars(
            sa.select(TakedownRequest)
            .where(TakedownRequest.lookalike_id == lookalike.id)
            .order_by(TakedownRequest.created_at)
        )
    )


NEXT = {
    TakedownStatus.drafted: TakedownStatus.sent,
    TakedownStatus.sent: TakedownStatus.acknowledged,
    TakedownStatus.acknowledged: TakedownStatus.resolved,
}


def advance_takedown(
    session: Session, *, principal: Principal, request_id: uuid.UUID
) -> TakedownRequest:
    service.require_operate(principal)
    req = session.get(TakedownRequest, request_id)
    if req is None or req.organisation_id != principal.organisation_id:
        raise NotFound("No such takedown request.")
    nxt = NEXT.get(TakedownStatus(req.status))
    if nxt is None:
        raise Conflict("This request is already resolved.")
    req.status = nxt
    audit.record(
        session,
        action=f"takedown.{nxt.value}",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="takedown",
        object_id=req.id,
    )
    return req


def for_lookalikes(
    session: Session, rows: list[LookalikeDomain]
) -> dict[uuid.UUID, list[TakedownRequest]]:
    """Each lookalike's takedown requests, for the watch list."""
    return {r.id: lookalike_takedowns(session, lookalike=r) for r in rows}
