"""Who is acting: a staff user in an organisation, or an organisation's API token.

Tenant isolation rests on this: every service that touches tenant data takes the
organisation id from a ``Principal`` and scopes its queries by it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from vaern.errors import Forbidden
from vaern.i18n import N_
from vaern.orgs.models import ROLE_PERMISSIONS, Role

# Every API scope, with what it grants. Domains add their scopes here so that the
# token form and validation know them all.
SCOPES: dict[str, str] = {
    "orgs:read": N_("Read the organisation, its members and tokens"),
    "tokens:admin": N_("Create and revoke API tokens"),
    "members:admin": N_("Invite members and withdraw invitations"),
    "channels:write": N_("Edit channels and communication policy"),
    "outbound:write": N_("Record outbound messages"),
    "outbound:read": N_("Look up outbound messages"),
    "events:write": N_("Send account events for monitoring"),
    "alerts:read": N_("Read monitoring alerts"),
    "alerts:admin": N_("Manage monitoring alert webhooks"),
    "warnings:write": N_("Draft and publish warnings"),
    "reports:read": N_("Read customer reports and campaigns"),
    "reports:write": N_("Submit customer reports in batches"),
    "cases:read": N_("Read fraud cases"),
    "cases:write": N_("Create and update fraud cases"),
    "disputes:write": N_("Assess payment disputes"),
    "privacy:admin": N_("Data-subject requests, retention and breaches"),
}


@dataclass(frozen=True)
class Principal:
    kind: str  # "user" | "token"
    id: uuid.UUID
    organisation_id: uuid.UUID
    role: Role | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    is_superadmin: bool = False

    @property
    def actor(self) -> tuple[str, str]:
        return self.kind, str(self.id)

    def can(self, permission: str) -> bool:
        if self.is_superadmin:
            return True
        return self.role is not None and permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise Forbidden(f"Your role does not allow '{permission}'.")

    def require_scope(self, scope: str) -> None:
        if self.kind == "token" and scope not in self.scopes:
            raise Forbidden(f"This token lacks the scope '{scope}'.")
