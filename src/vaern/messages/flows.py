"""Where the message check reads other domains: member organisations' registry profiles,
published warnings and the outbound log. ``check`` gathers them (``sources``) and hands
them to the pure check, ``service.analyse``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.changes import TrackedCache
from vaern.config import settings
from vaern.db import is_unavailable, utcnow
from vaern.messages.budget import Budget
from vaern.messages.context import MatchKind, OutboundMatch
from vaern.messages.directory import Domain, OrgProfile, ProfileSet, directory_profiles
from vaern.messages.inputs import Message, build, looks_like_image
from vaern.messages.service import (
    OutboundLookup,
    Sources,
    WarningLookup,
    analyse,
    valid_recipient,
)
from vaern.outbound import service as outbound
from vaern.registry.profiles import MemberProfile, member_profiles
from vaern.text.links import Link, link_domains
from vaern.text.phones import phones
from vaern.warnings.service import PublishedIndex, published_index

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
        organisation_id=member.organisation_id,
    )


def member_org_profiles(session: Session, *, at: datetime | None = None) -> list[OrgProfile]:
    return [to_org_profile(m) for m in member_profiles(session, at=at)]


def load_profiles(session: Session) -> tuple[OrgProfile, ...]:
    """Every profile the check knows: the directory, with a member organisation's own
    registry profile taking over its directory entry (same slug or same name)."""
    members = member_org_profiles(session)
    taken = {m.slug for m in members} | {m.name.casefold() for m in members}
    kept = tuple(
        p for p in directory_profiles() if p.slug not in taken and p.name.casefold() not in taken
    )
    return ProfileSet((*kept, *members))


# What the check reads from other domains, kept in the process while their change stamps
# stand still (vaern/changes.py); without a PostgreSQL listener a change made by another
# process shows within ``VAERN_CHECK_REFRESH_SECONDS``.
def _refresh_seconds() -> float:
    return settings().check_refresh_seconds


PROFILES: TrackedCache[tuple[OrgProfile, ...]] = TrackedCache(
    load_profiles, ("organisations", "registry"), _refresh_seconds
)
WARNINGS: TrackedCache[PublishedIndex] = TrackedCache(
    published_index, ("warnings", "organisations"), _refresh_seconds
)


T = TypeVar("T")


def _from_memory(
    kept: TrackedCache[T],
    session: Session,
    budget: Budget | None,
    part: str,
    fallback: Callable[[], T],
) -> T:
    """``kept.get(session)``; when the budget is spent, or the database cannot be reached
    or read, the value loaded last (``fallback()`` if none) and ``part`` noted as such."""
    if kept.fresh(session) or budget is None or budget.allows(part):
        try:
            return kept.get(session)
        except sa.exc.SQLAlchemyError as exc:
            if budget is None or not is_unavailable(exc):
                raise
            session.rollback()
            budget.lost(part)
    last = kept.last(session)
    return last if last is not None else fallback()


def check_profiles(session: Session, budget: Budget | None = None) -> tuple[OrgProfile, ...]:
    """``load_profiles`` as of the last change (cached; see vaern/changes.py). With a
    ``budget``, the last profiles loaded (or the directory alone) when there is no time or
    no database to ask."""
    return _from_memory(PROFILES, session, budget, "registry", directory_profiles)


def profiles(
    session: Session | None = None, budget: Budget | None = None
) -> tuple[OrgProfile, ...]:
    """Every profile the check knows: the directory, with a member organisation's own
    registry profile taking over its directory entry (same slug or same name). With a
    session, kept in the process until the registry changes (vaern/changes.py)."""
    if session is None:
        return directory_profiles()
    return check_profiles(session, budget)


def revalidate(session: Session) -> None:
    """Bring both caches up to date with the database now (the server's background task,
    every half refresh interval). The stamps are read whatever the age of the last read, so
    the read the checks rely on never expires while this keeps up. (Reusing a read younger
    than the interval let it expire up to half an interval before the next renewal: every
    check meanwhile went to the thread pool, a burst of a whole batch of checks contending
    for the GIL about once a second, the HTTP p99.)"""
    PROFILES.get(session, max_age=0)
    WARNINGS.get(session)  # the stamps just read


def cached(session: Session) -> bool:
    """Whether a check with ``session`` (and no recipient) needs no database round trip."""
    return PROFILES.fresh(session) and WARNINGS.fresh(session)


def _no_warnings() -> PublishedIndex:
    return PublishedIndex({}, {}, frozenset())


def warning_matches(
    session: Session,
    *,
    text: str,
    link_domains: list[str],
    sender: str | None,
    budget: Budget | None = None,
    text_links: Sequence[Link] | None = None,
) -> list[dict[str, Any]]:
    """Published warnings this message matches, as plain data for the check's result
    (with a ``budget``: the last index loaded, or none, without time or database).
    ``text_links``: ``links(text)``, when the caller has them already."""
    index = _from_memory(WARNINGS, session, budget, "warnings", _no_warnings)
    found = index.match(
        text=text,
        link_domains=link_domains,
        sender=sender,
        phones=lambda: [ph.e164 for ph in phones(text)],
        text_links=text_links,
    )
    return [
        {
            "warning_id": str(m.warning_id),
            "title": m.title,
            "path": m.path,
            "matched": list(m.matched),
        }
        for m in found
    ]


def outbound_match(
    session: Session,
    *,
    message: Message,
    claimed: list[OrgProfile],
    recipient: str,
    budget: Budget | None = None,
) -> OutboundMatch | None:
    """Ask each claimed member organisation's outbound log whether it sent this SMS or
    e-mail to ``recipient`` (the person's own number or address, never stored or logged).

    Only a text match counts, and only when every link domain of the message is one the
    recorded message had too (a scam edited from a real message keeps its wording but not
    its links). A contact without a matching text answers "no record", so the public check
    never reveals whether someone is a customer. Calls are not looked up: a caller's
    words are not what the organisation recorded, and a call is never genuine on its number.
    """
    members = [org for org in claimed if org.organisation_id is not None]
    if message.channel not in ("sms", "email") or not members:
        return None
    if budget is not None and not budget.allows("outbound"):
        return None
    try:
        return _outbound_match(session, message, members, recipient)
    except sa.exc.SQLAlchemyError as exc:
        if budget is None or not is_unavailable(exc):
            raise
        session.rollback()
        budget.lost("outbound")
        return None


def _outbound_match(
    session: Session, message: Message, members: list[OrgProfile], recipient: str
) -> OutboundMatch:
    around = message.received_at or utcnow()
    domains = set(link_domains(message.text))
    for org in members:
        assert org.organisation_id is not None
        found = outbound.lookup(
            session,
            organisation_id=org.organisation_id,
            recipient=recipient,
            channel=message.channel,
            around=around,
            text=message.text,
        )
        kind = found.match
        if kind in ("exact", "template", "near") and domains <= set(found.link_domains):
            return OutboundMatch(cast(MatchKind, kind), org.name)
    return OutboundMatch("none", members[0].name)


def sources(
    session: Session | None,
    *,
    message: Message,
    recipient: str | None = None,
    budget: Budget | None = None,
) -> Sources:
    """What the check of ``message`` reads: without a session the directory alone; with
    one, member organisations' profiles, the published warnings and, given the person's
    own number or address (``recipient``, never kept), the claimed organisations'
    outbound logs."""
    if session is None:
        return Sources(profiles())
    return Sources(
        profiles(session, budget),
        _outbound_lookup(session, message, recipient, budget) if recipient else None,
        _warning_lookup(session, budget),
    )


def _outbound_lookup(
    session: Session, message: Message, recipient: str, budget: Budget | None
) -> OutboundLookup:
    def lookup(claimed: list[OrgProfile]) -> OutboundMatch | None:
        return outbound_match(
            session, message=message, claimed=claimed, recipient=recipient, budget=budget
        )

    return lookup


def _warning_lookup(session: Session, budget: Budget | None) -> WarningLookup:
    def lookup(
        text: str, hosts: list[str], sender: str | None, text_links: Sequence[Link]
    ) -> list[dict[str, Any]]:
        return warning_matches(
            session,
            text=text,
            link_domains=hosts,
            sender=sender,
            budget=budget,
            text_links=text_links,
        )

    return lookup


def check(
    data: str | bytes,
    *,
    channel: str | None = None,
    sender: str | None = None,
    received_at: datetime | None = None,
    did: set[str] | None = None,
    session: Session | None = None,
    recipient: str | None = None,
) -> dict[str, Any]:
    """Check one message (text, .eml bytes, URL or QR picture). Raises Invalid on bad input.

    With a ``session``, member organisations' registry profiles and published warnings
    count, and a ``recipient`` (the person's own phone number or e-mail address) lets the
    claimed organisation's outbound log say whether it really sent this message.

    Each check has ``VAERN_CHECK_DEADLINE_SECONDS`` (a picture
    ``VAERN_CHECK_PICTURE_DEADLINE_SECONDS``, as reading it takes a child process):
    look-ups and picture reading beyond it are skipped, and while the database cannot be
    read the check answers from what the process keeps; either way a reason names what it
    went without (messages/budget.py)."""
    picture = isinstance(data, bytes) and looks_like_image(data)
    budget = Budget.start(settings().check_picture_deadline_seconds if picture else None)
    recipient = valid_recipient(recipient)
    message = build(data, channel=channel, sender=sender, received_at=received_at, budget=budget)
    found = sources(session, message=message, recipient=recipient, budget=budget)
    return analyse(message, sources=found, did=did, budget=budget)
