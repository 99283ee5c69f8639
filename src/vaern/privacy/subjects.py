"""Data subjects in the vault: record, find and (audited) reveal their identifiers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.errors import Invalid, NotFound
from vaern.privacy import audit, vault
from vaern.privacy.models import DataSubject, SubjectIdentifier

# A domain's part in a data-subject request (export, erasure, lifting a restriction):
# ``fn(session, subject)`` returns what it did, listed in the domain's manifest.
Handler = Callable[[Session, DataSubject], dict[str, Any]]


class Reader(Protocol):
    """Who asks to reveal identifiers (an organisation's user or token, ``orgs.access``)."""

    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def organisation_id(self) -> uuid.UUID: ...
    def require(self, permission: str) -> None: ...


IDENTIFIER_KINDS = frozenset(
    {"email", "phone", "cpr", "name", "customer_ref", "account", "address"}
)


def identifier_context(organisation_id: uuid.UUID, kind: str) -> str:
    return f"subject:{organisation_id}:{kind}"


def find_subjects(
    session: Session, *, organisation_id: uuid.UUID, kind: str, value: str
) -> list[DataSubject]:
    index = vault.blind_index(kind, value, organisation_id=organisation_id)
    return list(
        session.scalars(
            sa.select(DataSubject)
            .join(SubjectIdentifier, SubjectIdentifier.subject_id == DataSubject.id)
            .where(
                SubjectIdentifier.organisation_id == organisation_id,
                SubjectIdentifier.kind == kind,
                SubjectIdentifier.blind_index == index,
            )
            .distinct()
        )
    )


def record_subject(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    identifiers: dict[str, str],
    actor: tuple[str, str | None] = ("system", None),
) -> DataSubject:
    """Find the person by any of the identifiers or create them; add what is new."""
    identifiers = {k: v for k, v in identifiers.items() if v and v.strip()}
    unknown = sorted(set(identifiers) - IDENTIFIER_KINDS)
    if unknown:
        raise Invalid(f"Unknown identifier kind(s): {', '.join(unknown)}.")
    if not identifiers:
        raise Invalid("At least one identifier is needed.")
    subject = None
    for kind, value in identifiers.items():
        found = find_subjects(session, organisation_id=organisation_id, kind=kind, value=value)
        if found:
            subject = found[0]
            break
    if subject is None:
        subject = DataSubject(organisation_id=organisation_id)
        session.add(subject)
        session.flush()
        audit.record(
            session,
            action="subject.create",
            actor_type=actor[0],
            actor_id=actor[1],
            organisation_id=organisation_id,
            object_type="data_subject",
            object_id=subject.id,
        )
    existing = {
        (i.kind, i.blind_index)
        for i in session.scalars(
            sa.select(SubjectIdentifier).where(SubjectIdentifier.subject_id == subject.id)
        )
    }
    for kind, value in identifiers.items():
        index = vault.blind_index(kind, value, organisation_id=organisation_id)
        if (kind, index) in existing:
            continue
        session.add(
            SubjectIdentifier(
                subject_id=subject.id,
                organisation_id=organisation_id,
                kind=kind,
                blind_index=index,
                ciphertext=vault.encrypt(
                    value.strip(), context=identifier_context(organisation_id, kind)
                ),
            )
        )
    session.flush()
    return subject


def get_subject(
    session: Session, *, organisation_id: uuid.UUID, subject_id: uuid.UUID
) -> DataSubject:
    subject = session.scalar(
        sa.select(DataSubject).where(
            DataSubject.id == subject_id, DataSubject.organisation_id == organisation_id
        )
    )
    if subject is None:
        raise NotFound("No such data subject.")
    return subject


def reveal(
    session: Session, *, principal: Reader, subject_id: uuid.UUID, purpose: str
) -> dict[str, list[str]]:
    """Decrypt a person's identifiers for someone allowed to read them; always audited."""
    principal.require("read")
    subject = get_subject(session, organisation_id=principal.organisation_id, subject_id=subject_id)
    audit.record(
        session,
        action="subject.reveal",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="data_subject",
        object_id=subject.id,
        details={"purpose": purpose},
    )
    result: dict[str, list[str]] = {}
    for ident in session.scalars(
        sa.select(SubjectIdentifier).where(SubjectIdentifier.subject_id == subject.id)
    ):
        if ident.ciphertext is None:
            continue
        plain = vault.decrypt(
            ident.ciphertext, context=identifier_context(ident.organisation_id, ident.kind)
        )
        result.setdefault(ident.kind, []).append(plain)
    return result


def blind_indexes(session: Session, subject: DataSubject, *kinds: str) -> list[str]:
    """The person's blind indexes of the given kinds: how other domains find their rows
    without the identifiers (still there after erasure removed the ciphertexts)."""
    return list(
        session.scalars(
            sa.select(SubjectIdentifier.blind_index).where(
                SubjectIdentifier.subject_id == subject.id, SubjectIdentifier.kind.in_(kinds)
            )
        )
    )
