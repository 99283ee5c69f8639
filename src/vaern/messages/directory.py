"""Organisation profiles: the curated directory today; member organisations join later."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from sqlalchemy.orm import Session

from vaern.messages.budget import Budget
from vaern.text.phones import normalise_phone

SendsLinks = Literal["never", "own_domains", "yes"]
Calls = Literal["never", "booked", "yes"]


@dataclass(frozen=True)
class Domain:
    domain: str
    verified: bool = False


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
    asks_for: frozenset[str] = field(default_factory=frozenset)  # e.g. {"card", "cpr"}
    calls: Calls | None = None
    front_door: str | None = None
    source: str = "directory"
    organisation_id: uuid.UUID | None = None  # set for member organisations only

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
        domains=tuple(Domain(d["domain"], bool(d.get("verified"))) for d in raw["domains"]),
        sms_senders=tuple(s["id"] for s in raw.get("sms_senders", [])),
        phones=tuple(p for p in (normalise_phone(x["number"]) for x in raw["phones"]) if p),
        sends_links=policy.get("sends_links"),
        qr=policy.get("qr"),
        asks_for=frozenset(policy.get("asks_for") or ()),
        calls=policy.get("calls"),
        front_door=policy.get("front_door"),
    )


def _default_file() -> Path:
    return Path(str(resources.files("vaern.messages") / "data" / "directory.yaml"))


def read_directory(path: Path | None = None) -> dict[str, Any]:
    """Read and validate a directory file; raises ValueError on a malformed one."""
    data = yaml.safe_load((path or _default_file()).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("organisations"), list):
        raise ValueError("a directory needs a list under 'organisations'")
    for org in data["organisations"]:
        for key in ("slug", "name", "domains", "phones"):
            if key not in org:
                raise ValueError(f"organisation {org.get('slug', '?')} lacks {key!r}")
        facts = [*org["domains"], *org["phones"], *org.get("never", [])]
        facts += org.get("sms_senders", [])
        for fact in facts:
            if not fact.get("source") or not fact.get("checked"):
                raise ValueError(f"{org['slug']}: every fact needs a source and a date")
    return data


@lru_cache(maxsize=1)
def directory_profiles() -> tuple[OrgProfile, ...]:
    return ProfileSet(_profile(o) for o in read_directory()["organisations"])


def profiles(
    session: Session | None = None, budget: Budget | None = None
) -> tuple[OrgProfile, ...]:
    """Every profile the check knows: the directory, with a member organisation's own
    registry profile taking over its directory entry (same slug or same name). With a
    session, kept in the process until the registry changes (messages/cache.py)."""
    if session is None:
        return directory_profiles()
    from vaern.messages.flows import check_profiles

    return check_profiles(session, budget)
