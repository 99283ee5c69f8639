"""Input/output shapes of the organisation domain."""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator
from stdnum.dk import cvr as stdnum_cvr
from stdnum.exceptions import ValidationError as StdnumError

from vaern.orgs.models import Role
from vaern.text.phones import valid_phone

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")


def normalise_cvr(value: str) -> str:
    try:
        return str(stdnum_cvr.validate(value))
    except StdnumError as exc:
        raise ValueError("not a valid CVR number (8 digits with a valid check digit)") from exc


class OrganisationBase(BaseModel):
    name: str = Field(min_length=2, max_length=200)
    cvr: str | None = None
    main_phone: str | None = None
    website: str | None = Field(default=None, max_length=300)

    @field_validator("cvr")
    @classmethod
    def _cvr(cls, value: str | None) -> str | None:
        return normalise_cvr(value) if value else None

    @field_validator("main_phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        return valid_phone(value) if value else None

    @field_validator("website")
    @classmethod
    def _website(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not re.match(r"^https://[^\s/]+\.[^\s/]+(/\S*)?$", value):
            raise ValueError("website must be an https:// address")
        return value


class OrganisationCreate(OrganisationBase):
    slug: str = Field(min_length=1, max_length=64)

    @field_validator("slug")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not SLUG_RE.match(value):
            raise ValueError("slug: lower-case letters, digits and hyphens")
        return value


class OrganisationUpdate(OrganisationBase):
    pass


class OrganisationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    name: str
    cvr: str | None
    main_phone: str | None
    website: str | None


class UserCreate(BaseModel):
    email: EmailStr
    password: str = Field(min_length=12, max_length=200)
    display_name: str = Field(default="", max_length=200)
    is_superadmin: bool = False


class MemberRead(BaseModel):
    user_id: uuid.UUID
    display_name: str
    role: Role


class TokenCreate(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[str] = Field(min_length=1)
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


class TokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[str]
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class TokenCreated(TokenRead):
    token: str = Field(description="The secret; shown once and never again.")


class InvitationCreate(BaseModel):
    email: EmailStr = Field(max_length=320)
    role: Role


class InvitationRead(BaseModel):
    """The same shape whether or not the address has an account."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    role: Role
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


class MemberRoleUpdate(BaseModel):
    role: Role
