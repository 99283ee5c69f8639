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
        self._listening = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def generation(self) -> int | None:
        """The count of changes seen, or None when changes cannot be seen now."""
        with self._lock:
            return self._generation if self._listening else None

    def bump(self) -> None:
        with self._lock:
            self._generation += 1

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
                        self._listening = True
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0, stop_after=1):
                            self.bump()
            except Exception as exc:  # reconnect; meanwhile every request reads the stamp
                log.warning("feed change listener lost", extra={"error": type(exc).__name__})
            with self._lock:
                self._listening = False
            self._stop.wait(1.0)


_watchers: dict[str, Watcher] = {}
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


def _feed_objects(session: Session) -> bool:
    from vaern.orgs.models import Organisation
    from vaern.warnings.models import Warning

    return any(
        isinstance(o, Warning | Organisation)
        for o in (*session.new, *session.dirty, *session.deleted)
    )


@event.listens_for(Session, "after_flush")
def _mark(session: Session, _context: Any) -> None:
    if _feed_objects(session):
        session.info["feeds_changed"] = True


@event.listens_for(Session, "after_commit")
def _bump_own(session: Session) -> None:
    if session.info.pop("feeds_changed", False):
        for w in list(_watchers.values()):
            w.bump()


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop("feeds_changed", None)
