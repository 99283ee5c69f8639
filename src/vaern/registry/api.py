"""JSON API: channels and policy (token scope channels:write) and the public policy."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from vaern.orgs import service as orgs
from vaern.orgs.access import Principal
from vaern.registry import service
from vaern.registry.schemas import ChannelCreate, ChannelRead, Policy, PolicyRead, PublicPolicy
from vaern.web.deps import DB, require_scope

router = APIRouter(prefix="/api/v1", tags=["channels and policy"])


def public_policy(session: DB, slug: str) -> PublicPolicy:
    org = orgs.get_organisation_by_slug(session, slug=slug)
    current = service.current_policy(session, organisation_id=org.id)
    return PublicPolicy(
        slug=org.slug,
        name=org.name,
        policy=service.policy_read(current) if current else None,
        channels=[
            service.channel_read(c) for c in service.list_channels(session, organisation_id=org.id)
        ],
    )


@router.get(
    "/orgs/{slug}/policy",
    response_model=PublicPolicy,
    summary="How an organisation contacts customers (public)",
)
def get_public_policy(slug: str, session: DB) -> PublicPolicy:
    data = public_policy(session, slug)
    for channel in data.channels:
        channel.verification_record = None
    return data


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
