"""Disputes in data-subject requests: a dispute holds no identifier of its own and
reaches the person only through its case. It follows the case: kept and restricted while
the case is, deleted once the case is anonymised (its input and draft letters hold the
payers' facts about the person)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.cases import privacy as case_privacy
from vaern.cases.models import Case
from vaern.disputes.models import Dispute
from vaern.privacy.models import DataSubject
from vaern.privacy.processing import LEGAL_DUTY, Processing, activity

TABLES = ("disputes",)


def _of_case(session: Session, case: Case) -> list[Dispute]:
    return list(
        session.scalars(
            sa.select(Dispute).where(
                Dispute.organisation_id == case.organisation_id, Dispute.case_id == case.id
            )
        )
    )


def disputes(session: Session, subject: DataSubject) -> dict[str, Any]:
    return {
        "disputes": [
            {
                "id": str(d.id),
                "title": d.title,
                "created_at": d.created_at.isoformat(),
                "input": d.input,
                "assessment": d.assessment,
            }
            for case in case_privacy.customer_cases(session, subject)
            for d in _of_case(session, case)
        ]
    }


@case_privacy.register_case_eraser
def disputes_erased(
    session: Session, case: Case, why: dict[str, str] | None
) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for dispute in _of_case(session, case):
        if why is not None:
            records.append({"dispute": str(dispute.id), "outcome": "restricted", "why": why})
        else:
            session.delete(dispute)
            records.append({"dispute": str(dispute.id), "outcome": "deleted"})
    return records


# Records of processing (GDPR art. 30) of this domain's tables.
PROCESSING: tuple[Processing, ...] = (
    activity(
        "disputes",
        {
            "da": "Vurdering af ansvar for uautoriserede betalinger (betalingsloven § 100)",
            "en": "Liability for unauthorised payments (Payment Act § 100)",
        },
        LEGAL_DUTY,
        ("payment transactions", "redacted facts", "decision letters"),
        ("payers", "fraud victims"),
        case_privacy.CASE_RETENTION,
    ),
)
