"""The public directory: every organisation scammers pretend to be, with how it contacts
people and how it never does, each fact with its source and date.

Two sources: the curated directory file (``registry/data/directory.yaml``) and member
organisations' own registry (channels and published policy). A member takes over the
directory entry with its slug or its name, as the message check does
(``messages.flows.load_profiles``)."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from vaern.errors import NotFound
from vaern.orgs.models import Organisation
from vaern.registry import texts
from vaern.registry.models import DOMAIN_KINDS, Channel, PolicyVersion
from vaern.registry.normalise import normalise_domain
from vaern.registry.profiles import latest_policies
from vaern.registry.schemas import Policy, PolicyRead
from vaern.text.phones import normalise_phone


class Fact(BaseModel):
    """One channel the organisation really uses, and where that is stated."""

    value: str
    label: str = ""
    verified: bool = True
    source: str
    checked: date | None = None


class Statement(BaseModel):
    """Something the organisation never (or only sometimes) does, in Danish and English."""

    da: str
    en: str
    source: str = ""
    checked: date | None = None


class FrontDoor(BaseModel):
    website: str | None = None
    phone: str | None = None
    app: str | None = None


class DirectoryEntry(BaseModel):
    slug: str
    name: str
    member: bool = Field(description="A Værn member that declares its channels itself")
    aliases: list[str] = Field(default_factory=list)
    domains: list[Fact] = Field(default_factory=list)
    sms_senders: list[Fact] = Field(default_factory=list)
    phones: list[Fact] = Field(default_factory=list)
    front_door: FrontDoor = Field(default_factory=FrontDoor)
    never: list[Statement] = Field(default_factory=list)
    sometimes: list[Statement] = Field(default_factory=list)
    policy: PolicyRead | None = Field(
        default=None, description="A member's published policy, as it declared it"
    )
    replaces: str | None = Field(
        default=None, description="The directory entry this member took over"
    )


class DirectorySummary(BaseModel):
    slug: str
    name: str
    member: bool
    domains: list[str]


# --- the curated file -----------------------------------------------------------------------


def _default_file() -> Path:
    return Path(str(resources.files("vaern.registry") / "data" / "directory.yaml"))


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


def _front_door(raw: str | None) -> FrontDoor:
    if not raw:
        return FrontDoor()
    if raw.startswith("tel:"):
        return FrontDoor(phone=raw.removeprefix("tel:"))
    return FrontDoor(website=raw)


def _fact(value: str, raw: dict[str, Any], label: str = "") -> Fact:
    return Fact(
        value=value,
        label=label,
        verified=bool(raw.get("verified", True)),
        source=str(raw["source"]),
        checked=date.fromisoformat(str(raw["checked"])),
    )


def _from_file(raw: dict[str, Any]) -> DirectoryEntry:
    return DirectoryEntry(
        slug=raw["slug"],
        name=raw["name"],
        member=False,
        aliases=[a.lower() for a in raw.get("aliases", [])],
        domains=[_fact(d["domain"], d) for d in raw["domains"]],
        sms_senders=[_fact(s["id"], s) for s in raw.get("sms_senders", [])],
        phones=[
            _fact(normalise_phone(str(p["number"])) or str(p["number"]), p, p.get("label", ""))
            for p in raw["phones"]
        ],
        front_door=_front_door((raw.get("policy") or {}).get("front_door")),
        never=[
            Statement(da=n["da"], en=n["en"], source=n["source"], checked=n["checked"])
            for n in raw.get("never", [])
        ],
    )


@lru_cache(maxsize=1)
def file_entries() -> tuple[DirectoryEntry, ...]:
    return tuple(_from_file(o) for o in read_directory()["organisations"])


# --- member organisations -----------------------------------------------------------------


def _day(at: datetime | None) -> date | None:
    return at.date() if at else None


def member_entries(session: Session) -> list[DirectoryEntry]:
    """Members that have registered a channel or published a communication policy."""
    orgs = session.scalars(
        sa.select(Organisation).where(
            sa.or_(
                sa.exists().where(Channel.organisation_id == Organisation.id),
                sa.exists().where(PolicyVersion.organisation_id == Organisation.id),
            )
        )
    )
    entries = {
        org.id: DirectoryEntry(
            slug=org.slug, name=org.name, member=True, aliases=[org.name.lower()]
        )
        for org in orgs
    }
    versions = latest_policies(session, list(entries))
    for version in versions:
        entry = entries[version.organisation_id]
        policy = Policy.model_validate(version.policy)
        source = f"{entry.name}: communication policy version {version.version}"
        day = _day(version.valid_from)
        door = policy.front_door
        entry.front_door = FrontDoor(website=door.website, phone=door.phone, app=door.app)
        entry.never = [Statement(**t, source=source, checked=day) for t in texts.never(policy)]
        entry.sometimes = [Statement(**t, source=source, checked=day) for t in texts.does(policy)]
        entry.policy = PolicyRead(
            version=version.version,
            valid_from=version.valid_from,
            created_by=version.created_by,
            policy=policy,
        )
    channels = session.scalars(
        sa.select(Channel)
        .where(Channel.organisation_id.in_(entries))
        .order_by(Channel.kind, Channel.value)
    )
    for ch in channels:
        entry = entries[ch.organisation_id]
        fact = Fact(
            value=ch.value,
            label=ch.label + (f" ({ch.partner})" if ch.partner else ""),
            verified=ch.verified_at is not None or ch.kind not in DOMAIN_KINDS,
            source=f"{entry.name}: " + ("verified by DNS" if ch.verified_at else "registry"),
            checked=_day(ch.verified_at or ch.created_at),
        )
        if ch.kind in DOMAIN_KINDS:
            if ch.value not in {d.value for d in entry.domains}:
                entry.domains.append(fact)
        elif ch.kind == "sms_sender":
            entry.sms_senders.append(fact)
        elif ch.kind == "phone":
            entry.phones.append(fact)
    return list(entries.values())


def entries(session: Session) -> list[DirectoryEntry]:
    """Every organisation, by name: the file's entries, with members taking over theirs."""
    members = member_entries(session)
    by_key = {m.slug: m for m in members} | {m.name.casefold(): m for m in members}
    out = list(members)
    for entry in file_entries():
        member = by_key.get(entry.slug) or by_key.get(entry.name.casefold())
        if member is None:
            out.append(entry)
        elif member.replaces is None:
            member.replaces = entry.slug
            member.aliases = sorted({*member.aliases, *entry.aliases})
    return sorted(out, key=lambda e: e.name.casefold())


# --- search ------------------------------------------------------------------------------

_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/\s?#]+)", re.I)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _query_domain(query: str) -> str | None:
    """The registrable-looking host in what was typed (a domain or a whole address)."""
    m = _HOST.match(query.strip())
    if not m or "." not in m.group(1):
        return None
    try:
        return normalise_domain(m.group(1)).removeprefix("www.")
    except ValueError:
        return None


def matches(entry: DirectoryEntry, query: str) -> bool:
    """Whether what a citizen typed names this organisation: part of its name or an
    alias, one of its domains (or a host under one), an SMS sender ID, or a phone number
    written any way (``44 89 29 29``, ``+45 44892929``)."""
    q = query.strip().casefold()
    if not q:
        return True
    words = [entry.name.casefold(), entry.slug, *entry.aliases]
    if any(q in w for w in words):
        return True
    if any(q == s.value.casefold() for s in entry.sms_senders):
        return True
    host = _query_domain(q)
    if host and any(host == d.value or host.endswith("." + d.value) for d in entry.domains):
        return True
    digits = _digits(q)
    if len(digits) >= 3 and len(digits) >= len(q.replace(" ", "")) - 1:
        # A national number matches its E.164 form; a short number (114) only itself.
        return any(
            _digits(p.value) in (digits, "45" + digits)
            or (len(digits) >= 8 and _digits(p.value).endswith(digits))
            for p in entry.phones
        )
    return False


def search(session: Session, *, query: str = "") -> list[DirectoryEntry]:
    return [e for e in entries(session) if matches(e, query[:100])]


def get_entry(session: Session, *, slug: str) -> DirectoryEntry:
    """One organisation by slug; a directory slug a member took over finds the member."""
    for entry in entries(session):
        if slug in (entry.slug, entry.replaces):
            return entry
    raise NotFound("No such organisation.")


def summary(entry: DirectoryEntry) -> DirectorySummary:
    return DirectorySummary(
        slug=entry.slug,
        name=entry.name,
        member=entry.member,
        domains=[d.value for d in entry.domains],
    )


def reportable(session: Session) -> dict[str, str]:
    """Slug -> name of every organisation a scam can be reported in the name of."""
    return {e.slug: e.name for e in entries(session)}
