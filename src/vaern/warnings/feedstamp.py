"""When may a process reuse the feed change stamp it read before?

On PostgreSQL a trigger on ``warnings`` and ``organisations`` (migration 0018) sends
``NOTIFY vaern_feeds`` with every committed change, from any process or tool. Each server
process listens on its own connection in a background thread and counts the
notifications: its ``generation``. A stamp read at generation *g* is reused while the
generation is still *g*; any change makes the next request read it again. The process that
commits a change also bumps its own generation at once (``after_commit``), so it reads its
own writes without waiting for the notification. While the listener is not connected
(start-up, a lost connection, SQLite), ``generation`` is None and every request reads the
stamp from the database, as the route does.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

CHANNEL = "vaern_feeds"
log = logging.getLogger("vaern.warnings.feeds")


class Watcher:
    def __init__(self, url: str) -> None:
        self.url = url
        self._generation = 0
        self._organisations = 0  # changes to organisations (their names are in the feeds)
        self._listening = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def generation(self) -> int | None:
        """The count of changes seen, or None when changes cannot be seen now."""
        with self._lock:
            return self._generation if self._listening else None

    @property
    def organisations(self) -> int:
        with self._lock:
            return self._organisations

    def bump(self, *, organisations: bool = False) -> None:
        with self._lock:
            self._generation += 1
            self._organisations += organisations

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="feed-stamp", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _dsn(self) -> str:
        from sqlalchemy.engine import make_url

        url = make_url(self.url).set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn(), autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    with self._lock:  # changes may have been missed while away
                        self._generation += 1
                        self._organisations += 1
                        self._listening = True
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0, stop_after=1):
                            self.bump(organisations=note.payload == "organisations")
            except Exception as exc:  # reconnect; meanwhile every request reads the stamp
                log.warning("feed change listener lost", extra={"error": type(exc).__name__})
            with self._lock:
                self._listening = False
            self._stop.wait(1.0)


_watchers: dict[str, Watcher] = {}
_own_organisation_changes = [0]  # this process's commits to organisations (any database)


def organisation_marker(w: Watcher | None) -> tuple[int, int]:
    """Changes to organisations seen so far, here and (with a listener) anywhere."""
    return _own_organisation_changes[0], w.organisations if w is not None else 0


_watchers_lock = threading.Lock()


def watcher(url: str) -> Watcher | None:
    """The process's listener for a PostgreSQL URL (started on first use); None otherwise."""
    if not url.startswith("postgresql"):
        return None
    with _watchers_lock:
        if url not in _watchers:
            _watchers[url] = Watcher(url)
            _watchers[url].start()
        return _watchers[url]


def _feed_objects(session: Session) -> str | None:
    """ "organisations" or "warnings" when this flush changed what the feeds show."""
    from vaern.orgs.models import Organisation
    from vaern.warnings.models import ScamWarning

    changed = (*session.new, *session.dirty, *session.deleted)
    if any(isinstance(o, Organisation) for o in changed):
        return "organisations"
    return "warnings" if any(isinstance(o, ScamWarning) for o in changed) else None


@event.listens_for(Session, "after_flush")
def _mark(session: Session, _context: Any) -> None:
    kind = _feed_objects(session)
    if kind is not None and session.info.get("feeds_changed") != "organisations":
        session.info["feeds_changed"] = kind


@event.listens_for(Session, "after_commit")
def _bump_own(session: Session) -> None:
    kind = session.info.pop("feeds_changed", None)
    if kind == "organisations":
        _own_organisation_changes[0] += 1
    if kind is not None:
        for w in list(_watchers.values()):
            w.bump(organisations=kind == "organisations")


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop("feeds_changed", None)
