"""Invitations: an admin invites an e-mail address with a role; the membership exists only
once the holder of that address accepts (issue 17, medium 13).

An admin could once add any existing user of another organisation with any role, and the
answer told whether the address had an account. Now inviting never looks at the users:
the answer and the work are the same for every address. The token is random, sent by mail
through the privacy sender (the encrypted outbox by default), stored only as a keyed hash,
valid for ``INVITATION_TTL`` and spent on first use. Every step is audited.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import security
from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import Conflict, Forbidden, NotFound, TooManyRequests
from vaern.i18n import N_
from vaern.orgs import service
from vaern.orgs.access import Principal
from vaern.orgs.models import Invitation, Membership, Organisation, Role, User
from vaern.orgs.schemas import UserCreate
from vaern.privacy import audit, secret_mail

INVITATION_TTL = timedelta(days=7)
# Invitations one organisation may send per hour: mail to strangers is not free.
INVITATIONS_PER_HOUR = 50
NOT_VALID = N_("This invitation is not valid: it may have expired, been used or withdrawn.")


def token_hash(token: str) -> str:
    return security.keyed_hash(token, purpose="org-invitation")


def status(row: Invitation, now: datetime) -> str:
    """pending, accepted, revoked or expired."""
    if row.accepted_at is not None:
        return "accepted"
    if row.revoked_at is not None:
        return "revoked"
    return "expired" if row.expires_at <= now else "pending"


def mail_body(org: Organisation, role: Role, link: str) -> tuple[str, str]:
    """Subject and body, Danish first, then English; the link carries the token."""
    subject = f"Invitation til {org.name} i Værn / Invitation to {org.name} in Værn"
    body = (
        f"Du er inviteret til at blive medarbejder i {org.name} i Værn med rollen "
        f"{role.value}.\nÅbn linket for at tage imod invitationen. Det gælder i 7 dage og "
        "kan bruges én gang. Har du ikke ventet invitationen, kan du se bort fra den.\n"
        f"{link}\n\n---\n\n"
        f"You are invited to join {org.name} in Værn as {role.value}.\n"
        "Open the link to accept the invitation. It is valid for 7 days and can be used "
        "once. If you did not expect it, ignore this message.\n"
        f"{link}\n"
    )
    return subject, body


def _check(actor: Principal | None, organisation_id: uuid.UUID) -> None:
    """An admin of this organisation (with ``members:admin`` for a token); ``None`` is the
    operator at the command line."""
    if actor is not None:
        actor.require("admin")
        actor.require_scope("members:admin")
        if actor.organisation_id != organisation_id:
            raise NotFound("No such organisation.")


def _audit(
    session: Session, action: str, row: Invitation, actor: Principal | None, **details: str
) -> None:
    audit.record(
        session,
        action=action,
        actor_type=actor.kind if actor else "system",
        actor_id=actor.id if actor else None,
        organisation_id=row.organisation_id,
        object_type="invitation",
        object_id=row.id,
        details=details or None,
    )


def invite(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    email: str,
    role: Role,
    actor: Principal | None,
    now: datetime | None = None,
) -> Invitation:
    """Invite ``email`` with ``role``. Whether the address has an account, or is a member
    already, is never looked up here, so nothing about it shows in the answer. A pending
    invitation to the same address is withdrawn (the new mail replaces it)."""
    _check(actor, organisation_id)
    now = now or utcnow()
    org_id = organisation_id
    address = email.strip().lower()
    sent = session.scalar(
        sa.select(sa.func.count(Invitation.id)).where(
            Invitation.organisation_id == org_id, Invitation.created_at >= now - timedelta(hours=1)
        )
    )
    if int(sent or 0) >= INVITATIONS_PER_HOUR:
        raise TooManyRequests(N_("Too many invitations in the last hour. Try again later."))
    for old in session.scalars(_pending(org_id, now).where(Invitation.email == address)):
        _revoke(session, old, actor=actor, now=now)
    token = secrets.token_urlsafe(32)
    row = Invitation(
        organisation_id=org_id,
        email=address,
        role=role.value,
        token_hash=token_hash(token),
        created_at=now,
        expires_at=now + INVITATION_TTL,
        invited_by=actor.id if actor else None,
    )
    session.add(row)
    session.flush()
    org = session.get_one(Organisation, org_id)
    subject, body = mail_body(org, role, f"{settings().base_url}/invitations/{token}")
    secret_mail.send_message(
        session, org_id, channel="email", recipient=address, subject=subject, body=body
    )
    _audit(session, "invitation.create", row, actor, role=role.value)
    return row


def _pending(organisation_id: uuid.UUID, now: datetime) -> sa.Select[Any]:
    return sa.select(Invitation).where(
        Invitation.organisation_id == organisation_id,
        Invitation.accepted_at.is_(None),
        Invitation.revoked_at.is_(None),
        Invitation.expires_at > now,
    )


def pending_query(*, organisation_id: uuid.UUID, now: datetime | None = None) -> sa.Select[Any]:
    """The organisation's invitations that can still be accepted, newest first."""
    return _pending(organisation_id, now or utcnow()).order_by(
        Invitation.created_at.desc(), Invitation.id
    )


def list_pending(session: Session, *, organisation_id: uuid.UUID) -> list[Invitation]:
    return list(session.scalars(pending_query(organisation_id=organisation_id)))


def _revoke(session: Session, row: Invitation, *, actor: Principal | None, now: datetime) -> None:
    row.revoked_at = now
    _audit(session, "invitation.revoke", row, actor)


def revoke(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    invitation_id: uuid.UUID,
    actor: Principal | None,
) -> Invitation:
    """Withdraw a pending invitation of the organisation (404 for any other)."""
    _check(actor, organisation_id)
    now = utcnow()
    row = session.scalar(_pending(organisation_id, now).where(Invitation.id == invitation_id))
    if row is None:
        raise NotFound("No such pending invitation.")
    _revoke(session, row, actor=actor, now=now)
    return row


def find(session: Session, *, token: str, now: datetime | None = None) -> Invitation:
    """The pending invitation of ``token``; every kind of failure is the same NotFound."""
    now = now or utcnow()
    row = session.scalar(sa.select(Invitation).where(Invitation.token_hash == token_hash(token)))
    if row is None or status(row, now) != "pending":
        raise NotFound(NOT_VALID)
    return row


def _join(session: Session, row: Invitation, user: User, now: datetime) -> Membership:
    """The membership the invitation offered, recorded as accepted by ``user``."""
    membership = service.set_role(
        session, organisation_id=row.organisation_id, user_id=user.id, role=Role(row.role)
    )
    row.accepted_at, row.accepted_by = now, user.id
    audit.record(
        session,
        action="invitation.accept",
        actor_type="user",
        actor_id=user.id,
        organisation_id=row.organisation_id,
        object_type="invitation",
        object_id=row.id,
        details={"role": row.role},
    )
    return membership


def accept(session: Session, *, token: str, user: User) -> Membership:
    """The signed-in ``user`` accepts: only the account of the invited address can."""
    now = utcnow()
    row = find(session, token=token, now=now)
    if user.email.lower() != row.email:
        raise Forbidden(
            N_("This invitation was sent to another e-mail address. Sign in with that address.")
        )
    return _join(session, row, user, now)


def accept_as_new_user(session: Session, *, token: str, password: str, display_name: str) -> User:
    """Someone without an account accepts by choosing a password; the account gets the
    invited address, which the link proved they receive mail at."""
    now = utcnow()
    row = find(session, token=token, now=now)
    if session.scalar(sa.select(User.id).where(User.email == row.email)):
        raise Conflict(N_("An account with this e-mail address exists. Sign in to accept."))
    user = service.create_user(
        session,
        data=UserCreate(email=row.email, password=password, display_name=display_name),
    )
    _join(session, row, user, now)
    return user
