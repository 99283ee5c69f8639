"""Where a report goes: a member organisation receives the reports in its own name; a
scam in the name of any other organisation of the public directory (MitID, Skattestyrelsen,
PostNord …) goes to the hub's own queue, where the hub's staff group it into campaigns and
publish warnings. Tenant isolation holds as for any organisation: the hub is one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from vaern.config import settings
from vaern.orgs.models import Organisation
from vaern.registry import directory


@dataclass(frozen=True)
class Route:
    organisation_id: uuid.UUID
    claimed: str | None  # the directory slug of a hub report; None for a member's own


def hub_organisation(session: Session) -> Organisation:
    """The hub's organisation, created with the first report that needs it."""
    cfg = settings()
    hub = session.scalar(sa.select(Organisation).where(Organisation.slug == cfg.hub_slug))
    if hub is None:
        hub = Organisation(slug=cfg.hub_slug, name=cfg.hub_name)
        session.add(hub)
        session.flush()
    return hub


def routes(session: Session, slugs: set[str]) -> dict[str, Route]:
    """The queue of each organisation named by slug; unknown slugs are left out. A
    directory slug that a member took over (same name) goes to that member."""
    members = dict(
        session.execute(
            sa.select(Organisation.slug, Organisation.id).where(Organisation.slug.in_(slugs))
        ).all()
    )
    found = {slug: Route(org_id, None) for slug, org_id in members.items()}
    rest = slugs - set(found)
    if not rest:
        return found
    hub: Organisation | None = None
    for entry in directory.entries(session):
        for slug in {entry.slug, entry.replaces or entry.slug} & rest:
            if entry.member:
                org_id = session.scalar(
                    sa.select(Organisation.id).where(Organisation.slug == entry.slug)
                )
                if org_id is not None:
                    found[slug] = Route(org_id, None)
                continue
            hub = hub or hub_organisation(session)
            found[slug] = Route(hub.id, slug)
    return found
