"""Reports in data-subject requests: the reports whose feedback contact is the person.

Erasure removes the contact (its vault entry goes with the privacy core's handler) and
every link to the reporter, and keeps the redacted report, which names nobody, for the
campaign statistics."""

from __future__ import annotations

import uuid
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.dpo import requests
from vaern.privacy import restriction
from vaern.privacy.models import DataSubject
from vaern.reports import receipts as _receipts  # noqa: F401 - its retention rule
from vaern.reports.grouping import group
from vaern.reports.models import Campaign, Report
from vaern.security import keyed_hash

TABLES = ("reports",)
KEPT = {
    "da": "Kontaktoplysningen og koblingen til dig er slettet; den redigerede anmeldelse, "
    "som ikke nævner dig, bevares i kampagnestatistikken.",
    "en": "The contact and the link to you are deleted; the redacted report, which names "
    "nobody, is kept for the campaign statistics.",
}


def _reports(session: Session, subject: DataSubject) -> list[Report]:
    return list(
        session.scalars(
            sa.select(Report)
            .where(
                Report.organisation_id == subject.organisation_id,
                Report.subject_id == subject.id,
            )
            .order_by(Report.received_at)
        )
    )


@requests.register_export_handler
def reports(session: Session, subject: DataSubject) -> dict[str, Any]:
    rows = _reports(session, subject)
    campaigns = {
        c.id: c
        for c in session.scalars(
            sa.select(Campaign).where(Campaign.id.in_({r.campaign_id for r in rows}))
        )
    }
    return {
        "reports": [
            {
                "reference": r.reference,
                "channel": r.channel,
                "text": r.text,
                "received_at": r.received_at.isoformat(),
                "status": campaigns[r.campaign_id].status if r.campaign_id else None,
            }
            for r in rows
        ]
    }


@requests.register_erasure_handler
def reports_unlinked(session: Session, subject: DataSubject) -> dict[str, Any]:
    records = []
    for report in _reports(session, subject):
        report.subject_id = None
        # The dedupe key is derived from the reporter's pseudonym: replace it by one that
        # stays unique but leads to nobody.
        report.dedupe_key = keyed_hash(f"erased:{report.id}", purpose="report")
        records.append({"reference": report.reference, "outcome": "anonymised", "why": KEPT})
    session.flush()
    return {"records": records}


@restriction.register_lift_handler
def reports_grouped(session: Session, subject: DataSubject) -> dict[str, Any]:
    """Group the reports that were stored but held back while the reporter was restricted."""
    held = [r for r in _reports(session, subject) if r.campaign_id is None]
    rows: list[dict[str, Any]] = [
        {
            "organisation_id": r.organisation_id,
            "text": r.text,
            "sender": r.sender,
            "link_domains": r.link_domains,
            "channel": r.channel,
            "received_at": r.received_at,
        }
        for r in held
    ]
    if rows:
        group(session, rows)
    for report, row in zip(held, rows, strict=True):
        report.campaign_id = cast(uuid.UUID, row["campaign_id"])
    session.flush()
    return {"grouped": len(rows)}
