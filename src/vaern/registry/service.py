"""Channels, domain verification and the versioned communication policy."""

from __future__ import annotations

import secrets
import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern import dnsquery as dns
from vaern.db import utcnow
from vaern.errors import Conflict, Invalid, NotFound
from vaern.orgs.access import Principal
from vaern.privacy import audit
from vaern.privacy.published import published_key
from vaern.privacy.redact import RedactionPolicy, redact
from vaern.registry import posture
from vaern.registry.models import DOMAIN_KINDS, Channel, PolicyVersion, PostureReport
from vaern.registry.schemas import ChannelCreate, ChannelRead, Policy, PolicyRead

TXT_PREFIX = "vaern-verification="


def _actor(principal: Principal | None) -> str:
    return f"{principal.kind}:{principal.id}" if principal else "system"


def _audit(
    session: Session, principal: Principal | None, action: str, obj: Any, **details: Any
) -> None:
    kind, ident = principal.actor if principal else ("system", "")
    audit.record(
        session,
        action=action,
        actor_type=kind,
        actor_id=ident,
        organisation_id=obj.organisation_id,
        object_type=type(obj).__name__.lower(),
        object_id=str(obj.id),
        details=details,
    )


def _require_admin(principal: Principal) -> None:
    """Staff need the admin role; tokens are checked for their scope by the API."""
    if principal.kind == "user":
        principal.require("admin")


def channel_read(channel: Channel) -> ChannelRead:
    record = None
    if channel.kind in DOMAIN_KINDS and channel.verified_at is None and channel.verification_token:
        record = f"{TXT_PREFIX}{channel.verification_token}"
    return ChannelRead(
        id=channel.id,
        kind=channel.kind,
        value=channel.value,
        label=channel.label,
        partner=channel.partner,
        verified=channel.verified_at is not None or channel.kind not in DOMAIN_KINDS,
        verification_record=record,
    )


def list_channels(session: Session, *, organisation_id: uuid.UUID) -> list[Channel]:
    return list(
        session.scalars(
            sa.select(Channel)
            .where(Channel.organisation_id == organisation_id)
            .order_by(Channel.kind, Channel.value)
        )
    )


def published_addresses(session: Session, *, organisation_id: uuid.UUID) -> frozenset[str]:
    """The keys (``privacy.published``) of the organisation's own postal channels, which
    ``redact`` leaves in its texts. Only its own: another organisation's registrations are
    its admins' word, unchecked (postal channels have no verification; the public directory
    does not list them), and one tenant's registration must never unredact an address in
    another's texts. A postal channel counts as verified as ``channel_read`` shows it (an
    admin, or a token with the registry scope, registered it); one awaiting a verification
    (a token issued, not yet verified) does not count."""
    values = session.scalars(
        sa.select(Channel.value).where(
            Channel.organisation_id == organisation_id,
            Channel.kind == "postal",
            sa.or_(Channel.verified_at.is_not(None), Channel.verification_token.is_(None)),
        )
    )
    return frozenset(key for value in values if (key := published_key(value)) is not None)


def redaction_policy(
    session: Session, *, organisation_id: uuid.UUID, entities: frozenset[str] | None = None
) -> RedactionPolicy:
    """The policy for redacting the organisation's texts: typed, its own published
    addresses left (``published_addresses``)."""
    return RedactionPolicy(
        organisation_id=organisation_id,
        entities=entities,
        published_addresses=published_addresses(session, organisation_id=organisation_id),
    )


def redact_own(session: Session, *, organisation_id: uuid.UUID, text: str) -> str:
    """``text`` redacted with the organisation's ``redaction_policy`` (empty stays empty)."""
    if not text:
        return text
    return redact(text, redaction_policy(session, organisation_id=organisation_id)).text


def get_channel(session: Session, *, organisation_id: uuid.UUID, channel_id: uuid.UUID) -> Channel:
    channel = session.get(Channel, channel_id)
    if channel is None or channel.organisation_id != organisation_id:
        raise NotFound("No such channel.")
    return channel


def add_channel(session: Session, *, principal: Principal, data: ChannelCreate) -> Channel:
    _require_admin(principal)
    exists = session.scalar(
        sa.select(Channel.id).where(
            Channel.organisation_id == principal.organisation_id,
            Channel.kind == data.kind,
            Channel.value == data.value,
        )
    )
    if exists:
        raise Conflict(f"The channel {data.value} is already registered.")
    channel = Channel(
        organisation_id=principal.organisation_id,
        kind=data.kind,
        value=data.value,
        label=data.label,
        partner=data.partner,
        verification_token=secrets.token_urlsafe(24) if data.kind in DOMAIN_KINDS else None,
        created_by=_actor(principal),
    )
    session.add(channel)
    session.flush()
    _audit(session, principal, "channel.add", channel, kind=data.kind, value=data.value)
    return channel


def delete_channel(session: Session, *, principal: Principal, channel_id: uuid.UUID) -> None:
    _require_admin(principal)
    channel = get_channel(session, organisation_id=principal.organisation_id, channel_id=channel_id)
    _audit(session, principal, "channel.delete", channel, kind=channel.kind, value=channel.value)
    session.delete(channel)
    session.flush()


def verify_channel(session: Session, *, principal: Principal, channel_id: uuid.UUID) -> Channel:
    """Look for ``vaern-verification=<token>`` in the TXT records of the domain."""
    channel = get_channel(session, organisation_id=principal.organisation_id, channel_id=channel_id)
    if channel.kind not in DOMAIN_KINDS:
        raise Invalid("Only e-mail and web domains are verified by DNS.")
    if channel.verified_at is not None:
        return channel
    expected = f"{TXT_PREFIX}{channel.verification_token}"
    found = dns.txt(channel.value)
    if found is None:
        raise Invalid(f"The DNS look-up of {channel.value} failed; try again later.")
    if expected not in found:
        raise Invalid(
            f"No TXT record '{expected}' found on {channel.value}. Publish it and try again "
            "(DNS changes can take a while to appear)."
        )
    channel.verified_at = utcnow()
    _audit(session, principal, "channel.verify", channel, value=channel.value)
    return channel


# --- communication policy -------------------------------------------------------------


def _versions(organisation_id: uuid.UUID) -> sa.Select[PolicyVersion]:
    return sa.select(PolicyVersion).where(PolicyVersion.organisation_id == organisation_id)


def policy_at(session: Session, organisation_id: uuid.UUID, at: datetime) -> PolicyVersion | None:
    """The policy version valid at ``at`` (the latest one that started before it)."""
    return session.scalar(
        _versions(organisation_id)
        .where(PolicyVersion.valid_from <= at)
        .order_by(PolicyVersion.version.desc())
        .limit(1)
    )


def current_policy(session: Session, *, organisation_id: uuid.UUID) -> PolicyVersion | None:
    return session.scalar(
        _versions(organisation_id).order_by(PolicyVersion.version.desc()).limit(1)
    )


def policy_history(session: Session, *, organisation_id: uuid.UUID) -> list[PolicyVersion]:
    return list(session.scalars(_versions(organisation_id).order_by(PolicyVersion.version.desc())))


def set_policy(
    session: Session, *, principal: Principal, policy: Policy, now: datetime | None = None
) -> PolicyVersion:
    """Every change is a new version; earlier versions stay for messages received then."""
    _require_admin(principal)
    latest = current_policy(session, organisation_id=principal.organisation_id)
    row = PolicyVersion(
        organisation_id=principal.organisation_id,
        version=(latest.version + 1) if latest else 1,
        policy=policy.model_dump(mode="json"),
        valid_from=now or utcnow(),
        created_by=_actor(principal),
    )
    session.add(row)
    session.flush()
    _audit(session, principal, "policy.set", row, version=row.version)
    return row


def policy_read(row: PolicyVersion) -> PolicyRead:
    return PolicyRead(
        version=row.version,
        valid_from=row.valid_from,
        created_by=row.created_by,
        policy=Policy.model_validate(row.policy),
    )


# --- sender posture -----------------------------------------------------------------------


def check_posture(session: Session, *, organisation_id: uuid.UUID) -> list[PostureReport]:
    """Check every registered domain of the organisation and keep the reports."""
    reports = []
    for channel in list_channels(session, organisation_id=organisation_id):
        if channel.kind not in DOMAIN_KINDS:
            continue
        result = posture.check(channel.value, channel.kind)
        report = PostureReport(
            organisation_id=organisation_id,
            domain=channel.value,
            kind=channel.kind,
            grade=result["grade"],
            findings=result["findings"],
        )
        session.add(report)
        reports.append(report)
    session.flush()
    return reports


def posture_history(session: Session, *, organisation_id: uuid.UUID) -> list[PostureReport]:
    return list(
        session.scalars(
            sa.select(PostureReport)
            .where(PostureReport.organisation_id == organisation_id)
            .order_by(PostureReport.checked_at.desc())
            .limit(200)
        )
    )
