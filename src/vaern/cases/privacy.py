"""Cases in data-subject requests: the cases whose customer is the person.

Erasure anonymises a closed case that no legal hold covers (customer link, the notes'
vault copies, the evidence files); an open case or one under a legal hold is restricted
and kept, with the reason told to the person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.cases.models import Case, CaseAttachment, CaseLink, CaseNote
from vaern.cases.service import attachment_context, record_event
from vaern.privacy import holds
from vaern.privacy.keys import VaultedColumn
from vaern.privacy.models import DataSubject
from vaern.privacy.processing import (
    INTEREST,
    NO_PERSONAL,
    UNTIL_CHANGED,
    Processing,
    activity,
)
from vaern.privacy.retention import YEAR, Category, by_age, held

TABLES = ("cases", "case_notes", "case_attachments", "case_links")
OPEN_CASE = {
    "da": "Sagen om svindel er stadig åben; den bevares og behandlingen begrænses, til den "
    "er afsluttet (databeskyttelsesforordningen art. 17, stk. 3, litra e).",
    "en": "The fraud case is still open; it is kept and its processing restricted until it "
    "is closed (GDPR art. 17(3)(e)).",
}
ANONYMISED = {
    "da": "Koblingen til dig, notaternes krypterede originaler og bilagene er slettet; den "
    "redigerede sag bevares af hensyn til hvidvask- og bogføringsreglerne.",
    "en": "The link to you, the notes' encrypted originals and the attachments are deleted; "
    "the redacted case is kept for the anti-money-laundering and bookkeeping rules.",
}
ACTOR = ("system", "privacy")
# Erasers of other domains' rows that reach the person only through a case (disputes):
# called per case with its restriction (None: anonymised) before the link is removed, so
# the order in which domains register does not matter.
CaseEraser = Callable[[Session, Case, dict[str, str] | None], list[dict[str, Any]]]
CASE_ERASERS: list[CaseEraser] = []


def register_case_eraser(fn: CaseEraser) -> CaseEraser:
    if fn not in CASE_ERASERS:
        CASE_ERASERS.append(fn)
    return fn


def customer_cases(session: Session, subject: DataSubject) -> list[Case]:
    return list(
        session.scalars(
            sa.select(Case)
            .where(Case.organisation_id == subject.organisation_id, Case.subject_id == subject.id)
            .order_by(Case.opened_at)
        )
    )


def restriction(session: Session, case: Case) -> dict[str, str] | None:
    """Why the case cannot be anonymised now, or None when it can."""
    if holds.is_held(session, organisation_id=case.organisation_id, case_id=case.id):
        return holds.EXPLANATION
    return OPEN_CASE if case.status != "closed" else None


def cases(session: Session, subject: DataSubject) -> dict[str, Any]:
    result = []
    for case in customer_cases(session, subject):
        notes = session.scalars(
            sa.select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.at)
        )
        links = session.scalars(sa.select(CaseLink).where(CaseLink.case_id == case.id))
        result.append(
            {
                "id": str(case.id),
                "type": case.case_type,
                "title": case.title,
                "status": case.status,
                "opened_at": case.opened_at.isoformat(),
                "closed_at": case.closed_at.isoformat() if case.closed_at else None,
                "resolution": case.resolution,
                "notes": [{"at": n.at.isoformat(), "text": n.body} for n in notes],
                "links": [{"kind": link.kind, "id": str(link.target_id)} for link in links],
            }
        )
    return {"cases": result}


def cases_anonymised(session: Session, subject: DataSubject) -> dict[str, Any]:
    records = []
    for case in customer_cases(session, subject):
        why = restriction(session, case)
        for eraser in CASE_ERASERS:
            records.extend(eraser(session, case, why))
        if why is not None:
            record_event(session, case, ACTOR, "privacy.restricted")
            records.append({"id": str(case.id), "outcome": "restricted", "why": why})
            continue
        case.subject_id = None
        session.execute(sa.update(CaseNote).where(CaseNote.case_id == case.id).values(vaulted=None))
        session.execute(sa.delete(CaseAttachment).where(CaseAttachment.case_id == case.id))
        record_event(session, case, ACTOR, "privacy.anonymised")
        records.append({"id": str(case.id), "outcome": "anonymised", "why": ANONYMISED})
    session.flush()
    return {"records": records}


CASE_RETENTION = {
    "da": "5 år efter sagens afslutning (hvidvask- og bogføringsregler)",
    "en": "5 years after the case closes (anti-money-laundering and bookkeeping rules)",
}

_CASES = {"da": "Svindelsager og hjælp til ofre", "en": "Fraud cases and help for victims"}

# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "cases",
        _CASES,
        INTEREST,
        ("case type", "status", "data-subject link", "assignee"),
        ("fraud victims", "staff users"),
        CASE_RETENTION,
    ),
    activity(
        "case_tasks",
        _CASES,
        INTEREST,
        ("task", "deadline", "redacted note", "staff user"),
        ("staff users",),
        CASE_RETENTION,
    ),
    activity(
        "case_notes",
        _CASES,
        INTEREST,
        ("redacted or encrypted note",),
        ("fraud victims", "staff users"),
        CASE_RETENTION,
    ),
    activity(
        "case_events",
        _CASES,
        INTEREST,
        ("timeline event", "actor id"),
        ("staff users",),
        CASE_RETENTION,
    ),
    activity(
        "case_notifications",
        {
            "da": "Påmindelser og eskaleringer om sagsfrister",
            "en": "Reminders and escalations of case deadlines",
        },
        INTEREST,
        ("case reference", "deadline", "staff user", "delivery status"),
        ("staff users",),
        CASE_RETENTION,
    ),
    activity(
        "case_attachments",
        _CASES,
        INTEREST,
        ("evidence files (may contain personal data)", "file hash"),
        ("fraud victims",),
        CASE_RETENTION,
    ),
    activity(
        "case_links",
        _CASES,
        INTEREST,
        ("links to alerts, reports and records",),
        ("fraud victims",),
        CASE_RETENTION,
    ),
    activity(
        "case_playbook_overrides",
        _CASES,
        INTEREST,
        NO_PERSONAL,
        (),
        UNTIL_CHANGED,
    ),
    activity(
        "saved_views",
        {
            "da": "Medarbejderes gemte filtre til sagskøen",
            "en": "Staff users' saved filters of the case queue",
        },
        INTEREST,
        ("view name", "filter query", "staff user"),
        ("staff users",),
        UNTIL_CHANGED,
    ),
)

# Retention (run daily by the DPO product's ``privacy.retention`` job).
RETENTION: tuple[Category, ...] = (
    by_age(
        "closed_cases",
        Case,
        Case.closed_at,
        days=5 * YEAR,
        tables=(
            "cases",
            "case_attachments",
            "case_events",
            "case_links",
            "case_notes",
            "case_notifications",
            "case_tasks",
        ),
        keep=held("case", Case.id),
        explanation={
            "da": "Afsluttede sager (med noter, bilag og opgaver) slettes 5 år efter "
            "afslutningen (hvidvask- og bogføringsregler); åbne sager og sager under retligt "
            "hold bevares.",
            "en": "Closed cases (with notes, attachments and tasks) are deleted 5 years after "
            "closing (anti-money-laundering and bookkeeping rules); open and held cases stay.",
        },
    ),
)

# Columns holding vault ciphertexts, with the context each was sealed under (key rotation).
VAULTED: tuple[VaultedColumn, ...] = (
    VaultedColumn("case_notes", "vaulted", lambda r: f"case-note:{r.organisation_id}"),
    VaultedColumn(
        "case_attachments",
        "data",
        lambda r: attachment_context(r.organisation_id, r.id),
        binary=True,
    ),
)
