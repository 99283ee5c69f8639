"""One change tracker for what a process keeps in memory between requests.

A *topic* names a few tables (``TOPICS``). Each topic has one row in ``change_stamps``
whose ``stamp`` only grows: a database trigger (migration 0024) adds one inside every
transaction that writes one of the topic's tables, whoever writes (a server worker, a
job, the CLI, raw SQL), and on PostgreSQL also sends ``NOTIFY vaern_changes, '<topic>'``,
which PostgreSQL delivers when that transaction commits.

A reader asks ``tracker(engine).version(conn, topics, max_age=…)`` and keeps what it
built for as long as the answer is the same. The process reads all stamps in one query
by primary key, and reuses that read while it is known to be current:

- on PostgreSQL, a listener thread per database (its own connection, ``LISTEN``) marks the
  read stale at every notification, so a change made anywhere shows at once;
- without a listener (SQLite, or PostgreSQL while the listener reconnects) a read is
  reused for at most ``max_age`` seconds (0: read on every call);
- a commit *in this process* that touched a tracked table (seen by the ORM events below)
  marks the read stale at once, so the process reads its own writes;
- a session holding tracked changes it has not committed should not be answered from a
  cache at all (``has_own_changes``): it must see its own writes, and nothing it may roll
  back may leak into a cache.

``TrackedCache`` is the common use: a value loaded from the database, kept per database
while its topics' stamps stand still (the check's organisation profiles and warnings
index). The warning feeds keep their bodies by the same stamps (``warnings/feedcache.py``).
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, mapped_column

from vaern.db import Base

T = TypeVar("T")
CHANNEL = "vaern_changes"
log = logging.getLogger("vaern.changes")

# topic -> the tables whose writes bump it (the triggers of migration 0024 say the same;
# tests/test_changes.py checks that every table here has them).
TOPICS: dict[str, tuple[str, ...]] = {
    "organisations": ("organisations",),
    "registry": ("channels", "policy_versions"),
    "warnings": ("warnings", "warning_indicators"),
}
TABLE_TOPIC = {table: topic for topic, tables in TOPICS.items() for table in tables}


class ChangeStamp(Base):
    """How many committed transactions have written a topic's tables (only grows)."""

    __tablename__ = "change_stamps"

    topic: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    stamp: Mapped[int] = mapped_column(sa.BigInteger, default=0)


_READ = sa.select(ChangeStamp.topic, ChangeStamp.stamp)


class Tracker:
    """The stamps of one database as this process last read them, and whether that read
    may be reused (see the module docstring)."""

    def __init__(self, url: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.url = url
        self._clock = clock
        self._lock = threading.Lock()
        self._generation = 0  # counts the reasons seen to read again
        self._read_generation = -1  # the generation the last read started at
        self._read_at = float("-inf")
        self._stamps: dict[str, int] = {}
        self._listening = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def listening(self) -> bool:
        with self._lock:
            return self._listening

    def changed(self) -> None:
        """Something may have changed: the next ``version`` reads the stamps again."""
        with self._lock:
            self._generation += 1

    def fresh(self, max_age: float) -> bool:
        """Whether ``version`` would answer without asking the database."""
        with self._lock:
            return self._reusable(max_age)

    def _reusable(self, max_age: float) -> bool:
        return self._read_generation == self._generation and (
            self._listening or self._clock() - self._read_at < max_age
        )

    def version(
        self, conn: Connection | Session, topics: Iterable[str], *, max_age: float
    ) -> tuple[int, ...]:
        """The stamps of ``topics``, read through ``conn`` unless the last read stands."""
        with self._lock:
            if not self._reusable(max_age):
                stamps = None
                generation = self._generation
            else:
                stamps = self._stamps
        if stamps is None:
            # The generation is taken before the read: a change seen meanwhile keeps the
            # read stale, so the next call reads again rather than trusting this one.
            stamps = {topic: int(stamp) for topic, stamp in conn.execute(_READ)}
            with self._lock:
                self._stamps, self._read_at = stamps, self._clock()
                self._read_generation = generation
        return tuple(stamps.get(topic, 0) for topic in topics)

    # --- the PostgreSQL listener ---------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._listen, name="changes", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _listen(self) -> None:
        import psycopg

        dsn = make_url(self.url).set(drivername="postgresql").render_as_string(False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    with self._lock:  # changes may have been missed while away
                        self._generation += 1
                        self._listening = True
                    while not self._stop.is_set():
                        for _note in conn.notifies(timeout=1.0, stop_after=1):
                            self.changed()
            except Exception as exc:  # reconnect; meanwhile readers use max_age
                log.warning("change listener lost", extra={"error": type(exc).__name__})
            with self._lock:
                self._listening = False
                self._generation += 1
            self._stop.wait(1.0)


_trackers: dict[str, Tracker] = {}
_trackers_lock = threading.Lock()
# An engine's tracker, so the check (which asks several times a request) does not render
# the engine's URL each time. Held weakly, as the caches hold engines.
_by_engine: weakref.WeakKeyDictionary[Engine, Tracker] = weakref.WeakKeyDictionary()


def tracker(bind: Engine | str) -> Tracker:
    """The process's tracker of a database (its PostgreSQL listener started on first use)."""
    if not isinstance(bind, str):
        known = _by_engine.get(bind)
        if known is not None:
            return known
    url = bind if isinstance(bind, str) else bind.url.render_as_string(hide_password=False)
    with _trackers_lock:
        found = _trackers.get(url)
        if found is None:
            found = _trackers[url] = Tracker(url)
            if url.startswith("postgresql"):
                found.start()
        if not isinstance(bind, str):
            _by_engine[bind] = found
        return found


# --- this process's own writes -----------------------------------------------------------

_FLAG = "vaern.changes.touched"


def _touches(objects: Iterable[object]) -> bool:
    for obj in objects:
        table = getattr(obj, "__table__", None)
        if table is not None and table.name in TABLE_TOPIC:
            return True
    return False


def has_own_changes(session: Session) -> bool:
    """Whether ``session`` holds tracked changes that are not committed (flushed or not)."""
    if session.info.get(_FLAG):
        return True
    if not session.identity_map and not session.new:
        return False  # nothing loaded, nothing added: a reader's session
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
        if getattr(table, "name", None) in TABLE_TOPIC:
            state.session.info[_FLAG] = True


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.info.pop(_FLAG, False):
        with _trackers_lock:
            found = list(_trackers.values())
        for t in found:
            t.changed()


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_FLAG, None)


# --- a value kept while its topics stand still -------------------------------------------


@dataclass(frozen=True)
class _Entry(Generic[T]):
    value: T
    version: tuple[int, ...]


class TrackedCache(Generic[T]):
    """``load(session)`` kept per database while the stamps of ``topics`` are unchanged;
    without a listener the stamps are read at most every ``max_age()`` seconds."""

    def __init__(
        self, load: Callable[[Session], T], topics: tuple[str, ...], max_age: Callable[[], float]
    ) -> None:
        assert set(topics) <= TOPICS.keys(), topics
        self._load = load
        self.topics = topics
        self._max_age = max_age
        # Per engine (one per database URL), held weakly: a disposed engine's entry goes.
        self._entries: weakref.WeakKeyDictionary[Engine, _Entry[T]] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    @staticmethod
    def _engine(session: Session) -> Engine:
        bind = session.bind if session.bind is not None else session.get_bind()
        return bind.engine

    def fresh(self, session: Session) -> bool:
        """Whether ``get`` would answer without asking the database."""
        if has_own_changes(session):
            return False
        engine = self._engine(session)
        return engine in self._entries and tracker(engine).fresh(self._max_age())

    def last(self, session: Session) -> T | None:
        """The value loaded last for this database, however old (None if never loaded):
        what the check answers from while the database cannot be reached or read."""
        entry = self._entries.get(self._engine(session))
        return entry.value if entry is not None else None

    def get(self, session: Session, *, max_age: float | None = None) -> T:
        """The value as of the stamps, read through ``session`` when the last read is older
        than ``max_age`` (default: the cache's own)."""
        if has_own_changes(session):
            return self._load(session)
        engine = self._engine(session)
        age = self._max_age() if max_age is None else max_age
        version = tracker(engine).version(session, self.topics, max_age=age)
        entry = self._entries.get(engine)
        if entry is not None and entry.version == version:
            return entry.value
        with self._lock:  # one load at a time; the others then find it
            entry = self._entries.get(engine)
            if entry is None or entry.version != version:
                # The stamps were read before the data: a change committed meanwhile
                # moves them, so the next call loads again.
                entry = _Entry(self._load(session), version)
                self._entries[engine] = entry
            return entry.value
