"""Customer reports: accept (redacted, deduplicated), group into campaigns, list."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import Invalid, NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation
from vaern.privacy import audit, subjects
from vaern.privacy.redact import RedactionPolicy, redact
from vaern.reports.models import Campaign, CampaignKey, CampaignStatus, Report
from vaern.reports.schemas import ReportCreate
from vaern.security import keyed_hash
from vaern.warnings import fingerprint

MAX_EXAMPLES = 5
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _reference(prefix: str) -> str:
    return prefix + "-" + "".join(secrets.choice(_ALPHABET) for _ in range(10))


def require_read(principal: Principal) -> None:
    if principal.kind == "token":
        principal.require_scope("reports:read")
    else:
        principal.require("read")


def require_operate(principal: Principal) -> None:
    if principal.kind == "token":
        principal.require_scope("warnings:write")
    else:
        principal.require("operate")


def grouping_keys(*, text: str, link_domains: list[str], sender: str | None) -> list[str]:
    keys = fingerprint.band_keys(text)
    keys += [f"domain:{d}" for d in link_domains]
    if sender:
        if sum(ch.isdigit() for ch in sender) >= 6:
            keys.append(f"phone:{fingerprint.normalise_phone(sender)}")
        else:
            keys.append(f"sender:{sender.strip().lower()}")
    return sorted(set(keys))


def submit_report(
    session: Session,
    *,
    data: ReportCreate,
    reporter: str | None,
    source: str = "api",
    now: datetime | None = None,
) -> tuple[Report, bool]:
    """Store a consented report, redacted; returns (report, duplicate).

    ``reporter`` is a pseudonym of who sent it (client address or mailbox), so the same
    reporter sending the same message again gets the first receipt back."""
    now = now or utcnow()
    org = session.scalar(sa.select(Organisation).where(Organisation.slug == data.organisation))
    if org is None:
        raise NotFound("No such organisation.")
    if not data.consent:
        raise Invalid("A report needs the reporter's consent.")
    norm = fingerprint.normalise(data.text)
    dedupe = keyed_hash(f"{reporter or '-'}\x00{data.sender or ''}\x00{norm}", purpose="report")
    existing = session.scalar(
        sa.select(Report).where(Report.organisation_id == org.id, Report.dedupe_key == dedupe)
    )
    if existing is not None:
        return existing, True
    domains = sorted(
        {d for d in (fingerprint.link_domain(u) for u in fingerprint.links_in(data.text)) if d}
    )[:20]
    redacted = redact(data.text, RedactionPolicy(organisation_id=org.id))
    subject_id = None
    if data.contact and (data.contact.email or data.contact.phone):
        ids = {"email": str(data.contact.email or ""), "phone": data.contact.phone or ""}
        subject_id = subjects.record_subject(
            session, organisation_id=org.id, identifiers=ids, actor=("public", None)
        ).id
    report = Report(
        organisation_id=org.id,
        reference=_reference("R"),
        channel=data.channel.value,
        source=source,
        text=redacted.text,
        sender=data.sender or None,
        link_domains=domains,
        phones=[],
        check_result=data.check_result,
        received_at=data.received_at or now,
        created_at=now,
        consent=True,
        subject_id=subject_id,
        dedupe_key=dedupe,
    )
    session.add(report)
    session.flush()
    assign_campaign(session, report=report)
    return report, False


def assign_campaign(session: Session, *, report: Report) -> Campaign:
    """Join the campaign owning any of the report's keys (the biggest if several) or start
    one; the keys the campaign did not have yet become its own. Cost: one indexed look-up."""
    keys = grouping_keys(text=report.text, link_domains=report.link_domains, sender=report.sender)
    owned = session.execute(
        sa.select(CampaignKey.key, CampaignKey.campaign_id).where(
            CampaignKey.organisation_id == report.organisation_id,
            CampaignKey.key.in_(keys) if keys else sa.false(),
        )
    ).all()
    campaign_ids = {cid for _, cid in owned}
    campaign = None
    if campaign_ids:
        campaign = session.scalars(
            sa.select(Campaign)
            .where(Campaign.id.in_(campaign_ids))
            .order_by(Campaign.report_count.desc(), Campaign.first_seen)
        ).first()
        while campaign is not None and campaign.merged_into_id is not None:
            campaign = session.get(Campaign, campaign.merged_into_id)
    if campaign is None:
        campaign = Campaign(
            organisation_id=report.organisation_id,
            reference=_reference("C"),
            first_seen=report.received_at,
            last_seen=report.received_at,
            report_count=0,
            indicators={"domains": [], "senders": [], "phones": []},
            examples=[],
            channels=[],
        )
        session.add(campaign)
        session.flush()
    _absorb(campaign, report)
    report.campaign_id = campaign.id
    taken = {k for k, _ in owned}
    new = [k for k in keys if k not in taken]
    if new:
        try:
            with session.begin_nested():
                session.add_all(
                    CampaignKey(
                        organisation_id=report.organisation_id, key=k, campaign_id=campaign.id
                    )
                    for k in new
                )
        except IntegrityError:  # a concurrent report claimed a key first; grouping still holds
            pass
    return campaign


def _absorb(campaign: Campaign, report: Report) -> None:
    campaign.report_count += 1
    campaign.first_seen = min(campaign.first_seen, report.received_at)
    campaign.last_seen = max(campaign.last_seen, report.received_at)
    ind = {k: list(v) for k, v in campaign.indicators.items()}
    for d in report.link_domains:
        if d not in ind.setdefault("domains", []):
            ind["domains"].append(d)
    if report.sender:
        kind = "phones" if sum(c.isdigit() for c in report.sender) >= 6 else "senders"
        value = fingerprint.normalise_phone(report.sender) if kind == "phones" else report.sender
        if value not in ind.setdefault(kind, []):
            ind[kind].append(value)
    campaign.indicators = ind
    if len(campaign.examples) < MAX_EXAMPLES and report.text not in campaign.examples:
        campaign.examples = [*campaign.examples, report.text]
    if report.channel not in campaign.channels:
        campaign.channels = [*campaign.channels, report.channel]
    campaign.updated_at = utcnow()


def list_reports(
    session: Session, *, principal: Principal, campaign_id: uuid.UUID | None = None
) -> list[Report]:
    require_read(principal)
    q = sa.select(Report).where(Report.organisation_id == principal.organisation_id)
    if campaign_id:
        q = q.where(Report.campaign_id == campaign_id)
    return list(session.scalars(q.order_by(Report.received_at.desc()).limit(1000)))


def get_report(session: Session, *, principal: Principal, report_id: uuid.UUID) -> Report:
    require_read(principal)
    r = session.get(Report, report_id)
    if r is None or r.organisation_id != principal.organisation_id:
        raise NotFound("No such report.")
    return r


def list_campaigns(session: Session, *, principal: Principal) -> list[Campaign]:
    require_read(principal)
    return list(
        session.scalars(
            sa.select(Campaign)
            .where(
                Campaign.organisation_id == principal.organisation_id,
                Campaign.status == CampaignStatus.open,
            )
            .order_by(Campaign.last_seen.desc())
            .limit(500)
        )
    )


def get_campaign(session: Session, *, principal: Principal, campaign_id: uuid.UUID) -> Campaign:
    require_read(principal)
    c = session.get(Campaign, campaign_id)
    if c is None or c.organisation_id != principal.organisation_id:
        raise NotFound("No such campaign.")
    return c


def merge_campaigns(
    session: Session, *, principal: Principal, into_id: uuid.UUID, other_id: uuid.UUID
) -> Campaign:
    """Move another campaign's reports and keys into this one."""
    require_operate(principal)
    into = get_campaign(session, principal=principal, campaign_id=into_id)
    other = get_campaign(session, principal=principal, campaign_id=other_id)
    if into.id == other.id or other.status != CampaignStatus.open:
        raise Invalid("Pick two different open campaigns.")
    session.execute(
        sa.update(CampaignKey)
        .where(CampaignKey.campaign_id == other.id)
        .values(campaign_id=into.id)
    )
    for report in session.scalars(sa.select(Report).where(Report.campaign_id == other.id)):
        report.campaign_id = into.id
        _absorb(into, report)
    other.status = CampaignStatus.merged
    other.merged_into_id = into.id
    other.report_count = 0
    audit.record(
        session,
        action="campaign.merge",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="campaign",
        object_id=into.id,
        details={"merged": str(other.id)},
    )
    return into


def daily_counts(
    session: Session, *, campaign: Campaign, days: int = 30, now: datetime | None = None
) -> list[tuple[str, int]]:
    """Reports per day over the last ``days`` days up to the campaign's last report."""
    end = min(now or utcnow(), campaign.last_seen).date()
    start = end - timedelta(days=days - 1)
    counts: dict[str, int] = {}
    rows = session.scalars(
        sa.select(Report.received_at).where(
            Report.campaign_id == campaign.id,
            Report.received_at >= datetime.combine(start, datetime.min.time(), utcnow().tzinfo),
        )
    )
    for received in rows:
        day = received.date().isoformat()
        counts[day] = counts.get(day, 0) + 1
    return [
        (
            (start + timedelta(days=i)).isoformat(),
            counts.get((start + timedelta(days=i)).isoformat(), 0),
        )
        for i in range(days)
    ]


def evidence(session: Session, *, campaign: Campaign) -> dict[str, Any]:
    return {
        "campaign": campaign.reference,
        "first_seen": campaign.first_seen.isoformat(),
        "last_seen": campaign.last_seen.isoformat(),
        "reports": campaign.report_count,
        "channels": campaign.channels,
        "indicators": campaign.indicators,
        "examples": campaign.examples,
        "daily_counts": [
            {"day": d, "reports": n} for d, n in daily_counts(session, campaign=campaign) if n
        ],
    }
