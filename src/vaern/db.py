"""Engine, sessions, the declarative base and portable column types."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from vaern.config import settings

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def fetch_page(
    session: Session, stmt: sa.Select[*tuple[Any, ...]], *, limit: int, offset: int
) -> tuple[list[Any], int]:
    """One window of ``stmt`` and the total it windows, both computed in SQL.

    Single-entity selects give objects; multi-column selects give tuples.
    """
    counted = sa.select(sa.func.count()).select_from(stmt.order_by(None).subquery())
    total = int(session.scalar(counted) or 0)
    result = session.execute(stmt.limit(limit).offset(offset))
    rows = list(result.scalars()) if len(stmt.column_descriptions) == 1 else list(result.all())
    return rows, total


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite stores no offset)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: sa.JSON(),
        list[Any]: sa.JSON(),
    }


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(sa.Uuid, primary_key=True, default=uuid.uuid4)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


_engines: dict[str, Engine] = {}

# How long an SQLite connection waits for another's write lock before "database is locked".
SQLITE_BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # Erased means gone: deleted content is overwritten, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _sqlite_write_lock_first(conn: sa.Connection, _name: str) -> None:
    """A SAVEPOINT outside a transaction opens a *deferred* one on SQLite: its reads take a
    snapshot, and the first write must then upgrade it. If another connection committed
    meanwhile, that upgrade fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT;
    no busy timeout applies), and half of 50 concurrent public reports answered 503 (issue
    17, bench/bench_load.py). Savepoints guard writes here, so take the write lock first
    with BEGIN IMMEDIATE, which waits its turn under ``busy_timeout``."""
    raw = conn.connection.dbapi_connection
    if raw is not None and not raw.in_transaction:
        # Through the Connection, so a lock still held after the busy timeout raises
        # SQLAlchemy's OperationalError (contention: 503), not the driver's own (a 500).
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _owner_only(path: str | None) -> None:
    """The SQLite file readable by its owner only (it holds personal data; it was created
    world-readable). SQLite gives its -wal and -shm files the same mode.

    An existing file is never opened here: closing any descriptor of it drops every POSIX
    lock this process holds on it, so another process closing its last connection took
    this one's for gone and deleted the live WAL (CI: "disk I/O error", lost writes)."""
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


def get_engine(url: str | None = None, *, pre_ping: bool = True) -> Engine:
    """The process's engine for ``url``. ``pre_ping=False`` gives a second, small pool of
    autocommit connections without a round trip per checkout, for read-only one-query hot
    paths (the feed stamp); never write through it."""
    url = url or settings().resolved_database_url()
    key = url if pre_ping else url + " #no-ping"
    if key not in _engines:
        # Read-only one-query use: autocommit, so no BEGIN/ROLLBACK round trips either.
        limits = (
            _POOL_LIMITS
            if pre_ping
            else {
                "pool_size": 2,
                "max_overflow": 8,
                "isolation_level": "AUTOCOMMIT",
                "pool_reset_on_return": None,
            }
        )
        # Errors name the statement, never its values (names, addresses) in logs.
        limits = {**limits, "hide_parameters": True}
        if url.startswith("sqlite"):
            _owner_only(sa.engine.make_url(url).database)
            engine = sa.create_engine(url, connect_args={"check_same_thread": False}, **limits)
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "savepoint", _sqlite_write_lock_first)
        else:
            engine = sa.create_engine(
                url,
                pool_pre_ping=pre_ping,
                connect_args={"options": PG_TIMEOUTS, "connect_timeout": PG_CONNECT_TIMEOUT},
                **limits,
            )
        _engines[key] = engine
    return _engines[key]


# More connections than the 40 threads that run sync routes and dependencies: a request
# commits in its dependency's teardown, which needs a thread; if every thread waited for
# a connection held by a request waiting for such a thread, all would stall until the pool
# timeout. Open connections stay at pool_size; the overflow only covers bursts.
_POOL_LIMITS: dict[str, Any] = {"pool_size": 10, "max_overflow": 40}


# A request waits at most this long for a lock or a statement, then fails as "busy" (503
# with Retry-After, web/problems.py) instead of holding its thread and connection forever.
PG_TIMEOUTS = "-c lock_timeout=10s -c statement_timeout=60s"
# Seconds to wait for a new connection: a server that does not answer at all is
# "unavailable" after this, not a request that hangs.
PG_CONNECT_TIMEOUT = 5
# SQLSTATEs of waiting that ran out or of a conflict worth retrying: lock_not_available,
# query_canceled (statement_timeout), deadlock_detected, serialization_failure.
_CONTENTION_STATES = frozenset({"55P03", "57014", "40P01", "40001"})


def is_contention(exc: BaseException) -> bool:
    """Whether a database error means "busy, try again" rather than a fault: a lock or
    statement timeout, a detected deadlock, SQLite's busy timeout, or no free connection."""
    if isinstance(exc, sa.exc.TimeoutError):
        return True
    if not isinstance(exc, sa.exc.OperationalError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    return state in _CONTENTION_STATES or "database is locked" in str(exc.orig)


# Messages of SQLite errors that mean the database file cannot be used at all.
_SQLITE_UNUSABLE = (
    "unable to open database file",
    "file is not a database",
    "database disk image is malformed",
    "disk i/o error",
)


def is_unavailable(exc: BaseException) -> bool:
    """Whether a database error means "the database cannot be reached or read": a refused
    or lost connection, a server shutting down, a database that does not exist (any
    OperationalError that is not contention), or an SQLite file that cannot be opened or
    read. The public check and the feeds then answer from memory; writes answer 503."""
    if isinstance(exc, sa.exc.InterfaceError) or (
        isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated
    ):
        return True
    if isinstance(exc, sa.exc.OperationalError):
        return not is_contention(exc)
    if type(exc) is sa.exc.DatabaseError:
        return any(m in str(exc.orig).lower() for m in _SQLITE_UNUSABLE)
    return False


def dispose_engines() -> None:
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


def session_factory(url: str | None = None) -> sessionmaker[Session]:
    return sessionmaker(bind=get_engine(url), expire_on_commit=False)


@contextmanager
def session_scope(url: str | None = None) -> Iterator[Session]:
    """A unit of work: commit on success, roll back on any error."""
    session = session_factory(url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def upgrade(url: str | None = None) -> None:
    """Migrate the database to the newest revision of every branch."""
    from alembic import command

    command.upgrade(alembic_config(url), "heads")


def alembic_config(url: str | None = None) -> Any:
    from pathlib import Path

    from alembic.config import Config

    here = Path(__file__).parent / "migrations"
    cfg = Config()
    cfg.set_main_option("script_location", str(here))
    cfg.set_main_option(
        "sqlalchemy.url", (url or settings().resolved_database_url()).replace("%", "%%")
    )
    return cfg
