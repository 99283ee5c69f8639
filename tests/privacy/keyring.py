"""A key ring with a fresh key first, for rotation tests; the old ring comes back after."""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from tests.conftest import unique
from vaern import config
from vaern.config import Settings


@contextmanager
def newest_key(settings: Settings, prefix: str) -> Iterator[tuple[str, str]]:
    """Configure the ring with a new key (id, base64 key) in front of the current ones."""
    new_id = unique(prefix)
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    ring = {new_id: key, **json.loads(settings.encryption_keys)}
    config.configure(
        var_dir=settings.var_dir,
        database_url=settings.database_url,
        encryption_keys=json.dumps(ring),
        run_jobs=False,
    )
    try:
        yield new_id, key
    finally:
        config.configure(var_dir=settings.var_dir, database_url=settings.database_url)
