"""Campaign grouping: a report joins the campaign that owns any of its grouping keys (LSH
bands of its text, link domains, sender, calling number) or starts one. The keys live in
``campaign_keys`` under a unique index, so finding a report's campaign is a key look-up,
not a scan; a batch reads its keys in one query per 500 and resolves the rest in memory.

Sender and calling-number keys are keyed HMACs (server pepper, separated per
organisation), never the sender itself: a key only has to be equal for equal senders,
and the number may be a hijacked person's."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from vaern.db import Base, utcnow
from vaern.reports.models import Campaign, CampaignKey, CampaignStatus
from vaern.security import keyed_hash
from vaern.text.fingerprint import band_keys_many
from vaern.text.phones import normalise_phone

MAX_EXAMPLES = 5
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
# What ``reference`` makes: a report's (R) or campaign's (C) reference.
REFERENCE = re.compile(rf"\b[RC]-[{_ALPHABET}]{{10}}\b")
_T = TypeVar("_T")


def reference(prefix: str) -> str:
    # 32 symbols: a random byte modulo 32 is uniform.
    return prefix + "-" + "".join(_ALPHABET[b % 32] for b in secrets.token_bytes(10))


def sender_key(organisation_id: uuid.UUID, sender: str) -> str:
    """The grouping key of a sender ID, address or calling number: a keyed HMAC."""
    if sum(ch.isdigit() for ch in sender) >= 6:
        kind, value = "phone", normalise_phone(sender) or sender.strip()
    else:
        kind, value = "sender", sender.strip().lower()
    return f"{kind}#" + keyed_hash(value, purpose=f"campaign-key:{organisation_id}:{kind}")[:40]


def grouping_keys(
    *, organisation_id: uuid.UUID, bands: list[str], link_domains: list[str], sender: str | None
) -> list[str]:
    """A report's grouping keys: its text's LSH bands plus its indicators."""
    keys = list(bands)
    keys += [f"domain:{d}" for d in link_domains]
    if sender and sender.strip():
        keys.append(sender_key(organisation_id, sender))
    return sorted(set(keys))


def chunks(values: Sequence[_T], size: int = 500) -> Iterator[Sequence[_T]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def group(session: Session, rows: list[dict[str, Any]]) -> None:
    """Set each row's campaign: join the campaign owning any of its keys (the biggest if
    several) or start one; keys no campaign had yet become its own. The key index for
    the batch is read from the stored keys in one look-up per 500 keys, then kept in
    memory so reports in the same batch find each other."""
    bands = band_keys_many([r["text"] for r in rows])
    keys = [
        grouping_keys(
            organisation_id=r["organisation_id"],
            bands=b,
            link_domains=r["link_domains"],
            sender=r["sender"],
        )
        for b, r in zip(bands, rows, strict=True)
    ]
    index: dict[tuple[uuid.UUID, str], uuid.UUID] = {}
    for org_id in {r["organisation_id"] for r in rows}:
        org_keys = sorted(
            {
                k
                for r, ks in zip(rows, keys, strict=True)
                for k in ks
                if r["organisation_id"] == org_id
            }
        )
        for chunk in chunks(org_keys):
            for key, cid in session.execute(
                sa.select(CampaignKey.key, CampaignKey.campaign_id).where(
                    CampaignKey.organisation_id == org_id, CampaignKey.key.in_(chunk)
                )
            ):
                index[(org_id, key)] = cid
    campaigns = _load_campaigns(session, set(index.values()))
    new_keys: list[dict[str, Any]] = []
    for row, row_keys in zip(rows, keys, strict=True):
        org_id = row["organisation_id"]
        owners = {campaigns[index[(org_id, k)]] for k in row_keys if (org_id, k) in index}
        if owners:
            campaign = max(owners, key=lambda c: (c.report_count, -c.first_seen.timestamp()))
        else:
            campaign = Campaign(
                id=uuid.uuid4(),
                organisation_id=org_id,
                reference=reference("C"),
                status=CampaignStatus.open,
                first_seen=row["received_at"],
                last_seen=row["received_at"],
                report_count=0,
                indicators={"domains": [], "senders": [], "phones": []},
                examples=[],
                channels=[],
            )
            session.add(campaign)
            campaigns[campaign.id] = campaign
        absorb(
            campaign,
            text=row["text"],
            sender=row["sender"],
            link_domains=row["link_domains"],
            channel=row["channel"],
            received_at=row["received_at"],
        )
        row["campaign_id"] = campaign.id
        for k in row_keys:
            if (org_id, k) not in index:
                index[(org_id, k)] = campaign.id
                new_keys.append(
                    {
                        "id": uuid.uuid4(),
                        "organisation_id": org_id,
                        "key": k,
                        "campaign_id": campaign.id,
                    }
                )
    session.flush()
    if new_keys:
        # A key a concurrent batch claimed first stays with that campaign.
        session.execute(_insert_ignore(session, CampaignKey), new_keys)


def _load_campaigns(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Campaign]:
    """The campaigns by id, locked for this transaction on PostgreSQL so concurrent
    batches do not lose each other's counts; a merged one stands for its target."""
    found: dict[uuid.UUID, Campaign] = {}
    todo = set(ids)
    while todo:
        for chunk in chunks(sorted(todo)):
            for c in session.scalars(
                sa.select(Campaign)
                .where(Campaign.id.in_(chunk))
                .order_by(Campaign.id)
                .with_for_update()
            ):
                found[c.id] = c
        todo = {c.merged_into_id for c in found.values() if c.merged_into_id} - found.keys()

    def live(c: Campaign) -> Campaign:
        while c.merged_into_id is not None and c.merged_into_id in found:
            c = found[c.merged_into_id]
        return c

    return {cid: live(c) for cid, c in found.items()}


def _insert_ignore(session: Session, model: type[Base]) -> sa.Insert:
    table = cast(sa.Table, model.__table__)
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()


def absorb(
    campaign: Campaign,
    *,
    text: str,
    sender: str | None,
    link_domains: list[str],
    channel: str,
    received_at: datetime,
) -> None:
    campaign.report_count += 1
    campaign.first_seen = min(campaign.first_seen, received_at)
    campaign.last_seen = max(campaign.last_seen, received_at)
    ind = campaign.indicators
    added = {"domains": [d for d in link_domains if d not in ind.get("domains", [])]}
    if sender:
        kind = "phones" if sum(c.isdigit() for c in sender) >= 6 else "senders"
        value = (normalise_phone(sender) or sender.strip()) if kind == "phones" else sender
        if value not in ind.get(kind, []):
            added[kind] = [value]
    if any(added.values()):
        campaign.indicators = {k: [*ind.get(k, []), *added.get(k, [])] for k in {*ind, *added}}
    if len(campaign.examples) < MAX_EXAMPLES and text not in campaign.examples:
        campaign.examples = [*campaign.examples, text]
    if channel not in campaign.channels:
        campaign.channels = [*campaign.channels, channel]
    campaign.updated_at = utcnow()
