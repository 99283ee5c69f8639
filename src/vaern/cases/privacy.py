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
from vaern.cases.service import record_event
from vaern.dpo import requests
from vaern.privacy import holds
from vaern.privacy.models import DataSubject

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


@requests.register_export_handler
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


@requests.register_erasure_handler
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
