"""Reports in data-subject requests: the reports whose feedback contact is the person.

Erasure removes the contact (its vault entry goes with the privacy core's handler) and
every link to the reporter, and keeps the redacted report, which names nobody, for the
campaign statistics."""

from __future__ import annotations

import uuid
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.privacy.keys import VaultedColumn
from vaern.privacy.models import DataSubject
from vaern.privacy.processing import INTEREST, Processing, activity
from vaern.privacy.retention import YEAR, Category, by_age, held
from vaern.reports import receipts
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


# Why the indicators of a scam are kept in clear (the scan skips the declared columns).
_SCAM_SENDER = {
    "da": "afsenderen af en svindelbesked (nummer, afsender-id eller adresse) er en indikator, "
    "som medarbejdere ser, når de grupperer anmeldelser, advarer og beder om nedtagning; "
    "nummeret kan tilhøre en person, hvis nummer er kapret eller forfalsket, så det vises kun "
    "for organisationens medarbejdere og slettes med anmeldelsen",
    "en": "the sender of a scam message (number, sender ID or address) is an indicator that "
    "staff see when they group reports, warn and ask for takedowns; the number may belong to a "
    "person whose number was hijacked or spoofed, so only the organisation's staff see it and "
    "it is deleted with the report",
}

_TAKEDOWN = {
    "da": "svindlens nummer eller vært er selve modtageren af anmodningen til teleselskab, "
    "registrar eller hostingudbyder, og beviserne er kampagnens indikatorer",
    "en": "the scam's number or host is what the request to the telecom, registrar or host is "
    "about, and the evidence is the campaign's indicators",
}

_REPORTS = {
    "da": "Borgeres anmeldelser af svindel, grupperet i kampagner",
    "en": "Citizens' fraud reports, grouped into campaigns",
}

_REPORT_RETENTION = {"da": "2 år", "en": "2 years"}

# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "reports",
        _REPORTS,
        {"da": "Art. 6(1)(a) samtykke", "en": "Art. 6(1)(a) consent"},
        ("redacted message text", "sender", "link domains", "data-subject link"),
        ("reporters", "senders of scam messages"),
        _REPORT_RETENTION,
        in_clear={"sender": _SCAM_SENDER},
    ),
    activity(
        "report_receipt_mails",
        {
            "da": "Kvitteringsmails til borgere, der anmelder svindel på e-mail",
            "en": "Receipt mails to citizens who report scams by e-mail",
        },
        {"da": "Art. 6(1)(a) samtykke", "en": "Art. 6(1)(a) consent"},
        ("e-mail (encrypted until sent, keyed hash)", "report numbers"),
        ("reporters",),
        {"da": "7 dage (adressen: til mailen er sendt)", "en": "7 days (the address: until sent)"},
    ),
    activity(
        "campaigns",
        _REPORTS,
        INTEREST,
        ("redacted examples", "indicators"),
        ("senders of scam messages",),
        _REPORT_RETENTION,
        in_clear={"indicators": _SCAM_SENDER},
    ),
    activity(
        "campaign_keys",
        _REPORTS,
        INTEREST,
        ("content fingerprints", "keyed hashes of senders"),
        (),
        _REPORT_RETENTION,
    ),
    activity(
        "takedown_requests",
        {"da": "Anmodninger om nedtagning af svindelsider", "en": "Takedown requests"},
        INTEREST,
        ("target host or number", "evidence"),
        ("senders of scam messages",),
        _REPORT_RETENTION,
        {"da": "Hostingudbydere, registrarer, teleselskaber", "en": "Hosts, registrars, telcos"},
        in_clear={
            "target": _TAKEDOWN,
            "subject": _TAKEDOWN,
            "body": _TAKEDOWN,
            "evidence": _TAKEDOWN,
        },
    ),
)

# Retention (run daily by the DPO product's ``privacy.retention`` job).
RETENTION: tuple[Category, ...] = (
    by_age(
        "reports",
        Report,
        Report.received_at,
        days=2 * YEAR,
        tables=("reports",),
        keep=held("subject", Report.subject_id),
        explanation={
            "da": "Anmeldelser af svindel slettes 2 år efter modtagelsen.",
            "en": "Scam reports are deleted 2 years after they were received.",
        },
    ),
    by_age(
        "campaigns",
        Campaign,
        Campaign.last_seen,
        days=2 * YEAR,
        tables=("campaigns", "campaign_keys", "takedown_requests"),
        explanation={
            "da": "Kampagner (med nøgler og nedtagningsanmodninger) slettes 2 år efter, at de "
            "sidst blev set.",
            "en": "Campaigns (with their keys and takedown requests) are deleted 2 years after "
            "they were last seen.",
        },
    ),
    receipts.old_receipts,
)

# Columns holding vault ciphertexts, with the context each was sealed under (key rotation).
VAULTED: tuple[VaultedColumn, ...] = (
    VaultedColumn(
        "report_receipt_mails", "recipient", lambda r: f"report-receipt:{r.organisation_id}"
    ),
)
