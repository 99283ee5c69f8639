"""Where the outbound log serves other domains: "did we contact this customer?" for cases."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from vaern.cases import flows as case_flows
from vaern.outbound import service

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
                result = service.lookup(
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


def connect() -> None:
    case_flows.register_contact_lookup(contact_lookup)
