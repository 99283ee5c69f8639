"""Recording outbound messages and calls, and looking them up. Old records are deleted by
the daily retention job (the ``outbound_records`` category in ``outbound/privacy.py``)
after ``retention_days``."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from psycopg.types.json import Json
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.db import utcnow
from vaern.errors import Invalid
from vaern.i18n import N_
from vaern.orgs.access import Principal
from vaern.outbound.models import OutboundRecord, OutboundRetention
from vaern.outbound.schemas import BatchResult, ItemResult, LookupResult, OutboundItem
from vaern.privacy import audit, restriction, vault
from vaern.privacy.models import SubjectIdentifier
from vaern.registry.models import Channel
from vaern.registry.normalise import normalise_domain, normalise_sender_id
from vaern.text import fingerprint
from vaern.text.phones import valid_phone

CLOCK_SKEW = timedelta(minutes=5)
NEAR_THRESHOLD = 0.5
KIND_RANK = {"exact": 4, "template": 3, "near": 2, "recipient": 1}


def retention_days(session: Session, *, organisation_id: uuid.UUID) -> int:
    """The organisation's period, else the default; a period stored before the floor
    existed (issue 17) counts as the floor."""
    row = session.get(OutboundRetention, organisation_id)
    return max(row.days if row else settings().outbound_retention_days, RETENTION_FLOOR_DAYS)


# The shortest retention anyone may set: "did you send me this?" usually comes within days
# of the message; a shorter log would purge the answer before the question (a token set
# 1 day and the purge deleted the records, issue 17).
RETENTION_FLOOR_DAYS = 7
RETENTION_TOO_SHORT = N_("The outbound log must be kept for at least 7 days.")


def set_retention_days(
    session: Session, *, organisation_id: uuid.UUID, days: int, actor: Principal | None = None
) -> None:
    """Change the retention; an administrator's decision (privacy:admin for tokens),
    audited with the old and new value."""
    if actor is not None:
        actor.require("admin")
        actor.require_scope("privacy:admin")
    if days < RETENTION_FLOOR_DAYS:
        raise Invalid(RETENTION_TOO_SHORT)
    before = retention_days(session, organisation_id=organisation_id)
    row = session.get(OutboundRetention, organisation_id)
    if row is None:
        session.add(OutboundRetention(organisation_id=organisation_id, days=days))
    else:
        row.days = days
    audit.record(
        session,
        action="outbound.retention.set",
        actor_type=actor.kind if actor else "system",
        actor_id=actor.id if actor else None,
        organisation_id=organisation_id,
        object_type="outbound_retention",
        object_id=organisation_id,
        details={"from": before, "to": days},
    )
    session.flush()


@dataclass
class _Senders:
    """The organisation's channels that may send, by outbound channel: value -> partner."""

    sms: dict[str, str | None]
    email: dict[str, str | None]
    call: dict[str, str | None]


def _senders(session: Session, organisation_id: uuid.UUID) -> _Senders:
    out = _Senders({}, {}, {})
    rows = session.execute(
        sa.select(Channel.kind, Channel.value, Channel.partner).where(
            Channel.organisation_id == organisation_id
        )
    )
    for kind, value, partner in rows:
        if kind == "sms_sender":
            out.sms[value] = partner
        elif kind == "email_domain":
            out.email[value] = partner
        elif kind == "phone":
            out.sms[value] = partner
            out.call[value] = partner
    return out


def _sender(item: OutboundItem, senders: _Senders) -> tuple[str, str | None]:
    """The normalised sender and its partner; ValueError with the reason if not ours."""
    raw = item.sender.strip()
    candidates: list[str] = []
    if item.channel == "email":
        candidates.append(normalise_domain(raw.rsplit("@", 1)[-1]))
        table = senders.email
    else:
        table = senders.call if item.channel == "call" else senders.sms
        # The cheap sender-id form first; phone parsing only when that does not match.
        for normalise in (normalise_sender_id, valid_phone):
            try:
                value = normalise(raw)
            except ValueError:
                continue
            if value in table:
                return value, table[value]
            candidates.append(value)
    for value in candidates:
        if value in table:
            return value, table[value]
    raise ValueError(
        f"sender '{raw}' is not a registered {item.channel} channel of the organisation"
    )


def _recipient_index(channel: str, recipient: str, organisation_id: uuid.UUID) -> str:
    if channel == "email":
        if "@" not in recipient:
            raise ValueError("recipient is not an e-mail address")
        return vault.blind_index("email", recipient, organisation_id=organisation_id)
    try:
        e164 = valid_phone(recipient)
    except ValueError as exc:
        raise ValueError("recipient is not a valid phone number") from exc
    return vault.blind_index("phone", e164, organisation_id=organisation_id)


def _row(
    item: OutboundItem,
    senders: _Senders,
    organisation_id: uuid.UUID,
    earliest: datetime,
    now: datetime,
) -> dict[str, Any]:
    if item.sent_at > now + CLOCK_SKEW:
        raise ValueError("sent_at is in the future")
    if item.sent_at < earliest:
        raise ValueError("sent_at is older than the organisation's retention period")
    sender, partner = _sender(item, senders)
    row: dict[str, Any] = {
        "id": uuid.uuid4(),
        "organisation_id": organisation_id,
        "client_id": item.client_id,
        "channel": item.channel,
        "sender": sender,
        "partner": partner,
        "recipient_index": _recipient_index(item.channel, item.recipient, organisation_id),
        "sent_at": item.sent_at,
        "template_id": item.template_id,
        "purpose": item.purpose,
        "text_hash": item.text_sha256,
        "template_hash": None,
        "sketch": None,
        "link_domains": [],
        "created_at": now,
    }
    if item.text is not None:
        row.update(fingerprint.fingerprints(item.text))
    return row


_TABLE = cast(sa.Table, OutboundRecord.__table__)
_NAMES = tuple(c.name for c in _TABLE.columns)
_COLUMNS = ", ".join(_NAMES)  # from the model, never from input
_MOVE_STAGED = (
    "WITH batch AS (DELETE FROM outbound_staging RETURNING *) "  # noqa: S608
    f"INSERT INTO outbound_records ({_COLUMNS}) SELECT {_COLUMNS} FROM batch "
    "ON CONFLICT (organisation_id, client_id) DO NOTHING RETURNING client_id"
)


def _insert_new(session: Session, rows: list[dict[str, Any]]) -> set[str]:
    """Write a batch in the session's transaction, skipping client ids the organisation
    already has (from an earlier or a concurrent batch); returns the client ids written.

    PostgreSQL: COPY into a session-local staging table, then one INSERT … ON CONFLICT
    from it. COPY spares the server a thousand statements per batch, and the conflict
    clause replaces a look-up of known client ids whose plan degrades on a fast-growing
    table with stale statistics."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        statement = (
            sqlite_insert(_TABLE)
            .on_conflict_do_nothing(index_elements=["organisation_id", "client_id"])
            .returning(_TABLE.c.client_id)
        )
        return set(connection.execute(statement, rows).scalars())
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.execute(
        "CREATE TEMP TABLE IF NOT EXISTS outbound_staging (LIKE outbound_records) "
        "ON COMMIT DELETE ROWS"
    )
    with cursor.copy(f"COPY outbound_staging ({_COLUMNS}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([Json(row[c]) if c == "link_domains" else row[c] for c in _NAMES])
    cursor.execute(_MOVE_STAGED)
    return {client_id for (client_id,) in cursor.fetchall()}


def ingest(
    session: Session,
    *,
    principal: Principal,
    items: Sequence[OutboundItem],
    now: datetime | None = None,
) -> BatchResult:
    """Record a batch; each item is accepted, a duplicate (a client id the organisation
    already has), or rejected with the reason. Accepted items go in one bulk write."""
    now = now or utcnow()
    org_id = principal.organisation_id
    senders = _senders(session, org_id)
    earliest = now - timedelta(days=retention_days(session, organisation_id=org_id))
    results: dict[str, ItemResult] = {}
    rows: list[dict[str, Any]] = []
    for item in items:
        if item.client_id in results:  # repeated within the batch: the first one counts
            continue
        try:
            row = _row(item, senders, org_id, earliest, now)
        except ValueError as exc:
            results[item.client_id] = ItemResult(
                client_id=item.client_id, status="rejected", reason=str(exc)
            )
            continue
        rows.append(row)
        results[item.client_id] = ItemResult(
            client_id=item.client_id, status="accepted", id=row["id"]
        )
    written = _insert_new(session, rows) if rows else set()
    # Whatever was not written now may be stored already: then it is a duplicate, even
    # if it would be rejected today (a retry after the retention window moved on).
    unwritten = [c for c, r in results.items() if c not in written]
    if unwritten:
        stored = session.execute(
            sa.select(OutboundRecord.client_id, OutboundRecord.id).where(
                OutboundRecord.organisation_id == org_id,
                OutboundRecord.client_id.in_(unwritten),
            )
        )
        for client_id, record_id in stored:
            results[client_id] = ItemResult(client_id=client_id, status="duplicate", id=record_id)
    ordered = [
        results[i.client_id]
        if n == first
        else ItemResult(client_id=i.client_id, status="duplicate", id=results[i.client_id].id)
        for n, i, first in _with_first_index(items)
    ]
    counts = {
        s: sum(1 for r in ordered if r.status == s) for s in ("accepted", "duplicate", "rejected")
    }
    kind, ident = principal.actor
    audit.record(
        session,
        action="outbound.ingest",
        actor_type=kind,
        actor_id=ident,
        organisation_id=org_id,
        object_type="outbound_batch",
        details=counts,
    )
    return BatchResult(
        accepted=counts["accepted"],
        duplicates=counts["duplicate"],
        rejected=counts["rejected"],
        items=ordered,
    )


def _with_first_index(
    items: Sequence[OutboundItem],
) -> list[tuple[int, OutboundItem, int]]:
    """Each item with its position and the position of the first item with its client id."""
    first: dict[str, int] = {}
    return [(n, i, first.setdefault(i.client_id, n)) for n, i in enumerate(items)]


def _kind(record: OutboundRecord, fp: dict[str, Any] | None) -> tuple[str, float | None]:
    if fp is None:
        return "recipient", None
    if record.text_hash and record.text_hash == fp["text_hash"]:
        return "exact", 1.0
    if record.template_hash and record.template_hash == fp["template_hash"]:
        return "template", None
    if record.sketch:
        score = fingerprint.similarity(record.sketch, fp["sketch"])
        if score >= NEAR_THRESHOLD:
            return "near", score
    return "recipient", None


def answer(match: str, *, channel: str, text_given: bool) -> str:
    """What a look-up means for the agent on the phone with the customer.

    A call carries no text, so a logged call to the number is a plain yes ("called"), and
    so is a message when no text was given to compare ("contacted"); only a message whose
    text was given and differs is "other_text" (the customer's message may be a fake).
    """
    if match in ("exact", "template", "near"):
        return "matching"
    if match == "recipient":
        if channel == "call":
            return "called"
        return "other_text" if text_given else "contacted"
    return "none"


def _ensure_not_restricted(
    session: Session, organisation_id: uuid.UUID, channel: str, index: str
) -> None:
    """Matching a restricted person's records (GDPR art. 18) is refused: the recipient
    index is the vault's index of the person's phone or e-mail."""
    subject_ids = session.scalars(
        sa.select(SubjectIdentifier.subject_id).where(
            SubjectIdentifier.organisation_id == organisation_id,
            SubjectIdentifier.kind == ("email" if channel == "email" else "phone"),
            SubjectIdentifier.blind_index == index,
        )
    ).all()
    if restriction.restricted_ids(
        session, organisation_id=organisation_id, subject_ids=subject_ids
    ):
        raise restriction.Restricted()


def lookup(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    recipient: str,
    channel: str,
    around: datetime,
    text: str | None = None,
    window: timedelta = timedelta(hours=72),
    actor: Principal | None = None,
) -> LookupResult:
    """Did the organisation (or a partner) send ``recipient`` a matching message or call
    near ``around``? The best text match wins, then the nearest in time."""
    try:
        index = _recipient_index(channel, recipient, organisation_id)
    except ValueError:
        return LookupResult(match="none")
    if actor is not None:  # staff or a system; the public check is the person's own
        _ensure_not_restricted(session, organisation_id, channel, index)
    records = session.scalars(
        sa.select(OutboundRecord)
        .where(
            OutboundRecord.organisation_id == organisation_id,
            OutboundRecord.recipient_index == index,
            OutboundRecord.sent_at.between(around - window, around + window),
            OutboundRecord.channel == channel,
        )
        .limit(500)
    )
    fp = fingerprint.fingerprints(text) if text is not None else None
    best: tuple[int, float, OutboundRecord, str, float | None] | None = None
    for record in records:
        kind, score = _kind(record, fp)
        delta = abs((record.sent_at - around).total_seconds())
        key = (KIND_RANK[kind], -delta)
        if best is None or key > (best[0], -best[1]):
            best = (KIND_RANK[kind], delta, record, kind, score)
    if actor is not None:
        kind_, ident = actor.actor
        audit.record(
            session,
            action="outbound.lookup",
            actor_type=kind_,
            actor_id=ident,
            organisation_id=organisation_id,
            object_type="outbound_record",
            object_id=str(best[2].id) if best else None,
            details={"channel": channel, "found": best is not None},
        )
    if best is None:
        return LookupResult(match="none")
    _, _, record, kind, score = best
    return LookupResult(
        match=kind,
        time_difference_seconds=(record.sent_at - around).total_seconds(),
        sent_at=record.sent_at,
        sender=record.sender,
        partner=record.partner,
        template_id=record.template_id,
        similarity=score,
        link_domains=list(record.link_domains),
    )


CHANNELS_FOR = {"phone": ("sms", "call"), "email": ("email",)}


def contact_lookup(
    session: Session,
    *,
    organisation_id: uuid.UUID,
    identifiers: dict[str, list[str]],
    since: datetime,
    until: datetime,
) -> dict[str, Any]:
    """Every channel a customer's numbers and addresses could have been reached on."""
    around = since + (until - since) / 2
    window = (until - since) / 2
    matches: list[dict[str, Any]] = []
    for kind, values in identifiers.items():
        for value in values:
            for channel in CHANNELS_FOR.get(kind, ()):
                result = lookup(
                    session,
                    organisation_id=organisation_id,
                    recipient=value,
                    channel=channel,
                    around=around,
                    window=window,
                )
                if result.match != "none":
                    found = result.model_dump(mode="json", exclude={"link_domains"})
                    matches.append({"channel": channel, **found})
    return {"contacted": bool(matches), "matches": matches, "lookup_id": None}
