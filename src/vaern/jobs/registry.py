"""Scheduled jobs: declared with ``@job`` in a domain's ``jobs.py`` and listed in its
manifest (``vaern.domains``), run by the in-server scheduler (embedded default) or by
``vaern jobs worker`` (production), never twice at once.

A job is a function ``fn(session) -> dict`` that reports what it did. It should handle
its items one by one so that one failing item never stops the rest; the runner also
isolates jobs from each other.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from vaern.db import utcnow
from vaern.jobs.models import JobState

log = logging.getLogger("vaern.jobs")

JobFn = Callable[[Session], dict[str, Any]]


@dataclass(frozen=True)
class Job:
    name: str
    every: timedelta
    fn: JobFn
    timeout: timedelta

    def __call__(self, session: Session) -> dict[str, Any]:
        return self.fn(session)


WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"


def job(
    name: str, *, every: timedelta, timeout: timedelta = timedelta(minutes=10)
) -> Callable[[JobFn], Job]:
    """Make ``fn`` a job (still callable with a session); its domain's manifest lists it."""

    def declare(fn: JobFn) -> Job:
        return Job(name=name, every=every, fn=fn, timeout=timeout)

    return declare


def _acquire(factory: sessionmaker[Session], spec: Job, now: datetime, force: bool) -> bool:
    """Take the job's lock with one conditional UPDATE: atomic on SQLite and PostgreSQL."""
    with factory() as session:
        if session.get(JobState, spec.name) is None:
            session.add(JobState(name=spec.name, last_result={}))
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
        due = sa.or_(
            JobState.last_started_at.is_(None), JobState.last_started_at <= now - spec.every
        )
        free = sa.or_(JobState.locked_until.is_(None), JobState.locked_until < now)
        condition = free if force else sa.and_(free, due)
        result = session.execute(
            sa.update(JobState)
            .where(JobState.name == spec.name, condition)
            .values(locked_until=now + spec.timeout, locked_by=WORKER_ID, last_started_at=now)
        )
        session.commit()
        return bool(getattr(result, "rowcount", 0) == 1)


def _release(factory: sessionmaker[Session], name: str, result: dict[str, Any]) -> None:
    with factory() as session:
        session.execute(
            sa.update(JobState)
            .where(JobState.name == name)
            .values(
                locked_until=None, locked_by=None, last_finished_at=utcnow(), last_result=result
            )
        )
        session.commit()


def run_job(
    factory: sessionmaker[Session], spec: Job, *, force: bool = False
) -> dict[str, Any] | None:
    """Run one job if it is due (or ``force``) and not running elsewhere; None if skipped."""
    name = spec.name
    if not _acquire(factory, spec, utcnow(), force):
        return None
    try:
        with factory() as session:
            result = spec.fn(session)
            session.commit()
    except Exception as exc:  # one failing job must not stop the others
        log.exception("job failed", extra={"job": name})
        result = {"error": type(exc).__name__}
    _release(factory, name, result)
    return result


def run_due(factory: sessionmaker[Session], jobs: Iterable[Job]) -> dict[str, dict[str, Any]]:
    ran: dict[str, dict[str, Any]] = {}
    for spec in sorted(jobs, key=lambda j: j.name):
        result = run_job(factory, spec)
        if result is not None:
            ran[spec.name] = result
    return ran


class Scheduler:
    """A daemon thread that runs due jobs every ``tick`` seconds."""

    def __init__(
        self, factory: sessionmaker[Session], jobs: Iterable[Job], tick: float = 30.0
    ) -> None:
        self.factory = factory
        self.jobs = tuple(jobs)
        self.tick = tick
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="vaern-jobs", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=self.tick + 5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                run_due(self.factory, self.jobs)
            except Exception:
                log.exception("scheduler tick failed")
            self._stop.wait(self.tick)
