"""Organisation profiles: the curated directory today; member organisations join later."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from vaern.registry.directory import read_directory
from vaern.text.phones import normalise_phone

SendsLinks = Literal["never", "own_domains", "yes"]
Calls = Literal["never", "booked", "yes"]


@dataclass(frozen=True)
class Domain:
    domain: str
    verified: bool = False
    # A name that is an ordinary word or a common name's stem (tryg, meta, booking, aula):
    # other domains resemble it by chance ("tryk.dk", "metal", "tandlaege-booking.dk"), so
    # it is imitated only in a message that claims its organisation.
    ordinary: bool = False


@dataclass(frozen=True)
class OrgProfile:
    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[Domain, ...] = ()
    sms_senders: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()  # E.164
    sends_links: SendsLinks | None = None  # None: not known
    qr: SendsLinks | None = None
    # What it may ask a customer for, e.g. {"card", "cpr"}; None: it has said nothing.
    asks_for: frozenset[str] | None = None
    calls: Calls | None = None
    front_door: str | None = None
    source: str = "directory"
    organisation_id: uuid.UUID | None = None  # set for member organisations only
    # A name people write in passing ("Følg os på Facebook", "Apple Pay", "booket via
    # Airbnb"): in running text it claims the organisation only at the message's opening;
    # the sender, a display name or an own link claim it anywhere.
    in_passing: bool = False

    @property
    def domain_names(self) -> tuple[str, ...]:
        return tuple(d.domain for d in self.domains)

    @property
    def senders(self) -> frozenset[str]:
        """Registered SMS sender IDs (lower-case) and phone numbers (E.164)."""
        return frozenset({s.lower() for s in self.sms_senders} | set(self.phones))

    def sends_as(self, sender: str) -> bool:
        """Whether a sender ID or calling number is one this organisation registered."""
        return (normalise_phone(sender) or sender.strip().lower()) in self.senders

    def owns(self, domain: str) -> bool:
        return domain.lower() in self.domain_names


class ProfileSet(tuple[OrgProfile, ...]):
    """The profiles a check runs against. Immutable like any tuple, but hashed once:
    it is the key of the brand-word pattern cache, looked up on every check."""

    _hash: int

    def __hash__(self) -> int:
        try:
            return self._hash
        except AttributeError:
            self._hash = tuple.__hash__(self)
            return self._hash


def _profile(raw: dict[str, Any]) -> OrgProfile:
    policy = raw.get("policy") or {}
    return OrgProfile(
        slug=raw["slug"],
        name=raw["name"],
        aliases=tuple(a.lower() for a in raw.get("aliases", [])),
        domains=tuple(
            Domain(d["domain"], bool(d.get("verified")), bool(d.get("ordinary")))
            for d in raw["domains"]
        ),
        sms_senders=tuple(s["id"] for s in raw.get("sms_senders", [])),
        phones=tuple(p for p in (normalise_phone(x["number"]) for x in raw["phones"]) if p),
        sends_links=policy.get("sends_links"),
        qr=policy.get("qr"),
        asks_for=None if policy.get("asks_for") is None else frozenset(policy["asks_for"]),
        calls=policy.get("calls"),
        front_door=policy.get("front_door"),
        in_passing=bool(raw.get("in_passing")),
    )


@lru_cache(maxsize=1)
def directory_profiles() -> tuple[OrgProfile, ...]:
    return ProfileSet(_profile(o) for o in read_directory()["organisations"])
