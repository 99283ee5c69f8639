"""The vault's own part in data-subject requests: the person's identifiers decrypted for
an export, and their ciphertexts deleted on erasure (listed in ``vaern.domains``)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.privacy import restriction, subjects, vault
from vaern.privacy.models import DataSubject, SubjectIdentifier

# The tables these handlers cover; each domain's ``privacy`` module declares its
# ``TABLES`` the same way (tests/privacy/test_erasure_coverage.py checks them).
TABLES = ("data_subjects", "subject_identifiers")


def vault_identifiers(session: Session, subject: DataSubject) -> dict[str, Any]:
    """The person's identifiers from the vault, decrypted for the export."""
    result: dict[str, list[str]] = {}
    for ident in session.scalars(
        sa.select(SubjectIdentifier).where(SubjectIdentifier.subject_id == subject.id)
    ):
        if ident.ciphertext is not None:
            context = subjects.identifier_context(ident.organisation_id, ident.kind)
            result.setdefault(ident.kind, []).append(
                vault.decrypt(ident.ciphertext, context=context)
            )
    return result


def vault_ciphertexts(session: Session, subject: DataSubject) -> dict[str, Any]:
    """Delete the ciphertexts; the blind indexes stay as a tombstone, so the person is
    recognised as erased if their data arrives again."""
    erased = session.execute(
        sa.update(SubjectIdentifier)
        .where(
            SubjectIdentifier.subject_id == subject.id, SubjectIdentifier.ciphertext.is_not(None)
        )
        .values(ciphertext=None)
    )
    subject.erased_at = utcnow()
    restriction.restrict(session, subject=subject, why="erased")
    return {"identifiers": getattr(erased, "rowcount", 0)}
