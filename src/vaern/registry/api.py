"""JSON API: channels and policy (token scope channels:write) and the public directory."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from vaern.orgs.access import Principal
from vaern.orgs.deps import require_scope
from vaern.registry import directory, service
from vaern.registry.directory import DirectoryEntry, DirectorySummary
from vaern.registry.schemas import ChannelCreate, ChannelRead, Policy, PolicyRead
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.pagination import Page, PageParams, page_of

router = APIRouter(prefix="/api/v1", tags=["channels and policy"], route_class=UnitOfWorkRoute)


@router.get(
    "/orgs",
    response_model=Page[DirectorySummary],
    summary="Organisations in the public directory (public, paginated)",
    description="Every organisation scammers pretend to be, members and not. `q` searches "
    "names, aliases, domains, SMS sender IDs and phone numbers.",
)
def list_orgs(session: DB, params: PageParams, q: str = "") -> Page[DirectorySummary]:
    # The directory is built in memory (the curated file merged with members' profiles).
    rows = directory.search(session, query=q)
    window = rows[params.offset : params.offset + params.limit]
    return page_of([directory.summary(e) for e in window], len(rows), params)


@router.get(
    "/orgs/{slug}/policy",
    response_model=DirectoryEntry,
    summary="How an organisation contacts you, and how it never does (public)",
)
def get_public_policy(slug: str, session: DB) -> DirectoryEntry:
    return directory.get_entry(session, slug=slug)


@router.get("/channels", response_model=list[ChannelRead])
def channels(
    session: DB, principal: Principal = require_scope("channels:write")
) -> list[ChannelRead]:
    rows = service.list_channels(session, organisation_id=principal.organisation_id)
    return [service.channel_read(c) for c in rows]


@router.post("/channels", response_model=ChannelRead, status_code=201)
def add_channel(
    data: ChannelCreate, session: DB, principal: Principal = require_scope("channels:write")
) -> ChannelRead:
    return service.channel_read(service.add_channel(session, principal=principal, data=data))


@router.post("/channels/{channel_id}/verify", response_model=ChannelRead)
def verify_channel(
    channel_id: uuid.UUID, session: DB, principal: Principal = require_scope("channels:write")
) -> ChannelRead:
    row = service.verify_channel(session, principal=principal, channel_id=channel_id)
    return service.channel_read(row)


@router.delete("/channels/{channel_id}", status_code=204)
def delete_channel(
    channel_id: uuid.UUID, session: DB, principal: Principal = require_scope("channels:write")
) -> Response:
    service.delete_channel(session, principal=principal, channel_id=channel_id)
    return Response(status_code=204)


@router.get("/policy", response_model=list[PolicyRead], summary="Policy versions, newest first")
def policy_versions(
    session: DB, principal: Principal = require_scope("channels:write")
) -> list[PolicyRead]:
    rows = service.policy_history(session, organisation_id=principal.organisation_id)
    return [service.policy_read(r) for r in rows]


@router.put("/policy", response_model=PolicyRead, summary="Publish a new policy version")
def set_policy(
    data: Policy, session: DB, principal: Principal = require_scope("channels:write")
) -> PolicyRead:
    return service.policy_read(service.set_policy(session, principal=principal, policy=data))
