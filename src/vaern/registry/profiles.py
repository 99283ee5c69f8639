"""Read model for the message check: what each member organisation has declared."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.orgs.models import Organisation
from vaern.registry.models import DOMAIN_KINDS, Channel, PolicyVersion
from vaern.registry.schemas import Policy


@dataclass
class MemberProfile:
    slug: str
    name: str
    organisation_id: uuid.UUID
    email_domains: list[str] = field(default_factory=list)  # verified only
    web_domains: list[str] = field(default_factory=list)  # verified only
    domains: dict[str, bool] = field(default_factory=dict)  # every domain -> verified?
    sms_senders: list[str] = field(default_factory=list)  # case-folded
    phones: list[str] = field(default_factory=list)  # E.164
    policy: Policy | None = None
    policy_version: int | None = None


def member_profiles(session: Session, *, at: datetime | None = None) -> list[MemberProfile]:
    """One ``MemberProfile`` per member organisation that has any channel or a policy.

    - ``email_domains`` / ``web_domains``: IDNA lower-case domains verified by DNS TXT;
      only these may make a message look genuine.
    - ``domains``: every registered domain (e-mail or web) mapped to its verified flag.
    - ``sms_senders``: alphanumeric sender ids and short codes, trimmed and case-folded.
    - ``phones``: numbers it calls or texts from, E.164 (``+4570101010``).
    - ``policy``: ``vaern.registry.schemas.Policy`` valid at ``at`` (default: current) —
      ``links`` never/own_domains/yes, ``qr_codes``, ``attachments`` (bools),
      ``asks_for`` (subset of ``ASKS``: what it *does* ask for; everything else it never
      asks for), ``calls`` never/booked/yes, ``payment`` (text), ``front_door``
      (``phone``, ``website``, ``app``). ``None`` when no policy is published.
    """
    orgs: dict[uuid.UUID, MemberProfile] = {}

    rows = session.execute(
        sa.select(Organisation.id, Organisation.slug, Organisation.name).where(
            sa.or_(
                sa.exists().where(Channel.organisation_id == Organisation.id),
                sa.exists().where(PolicyVersion.organisation_id == Organisation.id),
            )
        )
    )
    for org_id, slug, name in rows:
        orgs[org_id] = MemberProfile(slug=slug, name=name, organisation_id=org_id)
    for ch in session.scalars(sa.select(Channel).where(Channel.organisation_id.in_(orgs))):
        p = orgs[ch.organisation_id]
        verified = ch.verified_at is not None
        if ch.kind in DOMAIN_KINDS:
            p.domains[ch.value] = p.domains.get(ch.value, False) or verified
            if verified:
                (p.email_domains if ch.kind == "email_domain" else p.web_domains).append(ch.value)
        elif ch.kind == "sms_sender":
            p.sms_senders.append(ch.value)
        elif ch.kind == "phone":
            p.phones.append(ch.value)
    # The newest policy version of each organisation (valid at ``at``), in one query.
    versions = latest_policies(session, list(orgs), at=at)
    for row in versions:
        p = orgs[row.organisation_id]
        p.policy = Policy.model_validate(row.policy)
        p.policy_version = row.version
    return sorted(orgs.values(), key=lambda p: p.slug)


def latest_policies(
    session: Session, organisation_ids: list[uuid.UUID], *, at: datetime | None = None
) -> list[PolicyVersion]:
    """The newest policy version of each organisation (valid at ``at``), in one query."""
    newest = sa.select(
        PolicyVersion.organisation_id, sa.func.max(PolicyVersion.version).label("version")
    ).where(PolicyVersion.organisation_id.in_(organisation_ids))
    if at is not None:
        newest = newest.where(PolicyVersion.valid_from <= at)
    latest = newest.group_by(PolicyVersion.organisation_id).subquery()
    return list(
        session.scalars(
            sa.select(PolicyVersion).join(
                latest,
                sa.and_(
                    PolicyVersion.organisation_id == latest.c.organisation_id,
                    PolicyVersion.version == latest.c.version,
                ),
            )
        )
    )
