"""JSON API of the organisation domain (token-authenticated)."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from vaern.orgs import invitations, service
from vaern.orgs.access import Principal
from vaern.orgs.deps import TokenPrincipal, require_scope
from vaern.orgs.models import Role
from vaern.orgs.schemas import (
    InvitationCreate,
    InvitationRead,
    MemberRead,
    MemberRoleUpdate,
    OrganisationRead,
    TokenCreate,
    TokenCreated,
    TokenRead,
)
from vaern.web.deps import DB, UnitOfWorkRoute
from vaern.web.pagination import Page, PageParams, page_select

router = APIRouter(prefix="/api/v1", tags=["organisations"], route_class=UnitOfWorkRoute)


@router.get("/me", response_model=OrganisationRead, summary="The organisation of this token")
def me(session: DB, principal: TokenPrincipal) -> object:
    return service.get_organisation(session, organisation_id=principal.organisation_id)


@router.get("/orgs/{slug}", response_model=OrganisationRead, summary="Public organisation data")
def organisation(slug: str, session: DB) -> object:
    return service.get_organisation_by_slug(session, slug=slug)


@router.get("/members", response_model=Page[MemberRead])
def members(
    session: DB, params: PageParams, principal: Principal = require_scope("orgs:read")
) -> Page[MemberRead]:
    query = service.members_query(organisation_id=principal.organisation_id)
    return page_select(
        session,
        query,
        params,
        lambda row: MemberRead(user_id=row[0].id, display_name=row[0].display_name, role=row[1]),
    )


@router.put("/members/{user_id}", response_model=MemberRead, summary="Change a member's role")
def set_member_role(
    user_id: uuid.UUID,
    data: MemberRoleUpdate,
    session: DB,
    principal: Principal = require_scope("members:admin"),
) -> MemberRead:
    """Only for members of this organisation (404 for anyone else): others are invited."""
    membership = service.set_role(
        session,
        organisation_id=principal.organisation_id,
        user_id=user_id,
        role=data.role,
        actor=principal,
    )
    return MemberRead(
        user_id=user_id, display_name=membership.user.display_name, role=Role(membership.role)
    )


@router.get("/invitations", response_model=Page[InvitationRead])
def pending_invitations(
    session: DB, params: PageParams, principal: Principal = require_scope("orgs:read")
) -> Page[InvitationRead]:
    query = invitations.pending_query(organisation_id=principal.organisation_id)
    return page_select(session, query, params, InvitationRead.model_validate)


@router.post(
    "/invitations",
    response_model=InvitationRead,
    status_code=202,
    summary="Invite an e-mail address with a role",
)
def invite(
    data: InvitationCreate, session: DB, principal: Principal = require_scope("members:admin")
) -> object:
    """The person joins only when they accept the mailed link. The answer is the same
    whether or not the address has an account."""
    return invitations.invite(
        session,
        organisation_id=principal.organisation_id,
        email=data.email,
        role=data.role,
        actor=principal,
    )


@router.delete("/invitations/{invitation_id}", response_model=InvitationRead)
def revoke_invitation(
    invitation_id: uuid.UUID,
    session: DB,
    principal: Principal = require_scope("members:admin"),
) -> object:
    return invitations.revoke(
        session,
        organisation_id=principal.organisation_id,
        invitation_id=invitation_id,
        actor=principal,
    )


@router.get("/tokens", response_model=Page[TokenRead])
def tokens(
    session: DB, params: PageParams, principal: Principal = require_scope("orgs:read")
) -> Page[TokenRead]:
    query = service.tokens_query(organisation_id=principal.organisation_id)
    return page_select(session, query, params, TokenRead.model_validate)


@router.get("/tokens/{token_id}", response_model=TokenRead)
def token(
    token_id: uuid.UUID, session: DB, principal: Principal = require_scope("orgs:read")
) -> object:
    return service.get_token(session, organisation_id=principal.organisation_id, token_id=token_id)


@router.post("/tokens", response_model=TokenCreated, status_code=201)
def create_token(
    data: TokenCreate, session: DB, principal: Principal = require_scope("tokens:admin")
) -> TokenCreated:
    secret, row = service.create_token(
        session, organisation_id=principal.organisation_id, data=data, actor=principal
    )
    return TokenCreated(**TokenRead.model_validate(row).model_dump(), token=secret)


@router.delete("/tokens/{token_id}", response_model=TokenRead)
def revoke_token(
    token_id: uuid.UUID, session: DB, principal: Principal = require_scope("tokens:admin")
) -> object:
    return service.revoke_token(
        session, organisation_id=principal.organisation_id, token_id=token_id, actor=principal
    )
