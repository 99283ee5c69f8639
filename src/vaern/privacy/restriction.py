"""Restriction of processing (GDPR art. 18): a restricted person's data is only stored.

A data subject becomes restricted when a restriction or objection request is carried out,
when an erasure has to keep data (an open case, a legal hold) and when they are erased.
Domains ask ``ensure_not_restricted`` before any processing other than storage (campaign
grouping, examples in warnings and takedown evidence, case work, evidence exports) and
get ``Restricted`` (409, ``urn:vaern:problem:restricted``); ``restricted_ids`` answers
for many rows at once.

The restriction is a small status machine on the subject: unrestricted → restricted →
lifted (unrestricted again, with a reason told to the person first, art. 18(3)). An
erased person stays restricted for good, and a restriction that an open erasure request
made is lifted only by finishing or rejecting that request. Lifting
(``vaern.dpo.requests.lift_restriction``) runs the domains' lift handlers, so what
restriction held back (a report left out of grouping) is processed again. Every change is
audited.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.errors import Conflict
from vaern.privacy import audit
from vaern.privacy.models import DataSubject, SubjectIdentifier

Actor = tuple[str, str | None]


class Restricted(Conflict):
    """Processing of this person's data is restricted (GDPR art. 18): it is only stored
    until the restriction is lifted."""

    code = "restricted"


def restricted_ids(
    session: Session, *, organisation_id: uuid.UUID, subject_ids: Iterable[uuid.UUID | None]
) -> set[uuid.UUID]:
    """Which of these subjects of the organisation are restricted."""
    wanted = sorted({s for s in subject_ids if s is not None})
    found: set[uuid.UUID] = set()
    for i in range(0, len(wanted), 500):
        found.update(
            session.scalars(
                sa.select(DataSubject.id).where(
                    DataSubject.organisation_id == organisation_id,
                    DataSubject.id.in_(wanted[i : i + 500]),
                    DataSubject.restricted.is_(True),
                )
            )
        )
    return found


def restricted_indexes(organisation_id: uuid.UUID, kind: str) -> sa.Select[str]:
    """The blind indexes of one kind of the organisation's restricted people, as a
    subquery: domains that hold only an index (a subscriber's e-mail) leave them out."""
    return (
        sa.select(SubjectIdentifier.blind_index)
        .join(DataSubject, DataSubject.id == SubjectIdentifier.subject_id)
        .where(
            DataSubject.organisation_id == organisation_id,
            DataSubject.restricted.is_(True),
            SubjectIdentifier.kind == kind,
        )
    )


def is_restricted(
    session: Session, *, organisation_id: uuid.UUID, subject_id: uuid.UUID | None
) -> bool:
    return bool(restricted_ids(session, organisation_id=organisation_id, subject_ids=[subject_id]))


def ensure_not_restricted(
    session: Session, *, organisation_id: uuid.UUID, subject_id: uuid.UUID | None
) -> None:
    """Raise ``Restricted`` when the person behind a record may not be processed."""
    if is_restricted(session, organisation_id=organisation_id, subject_id=subject_id):
        raise Restricted()


def restrict(
    session: Session, *, subject: DataSubject, why: str, actor: Actor = ("system", None)
) -> None:
    """Mark the person restricted (idempotent) and audit why (a code such as
    ``request:restriction``, ``erasure:held``, ``erased``)."""
    if subject.restricted:
        return
    subject.restricted = True
    audit.record(
        session,
        action="subject.restrict",
        actor_type=actor[0],
        actor_id=actor[1],
        organisation_id=subject.organisation_id,
        object_type="data_subject",
        object_id=subject.id,
        details={"why": why},
    )
    session.flush()
