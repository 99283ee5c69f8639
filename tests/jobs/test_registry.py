"""Jobs run when due, never twice at once, and a failing job does not stop the others."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from tests.conftest import unique
from vaern import db
from vaern.config import Settings
from vaern.jobs import registry


def test_due_jobs_run_once_per_interval(settings: Settings) -> None:
    calls: list[int] = []
    name = unique("job")

    @registry.job(name, every=timedelta(hours=1))
    def counting(session: Session) -> dict[str, Any]:
        calls.append(1)
        return {"done": len(calls)}

    factory = db.session_factory(settings.database_url)
    assert registry.run_due(factory, [counting]) == {name: {"done": 1}}
    assert registry.run_due(factory, [counting]) == {}  # not due again within the hour
    assert registry.run_job(factory, counting, force=True) == {"done": 2}


def test_a_running_job_is_not_started_twice(settings: Settings) -> None:
    started, release = threading.Event(), threading.Event()
    name = unique("slow")

    @registry.job(name, every=timedelta(seconds=0))
    def slow(session: Session) -> dict[str, Any]:
        started.set()
        release.wait(10)
        return {"ok": True}

    factory = db.session_factory(settings.database_url)
    results: list[Any] = []
    worker = threading.Thread(target=lambda: results.append(registry.run_job(factory, slow)))
    worker.start()
    assert started.wait(10)
    assert registry.run_job(factory, slow, force=True) is None  # locked by the other worker
    release.set()
    worker.join(10)
    assert results == [{"ok": True}]


def test_failing_job_is_recorded_and_others_still_run(settings: Settings) -> None:
    bad, good = unique("bad"), unique("good")

    @registry.job(bad, every=timedelta(hours=1))
    def failing(session: Session) -> dict[str, Any]:
        raise RuntimeError("boom")

    @registry.job(good, every=timedelta(hours=1))
    def fine(session: Session) -> dict[str, Any]:
        return {"ok": True}

    ran = registry.run_due(db.session_factory(settings.database_url), [failing, fine])
    assert ran[bad] == {"error": "RuntimeError"} and ran[good] == {"ok": True}
