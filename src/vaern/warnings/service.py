"""Warnings: draft, update, publish, expire and withdraw, with a version history;
public listing and search; indicator matching for the message check."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.db import utcnow
from vaern.errors import Conflict, Invalid, NotFound
from vaern.orgs.access import Principal
from vaern.orgs.models import Organisation
from vaern.privacy import audit
from vaern.privacy.recognizers import REGISTRY
from vaern.privacy.redact import redact, redact_many
from vaern.registry import service as registry
from vaern.text import fingerprint
from vaern.text.links import Link, link_domain
from vaern.text.phones import normalise_phone
from vaern.warnings import push
from vaern.warnings.feeds import without_controls
from vaern.warnings.models import ScamWarning, WarningIndicator, WarningStatus, WarningVersion
from vaern.warnings.schemas import Indicators, WarningCreate, WarningUpdate

# Which status may follow which.
TRANSITIONS: dict[str, frozenset[str]] = {
    WarningStatus.draft: frozenset({WarningStatus.published, WarningStatus.withdrawn}),
    WarningStatus.published: frozenset({WarningStatus.expired, WarningStatus.withdrawn}),
    WarningStatus.expired: frozenset({WarningStatus.published}),
    WarningStatus.withdrawn: frozenset(),
}
PUBLIC_STATUSES = (WarningStatus.published, WarningStatus.expired)


def require_write(principal: Principal) -> None:
    if principal.kind == "token":
        principal.require_scope("warnings:write")
    else:
        principal.require("operate")


def _clean_indicators(data: Indicators, examples: list[str]) -> dict[str, Any]:
    domains = {d for d in (link_domain(x) for x in [*data.domains, *data.urls]) if d}
    fps = sorted({k for text in examples for k in fingerprint.band_keys(text)})
    return {
        "domains": sorted(domains),
        "urls": sorted(set(data.urls)),
        "sender_ids": sorted({s.strip() for s in data.sender_ids}),
        "phones": sorted({e for e in (normalise_phone(p) for p in data.phones) if e}),
        "fingerprints": fps,
    }


def _search_text(w: ScamWarning) -> str:
    parts = [*w.title.values(), *w.summary.values(), *w.advice.values(), *w.examples]
    parts += [*w.indicators.get("domains", []), *w.indicators.get("sender_ids", [])]
    return " ".join(str(p) for p in parts).lower()


def _snapshot(session: Session, w: ScamWarning, *, change: str, actor: Principal | None) -> None:
    w.search_text = _search_text(w)
    session.flush()
    snap = {
        "title": w.title,
        "summary": w.summary,
        "advice": w.advice,
        "channels": w.channels,
        "examples": w.examples,
        "indicators": w.indicators,
        "valid_from": w.valid_from.isoformat() if w.valid_from else None,
        "valid_until": w.valid_until.isoformat() if w.valid_until else None,
    }
    session.add(
        WarningVersion(
            warning_id=w.id,
            version=w.version,
            status=w.status,
            change=change,
            snapshot=snap,
            actor_id=str(actor.id) if actor else None,
        )
    )
    audit.record(
        session,
        action=f"warning.{change}",
        actor_type=actor.kind if actor else "system",
        actor_id=actor.id if actor else None,
        organisation_id=w.organisation_id,
        object_type="warning",
        object_id=w.id,
        details={"version": w.version, "status": w.status},
    )
    _index(session, w)
    event = _EVENTS.get(change)
    if change == "update" and w.status != WarningStatus.published:
        event = None
    if change == "withdrawn" and w.published_at is None:
        event = None
    if event:
        push.enqueue(session, warning=w, event=event)


_EVENTS = {
    "published": "warning.published",
    "update": "warning.updated",
    "expired": "warning.expired",
    "withdrawn": "warning.withdrawn",
}


def _index(session: Session, w: ScamWarning) -> None:
    """Rebuild the look-up keys; only published warnings have any."""
    session.execute(sa.delete(WarningIndicator).where(WarningIndicator.warning_id == w.id))
    if w.status != WarningStatus.published:
        return
    keys = set(w.indicators.get("fingerprints", []))
    keys |= {f"domain:{d}" for d in w.indicators.get("domains", [])}
    keys |= {f"sender:{s.lower()}" for s in w.indicators.get("sender_ids", [])}
    keys |= {f"phone:{p}" for p in w.indicators.get("phones", [])}
    session.add_all(WarningIndicator(warning_id=w.id, key=k[:300]) for k in sorted(keys))


def _redact_examples(
    session: Session, examples: list[str], organisation_id: uuid.UUID
) -> list[str]:
    policy = registry.redaction_policy(session, organisation_id=organisation_id)
    return [r.text for r in redact_many([without_controls(e) for e in examples], policy)]


# Advice keeps phone numbers and e-mail addresses: it is where an organisation gives its
# own official lines ("ring til os på ..."); identifiers of a person go everywhere.
_ADVICE_KEEPS = frozenset({"PHONE", "EMAIL"})


def public_texts(
    session: Session,
    texts: dict[str, str],
    organisation_id: uuid.UUID,
    *,
    advice: bool = False,
) -> dict[str, str]:
    """A bilingual field as published: control characters out (they made the Atom feed
    invalid XML for every tenant) and personal data redacted (issue 17): a CPR, card or
    phone number in a title or summary was published on pages and feeds. The organisation's
    own published postal addresses stay (``registry.redaction_policy``)."""
    entities = frozenset(r.entity for r in REGISTRY) - _ADVICE_KEEPS if advice else None
    policy = registry.redaction_policy(session, organisation_id=organisation_id, entities=entities)
    return {lang: redact(without_controls(text), policy).text for lang, text in texts.items()}


def create_warning(session: Session, *, principal: Principal, data: WarningCreate) -> ScamWarning:
    require_write(principal)
    examples = _redact_examples(session, data.examples, principal.organisation_id)
    w = ScamWarning(
        organisation_id=principal.organisation_id,
        status=WarningStatus.draft,
        version=1,
        title=public_texts(session, data.title.model_dump(), principal.organisation_id),
        summary=public_texts(session, data.summary.model_dump(), principal.organisation_id),
        advice=public_texts(
            session, data.advice.model_dump(), principal.organisation_id, advice=True
        ),
        channels=[c.value for c in data.channels],
        examples=examples,
        indicators=_clean_indicators(data.indicators, examples),
        valid_from=data.valid_from,
        valid_until=data.valid_until,
    )
    session.add(w)
    _snapshot(session, w, change="create", actor=principal)
    return w


def get_warning(
    session: Session, *, organisation_id: uuid.UUID, warning_id: uuid.UUID
) -> ScamWarning:
    w = session.get(ScamWarning, warning_id)
    if w is None or w.organisation_id != organisation_id:
        raise NotFound("No such warning.")
    return w


def warnings_query(*, organisation_id: uuid.UUID, status: str | None = None) -> sa.Select[Any]:
    q = sa.select(ScamWarning).where(ScamWarning.organisation_id == organisation_id)
    if status:
        q = q.where(ScamWarning.status == status)
    return q.order_by(ScamWarning.updated_at.desc(), ScamWarning.id)


def list_warnings(
    session: Session, *, organisation_id: uuid.UUID, status: str | None = None
) -> list[ScamWarning]:
    return list(session.scalars(warnings_query(organisation_id=organisation_id, status=status)))


def update_warning(
    session: Session, *, principal: Principal, warning_id: uuid.UUID, data: WarningUpdate
) -> ScamWarning:
    require_write(principal)
    w = get_warning(session, organisation_id=principal.organisation_id, warning_id=warning_id)
    if w.status == WarningStatus.withdrawn:
        raise Conflict("A withdrawn warning cannot be changed.")
    fields = data.model_dump(exclude_unset=True)
    for name in ("title", "summary", "advice"):
        if data.model_fields_set & {name} and getattr(data, name) is not None:
            texts = getattr(data, name).model_dump()
            setattr(
                w, name, public_texts(session, texts, w.organisation_id, advice=name == "advice")
            )
    if data.channels is not None:
        w.channels = [c.value for c in data.channels]
    if data.examples is not None:
        w.examples = _redact_examples(session, data.examples, w.organisation_id)
    if data.indicators is not None or data.examples is not None:
        current = Indicators.model_validate(
            {k: w.indicators.get(k, []) for k in ("domains", "urls", "sender_ids", "phones")}
        )
        w.indicators = _clean_indicators(data.indicators or current, w.examples)
    for name in ("valid_from", "valid_until"):
        if name in fields:
            setattr(w, name, fields[name])
    if w.valid_from and w.valid_until and w.valid_until <= w.valid_from:
        raise Invalid("valid_until must be after valid_from.")
    w.version += 1
    w.updated_at = utcnow()
    _snapshot(session, w, change="update", actor=principal)
    return w


def transition(
    session: Session,
    *,
    principal: Principal | None,
    warning: ScamWarning,
    to: WarningStatus,
    now: datetime | None = None,
) -> ScamWarning:
    if principal is not None:
        require_write(principal)
    if to not in TRANSITIONS[warning.status]:
        raise Conflict(f"A {warning.status} warning cannot become {to}.")
    now = now or utcnow()
    warning.status = to
    warning.version += 1
    warning.updated_at = now
    if to == WarningStatus.published:
        warning.published_at = now
        if warning.valid_until and warning.valid_until <= now:
            warning.valid_until = None
    elif to == WarningStatus.expired and (not warning.valid_until or warning.valid_until > now):
        warning.valid_until = now
    _snapshot(session, warning, change=to.value, actor=principal)
    return warning


def set_status(
    session: Session, *, principal: Principal, warning_id: uuid.UUID, to: WarningStatus
) -> ScamWarning:
    w = get_warning(session, organisation_id=principal.organisation_id, warning_id=warning_id)
    return transition(session, principal=principal, warning=w, to=to)


def versions(session: Session, *, warning: ScamWarning) -> list[WarningVersion]:
    return list(
        session.scalars(
            sa.select(WarningVersion)
            .where(WarningVersion.warning_id == warning.id)
            .order_by(WarningVersion.version.desc())
        )
    )


def expire_due(session: Session, *, now: datetime | None = None) -> dict[str, int]:
    """Expire published warnings whose validity has ended; one failure never stops the rest."""
    now = now or utcnow()
    due = session.scalars(
        sa.select(ScamWarning).where(
            ScamWarning.status == WarningStatus.published,
            ScamWarning.valid_until.is_not(None),
            ScamWarning.valid_until <= now,
        )
    ).all()
    done = failed = 0
    for w in due:
        try:
            with session.begin_nested():
                transition(session, principal=None, warning=w, to=WarningStatus.expired, now=now)
            done += 1
        except Exception:
            failed += 1
    return {"expired": done, "failed": failed}


# --- public side -------------------------------------------------------------------------


def public_warnings(
    session: Session,
    *,
    organisation_id: uuid.UUID | None = None,
    query: str | None = None,
    include_expired: bool = False,
    limit: int = 100,
) -> list[ScamWarning]:
    statuses = PUBLIC_STATUSES if include_expired else (WarningStatus.published,)
    q = sa.select(ScamWarning).where(ScamWarning.status.in_(statuses))
    if organisation_id is not None:
        q = q.where(ScamWarning.organisation_id == organisation_id)
    for term in (query or "").lower().split()[:8]:
        q = q.where(ScamWarning.search_text.contains(term, autoescape=True))
    return list(session.scalars(q.order_by(ScamWarning.published_at.desc()).limit(limit)))


def public_warning(session: Session, *, warning_id: uuid.UUID) -> ScamWarning:
    w = session.get(ScamWarning, warning_id)
    if w is None or w.status not in PUBLIC_STATUSES:
        raise NotFound("No such warning.")
    return w


@dataclass(frozen=True)
class FeedStamp:
    """What a feed's validator is made of: its public warnings' count, the sum of their
    versions and their newest change. Every edit and transition adds one to a version, so
    the sum changes even when a server's clock puts ``updated_at`` behind the newest one."""

    count: int
    versions: int
    latest: datetime | None

    def etag(self) -> tuple[str, datetime]:
        """The weak validator and the Last-Modified date of the feed."""
        latest = self.latest or datetime(2026, 1, 1, tzinfo=utcnow().tzinfo)
        if latest.tzinfo is None:
            latest = latest.replace(tzinfo=utcnow().tzinfo)
        return f'W/"{self.count}-{self.versions}-{int(latest.timestamp() * 1000)}"', latest


def feed_stamp_query() -> sa.Select[int, int, datetime | None]:
    """The stamp of all public warnings; callers narrow it to one organisation."""
    return sa.select(
        sa.func.count(ScamWarning.id),
        sa.func.coalesce(sa.func.sum(ScamWarning.version), 0),
        sa.func.max(ScamWarning.updated_at),
    ).where(ScamWarning.status.in_(PUBLIC_STATUSES))


def feed_version(session: Session, *, organisation_id: uuid.UUID | None) -> tuple[str, datetime]:
    """A validator for conditional GET: changes whenever any public warning changes."""
    q = feed_stamp_query()
    if organisation_id is not None:
        q = q.where(ScamWarning.organisation_id == organisation_id)
    count, versions, latest = session.execute(q).one()
    return FeedStamp(int(count), int(versions), latest).etag()


def organisation_by_slug(session: Session, slug: str) -> Organisation:
    org = session.scalar(sa.select(Organisation).where(Organisation.slug == slug))
    if org is None:
        raise NotFound("No such organisation.")
    return org


# --- matching for the message check --------------------------------------------------------


@dataclass(frozen=True)
class WarningMatch:
    warning_id: uuid.UUID
    organisation_id: uuid.UUID
    title: dict[str, Any]
    path: str
    matched: tuple[str, ...]  # indicator kinds that matched: domain, sender, phone, text


KEY_KINDS = frozenset({"fp", "domain", "sender", "phone"})


def message_keys(
    *,
    text: str,
    link_domains: list[str],
    sender: str | None,
    phones: Callable[[], Iterable[str]],
    kinds: frozenset[str] = KEY_KINDS,
    text_links: Sequence[Link] | None = None,
) -> set[str]:
    """The indicator keys a checked message could match (see ``_index``), of ``kinds``
    only: the text's fingerprint and its phone numbers (``phones`` is called for them)
    cost more than the rest and are skipped when no warning could match them.
    ``text_links``: ``links(text)``, when the caller has them already."""
    keys = set(fingerprint.band_keys(text, text_links)) if "fp" in kinds else set()
    keys |= {f"domain:{d}" for d in (link_domain(x) for x in link_domains) if d}
    numbers = [sender] if sender else []
    if sender and sender.strip():
        keys.add(f"sender:{sender.strip().lower()}")
    if "phone" in kinds:
        numbers += phones()
    keys |= {f"phone:{e}" for e in (normalise_phone(p) for p in numbers) if e}
    return keys


def _matches(
    hits_by_key: list[tuple[uuid.UUID, str]], warnings: dict[uuid.UUID, WarningMatch]
) -> list[WarningMatch]:
    hits: dict[uuid.UUID, set[str]] = {}
    for warning_id, key in hits_by_key:
        kind = key.split(":", 1)[0]
        hits.setdefault(warning_id, set()).add("text" if kind == "fp" else kind)
    out = [
        WarningMatch(
            warning_id=w.warning_id,
            organisation_id=w.organisation_id,
            title=w.title,
            path=w.path,
            matched=tuple(sorted(kinds)),
        )
        for warning_id, kinds in hits.items()
        if (w := warnings.get(warning_id)) is not None
    ]
    # By the id's number: the order of its text (fixed-width hex), without writing it out.
    return sorted(out, key=lambda m: (-len(m.matched), m.warning_id.int))


def _match_of(w: ScamWarning) -> WarningMatch:
    return WarningMatch(
        warning_id=w.id,
        organisation_id=w.organisation_id,
        title=w.title,
        path=f"/warnings/{w.id}",
        matched=(),
    )


def match_warnings(
    session: Session,
    *,
    text: str,
    link_domains: list[str],
    sender: str | None,
    phones: Callable[[], Iterable[str]],
) -> list[WarningMatch]:
    """Published warnings whose indicators or text fingerprint match a checked message."""
    keys = message_keys(text=text, link_domains=link_domains, sender=sender, phones=phones)
    if not keys:
        return []
    rows = session.execute(
        sa.select(WarningIndicator.warning_id, WarningIndicator.key).where(
            WarningIndicator.key.in_(sorted(keys))
        )
    ).all()
    published: dict[uuid.UUID, WarningMatch] = {}
    for warning_id in {r[0] for r in rows}:
        w = session.get(ScamWarning, warning_id)
        if w is not None and w.status == WarningStatus.published:
            published[w.id] = _match_of(w)
    return _matches([(r[0], r[1]) for r in rows], published)


@dataclass(frozen=True)
class PublishedIndex:
    """Every published warning's look-up keys, loaded once: ``match`` answers what
    ``match_warnings`` answers for the database state it was loaded from."""

    by_key: dict[str, tuple[uuid.UUID, ...]]
    warnings: dict[uuid.UUID, WarningMatch]
    kinds: frozenset[str]  # the kinds of key (``fp``, ``phone`` …) any warning has

    def match(
        self,
        *,
        text: str,
        link_domains: list[str],
        sender: str | None,
        phones: Callable[[], Iterable[str]],
        text_links: Sequence[Link] | None = None,
    ) -> list[WarningMatch]:
        if not self.by_key:
            return []
        keys = message_keys(
            text=text,
            link_domains=link_domains,
            sender=sender,
            phones=phones,
            kinds=self.kinds,
            text_links=text_links,
        )
        found = [(wid, key) for key in keys for wid in self.by_key.get(key, ())]
        return _matches(found, self.warnings) if found else []


def published_index(session: Session) -> PublishedIndex:
    """Load the look-up keys of every published warning (two queries)."""
    published = sa.select(ScamWarning).where(ScamWarning.status == WarningStatus.published)
    warnings = {w.id: _match_of(w) for w in session.scalars(published)}
    by_key: dict[str, list[uuid.UUID]] = {}
    rows = session.execute(sa.select(WarningIndicator.warning_id, WarningIndicator.key))
    for warning_id, key in rows:
        if warning_id in warnings:
            by_key.setdefault(key, []).append(warning_id)
    kinds = frozenset(key.split(":", 1)[0] for key in by_key)
    return PublishedIndex({k: tuple(v) for k, v in by_key.items()}, warnings, kinds)
