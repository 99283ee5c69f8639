"""Organisations, users, memberships, sign-in and API tokens."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from vaern import security
from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import Conflict, Invalid, NotFound, TooManyRequests, Unauthorized
from vaern.orgs.access import SCOPES, Principal
from vaern.orgs.models import ApiToken, Membership, Organisation, Role, User
from vaern.orgs.schemas import OrganisationCreate, OrganisationUpdate, TokenCreate, UserCreate
from vaern.privacy import audit


# -- organisations -----------------------------------------------------------
def create_organisation(session: Session, *, data: OrganisationCreate) -> Organisation:
    if session.scalar(sa.select(Organisation.id).where(Organisation.slug == data.slug)):
        raise Conflict(f"An organisation with the slug '{data.slug}' exists.")
    if data.cvr and session.scalar(sa.select(Organisation.id).where(Organisation.cvr == data.cvr)):
        raise Conflict("An organisation with this CVR number exists.")
    org = Organisation(**data.model_dump())
    session.add(org)
    session.flush()
    audit.record(
        session,
        action="org.create",
        actor_type="system",
        organisation_id=org.id,
        object_type="organisation",
        object_id=org.id,
    )
    return org


def update_organisation(
    session: Session, *, principal: Principal, data: OrganisationUpdate
) -> Organisation:
    principal.require("admin")
    org = get_organisation(session, organisation_id=principal.organisation_id)
    if data.cvr and session.scalar(
        sa.select(Organisation.id).where(Organisation.cvr == data.cvr, Organisation.id != org.id)
    ):
        raise Conflict("Another organisation has this CVR number.")
    for key, value in data.model_dump().items():
        setattr(org, key, value)
    audit.record(
        session,
        action="org.update",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=org.id,
        object_type="organisation",
        object_id=org.id,
        details={"fields": sorted(data.model_fields_set)},
    )
    return org


def get_organisation(session: Session, *, organisation_id: uuid.UUID) -> Organisation:
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise NotFound("No such organisation.")
    return org


def get_organisation_by_slug(session: Session, *, slug: str) -> Organisation:
    org = session.scalar(sa.select(Organisation).where(Organisation.slug == slug))
    if org is None:
        raise NotFound("No such organisation.")
    return org


def list_organisations(session: Session, *, user: User | None = None) -> list[Organisation]:
    query = sa.select(Organisation).order_by(Organisation.name)
    if user is not None and not user.is_superadmin:
        query = query.join(Membership).where(Membership.user_id == user.id)
    return list(session.scalars(query))


# -- users and memberships ---------------------------------------------------
def create_user(session: Session, *, data: UserCreate) -> User:
    email = data.email.lower()
    if session.scalar(sa.select(User.id).where(User.email == email)):
        raise Conflict("A user with this e-mail address exists.")
    user = User(
        email=email,
        password_hash=security.hash_password(data.password),
        display_name=data.display_name,
        is_superadmin=data.is_superadmin,
    )
    session.add(user)
    session.flush()
    audit.record(
        session, action="user.create", actor_type="system", object_type="user", object_id=user.id
    )
    return user


def get_user(session: Session, *, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None or not user.is_active:
        raise NotFound("No such user.")
    return user


def end_sessions(session: Session, *, user_id: uuid.UUID) -> None:
    """Sign-out on the server: every session cookie of the user issued until now stops
    working, also a copy taken before (a signed cookie alone cannot be withdrawn)."""
    user = session.get(User, user_id)
    if user is not None:
        user.sessions_revoked_at = utcnow()


def session_revoked(revoked_at: datetime | None, signed_in_at: str | None) -> bool:
    """Whether a session cookie signed in at ``signed_in_at`` (ISO time; None for cookies
    from before this check) was ended by a sign-out at ``revoked_at``."""
    if revoked_at is None:
        return False
    try:
        return signed_in_at is None or datetime.fromisoformat(signed_in_at) <= revoked_at
    except ValueError:
        return True


def get_user_by_email(session: Session, *, email: str) -> User:
    user = session.scalar(sa.select(User).where(User.email == email.lower()))
    if user is None:
        raise NotFound("No such user.")
    return user


def set_role(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    user_id: uuid.UUID,
    role: Role,
    actor: Principal | None = None,
) -> Membership:
    if actor is not None:
        actor.require("admin")
        if actor.organisation_id != organisation_id:
            raise NotFound("No such organisation.")
    membership = session.scalar(
        sa.select(Membership).where(
            Membership.user_id == user_id, Membership.organisation_id == organisation_id
        )
    )
    if membership is None:
        # Only the operator (no actor) adds members directly; an admin invites, and the
        # person joins by accepting (orgs/invitations.py).
        if actor is not None:
            raise NotFound("No such member.")
        membership = Membership(user_id=user_id, organisation_id=organisation_id, role=role.value)
        session.add(membership)
    else:
        membership.role = role.value
    session.flush()
    audit.record(
        session,
        action="membership.set_role",
        actor_type=actor.kind if actor else "system",
        actor_id=actor.id if actor else None,
        organisation_id=organisation_id,
        object_type="user",
        object_id=user_id,
        details={"role": role.value},
    )
    return membership


def remove_member(session: Session, *, principal: Principal, user_id: uuid.UUID) -> None:
    principal.require("admin")
    membership = session.scalar(
        sa.select(Membership).where(
            Membership.user_id == user_id, Membership.organisation_id == principal.organisation_id
        )
    )
    if membership is None:
        raise NotFound("No such member.")
    session.delete(membership)
    audit.record(
        session,
        action="membership.remove",
        actor_type=principal.kind,
        actor_id=principal.id,
        organisation_id=principal.organisation_id,
        object_type="user",
        object_id=user_id,
    )


def members_query(*, organisation_id: uuid.UUID) -> sa.Select[User, str]:
    """Rows of (user, role name), by e-mail."""
    return (
        sa.select(User, Membership.role)
        .join(Membership)
        .where(Membership.organisation_id == organisation_id)
        .order_by(User.email)
    )


def list_members(session: Session, *, organisation_id: uuid.UUID) -> list[tuple[User, Role]]:
    rows = session.execute(members_query(organisation_id=organisation_id))
    return [(user, Role(role)) for user, role in rows]


def principal_for_user(session: Session, *, user: User, organisation: Organisation) -> Principal:
    """The user acting in ``organisation``; NotFound (not Forbidden) if not a member."""
    role = session.scalar(
        sa.select(Membership.role).where(
            Membership.user_id == user.id, Membership.organisation_id == organisation.id
        )
    )
    if role is None and not user.is_superadmin:
        raise NotFound("No such organisation.")
    return Principal(
        kind="user",
        id=user.id,
        organisation_id=organisation.id,
        role=Role(role) if role else Role.admin,
        is_superadmin=user.is_superadmin,
    )


# -- sign-in -----------------------------------------------------------------
# Failures from all clients together that stop sign-ins to one account: a guessing
# campaign spread over many addresses, not a few wrong passwords.
ACCOUNT_SPREAD = 10


def authenticate(session: Session, *, email: str, password: str, source: str | None) -> User:
    """Check a password, throttled per account and client, per client, and per account
    across all clients at a much higher count; every attempt is audited. Five wrong
    passwords from anywhere locked the account for everyone (issue 17): now they stop
    that client for that account; only a spread-out guessing campaign stops the account."""
    cfg = settings()
    window = timedelta(minutes=cfg.login_window_minutes)
    account_key = security.keyed_hash(email.lower(), purpose="login-account")[:32]

    def failures(**where: str | None) -> int:
        return audit.count_since(session, action="auth.login_failed", since=window, **where)

    if (
        failures(actor_id=account_key, source=source) >= cfg.login_max_failures_account
        or (source is not None and failures(source=source) >= cfg.login_max_failures_address)
        or failures(actor_id=account_key) >= cfg.login_max_failures_account * ACCOUNT_SPREAD
    ):
        audit.record(
            session,
            action="auth.login_throttled",
            actor_type="anonymous",
            actor_id=account_key,
            source=source,
        )
        raise TooManyRequests(
            f"Too many failed sign-ins. Wait {cfg.login_window_minutes} minutes and try again."
        )
    user = session.scalar(sa.select(User).where(User.email == email.lower()))
    if not security.verify_password(user.password_hash if user else None, password) or (
        user is not None and not user.is_active
    ):
        audit.record(
            session,
            action="auth.login_failed",
            actor_type="anonymous",
            actor_id=account_key,
            source=source,
        )
        raise Unauthorized("Wrong e-mail address or password.")
    assert user is not None
    audit.record(session, action="auth.login", actor_type="user", actor_id=user.id, source=source)
    return user


# -- API tokens --------------------------------------------------------------
def create_token(
    session: Session, *, organisation_id: uuid.UUID, data: TokenCreate, actor: Principal | None
) -> tuple[str, ApiToken]:
    if actor is not None:
        actor.require("admin")
        actor.require_scope("tokens:admin")
    unknown = sorted(set(data.scopes) - SCOPES.keys())
    if unknown:
        raise Invalid(f"Unknown scope(s): {', '.join(unknown)}.")
    days = data.expires_in_days or settings().token_default_days
    full, prefix, secret_hash = security.new_token()
    token = ApiToken(
        organisation_id=organisation_id,
        name=data.name,
        prefix=prefix,
        secret_hash=secret_hash,
        scopes=sorted(set(data.scopes)),
        created_at=utcnow(),
        expires_at=utcnow() + timedelta(days=days),
        created_by=actor.id if actor else None,
    )
    session.add(token)
    session.flush()
    audit.record(
        session,
        action="token.create",
        actor_type=actor.kind if actor else "system",
        actor_id=actor.id if actor else None,
        organisation_id=organisation_id,
        object_type="api_token",
        object_id=token.id,
        details={"scopes": token.scopes},
    )
    return full, token


def tokens_query(*, organisation_id: uuid.UUID) -> sa.Select[Any]:
    return (
        sa.select(ApiToken)
        .where(ApiToken.organisation_id == organisation_id)
        .order_by(ApiToken.created_at.desc(), ApiToken.id)
    )


def list_tokens(session: Session, *, organisation_id: uuid.UUID) -> list[ApiToken]:
    return list(session.scalars(tokens_query(organisation_id=organisation_id)))


def get_token(session: Session, *, organisation_id: uuid.UUID, token_id: uuid.UUID) -> ApiToken:
    token = session.scalar(
        sa.select(ApiToken).where(
            ApiToken.id == token_id, ApiToken.organisation_id == organisation_id
        )
    )
    if token is None:
        raise NotFound("No such token.")
    return token


def revoke_token(
    session: Session, *, organisation_id: uuid.UUID, token_id: uuid.UUID, actor: Principal | None
) -> ApiToken:
    if actor is not None:
        actor.require("admin")
        actor.require_scope("tokens:admin")
    token = get_token(session, organisation_id=organisation_id, token_id=token_id)
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        audit.record(
            session,
            action="token.revoke",
            actor_type=actor.kind if actor else "system",
            actor_id=actor.id if actor else None,
            organisation_id=organisation_id,
            object_type="api_token",
            object_id=token.id,
        )
    return token


# Record use at most once a minute per token to keep the audit log readable.
TOKEN_USE_INTERVAL = timedelta(minutes=1)


def _record_token_use(
    bind: sa.Engine | sa.Connection, *, row: ApiToken, now: datetime, source: str | None
) -> None:
    """In a transaction of its own, committed at once on this thread: the request's unit of
    work then takes no lock before its endpoint runs, so a burst of requests with a cold
    token never waits on a row or audit-chain lock held by a request that is waiting for a
    thread to commit (issue 17). The conditional update lets one request of a burst record
    the use; the others see it done."""
    with Session(bind=bind) as own, own.begin():
        claimed = own.scalar(
            sa.update(ApiToken)
            .where(
                ApiToken.id == row.id,
                sa.or_(
                    ApiToken.last_used_at.is_(None),
                    ApiToken.last_used_at <= now - TOKEN_USE_INTERVAL,
                ),
            )
            .values(last_used_at=now)
            .returning(ApiToken.id)
        )
        if claimed is not None:
            audit.record(
                own,
                action="token.use",
                actor_type="token",
                actor_id=row.id,
                organisation_id=row.organisation_id,
                source=source,
            )
    set_committed_value(row, "last_used_at", now)  # no write in the request's unit of work


def principal_for_token(session: Session, *, token: str, source: str | None) -> Principal:
    """Resolve a bearer token; any failure is the same 401 so nothing leaks."""
    parts = security.split_token(token)
    row = None
    if parts is not None:
        row = session.scalar(sa.select(ApiToken).where(ApiToken.prefix == parts[0]))
    now = utcnow()
    if (
        parts is None
        or row is None
        or not security.token_matches(parts[1], row.secret_hash)
        or row.revoked_at is not None
        or (row.expires_at is not None and row.expires_at <= now)
    ):
        raise Unauthorized("Missing, invalid, expired or revoked API token.")
    if row.last_used_at is None or now - row.last_used_at > TOKEN_USE_INTERVAL:
        _record_token_use(session.get_bind(), row=row, now=now, source=source)
    return Principal(
        kind="token",
        id=row.id,
        organisation_id=row.organisation_id,
        role=Role.admin,
        scopes=frozenset(row.scopes),
    )
