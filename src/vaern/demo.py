"""A demo organisation for local use. Synthetic people only; credentials printed once."""

from __future__ import annotations

import json
import secrets
import uuid

from sqlalchemy.orm import Session

from vaern.errors import NotFound
from vaern.orgs import service as orgs
from vaern.orgs.access import SCOPES
from vaern.orgs.models import Role
from vaern.orgs.schemas import OrganisationCreate, TokenCreate, UserCreate

DEMO_SLUG = "demobank"
DEMO_USERS = [
    ("admin@demobank.example", "Demo Admin", Role.admin),
    ("agent@demobank.example", "Demo Agent", Role.agent),
    ("dpo@demobank.example", "Demo DPO", Role.dpo),
]


def load_demo(session: Session) -> list[str]:
    """Create the demo organisation once; running it again changes nothing."""
    try:
        orgs.get_organisation_by_slug(session, slug=DEMO_SLUG)
        return [f"demo organisation '{DEMO_SLUG}' already loaded"]
    except NotFound:
        pass
    org = orgs.create_organisation(
        session,
        data=OrganisationCreate(
            slug=DEMO_SLUG,
            name="Demo Bank A/S",
            cvr="13585628",
            main_phone="+4570101010",
            website="https://demobank.example",
        ),
    )
    lines = [f"demo organisation '{DEMO_SLUG}' loaded (local use only):"]
    for email, name, role in DEMO_USERS:
        password = secrets.token_urlsafe(12)
        user = orgs.create_user(
            session, data=UserCreate(email=email, password=password, display_name=name)
        )
        orgs.set_role(session, organisation_id=org.id, user_id=user.id, role=role)
        lines.append(f"  {role.value:<8} {email}  password: {password}")
    token, _row = orgs.create_token(
        session,
        organisation_id=org.id,
        data=TokenCreate(name="demo", scopes=sorted(SCOPES)),
        actor=None,
    )
    lines.append(f"  API token (all scopes): {token}")
    lines.append(_demo_monitoring(session, org.id))
    return lines


def _demo_monitoring(session: Session, organisation_id: uuid.UUID) -> str:
    """Replay the seed 003 account takeover so the alert queue has something to show."""
    from vaern.monitoring import service as monitoring
    from vaern.monitoring.typologies import EXAMPLE_FILE

    items = [json.loads(line) for line in EXAMPLE_FILE.read_text(encoding="utf-8").splitlines()]
    result = monitoring.ingest(session, organisation_id=organisation_id, items=items)
    alerts = sum(len(i.alert_ids) for i in result.items)
    return f"  monitoring: {result.accepted} events replayed, {alerts} alerts (staff → Alerts)"
