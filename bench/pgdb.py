"""A throwaway PostgreSQL database for one benchmark run, migrated and configured."""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from vaern import config, db

PG_ADMIN_URL = os.environ.get("VAERN_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@contextmanager
def throwaway_database() -> Iterator[config.Settings]:
    """Settings for a fresh, migrated database; the database is dropped afterwards."""
    name = f"vaern_bench_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    url = f"{base}/{name}"
    try:
        with tempfile.TemporaryDirectory() as var:
            settings = config.configure(
                var_dir=Path(var), database_url=url, rate_limit="1000000/minute", run_jobs=False
            )
            db.upgrade(url)
            yield settings
    finally:
        db.dispose_engines()
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
