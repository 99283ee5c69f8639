"""Where the message check reads other domains: member organisations' registry profiles
and published warnings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from vaern.messages.directory import Domain, OrgProfile
from vaern.registry.profiles import MemberProfile, member_profiles
from vaern.warnings.service import match_warnings

# The registry's policy vocabulary mapped onto the kinds of request the signals detect.
ASKS_TO_KINDS = {
    "mitid_codes": "codes",
    "passwords": "codes",
    "card_number": "card",
    "cvv": "card",
    "cpr": "cpr",
    "id_documents": "id_documents",
}


def to_org_profile(member: MemberProfile) -> OrgProfile:
    policy = member.policy
    front = None
    if policy is not None:
        door = policy.front_door
        front = " / ".join(x for x in (door.phone, door.website, door.app) if x) or None
    return OrgProfile(
        slug=member.slug,
        name=member.name,
        aliases=(member.name.lower(),),
        domains=tuple(Domain(d, v) for d, v in sorted(member.domains.items())),
        sms_senders=tuple(member.sms_senders),
        phones=tuple(member.phones),
        sends_links=policy.links if policy else None,
        qr=("yes" if policy.qr_codes else "never") if policy else None,
        asks_for=frozenset(ASKS_TO_KINDS[a] for a in policy.asks_for if a in ASKS_TO_KINDS)
        if policy
        else frozenset(),
        calls=policy.calls if policy else None,
        front_door=front,
        source="member",
    )


def member_org_profiles(session: Session, *, at: datetime | None = None) -> list[OrgProfile]:
    return [to_org_profile(m) for m in member_profiles(session, at=at)]


def warning_matches(
    session: Session, *, text: str, link_domains: list[str], sender: str | None, phones: list[str]
) -> list[dict[str, Any]]:
    """Published warnings this message matches, as plain data for the check's result."""
    return [
        {
            "warning_id": str(m.warning_id),
            "title": m.title,
            "path": m.path,
            "matched": list(m.matched),
        }
        for m in match_warnings(
            session, text=text, link_domains=link_domains, sender=sender, phones=phones
        )
    ]
