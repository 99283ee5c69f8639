"""Cross-domain steps: a campaign becomes a draft warning, with the registry's lookalike
hits it uses and its takedown requests (drafted in ``vaern.takedowns``) beside it; the
report intake of checked messages and SMS screenshots runs the message check."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError
from sqlalchemy.orm import Session

from vaern.errors import Conflict, Invalid
from vaern.messages import check
from vaern.orgs.access import Principal
from vaern.registry import directory, lookalikes
from vaern.registry.models import LookalikeDomain
from vaern.reports import service
from vaern.reports.models import Campaign, Report, TakedownRequest
from vaern.reports.schemas import Contact, ReportCreate
from vaern.warnings import service as warnings
from vaern.warnings.models import ScamWarning
from vaern.warnings.schemas import Bilingual, Channel, Indicators, WarningCreate


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


def takedowns(session: Session, *, campaign: Campaign) -> list[TakedownRequest]:
    return list(
        session.scalars(
            sa.select(TakedownRequest)
            .where(TakedownRequest.campaign_id == campaign.id)
            .order_by(TakedownRequest.created_at)
        )
    )


# --- Checked messages -------------------------------------------------------------------


REPORT_CHANNELS = {
    "sms": Channel.sms,
    "email": Channel.email,
    "call": Channel.phone,
    "url": Channel.web,
    "qr": Channel.web,
}
MAX_REPORT_TEXT = 10_000


def checked_report(
    *,
    organisation: str,
    result: dict[str, Any],
    sender: str | None,
    contact_email: str | None = None,
) -> ReportCreate:
    """A checked message as a consented report for ``organisation`` (not stored yet)."""
    try:
        return ReportCreate(
            organisation=organisation,
            text=result["text"][:MAX_REPORT_TEXT],
            channel=REPORT_CHANNELS[result["channel"]],
            sender=sender,
            consent=True,
            contact=Contact(email=contact_email) if contact_email else None,
            check_result={
                "verdict": result["verdict"],
                "score": result["score"],
                "reasons": [r["code"] for r in result["reasons"]],
            },
        )
    except ValidationError as exc:
        field = ".".join(str(p) for p in exc.errors()[0]["loc"])
        raise Invalid(f"The report could not be sent: {field} is not valid.") from exc


def report_checked(
    session: Session,
    *,
    organisation: str,
    result: dict[str, Any],
    sender: str | None,
    contact_email: str | None,
    reporter: str | None,
    source: str = "check",
) -> tuple[str, bool]:
    """Send a checked message, with the person's consent, to a member organisation it
    claims to come from, through the reports domain's public intake (which redacts it and
    groups it into a campaign). Returns (reference, duplicate)."""
    data = checked_report(
        organisation=organisation, result=result, sender=sender, contact_email=contact_email
    )
    report, duplicate = service.submit_report(session, data=data, reporter=reporter, source=source)
    return report.reference, duplicate


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
