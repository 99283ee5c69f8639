"""Password hashing, keyed hashes and API-token secrets."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError

from vaern.config import settings

# argon2id, 64 MiB, 3 passes: RFC 9106's second recommended option (the library default).
HASHER_PARAMETERS = profiles.RFC_9106_LOW_MEMORY
_hasher = PasswordHasher.from_parameters(HASHER_PARAMETERS)
# A fixed hash to verify against when the account does not exist, so that the
# response time does not tell whether an e-mail address is registered.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def keyed_hash(value: str, *, purpose: str) -> str:
    """HMAC-SHA256 with the server pepper, domain-separated by ``purpose``."""
    key = hmac.new(settings().hmac_pepper.encode(), purpose.encode(), hashlib.sha256).digest()
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()


def client_pseudonym(address: str | None) -> str | None:
    """A stable pseudonym of a client address for throttling and audit, never the address."""
    return keyed_hash(address, purpose="client-address")[:32] if address else None


TOKEN_PREFIX = "vaern"  # noqa: S105  (a public prefix, not a secret)


def new_token() -> tuple[str, str, str]:
    """Return (full token shown once, lookup prefix, keyed hash of the secret)."""
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    return f"{TOKEN_PREFIX}_{prefix}_{secret}", prefix, keyed_hash(secret, purpose="api-token")


def split_token(token: str) -> tuple[str, str] | None:
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX:
        return None
    return parts[1], parts[2]


def token_matches(secret: str, secret_hash: str) -> bool:
    return hmac.compare_digest(keyed_hash(secret, purpose="api-token"), secret_hash)
