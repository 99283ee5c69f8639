"""What the check reads from the database, kept in the process between checks.

The organisation profiles (the directory merged with member organisations' channels and
policies) and the index of published warnings are pure functions of a few tables. Loading
them costs milliseconds and a dozen queries; checking one message costs a fraction of one.
So each process keeps the last load, per database, and answers from it while it is known
to be current:

- A change committed through a SQLAlchemy session *in this process* (the registry,
  warnings and organisation services all write that way) takes effect on the next check:
  a flush that touches a watched table marks its session, and that session's commit
  invalidates every cache here.
- A change committed by *another process* (a second server worker, `vaern jobs worker`
  expiring warnings, the CLI) takes effect within ``VAERN_CHECK_REFRESH_SECONDS``: at most
  that often a check asks the database for a version stamp (counts and newest change
  times, one round trip) and reloads when it moved.
- A session holding watched changes it has not committed never reads the cache: it is
  answered from the database, so it sees its own writes and nothing it may roll back leaks
  into the cache.

The server asks for the stamp in the background every half interval (``app.py``), so a
check normally finds the entry fresh and never waits for the database; if that task falls
behind, the check itself asks. ``VAERN_CHECK_REFRESH_SECONDS=0`` asks on every check (a
reload only when the stamp moved).
"""

from __future__ import annotations

import itertools
import threading
import time
import weakref
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from itertools import chain
from typing import Any, Generic, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import ORMExecuteState, Session

from vaern.config import settings

T = TypeVar("T")

# Tables whose rows the cached values are built from (registered by messages/flows.py).
WATCHED_TABLES: set[str] = set()
_FLAG = "vaern.messages.cache.changed"
_caches: list[VersionedCache[Any]] = []


def watch(*tables: str) -> None:
    WATCHED_TABLES.update(tables)


def _touches(objects: Iterable[object]) -> bool:
    for obj in objects:
        table = getattr(obj, "__table__", None)
        if table is not None and table.name in WATCHED_TABLES:
            return True
    return False


def has_own_changes(session: Session) -> bool:
    """Whether ``session`` holds watched changes that are not committed (flushed or not)."""
    if session.info.get(_FLAG):
        return True
    if not session.identity_map and not session.new:
        return False  # nothing loaded, nothing added: the usual check's session
    return _touches(chain(session.new, session.dirty, session.deleted))


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    # Still the pre-flush lists here: what this flush wrote.
    if _touches(chain(session.new, session.dirty, session.deleted)):
        session.info[_FLAG] = True


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> None:
    # session.execute(sa.delete(Model)...) and bulk updates bypass the flush.
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if getattr(table, "name", None) in WATCHED_TABLES:
            state.session.info[_FLAG] = True


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.info.pop(_FLAG, False):
        invalidate_all()


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_FLAG, None)


def invalidate_all() -> None:
    for cache in _caches:
        cache.invalidate()


@dataclass(frozen=True)
class _Entry(Generic[T]):
    value: T
    stamp: Hashable
    generation: int
    checked_at: float


class VersionedCache(Generic[T]):
    """``load(session)`` kept per database, trusted while ``version(session)`` has not
    moved; the stamp is asked at most every ``VAERN_CHECK_REFRESH_SECONDS``."""

    def __init__(
        self,
        load: Callable[[Session], T],
        version: Callable[[Session], Hashable],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load = load
        self._version = version
        self._clock = clock
        # Per engine (one per database URL), held weakly: a disposed engine's entry goes.
        self._entries: weakref.WeakKeyDictionary[Engine, _Entry[T]] = weakref.WeakKeyDictionary()
        self._generations = itertools.count(1)
        self._generation = 0
        self._lock = threading.Lock()
        _caches.append(self)

    def invalidate(self) -> None:
        # Lock-free (next() on a counter is atomic under the GIL), so a commit never
        # waits for a reload in progress; that reload's entry is then stale at once.
        self._generation = next(self._generations)

    @staticmethod
    def _key(session: Session) -> Engine:
        bind = session.bind if session.bind is not None else session.get_bind()
        return bind.engine

    def _current(self, key: Engine, now: float) -> _Entry[T] | None:
        entry = self._entries.get(key)
        if (
            entry is not None
            and entry.generation == self._generation
            and now - entry.checked_at < settings().check_refresh_seconds
        ):
            return entry
        return None

    def fresh(self, session: Session) -> bool:
        """Whether ``get`` would answer without asking the database."""
        if has_own_changes(session):
            return False
        return self._current(self._key(session), self._clock()) is not None

    def get(self, session: Session) -> T:
        if has_own_changes(session):
            return self._load(session)
        key = self._key(session)
        entry = self._current(key, self._clock())
        if entry is not None:
            return entry.value
        with self._lock:
            entry = self._current(key, self._clock())
            if entry is not None:
                return entry.value
            return self._refresh(session, key)

    def last(self, session: Session) -> T | None:
        """The value loaded last for this database, however old (None if never loaded):
        what the check answers from while the database cannot be reached or read."""
        entry = self._entries.get(self._key(session))
        return entry.value if entry is not None else None

    def revalidate(self, session: Session) -> None:
        """Ask for the stamp now (and reload if it moved), so the checks that follow find
        the entry fresh: the server does this in the background (app.py)."""
        with self._lock:
            self._refresh(session, self._key(session))

    def _refresh(self, session: Session, key: Engine) -> T:
        now = self._clock()
        # The generation and the stamp are read before the data: a change committed
        # meanwhile makes the next check reload, never leaves old data trusted.
        generation = self._generation
        stamp = self._version(session)
        old = self._entries.get(key)
        if old is not None and old.generation == generation and old.stamp == stamp:
            value = old.value
        else:
            value = self._load(session)
        self._entries[key] = _Entry(value, stamp, generation, now)
        return value
