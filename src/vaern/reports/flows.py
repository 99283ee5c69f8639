"""Cross-domain steps: a campaign becomes a draft warning; takedown requests are drafted
for a campaign's domains and numbers, or for a lookalike domain from the registry's watch."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
import tldextract
from sqlalchemy.orm import Session

from vaern.errors import Conflict, NotFound
from vaern.orgs.access import Principal
from vaern.privacy import audit
from vaern.registry import directory, lookalikes
from vaern.registry.models import LookalikeDomain
from vaern.reports import service
from vaern.reports.models import Campaign, Report, TakedownRequest, TakedownStatus
from vaern.reports.schemas import ReportCreate
from vaern.warnings import service as warnings
from vaern.warnings.models import ScamWarning
from vaern.warnings.schemas import Bilingual, Indicators, WarningCreate

_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def draft_warning(session: Session, *, principal: Principal, campaign_id: uuid.UUID) -> ScamWarning:
    """One action: the campaign's examples and indicators become a draft warning."""
    campaign = service.get_campaign(session, principal=principal, campaign_id=campaign_id)
    if campaign.warning_id is not None:
        existing = session.get(ScamWarning, campaign.warning_id)
        if existing is not None and existing.status != "withdrawn":
            raise Conflict("This campaign already has a warning.")
    ind = campaign.indicators
    names = claimed_names(session, campaign=campaign)
    data = WarningCreate(
        title=Bilingual(
            da=f"Svindelbeskeder i {f'navnet på {names}' if names else 'vores navn'} "
            f"({campaign.reference})",
            en=f"Scam messages in {f'the name of {names}' if names else 'our name'} "
            f"({campaign.reference})",
        ),
        summary=Bilingual(
            da=f"Vi har fået {campaign.report_count} anmeldelser af falske beskeder, der "
            f"udgiver sig for at komme fra {names or 'os'}.",
            en=f"We have received {campaign.report_count} reports of fake messages that "
            f"pretend to come from {names or 'us'}.",
        ),
        advice=Bilingual(
            da="Klik ikke på links, og giv aldrig koder eller kortoplysninger videre. "
            "Kontakt os på vores officielle telefonnummer.",
            en="Do not click links and never share codes or card details. "
            "Contact us on our official phone number.",
        ),
        channels=campaign.channels,
        examples=service.usable_examples(session, campaign=campaign)[:5],
        indicators=Indicators(
            domains=ind.get("domains", [])[:50],
            sender_ids=ind.get("senders", [])[:50],
            phones=ind.get("phones", [])[:50],
        ),
    )
    warning = warnings.create_warning(session, principal=principal, data=data)
    campaign.warning_id = warning.id
    return warning


def claimed_names(session: Session, *, campaign: Campaign) -> str:
    """For a hub campaign: the organisations its reports name ("MitID and Nets"), from
    the public directory; empty for a member's own campaign."""
    slugs = set(
        session.scalars(
            sa.select(Report.claimed).where(
                Report.campaign_id == campaign.id, Report.claimed.is_not(None)
            )
        )
    )
    names = sorted(e.name for e in directory.file_entries() if e.slug in slugs)
    return " / ".join(names)


def related_lookalikes(session: Session, *, campaign: Campaign) -> list[LookalikeDomain]:
    """The registry's lookalike watch hits for this organisation that the campaign's
    links use (the domain itself or a host under it)."""
    hosts = campaign.indicators.get("domains", [])
    return [
        hit
        for hit in lookalikes.list_lookalikes(session, organisation_id=campaign.organisation_id)
        if any(h == hit.domain or h.endswith("." + hit.domain) for h in hosts)
    ]


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


def takedowns(session: Session, *, campaign: Campaign) -> list[TakedownRequest]:
    return list(
        session.scalars(
            sa.select(TakedownRequest)
            .where(TakedownRequest.campaign_id == campaign.id)
            .order_by(TakedownRequest.created_at)
        )
    )


# --- SMS screenshots ----------------------------------------------------------------------


def screenshot_report(
    session: Session,
    *,
    organisation: str,
    image: bytes,
    sender: str | None = None,
    contact_email: str | None = None,
) -> tuple[ReportCreate, dict[str, Any]]:
    """An SMS screenshot as a report (not stored yet) and its check result: the text is
    read by OCR and checked like a pasted SMS; the picture is not kept. Raises Invalid for
    no picture or one too large, OcrUnavailable when the server cannot read text."""
    from vaern.messages.flows import checked_report
    from vaern.messages.service import check

    result = check(image, channel="sms", sender=sender, session=session)
    data = checked_report(
        organisation=organisation, result=result, sender=sender, contact_email=contact_email
    )
    return data, result


def submit_screenshot(
    session: Session,
    *,
    organisation: str,
    image: bytes,
    reporter: str | None,
    sender: str | None = None,
    contact_email: str | None = None,
) -> tuple[Report, bool, dict[str, Any]]:
    """Read, check and store an uploaded SMS screenshot: (report, duplicate, check result)."""
    data, result = screenshot_report(
        session, organisation=organisation, image=image, sender=sender, contact_email=contact_email
    )
    report, duplicate = service.submit_report(
        session, data=data, reporter=reporter, source="screenshot"
    )
    return report, duplicate, result
