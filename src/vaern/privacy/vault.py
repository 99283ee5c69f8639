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


_ring_file: dict[str, tuple[int, str]] = {}  # path -> (mtime_ns, content) last seen


def _follow_ring_file() -> None:
    """A ring kept in var/encryption.keys is re-read when the file changes: `vaern keys
    rotate --new-key` in another process then reaches running servers without a restart
    (they answered 422 on reveals until restarted). A ring from the environment is the
    operator's and left alone."""
    cfg = settings()
    path = cfg.var_dir / "encryption.keys"
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return
    seen = _ring_file.get(str(path))
    if seen is not None and seen[0] == mtime:
        return
    content = path.read_text().strip()
    from_file = seen is not None and cfg.encryption_keys == seen[1]
    if from_file or (seen is None and cfg.encryption_keys == content):
        cfg.encryption_keys = content
    _ring_file[str(path)] = (mtime, content)


def _keys() -> tuple[str, dict[str, bytes]]:
    _follow_ring_file()
    return _ring(settings().encryption_keys)


def current_key_id() -> str:
    """The key that encrypts: the first in the ring."""
    return _keys()[0]


def _seal(data: bytes, context: str) -> tuple[str, bytes]:
    key_id, ring = _keys()
    nonce = os.urandom(12)
    return key_id, nonce + AESGCM(ring[key_id]).encrypt(nonce, data, context.encode())


def _open(version: str, key_id: str, raw: bytes, context: str) -> bytes:
    if version != VERSION:
        raise Invalid("Unknown ciphertext version.")
    key = _keys()[1].get(key_id)
    if key is None:
        raise Invalid("Not a ciphertext of this vault, or its key is not in the key ring.")
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], context.encode())
    except InvalidTag as exc:
        raise Invalid("The ciphertext does not match its context or has been altered.") from exc


def encrypt(plaintext: str, *, context: str) -> str:
    """AES-GCM with a random nonce; ``context`` is bound as associated data, so a
    ciphertext copied to another column or tenant does not decrypt there."""
    key_id, sealed = _seal(plaintext.encode(), context)
    return prefix(key_id) + base64.urlsafe_b64encode(sealed).decode()


def decrypt(token: str, *, context: str) -> str:
    try:
        version, key_id, payload = token.split(":", 2)
        raw = base64.urlsafe_b64decode(payload)
    except ValueError as exc:
        raise Invalid("Not a ciphertext of this vault, or its key is not in the key ring.") from exc
    return _open(version, key_id, raw, context).decode()


def prefix(key_id: str) -> str:
    """How every ciphertext under ``key_id`` starts, text or bytes."""
    return f"{VERSION}:{key_id}:"


def encrypt_bytes(data: bytes, *, context: str) -> bytes:
    """Files (case attachments): ``v1:<key>:`` then nonce and ciphertext as raw bytes, no
    base64, so a 5 MiB file stays 5 MiB."""
    key_id, sealed = _seal(data, context)
    return prefix(key_id).encode() + sealed


def decrypt_bytes(blob: bytes, *, context: str) -> bytes:
    parts = blob.split(b":", 2)
    if len(parts) != 3:
        raise Invalid("Not a ciphertext of this vault, or its key is not in the key ring.")
    return _open(
        parts[0].decode("ascii", "replace"), parts[1].decode("ascii", "replace"), parts[2], context
    )


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
