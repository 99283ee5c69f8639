"""Encryption at rest and keyed indexes for personal data (after ethyca/fides).

A personal identifier is stored twice and never in clear: an HMAC blind index for
exact look-ups and an AES-256-GCM ciphertext that only an audited read decrypts.
Ciphertexts name their key, so keys can rotate: the first key in the ring encrypts,
every key in the ring decrypts.
"""

from __future__ import annotations

import base64
import json
import os
import re
import unicodedata
import uuid
from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vaern.config import settings
from vaern.errors import Invalid
from vaern.security import keyed_hash
from vaern.text.phones import valid_phone

VERSION = "v1"


@cache
def _ring(raw: str) -> tuple[str, dict[str, bytes]]:
    try:
        parsed = json.loads(raw)
        ring = {str(k): base64.b64decode(v) for k, v in parsed.items()}
    except (ValueError, TypeError) as exc:
        raise RuntimeError("VAERN_ENCRYPTION_KEYS must be a JSON object of base64 keys") from exc
    if not ring or any(len(key) != 32 for key in ring.values()):
        raise RuntimeError("every encryption key must be 32 bytes (AES-256)")
    return next(iter(ring)), ring


def _keys() -> tuple[str, dict[str, bytes]]:
    return _ring(settings().encryption_keys)


def current_key_id() -> str:
    """The key that encrypts: the first in the ring."""
    return _keys()[0]


def encrypt(plaintext: str, *, context: str) -> str:
    """AES-GCM with a random nonce; ``context`` is bound as associated data, so a
    ciphertext copied to another column or tenant does not decrypt there."""
    key_id, ring = _keys()
    nonce = os.urandom(12)
    sealed = AESGCM(ring[key_id]).encrypt(nonce, plaintext.encode(), context.encode())
    return f"{VERSION}:{key_id}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"


def decrypt(token: str, *, context: str) -> str:
    try:
        version, key_id, payload = token.split(":", 2)
        raw = base64.urlsafe_b64decode(payload)
        key = _keys()[1][key_id]
    except (ValueError, KeyError) as exc:
        raise Invalid("Not a ciphertext of this vault, or its key is not in the key ring.") from exc
    if version != VERSION:
        raise Invalid("Unknown ciphertext version.")
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], context.encode()).decode()
    except InvalidTag as exc:
        raise Invalid("The ciphertext does not match its context or has been altered.") from exc


def normalise_identifier(kind: str, value: str) -> str:
    """The canonical form an index is computed over, so '+45 20 30 40 50' and
    '20304050' find the same person."""
    value = unicodedata.normalize("NFKC", value).strip()
    if kind == "phone":
        try:
            return valid_phone(value)
        except ValueError:
            return re.sub(r"\D", "", value)
    if kind == "email":
        return value.casefold()
    if kind in {"cpr", "account", "card", "iban"}:
        return re.sub(r"[\s-]", "", value).upper()
    return " ".join(value.casefold().split())


def blind_index(kind: str, value: str, *, organisation_id: uuid.UUID | None) -> str:
    """HMAC of the normalised identifier, separated per organisation and kind."""
    scope = str(organisation_id) if organisation_id else "hub"
    return keyed_hash(normalise_identifier(kind, value), purpose=f"index:{scope}:{kind}")


def pseudonym(value: str, *, organisation_id: uuid.UUID | None, kind: str = "subject") -> str:
    """A short stable pseudonym (not reversible, not salted at random)."""
    return blind_index(kind, value, organisation_id=organisation_id)[:20]
