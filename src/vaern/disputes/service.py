"""Dispute service: assess, store (organisation-scoped) and read disputes."""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.disputes.engine import assess
from vaern.disputes.letter import letters
from vaern.disputes.models import Dispute
from vaern.disputes.schemas import Assessment, DisputeInput
from vaern.errors import NotFound
from vaern.orgs.access import Principal
from vaern.privacy import audit
from vaern.privacy.redact import redact
from vaern.registry import service as registry


def redacted(session: Session, data: DisputeInput, *, organisation_id: uuid.UUID) -> DisputeInput:
    """Every free-text field redacted before it is stored or shown again (the
    organisation's own published addresses left: ``registry.redaction_policy``)."""
    policy = registry.redaction_policy(session, organisation_id=organisation_id)

    def clean(text: str) -> str:
        return redact(text, policy).text

    payers = [
        p.model_copy(
            update={
                "name": clean(p.name),
                "pressure": clean(p.pressure),
                "warnings_received": [clean(w) for w in p.warnings_received],
            }
        )
        for p in data.payers
    ]
    txs = [t.model_copy(update={"description": clean(t.description)}) for t in data.transactions]
    return data.model_copy(
        update={"title": clean(data.title), "payers": payers, "transactions": txs}
    )


def create_dispute(
    session: Session, *, organisation_id: uuid.UUID, data: DisputeInput, actor: Principal
) -> Dispute:
    clean = redacted(session, data, organisation_id=organisation_id)
    result = assess(clean)
    letter = letters(result)
    row = Dispute(
        organisation_id=organisation_id,
        case_id=clean.case_id,
        title=clean.title,
        input=clean.model_dump(mode="json"),
        assessment=result.model_dump(mode="json"),
        letter_da=letter["da"],
        letter_en=letter["en"],
        created_by=f"{actor.kind}:{actor.id}",
    )
    session.add(row)
    session.flush()
    _audit(session, "dispute.create", row, actor)
    return row


def get_dispute(
    session: Session, *, organisation_id: uuid.UUID, dispute_id: uuid.UUID, actor: Principal
) -> Dispute:
    row = session.get(Dispute, dispute_id)
    if row is None or row.organisation_id != organisation_id:
        raise NotFound("No such dispute.")
    _audit(session, "dispute.read", row, actor)
    return row


def disputes_query(*, organisation_id: uuid.UUID) -> sa.Select[Any]:
    return (
        sa.select(Dispute)
        .where(Dispute.organisation_id == organisation_id)
        .order_by(Dispute.created_at.desc(), Dispute.id)
    )


def list_disputes(session: Session, *, organisation_id: uuid.UUID) -> list[Dispute]:
    return list(session.scalars(disputes_query(organisation_id=organisation_id)))


def assessment_of(row: Dispute) -> Assessment:
    return Assessment.model_validate(row.assessment)


def _audit(session: Session, action: str, row: Dispute, actor: Principal) -> None:
    details: dict[str, Any] = {"case_id": str(row.case_id) if row.case_id else None}
    audit.record(
        session,
        action=action,
        actor_type=actor.kind,
        actor_id=actor.id,
        organisation_id=row.organisation_id,
        object_type="dispute",
        object_id=row.id,
        details=details,
    )
